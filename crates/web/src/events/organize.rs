//! The organizers' console of an event: the attendee list (moderation, check-in, CSV export),
//! invitations (one, or a CSV file of them), speakers, recordings and transcripts.
//! Every action is checked again by the service (`Services::require_organizer`); the pages only
//! show what the service allows.

use crate::kit::extract::Upload;
use crate::kit::{
    AppState, Chrome, CsrfForm, CsrfMultipart, Ctx, PageError, PageResult, Pager, SignedIn,
    no_store,
};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{Html, IntoResponse};
use domain::Paging;
use domain::events::RegStatus;
use services::ServiceError;
use services::events::InvitationView;
use services::events::attendance::{Attendees, InviteInput};
use services::events::recordings::{RecordingInput, SpeakerInput};
use services::events::{Counts, EventView};
use services::events::{RecordingView, SpeakerView, TranscriptInfo};
use std::collections::{BTreeMap, HashMap};

#[derive(Template)]
#[template(path = "events/organize.html")]
struct ConsolePage {
    c: Chrome,
    event: EventView,
    counts: Counts,
    list: Attendees,
    status: String,
    q: String,
    pager: Pager,
    statuses: Vec<&'static str>,
    invitations: Vec<InvitationView>,
    speakers: Vec<SpeakerView>,
    recordings: Vec<RecordingView>,
    transcripts: Vec<TranscriptInfo>,
    notice: Option<String>,
    errors: BTreeMap<String, String>,
    langs: Vec<(&'static str, &'static str)>,
}

/// What an action left to show.
#[derive(Default)]
struct Outcome {
    notice: Option<String>,
    errors: BTreeMap<String, String>,
}

