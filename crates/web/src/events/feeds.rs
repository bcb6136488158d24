//! Calendar feeds (iCalendar): one event, a series, an organization, a network, and a person's
//! own feed behind a secret address.

use crate::kit::{AppState, Ctx, PageResult, no_store};
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use domain::Paging;
use services::events::EventView;

pub fn cal_event(e: &EventView, lang: domain::Lang) -> domain::events::calendar::CalEvent {
    domain::events::calendar::CalEvent {
        uid: format!("event-{}@citydriver", e.id),
        start: domain::time::from_micros(e.starts_at),
        end: domain::time::from_micros(e.ends_at),
        time_zone: e.time_zone.parse().ok(),
        time_known: e.time_known,
        summary: e.titles.best(lang).to_string(),
        description: Some(e.description.best(lang).to_string()).filter(|d| !d.is_empty()),
        location: e.venue.clone(),
        url: None,
        status: if e.is_cancelled() {
            domain::events::calendar::EventStatus::Cancelled
        } else {
            domain::events::calendar::EventStatus::Confirmed
        },
        sequence: 0,
        last_modified: domain::time::from_micros(e.starts_at.min(domain::time::now_micros())),
        categories: vec![e.format.to_string()],
    }
}

pub(super) async fn ics(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    let e = s.svc.get_event(&id).await?;
    let cal = domain::events::calendar::Calendar {
        name: e.titles.best(c.lang).to_string(),
        events: vec![cal_event(&e, c.lang)],
    };
    let body = domain::events::calendar::write(&cal, chrono::Utc::now());
    Ok((
        [
            (
                CONTENT_TYPE,
                domain::events::calendar::MEDIA_TYPE.to_string(),
            ),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{id}.ics\""),
            ),
        ],
        body,
    )
        .into_response())
}

fn ics_response(name: String, events: &[EventView], lang: domain::Lang, file: &str) -> Response {
    let cal = domain::events::calendar::Calendar {
        name,
        events: events.iter().map(|e| cal_event(e, lang)).collect(),
    };
    let body = domain::events::calendar::write(&cal, chrono::Utc::now());
    (
        [
            (
                CONTENT_TYPE,
                domain::events::calendar::MEDIA_TYPE.to_string(),
            ),
            (
                CONTENT_DISPOSITION,
                format!("inline; filename=\"{file}.ics\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// The feed of a series: subscribe once, get every part.
pub(super) async fn series_ics(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let (name, events) = s.svc.series_feed(&id).await?;
    Ok(ics_response(
        name.best(c.lang).to_string(),
        &events,
        c.lang,
        &id,
    ))
}

/// The feed of a network: events its secretariat and its members organize or take part in.
pub(super) async fn network_ics(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let feed = Paging::of(1, services::events::FEED_LIMIT);
    let (name, upcoming) = s.svc.network_events(&id, true, feed).await?;
    let (_, past) = s.svc.network_events(&id, false, feed).await?;
    let events: Vec<EventView> = upcoming.items.into_iter().chain(past.items).collect();
    Ok(ics_response(
        name.best(c.lang).to_string(),
        &events,
        c.lang,
        &id,
    ))
}

/// A person's own feed (the events they registered for), behind a secret address.
pub(super) async fn personal_ics(
    c: Ctx,
    State(s): State<AppState>,
    Path((user, secret)): Path<(String, String)>,
) -> PageResult {
    let regs = s.svc.personal_feed(&user, &secret).await?;
    let events: Vec<EventView> = regs.into_iter().map(|(e, _)| e).collect();
    let res = ics_response(c.tr.t("feed-personal-name"), &events, c.lang, "citydriver");
    Ok(no_store(res))
}

/// The feed of an organization's events.
pub(super) async fn org_ics(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let (name, events) = s.svc.org_feed(&id).await?;
    Ok(ics_response(
        name.best(c.lang).to_string(),
        &events,
        c.lang,
        &id,
    ))
}
