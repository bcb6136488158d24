//! The organizers' console of an event: the attendee list (moderation, check-in, CSV export),
//! invitations (one, or a CSV file of them), speakers, recordings and transcripts.
//! Every action is checked again by the service (`Services::require_organizer`); the pages only
//! show what the service allows.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::PageError;
use crate::pages::need_login;
use crate::view::{Chrome, Pager};
use askama::Template;
use axum::Router;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use domain::events::RegStatus;
use services::ServiceError;
use services::attendance::{Attendees, InvitationView, InviteInput};
use services::events::{Counts, EventView};
use services::recordings::{
    RecordingInput, RecordingView, SpeakerInput, SpeakerView, TranscriptInfo,
};
use std::collections::{BTreeMap, HashMap};

type PageResult = Result<Response, PageError>;
type Form = Result<axum::Form<HashMap<String, String>>, axum::extract::rejection::FormRejection>;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/organize", get(console))
        .route("/events/{id}/organize/decide", post(decide))
        .route("/events/{id}/organize/check-in", post(check_in))
        .route("/events/{id}/organize/invite", post(invite))
        .route("/events/{id}/organize/invite-csv", post(invite_csv))
        .route("/events/{id}/organize/speakers", post(add_speaker))
        .route(
            "/events/{id}/organize/speakers/remove",
            post(remove_speaker),
        )
        .route("/events/{id}/organize/recordings", post(add_recording))
        .route("/events/{id}/organize/transcripts", post(import_transcript))
        .route("/events/{id}/attendees.csv", get(attendees_csv))
}

fn err(c: &Ctx) -> impl Fn(ServiceError) -> PageError + '_ {
    move |e| PageError::from_service(e, c.lang)
}

