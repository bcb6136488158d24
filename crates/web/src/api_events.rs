//! The events part of the JSON API: series, events, registrations.

use crate::AppState;
use crate::ctx::ApiActor;
use crate::error::{ApiError, ApiJson, ApiPath, ApiQuery, ErrorEnvelope};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::events::EventInput;
use domain::time::rfc3339;
use serde::{Deserialize, Serialize};
use services::events::{EventView, RegistrationInput, RegistrationView};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::{Text, paging, parse_text, text};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_series))
        .routes(routes!(list_events, create_event))
        .routes(routes!(get_event))
        .routes(routes!(register))
        .merge(crate::api_organize::router())
}

/// An event (a session of a series, or an event on its own).
#[derive(Serialize, ToSchema)]
pub struct Event {
    id: String,
    series_id: Option<String>,
    part: Option<i32>,
    titles: Text,
    description: Text,
    /// webinar, live_event, workshop, assembly, study_visit
    format: String,
    /// RFC 3339, UTC. With `time_known` false, the local midnight starting the date.
    starts_at: String,
    ends_at: String,
    /// The IANA zone the event belongs to.
    time_zone: String,
    /// False when only the date is published.
    time_known: bool,
    capacity: Option<i64>,
    moderated: bool,
    /// public, network_members, country, invitation
    audience: String,
    audience_value: Option<String>,
    languages: Vec<String>,
    /// Languages interpreted into.
    interpretation: Vec<String>,
    /// RFC 3339, UTC: registration opens (none: open now).
    registration_opens_at: Option<String>,
    /// RFC 3339, UTC: registration closes (none: at the end).
    registration_closes_at: Option<String>,
    /// Minutes before the start the reminder e-mail goes.
    reminder_minutes: Option<i32>,
    /// online, in_person or mixed; null: not known.
    attendance_mode: Option<String>,
    /// The address of an event in person; null: not known.
    venue: Option<String>,
    status: String,
    /// Registrations holding a seat (in the answer for one event).
    #[serde(skip_serializing_if = "Option::is_none")]
    confirmed_count: Option<u64>,
    /// People on the waiting list (in the answer for one event).
    #[serde(skip_serializing_if = "Option::is_none")]
    waitlisted_count: Option<u64>,
}

