//! The organizers' part of the JSON API: the attendee list, check-in, invitations, speakers,
//! recordings and transcripts. Every call needs a token of an admin or of an editor of the
//! organizing organization (scope `write:directory`); the services check it.

use super::json::*;
use crate::kit::json::PageParams;
use crate::kit::{
    ApiError, ApiJson, ApiPaged, ApiPath, ApiQuery, ApiUser, AppState, ErrorEnvelope,
};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use services::events::attendance::InviteInput;
use services::events::recordings::{RecordingInput, SpeakerInput};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_registrations))
        .routes(routes!(check_in))
        .routes(routes!(list_invitations, invite))
        .routes(routes!(add_speaker))
        .routes(routes!(add_recording))
        .routes(routes!(get_transcript, put_transcript))
}

/// The registrations of an event (organizers).
#[utoipa::path(get, path = "/api/v1/events/{id}/registrations", tag = "organizers", params(("id" = String, Path), RegistrationQuery, PageParams),
    security(("bearer" = [])),
    responses((status = 200, body = RegistrationList), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn list_registrations(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<RegistrationQuery>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<RegistrationList>, ApiError> {
    s.svc.get_event(&id).await?;
    let l = s
        .svc
        .attendees(&a, &id, q.status.as_deref(), q.q.as_deref(), paging)
        .await?;
    Ok(Json(l.map(|r| registration_json(r, None)).into()))
}

/// Check a confirmed attendee in at the event, or take it back (organizers).
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations/{reg}/check-in", tag = "organizers",
    params(("id" = String, Path), ("reg" = String, Path)), request_body = CheckInWrite, security(("bearer" = [])),
    responses((status = 200, body = Registration), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope, description = "A field is invalid: `fields` names it and says why")))]
async fn check_in(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath((id, reg)): ApiPath<(String, String)>,
    ApiJson(w): ApiJson<CheckInWrite>,
) -> Result<Json<Registration>, ApiError> {
    let r = s.svc.check_in(&a, &id, &reg, w.undo).await?;
    Ok(Json(registration_json(r, None)))
}

/// The invitations of an event (organizers).
#[utoipa::path(get, path = "/api/v1/events/{id}/invitations", tag = "organizers", params(("id" = String, Path)),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<Invitation>), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)))]
async fn list_invitations(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Vec<Invitation>>, ApiError> {
    s.svc.get_event(&id).await?;
    Ok(Json(
        s.svc
            .invitations(&a, &id)
            .await?
            .into_iter()
            .map(invitation_json)
            .collect(),
    ))
}

/// Invite someone: an e-mail with a link that registers that address only. Inviting an
/// address again answers 200 with the invitation there is, and sends nothing.
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations", tag = "organizers", params(("id" = String, Path)),
    request_body = InvitationWrite, security(("bearer" = [])),
    responses((status = 201, body = Invitation), (status = 200, body = Invitation, description = "Invited before"),
        (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)))]
async fn invite(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<InvitationWrite>,
) -> Result<Response, ApiError> {
    s.svc.get_event(&id).await?;
    let i = s
        .svc
        .invite(
            &a,
            &id,
            InviteInput {
                email: w.email,
                name: w.name,
                lang: w.lang,
            },
        )
        .await?;
    let code = if i.repeated {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((code, Json(invitation_json(i.invitation))).into_response())
}

/// Add a speaker at the end of an event's list (organizers).
#[utoipa::path(post, path = "/api/v1/events/{id}/speakers", tag = "organizers", params(("id" = String, Path)),
    request_body = SpeakerWrite, security(("bearer" = [])),
    responses((status = 201, body = Speaker), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn add_speaker(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<SpeakerWrite>,
) -> Result<Response, ApiError> {
    s.svc.get_event(&id).await?;
    let sp = s
        .svc
        .add_speaker(
            &a,
            &id,
            SpeakerInput {
                name: w.name,
                person_id: w.person_id,
                org_id: w.org_id,
                mode: w.mode,
                topic: w.topic,
            },
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(Speaker {
            position: sp.position,
            name: sp.name,
            person_id: sp.person_id,
            org_id: sp.org_id,
            mode: sp.mode,
            topic: sp.topic,
        }),
    )
        .into_response())
}

/// Link a recording to an event (organizers).
#[utoipa::path(post, path = "/api/v1/events/{id}/recordings", tag = "organizers", params(("id" = String, Path)),
    request_body = RecordingWrite, security(("bearer" = [])),
    responses((status = 201, body = Recording), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn add_recording(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<RecordingWrite>,
) -> Result<Response, ApiError> {
    s.svc.get_event(&id).await?;
    let r = s
        .svc
        .add_recording(
            &a,
            &id,
            RecordingInput {
                url: w.url,
                lang: w.lang,
                title: w.title,
            },
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(Recording {
            id: r.id,
            url: r.url,
            lang: r.lang,
            title: r.title,
        }),
    )
        .into_response())
}

/// A transcript of an event in one language, with each cue's link into the recording.
#[utoipa::path(get, path = "/api/v1/events/{id}/transcripts/{lang}", tag = "events",
    params(("id" = String, Path), ("lang" = String, Path), TranscriptQuery),
    responses((status = 200, body = Transcript), (status = 404, body = ErrorEnvelope)))]
async fn get_transcript(
    State(s): State<AppState>,
    ApiPath((id, lang)): ApiPath<(String, String)>,
    ApiQuery(q): ApiQuery<TranscriptQuery>,
) -> Result<Json<Transcript>, ApiError> {
    let t = s.svc.transcript_page(&id, &lang, q.q.as_deref()).await?;
    Ok(Json(Transcript {
        lang: t.info.lang,
        source: t.info.source,
        sample: t.info.sample,
        recording_id: t.info.recording_id,
        total: t.total,
        cues: t
            .cues
            .into_iter()
            .map(|c| Cue {
                start_ms: c.start_ms,
                end_ms: c.end_ms,
                voice: c.voice,
                text: c.text,
                link: c.link,
            })
            .collect(),
    }))
}

/// Import a transcript (replacing the one in that language): the body is the file, WebVTT
/// (`text/vtt`), SRT (`application/x-subrip`) or plain text (`text/plain`, or any other type:
/// then the content decides). A bad file is refused with its line and reason.
#[utoipa::path(put, path = "/api/v1/events/{id}/transcripts/{lang}", tag = "organizers",
    params(("id" = String, Path), ("lang" = String, Path), TranscriptPut),
    request_body(content = String, content_type = "text/vtt"), security(("bearer" = [])),
    responses((status = 200, body = Transcript), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn put_transcript(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath((id, lang)): ApiPath<(String, String)>,
    ApiQuery(q): ApiQuery<TranscriptPut>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Transcript>, ApiError> {
    s.svc.get_event(&id).await?;
    let ct = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    // The type names the format the way a file name would.
    let name = if ct.starts_with("text/vtt") {
        "upload.vtt"
    } else if ct.starts_with("application/x-subrip") || ct.starts_with("text/srt") {
        "upload.srt"
    } else {
        "upload"
    };
    s.svc
        .import_transcript(
            &a,
            &id,
            &lang,
            name,
            &body,
            q.recording_id.as_deref(),
            false,
        )
        .await?;
    get_transcript(
        State(s),
        ApiPath((id, lang)),
        ApiQuery(TranscriptQuery { q: None }),
    )
    .await
}