async fn render(
    c: &Ctx,
    s: &AppState,
    id: &str,
    q: &HashMap<String, String>,
    o: Outcome,
) -> PageResult {
    if let Some(r) = c.sign_in_first() {
        return Ok(r);
    }
    let status = q.get("status").cloned().unwrap_or_default();
    let text = q.get("q").cloned().unwrap_or_default();
    let paging = Paging::parse(
        q.get("page").map(String::as_str),
        q.get("per_page").map(String::as_str),
    )
    .map_err(|(f, r)| PageError::bad_request(f, &r))?;
    let list = s
        .svc
        .attendees(
            &c.actor,
            id,
            Some(status.as_str()).filter(|x| !x.is_empty()),
            Some(text.as_str()),
            paging,
        )
        .await?;
    let event = s.svc.get_event(id).await?;
    let mut base: Vec<(&str, String)> = Vec::new();
    if !status.is_empty() {
        base.push(("status", status.clone()));
    }
    if !text.is_empty() {
        base.push(("q", text.clone()));
    }
    let pager = Pager::of(&c.tr, &base, &list, &format!("/events/{id}/organize"));
    let unprocessable = !o.errors.is_empty();
    let page = ConsolePage {
        c: c.chrome("events"),
        counts: s.svc.registration_counts(id).await?,
        invitations: s.svc.invitations(&c.actor, id).await?,
        speakers: s.svc.speakers(id).await?,
        recordings: s.svc.recordings(id).await?,
        transcripts: s.svc.transcripts(id).await?,
        event,
        list,
        status,
        q: text,
        pager,
        statuses: RegStatus::ALL.iter().map(|x| x.as_str()).collect(),
        notice: o.notice,
        errors: o.errors,
        langs: domain::Lang::ALL
            .iter()
            .map(|l| (l.tag(), l.native_name()))
            .collect(),
    };
    let code = if unprocessable {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    // Attendees' addresses: never kept by a shared cache.
    Ok(no_store((code, Html(page.render()?)).into_response()))
}

pub(super) async fn console(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    render(&c, &s, &id, &q, Outcome::default()).await
}

/// Shows the console again after an action: its notice, or the fields it refused.
async fn after<T>(
    c: &Ctx,
    s: &AppState,
    id: &str,
    r: Result<T, ServiceError>,
    notice: impl FnOnce(T) -> String,
) -> PageResult {
    let o = match r {
        Ok(v) => Outcome {
            notice: Some(notice(v)),
            ..Default::default()
        },
        Err(ServiceError::Invalid(f) | ServiceError::Conflict(f)) => Outcome {
            errors: f.0,
            ..Default::default()
        },
        Err(e) => return Err(e.into()),
    };
    render(c, s, id, &HashMap::new(), o).await
}

pub(super) async fn decide(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let to = match f.get("to").as_deref() {
        Some("confirmed") => RegStatus::Confirmed,
        Some("rejected") => RegStatus::Rejected,
        _ => {
            return Err(PageError::new(StatusCode::BAD_REQUEST, "error-invalid"));
        }
    };
    let reg = f.raw("registration");
    let r = s.svc.decide_registration(&c.actor, &reg, to).await;
    after(&c, &s, &id, r, |(r, _)| {
        c.tr.ts(
            "organize-decided",
            &[
                ("name", &r.name),
                ("status", &c.tr.t(&format!("reg-{}", r.status))),
            ],
        )
    })
    .await
}

pub(super) async fn check_in(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let reg = f.raw("registration");
    let undo = f.has("undo");
    let r = s.svc.check_in(&c.actor, &id, &reg, undo).await;
    after(&c, &s, &id, r, |r| {
        let key = if undo {
            "organize-checked-in-undone"
        } else {
            "organize-checked-in"
        };
        c.tr.ts(key, &[("name", &r.name)])
    })
    .await
}

pub(super) async fn invite(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let input = InviteInput {
        email: f.get("email"),
        name: f.get("name"),
        lang: f.get("lang"),
    };
    let r = s.svc.invite(&c.actor, &id, input).await;
    after(&c, &s, &id, r, |i| {
        let key = if i.repeated {
            "organize-invited-again"
        } else {
            "organize-invited"
        };
        c.tr.ts(key, &[("email", &i.invitation.email)])
    })
    .await
}

pub(super) async fn invite_csv(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfMultipart(_, file): CsrfMultipart,
) -> PageResult {
    let bytes = file.map(|u| u.bytes).unwrap_or_default();
    let r = if bytes.is_empty() {
        Err(ServiceError::Invalid(services::error::field(
            "file", "is empty",
        )))
    } else {
        s.svc.invite_csv(&c.actor, &id, &bytes).await
    };
    after(&c, &s, &id, r, |rep| {
        c.tr.ts(
            "organize-invited-csv",
            &[
                ("invited", &rep.invited.to_string()),
                ("already", &rep.already.to_string()),
            ],
        )
    })
    .await
}

pub(super) async fn add_speaker(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let input = SpeakerInput {
        name: f.get("name"),
        person_id: f.get("person_id"),
        org_id: f.get("org_id"),
        mode: f.get("mode"),
        topic: f.get("topic"),
    };
    let r = s.svc.add_speaker(&c.actor, &id, input).await;
    after(&c, &s, &id, r, |sp| {
        c.tr.ts("organize-speaker-added", &[("name", &sp.name)])
    })
    .await
}

pub(super) async fn remove_speaker(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let Some(position) = f.get("position").and_then(|p| p.parse::<i32>().ok()) else {
        return Err(PageError::new(StatusCode::BAD_REQUEST, "error-invalid"));
    };
    let r = s.svc.remove_speaker(&c.actor, &id, position).await;
    after(&c, &s, &id, r, |_| c.tr.t("organize-speaker-removed")).await
}

pub(super) async fn add_recording(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let input = RecordingInput {
        url: f.get("url"),
        lang: f.get("lang"),
        title: f.get("title"),
    };
    let r = s.svc.add_recording(&c.actor, &id, input).await;
    after(&c, &s, &id, r, |_| c.tr.t("organize-recording-added")).await
}

pub(super) async fn import_transcript(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfMultipart(f, file): CsrfMultipart,
) -> PageResult {
    let Upload {
        file_name: name,
        bytes,
    } = file.unwrap_or_default();
    let lang = f.get("lang").unwrap_or_default();
    let recording = f.get("recording_id");
    let r = s
        .svc
        .import_transcript(
            &c.actor,
            &id,
            &lang,
            &name,
            &bytes,
            recording.as_deref(),
            false,
        )
        .await;
    after(&c, &s, &id, r, |t| {
        c.tr.ts(
            "organize-transcript-imported",
            &[("n", &t.cue_count.to_string()), ("lang", &t.lang)],
        )
    })
    .await
}

pub(super) async fn attendees_csv(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let body = s.svc.attendees_csv(&c.actor, &id).await?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{id}-attendees.csv\""),
            ),
            (CACHE_CONTROL, "private, no-store".to_string()),
        ],
        body,
    )
        .into_response())
}