impl From<EventView> for Event {
    fn from(e: EventView) -> Self {
        Event {
            titles: text(&e.titles),
            description: text(&e.description),
            starts_at: rfc3339(e.starts_at),
            ends_at: rfc3339(e.ends_at),
            id: e.id,
            series_id: e.series_id,
            part: e.part,
            format: e.format,
            time_zone: e.time_zone,
            time_known: e.time_known,
            capacity: e.capacity,
            moderated: e.moderated,
            audience: e.audience,
            audience_value: e.audience_value,
            languages: e.languages,
            interpretation: e.interpretation,
            registration_opens_at: e.registration_opens_at.map(rfc3339),
            registration_closes_at: e.registration_closes_at.map(rfc3339),
            reminder_minutes: e.reminder_minutes,
            attendance_mode: e.attendance_mode,
            venue: e.venue,
            status: e.status,
            confirmed_count: None,
            waitlisted_count: None,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SeriesWrite {
    id: String,
    #[serde(default)]
    names: Text,
    /// The organizing organization's id.
    organizer: String,
}

#[derive(Serialize, ToSchema)]
pub struct Series {
    id: String,
    names: Text,
    organizer: Option<String>,
}

/// Create a series (admins and editors of the organizer).
#[utoipa::path(post, path = "/api/v1/series", tag = "events", request_body = SeriesWrite, security(("bearer" = [])),
    responses((status = 201, body = Series), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_series(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiJson(w): ApiJson<SeriesWrite>,
) -> Result<Response, ApiError> {
    let m = s
        .svc
        .create_series(&a, &w.id, parse_text("names", w.names)?, &w.organizer)
        .await?;
    let names = domain::I18nText::from_json(&m.names).unwrap_or_default();
    Ok((
        StatusCode::CREATED,
        Json(Series {
            id: m.id,
            names: text(&names),
            organizer: m.organizer_org_id,
        }),
    )
        .into_response())
}

/// What to send to create an event. Times are local to `time_zone`; leave the times out when the hour is not published.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventWrite {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    titles: Text,
    #[serde(default)]
    description: Text,
    #[serde(default)]
    format: Option<String>,
    /// "2031-07-01"
    date: Option<String>,
    /// "14:00"
    #[serde(default)]
    start_time: Option<String>,
    /// "15:30" (an end before the start is on the next day)
    #[serde(default)]
    end_time: Option<String>,
    /// IANA zone, e.g. "Asia/Tokyo"
    time_zone: Option<String>,
    #[serde(default)]
    capacity: Option<u32>,
    #[serde(default)]
    moderated: Option<bool>,
    #[serde(default)]
    audience: Option<String>,
    #[serde(default)]
    audience_value: Option<String>,
    /// Shown to confirmed registrations only.
    #[serde(default)]
    online_url: Option<String>,
    /// BCP 47 tags separated by commas.
    #[serde(default)]
    languages: Option<String>,
    /// Languages interpreted into, BCP 47 tags separated by commas.
    #[serde(default)]
    interpretation: Option<String>,
    /// Local "2031-06-01T09:00" in `time_zone` when registration opens; none: now.
    #[serde(default)]
    registration_opens: Option<String>,
    /// Local time registration closes; none: at the end.
    #[serde(default)]
    registration_closes: Option<String>,
    /// Minutes before the start the reminder e-mail goes to confirmed attendees; none or 0: no reminder.
    #[serde(default)]
    reminder_minutes: Option<u32>,
    /// online, in_person or mixed; none: not known.
    #[serde(default)]
    attendance_mode: Option<String>,
    /// The address of an event in person.
    #[serde(default)]
    venue: Option<String>,
    /// The organizing organization's id.
    organizer: String,
    #[serde(default)]
    co_organizers: Vec<String>,
    #[serde(default)]
    series: Option<String>,
    /// Part number within the series.
    #[serde(default)]
    part: Option<i32>,
}

/// Create an event (admins and editors of the organizer).
#[utoipa::path(post, path = "/api/v1/events", tag = "events", request_body = EventWrite, security(("bearer" = [])),
    responses((status = 201, body = Event), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_event(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiJson(w): ApiJson<EventWrite>,
) -> Result<Response, ApiError> {
    let input = EventInput {
        id: w.id,
        titles: parse_text("titles", w.titles)?,
        description: parse_text("description", w.description)?,
        format: w.format,
        date: w.date,
        start_time: w.start_time,
        end_time: w.end_time,
        time_zone: w.time_zone,
        capacity: w.capacity,
        moderated: w.moderated,
        audience: w.audience,
        audience_value: w.audience_value,
        online_url: w.online_url,
        languages: w.languages,
        interpretation: w.interpretation,
        registration_opens: w.registration_opens,
        registration_closes: w.registration_closes,
        reminder_minutes: w.reminder_minutes,
        attendance_mode: w.attendance_mode,
        venue: w.venue,
    };
    let co: Vec<&str> = w.co_organizers.iter().map(String::as_str).collect();
    let series = match (w.series.as_deref(), w.part) {
        (Some(s), p) => Some((s, p.unwrap_or(1))),
        (None, Some(_)) => {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                "some fields are not valid",
                services::error::field("part", "is given with series only"),
            ));
        }
        (None, None) => None,
    };
    let e = s
        .svc
        .create_event(&a, &w.organizer, &co, series, input)
        .await?;
    Ok((StatusCode::CREATED, Json(Event::from(e))).into_response())
}

#[derive(Serialize, ToSchema)]
pub struct EventList {
    items: Vec<Event>,
    page: u64,
    per_page: u64,
    total: u64,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    /// true: past events, latest first. Default: upcoming, soonest first.
    past: Option<bool>,
    /// Only events this organization organizes or takes part in.
    org: Option<String>,
    page: Option<u64>,
    per_page: Option<u64>,
}

/// List events.
#[utoipa::path(get, path = "/api/v1/events", tag = "events", params(EventQuery),
    responses((status = 200, body = EventList), (status = 400, body = ErrorEnvelope)))]