#[derive(Template)]
#[template(path = "organize.html")]
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
    if let Some(r) = need_login(c) {
        return Ok(r);
    }
    let status = q.get("status").cloned().unwrap_or_default();
    let text = q.get("q").cloned().unwrap_or_default();
    let page = q
        .get("page")
        .and_then(|p| p.parse::<u64>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let list = s
        .svc
        .attendees(
            &c.actor,
            id,
            Some(status.as_str()).filter(|x| !x.is_empty()),
            Some(text.as_str()),
            page,
            100,
        )
        .await
        .map_err(err(c))?;
    let event = s.svc.get_event(id).await.map_err(err(c))?;
    let mut base: Vec<(&str, String)> = Vec::new();
    if !status.is_empty() {
        base.push(("status", status.clone()));
    }
    if !text.is_empty() {
        base.push(("q", text.clone()));
    }
    let pager = Pager::new(
        &c.tr,
        &base,
        page,
        100,
        list.total,
        &format!("/events/{id}/organize"),
    );
    let unprocessable = !o.errors.is_empty();
    let page = ConsolePage {
        c: Chrome::new(c, "events"),
        counts: s.svc.registration_counts(id).await.map_err(err(c))?,
        invitations: s.svc.invitations(&c.actor, id).await.map_err(err(c))?,
        speakers: s.svc.speakers(id).await.map_err(err(c))?,
        recordings: s.svc.recordings(id).await.map_err(err(c))?,
        transcripts: s.svc.transcripts(id).await.map_err(err(c))?,
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
    let mut res = (code, Html(page.render()?)).into_response();
    // Attendees' addresses: never kept by a shared cache.
    res.headers_mut().insert(
        CACHE_CONTROL,
        axum::http::HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}

async fn console(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    render(&c, &s, &id, &q, Outcome::default()).await
}

/// Reads a form after checking its CSRF token.
fn fields(c: &Ctx, f: Form) -> Result<HashMap<String, String>, PageError> {
    let fields = f.map_err(|e| PageError::form(e, c.lang))?.0;
    c.check_csrf(fields.get("csrf").map(String::as_str))?;
    Ok(fields)
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
        Err(e) => return Err(err(c)(e)),
    };
    render(c, s, id, &HashMap::new(), o).await
}

fn opt(f: &HashMap<String, String>, k: &str) -> Option<String> {
    f.get(k)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

async fn decide(c: Ctx, State(s): State<AppState>, Path(id): Path<String>, f: Form) -> PageResult {
    let f = fields(&c, f)?;
    let to = match f.get("to").map(String::as_str) {
        Some("confirmed") => RegStatus::Confirmed,
        Some("rejected") => RegStatus::Rejected,
        _ => {
            return Err(PageError::new(
                StatusCode::BAD_REQUEST,
                c.lang,
                "error-invalid",
            ));
        }
    };
    let reg = f.get("registration").cloned().unwrap_or_default();
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

async fn check_in(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: Form,
) -> PageResult {
    let f = fields(&c, f)?;
    let reg = f.get("registration").cloned().unwrap_or_default();
    let undo = f.contains_key("undo");
    let r = s.svc.check_in(&c.actor, &reg, undo).await;
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

async fn invite(c: Ctx, State(s): State<AppState>, Path(id): Path<String>, f: Form) -> PageResult {
    let f = fields(&c, f)?;
    let input = InviteInput {
        email: opt(&f, "email"),
        name: opt(&f, "name"),
        lang: opt(&f, "lang"),
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

/// Reads a multipart form: its text fields and its file, after checking the CSRF token.
async fn multipart(
    c: &Ctx,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<(HashMap<String, String>, Option<(String, Vec<u8>)>), PageError> {
    let bad = || PageError::new(StatusCode::BAD_REQUEST, c.lang, "error-invalid");
    let mut mp = mp.map_err(|_| bad())?;
    let mut fields = HashMap::new();
    let mut file = None;
    while let Some(field) = mp.next_field().await.map_err(|_| bad())? {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            let file_name = field.file_name().unwrap_or("").to_string();
            file = Some((file_name, field.bytes().await.map_err(|_| bad())?.to_vec()));
        } else {
            fields.insert(name, field.text().await.map_err(|_| bad())?);
        }
    }
    // The token must be right before anything is done with the file.
    c.check_csrf(fields.get("csrf").map(String::as_str))?;
    Ok((fields, file))
}

async fn invite_csv(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> PageResult {
    let (_, file) = multipart(&c, mp).await?;
    let bytes = file.map(|(_, b)| b).unwrap_or_default();
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

async fn add_speaker(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: Form,
) -> PageResult {
    let f = fields(&c, f)?;
    let input = SpeakerInput {
        name: opt(&f, "name"),
        person_id: opt(&f, "person_id"),
        org_id: opt(&f, "org_id"),
        mode: opt(&f, "mode"),
        topic: opt(&f, "topic"),
    };
    let r = s.svc.add_speaker(&c.actor, &id, input).await;
    after(&c, &s, &id, r, |sp| {
        c.tr.ts("organize-speaker-added", &[("name", &sp.name)])
    })
    .await
}

async fn remove_speaker(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: Form,
) -> PageResult {
    let f = fields(&c, f)?;
    let Some(position) = f.get("position").and_then(|p| p.parse::<i32>().ok()) else {
        return Err(PageError::new(
            StatusCode::BAD_REQUEST,
            c.lang,
            "error-invalid",
        ));
    };
    let r = s.svc.remove_speaker(&c.actor, &id, position).await;
    after(&c, &s, &id, r, |_| c.tr.t("organize-speaker-removed")).await
}

async fn add_recording(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: Form,
) -> PageResult {
    let f = fields(&c, f)?;
    let input = RecordingInput {
        url: opt(&f, "url"),
        lang: opt(&f, "lang"),
        title: opt(&f, "title"),
    };
    let r = s.svc.add_recording(&c.actor, &id, input).await;
    after(&c, &s, &id, r, |_| c.tr.t("organize-recording-added")).await
}

async fn import_transcript(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> PageResult {
    let (f, file) = multipart(&c, mp).await?;
    let (name, bytes) = file.unwrap_or_default();
    let lang = opt(&f, "lang").unwrap_or_default();
    let recording = opt(&f, "recording_id");
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

async fn attendees_csv(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    if let Some(r) = need_login(&c) {
        return Ok(r);
    }
    let body = s.svc.attendees_csv(&c.actor, &id).await.map_err(err(&c))?;
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
