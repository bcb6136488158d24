//! The events in the JSON API: series, events, registrations.

use super::json::*;
use crate::kit::json::PageParams;
use crate::kit::{
    ApiActor, ApiError, ApiJson, ApiPaged, ApiPath, ApiQuery, ApiUser, AppState, ErrorEnvelope,
};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::events::EventInput;
use services::events::RegistrationInput;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_series))
        .routes(routes!(list_events, create_event))
        .routes(routes!(get_event))
        .routes(routes!(register))
}

/// Create a series (admins and editors of the organizer).
#[utoipa::path(post, path = "/api/v1/series", tag = "events", request_body = SeriesWrite, security(("bearer" = [])),
    responses((status = 201, body = Series), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_series(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(w): ApiJson<SeriesWrite>,
) -> Result<Response, ApiError> {
    let m = s
        .svc
        .create_series(&a, &w.id, w.names.into_i18n("names")?, &w.organizer)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(Series {
            id: m.id,
            names: m.names,
            organizer: m.organizer,
        }),
    )
        .into_response())
}

/// Create an event (admins and editors of the organizer).
#[utoipa::path(post, path = "/api/v1/events", tag = "events", request_body = EventWrite, security(("bearer" = [])),
    responses((status = 201, body = Event), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_event(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(w): ApiJson<EventWrite>,
) -> Result<Response, ApiError> {
    let input = EventInput {
        id: w.id,
        titles: w.titles.into_i18n("titles")?,
        description: w.description.into_i18n("description")?,
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
            return Err(ApiError::invalid("part", "is given with series only"));
        }
        (None, None) => None,
    };
    let e = s
        .svc
        .create_event(&a, &w.organizer, &co, series, input)
        .await?;
    Ok((StatusCode::CREATED, Json(Event::from(e))).into_response())
}

/// List events.
#[utoipa::path(get, path = "/api/v1/events", tag = "events", params(EventQuery, PageParams),
    responses((status = 200, body = EventList), (status = 400, body = ErrorEnvelope)))]
async fn list_events(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<EventQuery>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<EventList>, ApiError> {
    let upcoming = !q.past.unwrap_or(false);
    let p = s
        .svc
        .list_events(upcoming, q.org.as_deref(), paging)
        .await?;
    Ok(Json(p.into()))
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

/// Register for an event. Send an `Idempotency-Key` header so that a retry returns the same
/// registration (200) instead of creating another; a new registration answers 201.
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations", tag = "events", params(("id" = String, Path),
        ("Idempotency-Key" = Option<String>, Header, description = "Any string up to 128 characters, unique per attempt")),
    request_body = RegistrationWrite,
    responses((status = 201, body = Registration), (status = 200, body = Registration, description = "A repeat of an earlier registration"),
        (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn register(
    State(s): State<AppState>,
    ApiActor(actor): ApiActor,
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
    let r = s
        .svc
        .register_as(&actor, &id, input, key.as_deref())
        .await?;
    let status = if r.repeated {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    // The link reaches whoever typed the address by e-mail, not in this answer.
    let manage = r
        .manage_secret
        .filter(|_| r.proven)
        .map(|k| format!("/r/{k}"));
    Ok((status, Json(registration_json(r.registration, manage))).into_response())
}
