//! Projects in the browser: the list, a new project, its settings, and the project's page —
//! one page with a tab a stage (`overview`, `discover`, `plan`, `finance`, `deploy`,
//! `operate`), each showing its parts with the forms to add and change them (`part_form.rs`
//! describes the forms; `workspace.rs` takes them).

use super::charts;
use super::part_form;
use crate::kit::{
    AppState, Chrome, CsrfForm, Ctx, Fields, PageError, PageResult, Paged, Pager, Refused,
    SignedIn, form_page, html,
};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::driver::parts::{PartKind, TaskStatus};
use domain::driver::readiness::{self, Benchmark, Dimension};
use domain::driver::templates;
use domain::driver::{ProjectInput, Stage, TeamRole, Visibility};
use domain::knowledge::PracticeDomain;
use services::driver::readiness::Readiness;
use services::driver::{ProjectFilter, ProjectPage, ProjectView};
use std::collections::{BTreeMap, HashMap};

/// The tabs of a project, in order.
pub const SECTIONS: [&str; 6] = [
    "overview", "discover", "plan", "finance", "deploy", "operate",
];

/// The kinds of part each tab lists and adds.
pub fn kinds_of(section: &str) -> &'static [PartKind] {
    use PartKind::*;
    match section {
        "plan" => &[Objective, UseCase, Stakeholder, Relationship, Risk],
        "deploy" => &[Milestone, Task, Procurement],
        "operate" => &[Kpi, Report],
        "overview" => &[Comment],
        _ => &[],
    }
}

#[derive(Template)]
#[template(path = "driver/projects.html")]
struct ListPage {
    c: Chrome,
    items: Vec<(ProjectView, String)>,
    total: u64,
    pager: Pager,
    q: String,
    stage: String,
    can_create: bool,
}

