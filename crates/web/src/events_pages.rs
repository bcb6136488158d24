//! Event pages: the list, the event page (with schema.org JSON-LD and a registration form),
//! the self-service page behind the secret link, and the single-event `.ics`.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::PageError;
use crate::view::{Chrome, Pager};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use domain::events::AttendeeType;
use services::ServiceError;
use services::events::{EventPage, EventView, RegistrationInput, RegistrationView};
use std::collections::{BTreeMap, HashMap};

type PageResult = Result<Response, PageError>;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/events", get(list))
        .route("/events/{id}", get(page))
        .route("/events/{id}/register", post(register).get(invited))
        .route("/events/{id}/transcripts/{lang}", get(transcript))
        .route(
            "/events/{id}/transcripts/{lang}/webvtt",
            get(transcript_vtt),
        )
        .route("/networks/{id}/calendar.ics", get(network_ics))
        .route("/feeds/{user}/{secret}/calendar.ics", get(personal_ics))
        .route("/events/{id}/calendar.ics", get(ics))
        .route("/series/{id}/calendar.ics", get(series_ics))
        .route("/orgs/{id}/calendar.ics", get(org_ics))
        .route("/r/{secret}", get(manage))
        .route("/r/{secret}/cancel", post(cancel))
        .route("/r/{secret}/change", post(change))
}

fn err(c: &Ctx) -> impl Fn(ServiceError) -> PageError + '_ {
    move |e| PageError::from_service(e, c.lang)
}