async fn list_events(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<EventQuery>,
) -> Result<Json<EventList>, ApiError> {
    let (page, per_page) = paging(q.page, q.per_page)?;
    let (items, total) = s
        .svc
        .list_events(!q.past.unwrap_or(false), q.org.as_deref(), page, per_page)
        .await?;
    Ok(Json(EventList {
        items: items.into_iter().map(Into::into).collect(),
        page,
        per_page,
        total,
    }))
}

/// One event.
#[utoipa::path(get, path = "/api/v1/events/{id}", tag = "events", params(("id" = String, Path)),
    responses((status = 200, body = Event), (status = 404, body = ErrorEnvelope)))]
async fn get_event(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Event>, ApiError> {
    let mut e = Event::from(s.svc.get_event(&id).await?);
    let c = s.svc.registration_counts(&id).await?;
    e.confirmed_count = Some(c.confirmed);
    e.waitlisted_count = Some(c.waitlisted);
    Ok(Json(e))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrationWrite {
    email: Option<String>,
    name: Option<String>,
    #[serde(default)]
    org_id: Option<String>,
    #[serde(default)]
    org_name: Option<String>,
    /// ISO 3166 alpha-2, for events limited to one country.
    #[serde(default)]
    country: Option<String>,
    /// participant (default), observer, speaker, press
    #[serde(default)]
    attendee_type: Option<String>,
    /// en, ko, ja, zh-Hans or fr: the language of the messages.
    #[serde(default)]
    lang: Option<String>,
    /// IANA zone the messages show times in.
    #[serde(default)]
    time_zone: Option<String>,
    /// The secret of an invitation's link (required by events by invitation; registers the invited address only).
    #[serde(default)]
    invitation: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Registration {
    id: String,
    event_id: String,
    email: String,
    name: String,
    org_id: Option<String>,
    org_name: Option<String>,
    attendee_type: String,
    lang: String,
    time_zone: String,
    /// confirmed, waitlisted, pending, cancelled, rejected
    status: String,
    /// RFC 3339, UTC: when the attendee was checked in at the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    checked_in_at: Option<String>,
    /// The secret self-service address; only in the answer that created the registration.
    #[serde(skip_serializing_if = "Option::is_none")]
    manage_url: Option<String>,
}

pub(crate) fn registration_json(r: RegistrationView, manage_url: Option<String>) -> Registration {
    Registration {
        id: r.id,
        event_id: r.event_id,
        email: r.email,
        name: r.name,
        org_id: r.org_id,
        org_name: r.org_name,
        attendee_type: r.attendee_type,
        lang: r.lang,
        time_zone: r.time_zone,
        status: r.status,
        checked_in_at: r.checked_in_at.map(rfc3339),
        manage_url,
    }
}

/// Register for an event. Send an `Idempotency-Key` header so that a retry returns the same
/// registration (200) instead of creating another; a new registration answers 201.
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations", tag = "events", params(("id" = String, Path),
        ("Idempotency-Key" = Option<String>, Header, description = "Any string up to 128 characters, unique per attempt")),
    request_body = RegistrationWrite,
    responses((status = 201, body = Registration), (status = 200, body = Registration, description = "A repeat of an earlier registration"),
        (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn register(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(w): ApiJson<RegistrationWrite>,
) -> Result<Response, ApiError> {
    let key = match headers.get("idempotency-key") {
        None => None,
        Some(v) => Some(
            v.to_str()
                .map_err(|_| ApiError::bad_request("Idempotency-Key", "must be visible ASCII"))?
                .to_string(),
        ),
    };
    let input = RegistrationInput {
        email: w.email,
        name: w.name,
        org_id: w.org_id,
        org_name: w.org_name,
        country: w.country,
        attendee_type: w.attendee_type,
        lang: w.lang,
        time_zone: w.time_zone,
        invitation: w.invitation,
    };
    let r = s.svc.register(&id, input, key.as_deref()).await?;
    let status = if r.repeated {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    let manage = r.manage_secret.map(|k| format!("/r/{k}"));
    Ok((status, Json(registration_json(r.registration, manage))).into_response())
}