pub(super) async fn list(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
    Paged(paging): Paged,
) -> PageResult {
    let get = |k: &str| {
        q.get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let stage = match get("stage") {
        None => None,
        Some(v) => Some(Stage::parse(&v).map_err(|r| PageError::bad_request("stage", &r))?),
    };
    if let Some(d) = get("domain") {
        PracticeDomain::parse(&d).map_err(|r| PageError::bad_request("domain", &r))?;
    }
    let f = ProjectFilter {
        city: get("city"),
        stage,
        domain: get("domain"),
        q: get("q"),
        ..Default::default()
    };
    let page = s.svc.projects(&c.actor, &f, paging).await?;
    let base: Vec<(&str, String)> = ["city", "stage", "domain", "q"]
        .into_iter()
        .filter_map(|k| get(k).map(|v| (k, v)))
        .collect();
    let pager = Pager::of(&c.tr, &base, &page, "/projects");
    let items = page
        .items
        .into_iter()
        .map(|(p, city)| (p, city.names.best(c.lang).to_string()))
        .collect();
    html(ListPage {
        c: c.chrome("projects"),
        items,
        total: page.total,
        pager,
        q: get("q").unwrap_or_default(),
        stage: get("stage").unwrap_or_default(),
        can_create: c.edits_something(),
    })
}

#[derive(Template)]
#[template(path = "driver/project_form.html")]
struct SettingsPage {
    c: Chrome,
    editing: Option<String>,
    f: Fields,
    errors: BTreeMap<String, String>,
    domains: Vec<&'static str>,
    visibilities: Vec<&'static str>,
    langs: Vec<(&'static str, &'static str)>,
    cities: Vec<String>,
    networks: Vec<(String, String)>,
    /// id, name and one line about it, in the reader's language.
    templates: Vec<(&'static str, String, String)>,
}

impl SettingsPage {
    fn v(&self, k: &str) -> String {
        self.f.raw(k)
    }
}

async fn render_settings(
    c: &Ctx,
    s: &AppState,
    editing: Option<String>,
    f: Fields,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let Some(u) = c.actor.user() else {
        return Err(PageError::forbidden());
    };
    if editing.is_none() && !c.edits_something() {
        return Err(PageError::forbidden());
    }
    let networks = s
        .svc
        .network_names()
        .await?
        .into_iter()
        .map(|(id, n)| (id, n.best(c.lang).to_string()))
        .collect();
    form_page(
        &errors,
        SettingsPage {
            c: c.chrome("projects"),
            editing,
            f,
            errors: errors.clone(),
            domains: PracticeDomain::ALL.iter().map(|d| d.as_str()).collect(),
            visibilities: Visibility::ALL.iter().map(|v| v.as_str()).collect(),
            langs: Lang::ALL
                .iter()
                .map(|l| (l.tag(), l.native_name()))
                .collect(),
            cities: if c.is_admin() {
                vec![]
            } else {
                u.editor_of.iter().map(|o| o.as_str().to_string()).collect()
            },
            networks,
            templates: templates::all()
                .iter()
                .map(|t| {
                    let name = t.names.best(c.lang).to_string();
                    (t.id.as_str(), name, t.about.best(c.lang).to_string())
                })
                .collect(),
        },
    )
}

fn settings_input(f: &Fields) -> ProjectInput {
    let coord = |k: &str| {
        f.get(k)
            .map(|v| v.replace(',', ".").parse::<f64>().unwrap_or(f64::NAN))
    };
    ProjectInput {
        id: f.get("id"),
        city: f.get("city"),
        titles: f.i18n("title"),
        summary: f.i18n("summary"),
        domain: f.get("domain"),
        sdgs: f
            .list("sdgs")
            .iter()
            .map(|g| g.parse::<u8>().unwrap_or(0))
            .collect(),
        visibility: f.get("visibility"),
        network: f.get("network"),
        district: f.i18n("district"),
        lat: coord("lat"),
        lon: coord("lon"),
        languages: Lang::ALL
            .iter()
            .filter(|l| f.has(&format!("lang_{}", l.tag())))
            .map(|l| l.tag().to_string())
            .collect(),
        template: f.get("template"),
    }
}

pub(super) async fn new_form(SignedIn(c): SignedIn, State(s): State<AppState>) -> PageResult {
    let mut f = Fields::default();
    f.put(&format!("lang_{}", c.lang.tag()), "1");
    render_settings(&c, &s, None, f, BTreeMap::new()).await
}

pub(super) async fn create(c: Ctx, State(s): State<AppState>, CsrfForm(f): CsrfForm) -> PageResult {
    match s
        .svc
        .create_project(&c.actor, settings_input(&f))
        .await
        .or_fields()?
    {
        Ok(p) => Ok(Redirect::to(&format!("/projects/{}/discover", p.id)).into_response()),
        Err(errors) => render_settings(&c, &s, None, f, errors).await,
    }
}

pub(super) async fn edit_form(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let p = s.svc.project_page(&c.actor, &id).await?;
    if p.role != Some(TeamRole::Owner) {
        return Err(PageError::forbidden());
    }
    let x = &p.project;
    let mut f = Fields::default();
    f.put("city", x.city.clone());
    f.put("domain", x.domain.as_str());
    f.put("visibility", x.visibility.as_str());
    f.put("network", x.network.clone().unwrap_or_default());
    let sdgs: Vec<String> = x.sdgs.iter().map(u8::to_string).collect();
    f.put("sdgs", sdgs.join(", "));
    if let (Some(lat), Some(lon)) = (x.lat, x.lon) {
        f.put("lat", lat.to_string());
        f.put("lon", lon.to_string());
    }
    for l in &x.languages {
        f.put(&format!("lang_{}", l.tag()), "1");
    }
    f.put_i18n("title", &x.titles);
    f.put_i18n("summary", &x.summary);
    f.put_i18n("district", &x.district);
    render_settings(&c, &s, Some(id), f, BTreeMap::new()).await
}

pub(super) async fn update(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    match s
        .svc
        .update_project(&c.actor, &id, settings_input(&f))
        .await
        .or_fields()?
    {
        Ok(p) => Ok(Redirect::to(&format!("/projects/{}", p.id)).into_response()),
        Err(errors) => render_settings(&c, &s, Some(id), f, errors).await,
    }
}

/// A form of the page that was refused, shown again with its fields and errors.
#[derive(Debug, Default)]
pub struct Refusal {
    /// Which form: a kind of part, `gate`, `team`, `partner`, `readiness`.
    pub form: String,
    pub f: Fields,
    pub errors: BTreeMap<String, String>,
}

#[derive(Template)]
#[template(path = "driver/project.html")]
pub struct ProjectTemplate {
    pub c: Chrome,
    pub p: ProjectPage,
    pub section: &'static str,
    pub refusal: Refusal,
    pub notice: Option<String>,
    pub readiness: Option<Readiness>,
    pub charts: charts::ProjectCharts,
    /// The languages the part forms show: the project's, the reader's, and any a part has.
    pub form_langs: Vec<Lang>,
    pub today: String,
}

impl ProjectTemplate {
    pub fn can(&self, role: &str) -> bool {
        let needed = TeamRole::parse(role).unwrap_or(TeamRole::Owner);
        self.p.role.is_some_and(|r| r >= needed)
    }
    /// The add form of a kind, refilled when it was the one refused.
    pub fn form(&self, kind: &PartKind) -> Vec<part_form::FieldView> {
        let empty = (Fields::default(), BTreeMap::new());
        let (values, errors) = if self.refusal.form == kind.as_str() {
            (&self.refusal.f, &self.refusal.errors)
        } else {
            (&empty.0, &empty.1)
        };
        let members: Vec<(String, String)> = self
            .p
            .members
            .iter()
            .map(|m| (m.user_id.clone(), m.display_name.clone()))
            .collect();
        part_form::views(
            &self.c,
            *kind,
            values,
            errors,
            &self.form_langs,
            &self.stakeholder_names(),
            &members,
        )
    }
    fn tab_id(&self) -> &str {
        &self.p.project.id
    }
    fn tab_section(&self) -> &str {
        self.section
    }
    pub fn errors_of(&self, form: &str) -> Vec<(&String, &String)> {
        if self.refusal.form == form {
            self.refusal.errors.iter().collect()
        } else {
            Vec::new()
        }
    }
    /// A field's value on a refused form shown again.
    pub fn v(&self, form: &str, name: &str) -> String {
        if self.refusal.form == form {
            self.refusal.f.raw(name)
        } else {
            String::new()
        }
    }
    pub fn stakeholder_names(&self) -> Vec<(String, String)> {
        self.p
            .parts
            .stakeholders
            .iter()
            .map(|(id, s)| (id.clone(), self.stakeholder_name(id, s)))
            .collect()
    }
    pub fn stakeholder_name(&self, _id: &str, s: &domain::driver::parts::Stakeholder) -> String {
        self.p.stakeholder_name(s, self.c.lang)
    }
    pub fn stakeholder_by_id(&self, id: &str) -> String {
        self.p
            .parts
            .stakeholders
            .iter()
            .find(|(i, _)| i == id)
            .map(|(i, s)| self.stakeholder_name(i, s))
            .unwrap_or_else(|| id.to_string())
    }
    pub fn stage_index(&self) -> usize {
        Stage::ALL
            .iter()
            .position(|s| *s == self.p.project.stage)
            .unwrap_or(0)
    }
    pub fn stages(&self) -> Vec<(usize, &'static str)> {
        Stage::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| (i, s.as_str()))
            .collect()
    }
    pub fn member_name(&self, user_id: &str) -> String {
        self.p
            .members
            .iter()
            .find(|m| m.user_id == user_id)
            .map(|m| m.display_name.clone())
            .unwrap_or_else(|| user_id.to_string())
    }
    pub fn percent(&self, v: &f64) -> String {
        crate::kit::number::percent(self.c.lang, *v, 0)
    }
    pub fn num(&self, v: &f64) -> String {
        crate::kit::number::decimal(self.c.lang, *v, 2)
    }
    pub fn date(&self, micros: &i64) -> String {
        self.c.date(micros)
    }
    pub fn dimensions(&self) -> Vec<&'static str> {
        Dimension::ALL.iter().map(|d| d.as_str()).collect()
    }
    /// The questions by dimension, in the model's order.
    pub fn questions(&self) -> Vec<(&'static str, Vec<&'static str>)> {
        Dimension::ALL
            .iter()
            .map(|d| {
                let qs = readiness::QUESTIONS
                    .iter()
                    .filter(|q| q.dimension == *d)
                    .map(|q| q.id)
                    .collect();
                (d.as_str(), qs)
            })
            .collect()
    }
    pub fn score_of(&self, a: &services::driver::AssessmentView, d: &str) -> String {
        a.scores
            .get(d)
            .map(|v| crate::kit::number::decimal(self.c.lang, *v, 0))
            .unwrap_or_default()
    }
    /// A dimension's percentile among the peers, or why there is none.
    pub fn bench(&self, b: &Option<Benchmark>, d: &str) -> String {
        let Ok(d) = Dimension::parse(d) else {
            return String::new();
        };
        match b {
            None => String::new(),
            Some(Benchmark::TooFew { peers }) => self
                .c
                .tr
                .ts("driver-benchmark-too-few", &[("peers", &peers.to_string())]),
            Some(Benchmark::Percentiles {
                peers,
                percentiles,
                medians,
            }) => self.c.tr.ts(
                "driver-benchmark-percentile",
                &[
                    (
                        "percentile",
                        &percentiles.get(&d).map_or(String::new(), |v| v.to_string()),
                    ),
                    (
                        "median",
                        &medians.get(&d).map_or(String::new(), |v| format!("{v:.0}")),
                    ),
                    ("peers", &peers.to_string()),
                ],
            ),
        }
    }
    /// Risks, the highest score first.
    pub fn risks_by_score(&self) -> Vec<&(String, domain::driver::parts::Risk)> {
        let mut v: Vec<_> = self.p.parts.risks.iter().collect();
        v.sort_by_key(|(_, r)| std::cmp::Reverse(r.score()));
        v
    }
    /// The task board: each status with its tasks.
    pub fn board(&self) -> Vec<(TaskStatus, Vec<&(String, domain::driver::parts::Task)>)> {
        TaskStatus::ALL
            .iter()
            .map(|s| {
                (
                    *s,
                    self.p
                        .parts
                        .tasks
                        .iter()
                        .filter(|(_, t)| t.status == *s)
                        .collect(),
                )
            })
            .collect()
    }
    pub fn kpi_chart(&self, id: &str) -> Option<&String> {
        self.charts
            .kpis
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, c)| c)
    }
    pub fn reports_newest(&self) -> Vec<&(String, domain::driver::parts::Report)> {
        let mut v: Vec<_> = self.p.parts.reports.iter().collect();
        v.sort_by_key(|(_, r)| std::cmp::Reverse(r.date));
        v
    }
    /// The figures a report froze, in a line.
    pub fn frozen(&self, r: &domain::driver::parts::Report) -> String {
        let f = &r.figures;
        let n = |v: &serde_json::Value| v.as_u64().unwrap_or(0).to_string();
        self.c.tr.ts(
            "driver-report-figures",
            &[
                (
                    "stage",
                    &self
                        .c
                        .tk("driver-stage-", f["stage"].as_str().unwrap_or("")),
                ),
                (
                    "progress",
                    &f["progress"]
                        .as_f64()
                        .map(|p| crate::kit::number::percent(self.c.lang, p, 0))
                        .unwrap_or_else(|| "—".into()),
                ),
                ("done", &n(&f["milestones"]["done"])),
                ("milestones", &n(&f["milestones"]["total"])),
                ("late", &n(&f["milestones"]["late"])),
                ("risks", &n(&f["open_risks"])),
            ],
        )
    }
    pub fn sdg_list(&self) -> String {
        self.p
            .project
            .sdgs
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Draws a project's page at one tab, with a refused form or a notice.
pub async fn render_project(
    c: &Ctx,
    s: &AppState,
    id: &str,
    section: &str,
    refusal: Refusal,
    notice: Option<String>,
) -> PageResult {
    let Some(section) = SECTIONS.iter().find(|x| **x == section).copied() else {
        return Err(PageError::not_found());
    };
    if section == "finance" {
        return super::finance_tab::page(c, s, id, None, BTreeMap::new(), notice).await;
    }
    let p = s.svc.project_page(&c.actor, id).await?;
    let readiness = if section == "discover" {
        Some(s.svc.readiness(&c.actor, id).await?)
    } else {
        None
    };
    let charts = charts::for_page(c, &p, readiness.as_ref(), section);
    let mut form_langs: Vec<Lang> = p.project.languages.clone();
    if !form_langs.contains(&c.lang) {
        form_langs.push(c.lang);
    }
    form_langs.sort();
    let failed = !refusal.errors.is_empty();
    let page = ProjectTemplate {
        c: c.chrome("projects"),
        p,
        section,
        refusal,
        notice,
        readiness,
        charts,
        form_langs,
        today: chrono::Utc::now().format("%Y-%m-%d").to_string(),
    };
    let r = if failed {
        form_page(&page.refusal.errors.clone(), page)?
    } else {
        html(page)?
    };
    Ok(crate::kit::no_store(r))
}

pub(super) async fn page(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    render_project(&c, &s, &id, "overview", Refusal::default(), None).await
}

pub(super) async fn tab(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, section)): Path<(String, String)>,
) -> PageResult {
    render_project(&c, &s, &id, &section, Refusal::default(), None).await
}
