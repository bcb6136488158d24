//! What a project hands out: the brief — one printable page (A4, print CSS) with the summary,
//! the readiness radar, the stakeholders, the top risks, the business case's figures and
//! charts, the funding and the milestones, in the reader's language — and the iCalendar feed
//! of its milestones. Both only for those who see the project.

use super::charts::{self, ProjectCharts};
use super::view::{Report, report};
use crate::kit::{AppState, Chrome, Ctx, PageResult, html, no_store};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::IntoResponse;
use domain::driver::parts::{Risk, RiskStatus};
use domain::events::calendar;
use services::driver::ProjectPage;
use services::driver::readiness::Readiness;

/// The risks a brief lists.
const TOP_RISKS: usize = 8;

#[derive(Template)]
#[template(path = "driver/brief.html")]
struct Brief {
    c: Chrome,
    p: ProjectPage,
    readiness: Readiness,
    charts: ProjectCharts,
    case: Option<Report>,
    printed: String,
}

impl Brief {
    fn top_risks(&self) -> Vec<&(String, Risk)> {
        let mut v: Vec<_> = self
            .p
            .parts
            .risks
            .iter()
            .filter(|(_, r)| r.status != RiskStatus::Closed)
            .collect();
        v.sort_by_key(|(_, r)| std::cmp::Reverse(r.score()));
        v.truncate(TOP_RISKS);
        v
    }
    fn score(&self, d: &str) -> String {
        self.readiness
            .assessments
            .first()
            .and_then(|a| a.scores.get(d))
            .map(|v| format!("{v:.0}"))
            .unwrap_or_default()
    }
    fn printed_date(&self, micros: &i64) -> String {
        self.c.date(micros)
    }
    fn dimensions(&self) -> Vec<&'static str> {
        domain::driver::readiness::Dimension::ALL
            .iter()
            .map(|d| d.as_str())
            .collect()
    }
    fn stakeholder_name(&self, s: &domain::driver::parts::Stakeholder) -> String {
        self.p.stakeholder_name(s, self.c.lang)
    }
}

pub(super) async fn brief(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    let p = s.svc.project_page(&c.actor, &id).await?;
    let readiness = s.svc.readiness(&c.actor, &id).await?;
    let charts = charts::for_page(&c, &p, Some(&readiness), "brief");
    let case = s
        .svc
        .project_evaluation(&c.actor, &id)
        .await?
        .map(|e| report(&c, &e));
    let r = html(Brief {
        c: c.chrome("projects"),
        p,
        readiness,
        charts,
        case,
        printed: chrono::Utc::now().format("%Y-%m-%d").to_string(),
    })?;
    Ok(no_store(r))
}

/// The milestones as all-day events on the date now expected (or met).
pub(super) async fn milestones_ics(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let p = s.svc.project_page(&c.actor, &id).await?;
    let title = p.project.titles.best(c.lang).to_string();
    let events = p
        .parts
        .milestones
        .iter()
        .map(|(mid, m)| {
            let start = m
                .expected()
                .0
                .and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc();
            calendar::CalEvent {
                uid: format!("milestone-{}-{mid}@citydriver", p.project.id),
                start,
                end: start + chrono::Duration::days(1),
                time_zone: None,
                time_known: false,
                summary: format!("{} — {}", m.title.best(c.lang), title),
                description: None,
                location: None,
                url: None,
                status: calendar::EventStatus::Confirmed,
                sequence: 0,
                last_modified: domain::time::from_micros(p.project.updated_at),
                categories: vec!["milestone".into()],
            }
        })
        .collect();
    let body = calendar::write(
        &calendar::Calendar {
            name: title,
            events,
        },
        chrono::Utc::now(),
    );
    Ok(no_store(
        (
            [
                (CONTENT_TYPE, calendar::MEDIA_TYPE.to_string()),
                (
                    CONTENT_DISPOSITION,
                    format!("inline; filename=\"{id}-milestones.ics\""),
                ),
            ],
            body,
        )
            .into_response(),
    ))
}
