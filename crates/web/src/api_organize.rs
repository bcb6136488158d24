//! The organizers' part of the JSON API: the attendee list, check-in, invitations, speakers,
//! recordings and transcripts. Every call needs a token of an admin or of an editor of the
//! organizing organization (scope `write:directory`); the services check it.

use crate::AppState;
use crate::api::paging;
use crate::api_events::{Registration, registration_json};
use crate::ctx::ApiActor;
use crate::error::{ApiError, ApiJson, ApiPath, ApiQuery, ErrorEnvelope};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use services::attendance::InviteInput;
use services::recordings::{RecordingInput, SpeakerInput};
use utoipa::{IntoParams, ToSchema};
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

#[derive(Serialize, ToSchema)]
pub struct RegistrationList {
    items: Vec<Registration>,
    page: u64,
    per_page: u64,
    total: u64,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegistrationQuery {
    /// confirmed, waitlisted, pending, cancelled or rejected
    status: Option<String>,
    /// A text in the name, e-mail or organization (any case).
    q: Option<String>,
    page: Option<u64>,
    per_page: Option<u64>,
}

/// The registrations of an event (organizers).
#[utoipa::path(get, path = "/api/v1/events/{id}/registrations", tag = "organizers", params(("id" = String, Path), RegistrationQuery),
    security(("bearer" = [])),
    responses((status = 200, body = RegistrationList), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn list_registrations(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<RegistrationQuery>,
) -> Result<Json<RegistrationList>, ApiError> {
    let (page, per_page) = paging(q.page, q.per_page)?;
    s.svc.get_event(&id).await?;
    let l = s
        .svc
        .attendees(&a, &id, q.status.as_deref(), q.q.as_deref(), page, per_page)
        .await?;
    Ok(Json(RegistrationList {
        items: l
            .rows
            .into_iter()
            .map(|r| registration_json(r, None))
            .collect(),
        page: l.page,
        per_page: l.per_page,
        total: l.total,
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct CheckInWrite {
    /// true: take the check-in back.
    #[serde(default)]
    undo: bool,
}

/// Check a confirmed attendee in at the event, or take it back (organizers).
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations/{reg}/check-in", tag = "organizers",
    params(("id" = String, Path), ("reg" = String, Path)), request_body = CheckInWrite, security(("bearer" = [])),
    responses((status = 200, body = Registration), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope)))]
async fn check_in(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath((id, reg)): ApiPath<(String, String)>,
    ApiJson(w): ApiJson<CheckInWrite>,
) -> Result<Json<Registration>, ApiError> {
    let r = s.svc.check_in(&a, &reg, w.undo).await?;
    if r.event_id != id {
        return Err(services::ServiceError::NotFound("registration").into());
    }
    Ok(Json(registration_json(r, None)))
}

#[derive(Serialize, ToSchema)]
pub struct Invitation {
    id: String,
    email: String,
    name: String,
    lang: String,
    /// The registration made through the invitation's link, once there is one.
    registration_id: Option<String>,
    /// RFC 3339, UTC
    invited_at: String,
}

fn invitation_json(i: services::attendance::InvitationView) -> Invitation {
    Invitation {
        id: i.id,
        email: i.email,
        name: i.name,
        lang: i.lang,
        registration_id: i.registration_id,
        invited_at: domain::time::rfc3339(i.invited_at),
    }
}

/// The invitations of an event (organizers).
#[utoipa::path(get, path = "/api/v1/events/{id}/invitations", tag = "organizers", params(("id" = String, Path)),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<Invitation>), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)))]
async fn list_invitations(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
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

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationWrite {
    email: Option<String>,
    #[serde(default)]
    name: Option<String>,
    /// en, ko, ja, zh-Hans or fr: the language of the invitation's e-mail.
    #[serde(default)]
    lang: Option<String>,
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
    ApiActor(a): ApiActor,
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

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SpeakerWrite {
    #[serde(default)]
    name: Option<String>,
    /// A person of the directory (their name is used when `name` is empty).
    #[serde(default)]
    person_id: Option<String>,
    #[serde(default)]
    org_id: Option<String>,
    /// live (default) or prerecorded
    #[serde(default)]
    mode: Option<String>,
    #[serde(default)]
    topic: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Speaker {
    position: i32,
    name: String,
    person_id: Option<String>,
    org_id: Option<String>,
    mode: String,
    topic: Option<String>,
}

/// Add a speaker at the end of an event's list (organizers).
#[utoipa::path(post, path = "/api/v1/events/{id}/speakers", tag = "organizers", params(("id" = String, Path)),
    request_body = SpeakerWrite, security(("bearer" = [])),
    responses((status = 201, body = Speaker), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn add_speaker(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
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

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordingWrite {
    /// https://… (YouTube, Vimeo, a media file, any player)
    url: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Recording {
    id: String,
    url: String,
    lang: Option<String>,
    title: Option<String>,
}

/// Link a recording to an event (organizers).
#[utoipa::path(post, path = "/api/v1/events/{id}/recordings", tag = "organizers", params(("id" = String, Path)),
    request_body = RecordingWrite, security(("bearer" = [])),
    responses((status = 201, body = Recording), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn add_recording(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
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

#[derive(Serialize, ToSchema)]
pub struct Cue {
    start_ms: u64,
    end_ms: u64,
    voice: Option<String>,
    text: String,
    /// Opens the recording at the cue's start.
    link: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Transcript {
    lang: String,
    /// webvtt, srt or plain
    source: String,
    /// Written for the demo, not a record of what was said.
    sample: bool,
    recording_id: Option<String>,
    /// All cues, or those containing `q`.
    cues: Vec<Cue>,
    total: usize,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TranscriptQuery {
    /// Only the cues containing this text (any case, any script).
    q: Option<String>,
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

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TranscriptPut {
    /// The recording the transcript belongs to.
    recording_id: Option<String>,
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
    ApiActor(a): ApiActor,
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