#[derive(Template)]
#[template(path = "events.html")]
struct ListPage {
    c: Chrome,
    upcoming: bool,
    /// ("org" | "network", id, name) when the list is one organization's or network's.
    scope: Option<(&'static str, String, domain::I18nText)>,
    /// Whether to offer "new event" (admins and editors of an organization).
    can_create: bool,
    events: Vec<EventView>,
    pager: Pager,
}

async fn list(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let upcoming = !q.contains_key("past");
    let page = q
        .get("page")
        .and_then(|p| p.parse::<u64>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let org = q.get("org").filter(|o| !o.is_empty());
    let network = q.get("network").filter(|n| !n.is_empty());
    let (scope, events, total) = if let Some(n) = network {
        let (name, events, total) = s
            .svc
            .network_events(n, upcoming, page, 50)
            .await
            .map_err(err(&c))?;
        (Some(("network", n.clone(), name)), events, total)
    } else if let Some(o) = org {
        let name = s.svc.get_org(o).await.map_err(err(&c))?.names;
        let (events, total) = s
            .svc
            .list_events(upcoming, Some(o), page, 50)
            .await
            .map_err(err(&c))?;
        (Some(("org", o.clone(), name)), events, total)
    } else {
        let (events, total) = s
            .svc
            .list_events(upcoming, None, page, 50)
            .await
            .map_err(err(&c))?;
        (None, events, total)
    };
    let mut base: Vec<(&str, String)> = if upcoming {
        vec![]
    } else {
        vec![("past", "1".into())]
    };
    if let Some((k, id, _)) = &scope {
        base.push((k, id.clone()));
    }
    let pager = Pager::new(&c.tr, &base, page, 50, total, "/events");
    Ok(Html(
        ListPage {
            c: Chrome::new(&c, "events"),
            upcoming,
            scope,
            can_create: c.is_admin() || c.actor.user().is_some_and(|u| !u.editor_of.is_empty()),
            events,
            pager,
        }
        .render()?,
    )
    .into_response())
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventPageT {
    c: Chrome,
    p: EventPage,
    json_ld: String,
    audience: String,
    closed: Option<String>,
    done: Option<String>,
    manage_link: Option<String>,
    errors: BTreeMap<String, String>,
    attendee_types: Vec<&'static str>,
    idempotency_key: String,
    form_name: String,
    form_email: String,
    /// The invitation the form registers through (its address is then fixed).
    invitation: Option<(String, services::attendance::InvitationView)>,
    organizer: bool,
    /// Published practices presented at the event.
    practices: Vec<services::practices::PracticeView>,
}

/// schema.org `Event`, for search engines and calendars that read it.
fn json_ld(p: &EventPage, lang: domain::Lang) -> String {
    let e = &p.event;
    let organizers: Vec<_> = p
        .organizations
        .iter()
        .filter(|(r, _)| r == "organizer" || r == "co_organizer")
        .map(|(_, o)| serde_json::json!({"@type": "Organization", "name": o.names.best(lang)}))
        .collect();
    let mut v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": e.titles.best(lang),
        "description": e.description.best(lang),
        "eventStatus": if e.status == "cancelled" { "https://schema.org/EventCancelled" } else { "https://schema.org/EventScheduled" },
        "organizer": organizers,
        "inLanguage": e.languages,
    });
    // What is not known is left out rather than guessed.
    match e.attendance_mode.as_deref() {
        Some("online") => {
            v["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode".into();
            v["location"] = serde_json::json!({"@type": "VirtualLocation"});
        }
        Some(m @ ("in_person" | "mixed")) => {
            v["eventAttendanceMode"] = if m == "mixed" {
                "https://schema.org/MixedEventAttendanceMode"
            } else {
                "https://schema.org/OfflineEventAttendanceMode"
            }
            .into();
            if let Some(venue) = &e.venue {
                v["location"] = serde_json::json!({"@type": "Place", "address": venue});
            }
        }
        _ => {}
    }
    let start = domain::time::from_micros(e.starts_at);
    if e.time_known {
        v["startDate"] = start
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            .into();
        v["endDate"] = domain::time::from_micros(e.ends_at)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            .into();
    } else {
        // Only the date is known: schema.org takes a date without a time.
        let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
        v["startDate"] = start
            .with_timezone(&tz)
            .format("%Y-%m-%d")
            .to_string()
            .into();
    }
    // Inside <script>, "</" would end the element early.
    v.to_string().replace("</", "<\\/")
}

fn audience_text(c: &Ctx, e: &EventView) -> String {
    let value = match (e.audience.as_str(), &e.audience_value) {
        ("country", Some(code)) => domain::country::Country::parse(code)
            .map(|x| x.name(c.lang).to_string())
            .unwrap_or(code.clone()),
        (_, Some(v)) => v.clone(),
        _ => String::new(),
    };
    c.tr.ts(&format!("audience-{}", e.audience), &[("value", &value)])
}

/// What the last form submission left to show on the event page.
#[derive(Default)]
struct Outcome {
    unprocessable: bool,
    done: Option<String>,
    manage_link: Option<String>,
    errors: BTreeMap<String, String>,
    form: (String, String),
    invitation: Option<String>,
}

async fn render_event(c: &Ctx, s: &AppState, id: &str, o: Outcome) -> PageResult {
    let p = s.svc.event_page(id).await.map_err(err(c))?;
    let now = domain::time::now_micros();
    // A link of another event's invitation (or a stale one) is ignored, not an error page.
    let invitation = match &o.invitation {
        Some(secret) => match s.svc.invitation_by_secret(secret).await {
            Ok(inv) if inv.event_id == id => Some((secret.clone(), inv)),
            Ok(_) | Err(ServiceError::NotFound(_)) => None,
            Err(e) => return Err(err(c)(e)),
        },
        None => None,
    };
    let e = &p.event;
    let closed = match domain::events::registration_window(
        now,
        e.registration_opens_at,
        e.registration_closes_at,
        e.ends_at,
    ) {
        Err("is over") => Some(c.tr.t("register-closed-over")),
        Err("is not open yet") => Some(
            c.tr.ts(
                "register-not-open",
                &[(
                    "when",
                    &Chrome::new(c, "events")
                        .local(&e.registration_opens_at.unwrap_or(0), &e.time_zone),
                )],
            ),
        ),
        Err(_) => Some(c.tr.t("register-closed-window")),
        Ok(()) if e.audience == "invitation" && invitation.is_none() => {
            Some(c.tr.t("register-closed-invitation"))
        }
        Ok(()) => None,
    };
    let organizer = s.svc.can_organize(&c.actor, id).await.map_err(err(c))?;
    let practices = s.svc.practices_of_event(id).await.map_err(err(c))?;
    let page = EventPageT {
        json_ld: json_ld(&p, c.lang),
        audience: audience_text(c, &p.event),
        c: Chrome::new(c, "events"),
        p,
        closed,
        done: o.done,
        manage_link: o.manage_link,
        errors: o.errors,
        attendee_types: AttendeeType::ALL.iter().map(|a| a.as_str()).collect(),
        // A fresh key per form shown: a double click or a resent form registers once.
        idempotency_key: services::random_hex(16),
        form_name: o.form.0,
        form_email: invitation
            .as_ref()
            .map(|(_, i)| i.email.clone())
            .unwrap_or(o.form.1),
        invitation,
        organizer,
        practices,
    };
    let status = if o.unprocessable {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn page(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    render_event(&c, &s, &id, Outcome::default()).await
}

/// The link of an invitation's e-mail: the event page with the form for the invited address.
async fn invited(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let mut res = render_event(
        &c,
        &s,
        &id,
        Outcome {
            invitation: q.get("invitation").cloned(),
            ..Default::default()
        },
    )
    .await?;
    res.headers_mut().insert(
        CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(res)
}

async fn register(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: Result<axum::Form<HashMap<String, String>>, axum::extract::rejection::FormRejection>,
) -> PageResult {
    let fields = f.map_err(|e| PageError::form(e, c.lang))?.0;
    c.check_csrf(fields.get("csrf").map(String::as_str))?;
    let get = |k: &str| fields.get(k).cloned().filter(|v| !v.trim().is_empty());
    let input = RegistrationInput {
        email: get("email"),
        name: get("name"),
        org_id: get("org_id"),
        org_name: get("org_name"),
        country: get("country"),
        attendee_type: get("attendee_type"),
        lang: get("lang").or_else(|| Some(c.lang.tag().into())),
        time_zone: get("time_zone"),
        invitation: get("invitation"),
    };
    let form = (
        get("name").unwrap_or_default(),
        get("email").unwrap_or_default(),
    );
    match s
        .svc
        .register(&id, input, get("idempotency_key").as_deref())
        .await
    {
        Ok(r) => {
            let email = r.registration.email.clone();
            let msg = if r.repeated {
                c.tr.ts("register-repeated", &[("email", &email)])
            } else {
                c.tr.ts(
                    &format!("register-done-{}", r.registration.status),
                    &[("email", &email)],
                )
            };
            let link = r.manage_secret.map(|k| format!("/r/{k}"));
            render_event(
                &c,
                &s,
                &id,
                Outcome {
                    done: Some(msg),
                    manage_link: link,
                    ..Default::default()
                },
            )
            .await
        }
        Err(ServiceError::Invalid(f) | ServiceError::Conflict(f)) => {
            render_event(
                &c,
                &s,
                &id,
                Outcome {
                    unprocessable: true,
                    errors: f.0,
                    form,
                    invitation: get("invitation"),
                    ..Default::default()
                },
            )
            .await
        }
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}

#[derive(Template)]
#[template(path = "manage.html")]
struct ManagePage {
    c: Chrome,
    event: EventView,
    reg: RegistrationView,
    secret: String,
    online_url: Option<String>,
    notice: Option<String>,
    errors: BTreeMap<String, String>,
    attendee_types: Vec<&'static str>,
    langs: Vec<(&'static str, &'static str)>,
}

async fn manage_page(c: &Ctx, s: &AppState, secret: &str, notice: Option<String>) -> PageResult {
    manage_page_with(c, s, secret, notice, BTreeMap::new()).await
}

async fn manage_page_with(
    c: &Ctx,
    s: &AppState,
    secret: &str,
    notice: Option<String>,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let reg = s.svc.registration_by_secret(secret).await.map_err(err(c))?;
    let event = s.svc.get_event(&reg.event_id).await.map_err(err(c))?;
    let online_url = s.svc.online_url_for(secret).await.map_err(err(c))?;
    let page = ManagePage {
        c: Chrome::new(c, "events"),
        event,
        reg,
        secret: secret.to_string(),
        online_url,
        notice,
        attendee_types: AttendeeType::ALL.iter().map(|a| a.as_str()).collect(),
        langs: domain::Lang::ALL
            .iter()
            .map(|l| (l.tag(), l.native_name()))
            .collect(),
        errors: errors.clone(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut res = (status, Html(page.render()?)).into_response();
    // The address is a secret: keep it out of caches and referrers.
    res.headers_mut().insert(
        CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(res)
}

async fn manage(c: Ctx, State(s): State<AppState>, Path(secret): Path<String>) -> PageResult {
    manage_page(&c, &s, &secret, None).await
}

async fn cancel(
    c: Ctx,
    State(s): State<AppState>,
    Path(secret): Path<String>,
    f: Result<axum::Form<HashMap<String, String>>, axum::extract::rejection::FormRejection>,
) -> PageResult {
    let fields = f.map_err(|e| PageError::form(e, c.lang))?.0;
    c.check_csrf(fields.get("csrf").map(String::as_str))?;
    s.svc.cancel_registration(&secret).await.map_err(err(&c))?;
    manage_page(&c, &s, &secret, Some(c.tr.t("manage-cancelled"))).await
}

async fn change(
    c: Ctx,
    State(s): State<AppState>,
    Path(secret): Path<String>,
    f: Result<axum::Form<HashMap<String, String>>, axum::extract::rejection::FormRejection>,
) -> PageResult {
    let fields = f.map_err(|e| PageError::form(e, c.lang))?.0;
    c.check_csrf(fields.get("csrf").map(String::as_str))?;
    let get = |k: &str| fields.get(k).cloned().filter(|v| !v.trim().is_empty());
    let input = services::attendance::ChangeInput {
        name: get("name"),
        org_id: get("org_id"),
        org_name: get("org_name"),
        attendee_type: get("attendee_type"),
        lang: get("lang"),
        time_zone: get("time_zone"),
    };
    match s.svc.change_registration(&secret, input).await {
        Ok(_) => manage_page(&c, &s, &secret, Some(c.tr.t("manage-changed"))).await,
        Err(ServiceError::Invalid(f) | ServiceError::Conflict(f)) => {
            manage_page_with(&c, &s, &secret, None, f.0).await
        }
        Err(e) => Err(err(&c)(e)),
    }
}

#[derive(Template)]
#[template(path = "transcript.html")]
struct TranscriptPageT {
    c: Chrome,
    event: EventView,
    t: services::recordings::TranscriptPage,
    others: Vec<String>,
    q: String,
    /// The recording plays on the page (a media file of this site or elsewhere).
    player: Option<(String, &'static str)>,
}

/// A recording the browser plays itself: an audio or video file, not a video site's page.
fn media_kind(url: &str) -> Option<&'static str> {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or(url)
        .to_ascii_lowercase();
    if [".mp3", ".wav", ".ogg", ".oga", ".opus", ".m4a"]
        .iter()
        .any(|x| path.ends_with(x))
    {
        Some("audio")
    } else if [".mp4", ".webm", ".ogv", ".m4v"]
        .iter()
        .any(|x| path.ends_with(x))
    {
        Some("video")
    } else {
        None
    }
}

async fn transcript(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, lang)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let event = s.svc.get_event(&id).await.map_err(err(&c))?;
    let query = q.get("q").map(|x| x.trim().to_string()).unwrap_or_default();
    if query.chars().count() > 200 {
        return Err(PageError::new(
            StatusCode::BAD_REQUEST,
            c.lang,
            "error-invalid",
        ));
    }
    let t = s
        .svc
        .transcript_page(&id, &lang, Some(&query))
        .await
        .map_err(err(&c))?;
    let others = s
        .svc
        .transcripts(&id)
        .await
        .map_err(err(&c))?
        .into_iter()
        .map(|x| x.lang)
        .filter(|l| *l != lang)
        .collect();
    let player = t
        .recording
        .as_ref()
        .and_then(|r| media_kind(&r.url).map(|k| (r.url.clone(), k)));
    Ok(Html(
        TranscriptPageT {
            c: Chrome::new(&c, "events"),
            event,
            t,
            others,
            q: query,
            player,
        }
        .render()?,
    )
    .into_response())
}

async fn transcript_vtt(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, lang)): Path<(String, String)>,
) -> PageResult {
    let body = s.svc.transcript_webvtt(&id, &lang).await.map_err(err(&c))?;
    let file: String = format!("{id}.{lang}")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
        .collect();
    Ok((
        [
            (CONTENT_TYPE, "text/vtt; charset=utf-8".to_string()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}.vtt\""),
            ),
        ],
        body,
    )
        .into_response())
}

pub fn cal_event(e: &EventView, lang: domain::Lang) -> domain::calendar::CalEvent {
    domain::calendar::CalEvent {
        uid: format!("event-{}@citydriver", e.id),
        start: domain::time::from_micros(e.starts_at),
        end: domain::time::from_micros(e.ends_at),
        time_zone: e.time_zone.parse().ok(),
        time_known: e.time_known,
        summary: e.titles.best(lang).to_string(),
        description: Some(e.description.best(lang).to_string()).filter(|d| !d.is_empty()),
        location: e.venue.clone(),
        url: None,
        status: if e.status == "cancelled" {
            domain::calendar::EventStatus::Cancelled
        } else {
            domain::calendar::EventStatus::Confirmed
        },
        sequence: 0,
        last_modified: domain::time::from_micros(e.starts_at.min(domain::time::now_micros())),
        categories: vec![e.format.clone()],
    }
}

async fn ics(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    let e = s.svc.get_event(&id).await.map_err(err(&c))?;
    let cal = domain::calendar::Calendar {
        name: e.titles.best(c.lang).to_string(),
        events: vec![cal_event(&e, c.lang)],
    };
    let body = domain::calendar::write(&cal, chrono::Utc::now());
    Ok((
        [
            (CONTENT_TYPE, domain::calendar::MEDIA_TYPE.to_string()),
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
    let cal = domain::calendar::Calendar {
        name,
        events: events.iter().map(|e| cal_event(e, lang)).collect(),
    };
    let body = domain::calendar::write(&cal, chrono::Utc::now());
    (
        [
            (CONTENT_TYPE, domain::calendar::MEDIA_TYPE.to_string()),
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
async fn series_ics(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    let (name, events) = s.svc.series_feed(&id).await.map_err(err(&c))?;
    Ok(ics_response(
        name.best(c.lang).to_string(),
        &events,
        c.lang,
        &id,
    ))
}

/// The feed of a network: events its secretariat and its members organize or take part in.
async fn network_ics(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    let (name, mut events, _) = s
        .svc
        .network_events(&id, true, 1, services::events::FEED_LIMIT)
        .await
        .map_err(err(&c))?;
    let (_, past, _) = s
        .svc
        .network_events(&id, false, 1, services::events::FEED_LIMIT)
        .await
        .map_err(err(&c))?;
    events.extend(past);
    Ok(ics_response(
        name.best(c.lang).to_string(),
        &events,
        c.lang,
        &id,
    ))
}

/// A person's own feed (the events they registered for), behind a secret address.
async fn personal_ics(
    c: Ctx,
    State(s): State<AppState>,
    Path((user, secret)): Path<(String, String)>,
) -> PageResult {
    let regs = s.svc.personal_feed(&user, &secret).await.map_err(err(&c))?;
    let events: Vec<EventView> = regs.into_iter().map(|(e, _)| e).collect();
    let mut res = ics_response(c.tr.t("feed-personal-name"), &events, c.lang, "citydriver");
    res.headers_mut().insert(
        CACHE_CONTROL,
        axum::http::HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}

/// The feed of an organization's events.
async fn org_ics(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    let (name, events) = s.svc.org_feed(&id).await.map_err(err(&c))?;
    Ok(ics_response(
        name.best(c.lang).to_string(),
        &events,
        c.lang,
        &id,
    ))
}
