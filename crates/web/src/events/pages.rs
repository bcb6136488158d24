//! Event pages: the list, the event page (with schema.org JSON-LD and a registration form),
//! the self-service page behind the secret link, and the single-event `.ics`.

use crate::kit::{AppState, Chrome, CsrfForm, Ctx, PageResult, Paged, Pager, html, no_store};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use domain::events::{AttendanceMode, AttendeeType, Closed, OrganizerRole};
use services::ServiceError;
use services::events::{EventPage, EventView, RegistrationInput, RegistrationView};
use std::collections::{BTreeMap, HashMap};

#[derive(Template)]
#[template(path = "events/events.html")]
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

pub(super) async fn list(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
    Paged(paging): Paged,
) -> PageResult {
    let upcoming = !q.contains_key("past");
    let org = q.get("org").filter(|o| !o.is_empty());
    let network = q.get("network").filter(|n| !n.is_empty());
    let (scope, events) = if let Some(n) = network {
        let (name, events) = s.svc.network_events(n, upcoming, paging).await?;
        (Some(("network", n.clone(), name)), events)
    } else if let Some(o) = org {
        let name = s.svc.get_org(o).await?.names;
        let events = s.svc.list_events(upcoming, Some(o), paging).await?;
        (Some(("org", o.clone(), name)), events)
    } else {
        (None, s.svc.list_events(upcoming, None, paging).await?)
    };
    let mut base: Vec<(&str, String)> = if upcoming {
        vec![]
    } else {
        vec![("past", "1".into())]
    };
    if let Some((k, id, _)) = &scope {
        base.push((k, id.clone()));
    }
    let pager = Pager::of(&c.tr, &base, &events, "/events");
    html(ListPage {
        c: c.chrome("events"),
        upcoming,
        scope,
        can_create: c.edits_something(),
        events: events.items,
        pager,
    })
}

#[derive(Template)]
#[template(path = "events/event.html")]
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
    invitation: Option<(String, services::events::InvitationView)>,
    organizer: bool,
    /// Published practices presented at the event.
    practices: Vec<services::knowledge::PracticeView>,
}

/// schema.org `Event`, for search engines and calendars that read it.
fn json_ld(p: &EventPage, lang: domain::Lang) -> String {
    let e = &p.event;
    let organizers: Vec<_> = p
        .organizations
        .iter()
        .filter(|(r, _)| matches!(r, OrganizerRole::Organizer | OrganizerRole::CoOrganizer))
        .map(|(_, o)| serde_json::json!({"@type": "Organization", "name": o.names.best(lang)}))
        .collect();
    let mut v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": e.titles.best(lang),
        "description": e.description.best(lang),
        "eventStatus": if e.is_cancelled() { "https://schema.org/EventCancelled" } else { "https://schema.org/EventScheduled" },
        "organizer": organizers,
        "inLanguage": e.languages,
    });
    // What is not known is left out rather than guessed.
    match e.attendance_mode {
        Some(AttendanceMode::Online) => {
            v["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode".into();
            v["location"] = serde_json::json!({"@type": "VirtualLocation"});
        }
        Some(m @ (AttendanceMode::InPerson | AttendanceMode::Mixed)) => {
            v["eventAttendanceMode"] = if m == AttendanceMode::Mixed {
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
    let p = s.svc.event_page(id).await?;
    let now = domain::time::now_micros();
    // A link of another event's invitation (or a stale one) is ignored, not an error page.
    let invitation = match &o.invitation {
        Some(secret) => match s.svc.invitation_by_secret(secret).await {
            Ok(inv) if inv.event_id == id => Some((secret.clone(), inv)),
            Ok(_) | Err(ServiceError::NotFound(_)) => None,
            Err(e) => return Err(e.into()),
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
        Err(Closed::Over) => Some(c.tr.t("register-closed-over")),
        Err(Closed::NotYet) => Some(
            c.tr.ts(
                "register-not-open",
                &[(
                    "when",
                    &c.chrome("events")
                        .local(&e.registration_opens_at.unwrap_or(0), &e.time_zone),
                )],
            ),
        ),
        Err(Closed::Closed) => Some(c.tr.t("register-closed-window")),
        Ok(()) if e.by_invitation() && invitation.is_none() => {
            Some(c.tr.t("register-closed-invitation"))
        }
        Ok(()) => None,
    };
    let organizer = s.svc.can_organize(&c.actor, id).await?;
    let practices = s.svc.practices_of_event(id).await?;
    let page = EventPageT {
        json_ld: json_ld(&p, c.lang),
        audience: audience_text(c, &p.event),
        c: c.chrome("events"),
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

pub(super) async fn page(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    render_event(&c, &s, &id, Outcome::default()).await
}

/// The link of an invitation's e-mail: the event page with the form for the invited address.
pub(super) async fn invited(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let res = render_event(
        &c,
        &s,
        &id,
        Outcome {
            invitation: q.get("invitation").cloned(),
            ..Default::default()
        },
    )
    .await?;
    Ok(no_store(res))
}

pub(super) async fn register(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(fields): CsrfForm,
) -> PageResult {
    let get = |k: &str| fields.get(k);
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
        .register_as(&c.actor, &id, input, get("idempotency_key").as_deref())
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
            // The link goes to the address by e-mail (which proves it), unless the address is
            // the signed-in account's own.
            let link = r
                .manage_secret
                .filter(|_| r.proven)
                .map(|k| format!("/r/{k}"));
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
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "events/manage.html")]
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
    let reg = s.svc.open_registration(secret).await?;
    let event = s.svc.get_event(&reg.event_id).await?;
    let online_url = s.svc.online_url_for(secret).await?;
    let page = ManagePage {
        c: c.chrome("events"),
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
    // The address is a secret: keep it out of caches and referrers.
    Ok(no_store((status, Html(page.render()?)).into_response()))
}

pub(super) async fn manage(
    c: Ctx,
    State(s): State<AppState>,
    Path(secret): Path<String>,
) -> PageResult {
    manage_page(&c, &s, &secret, None).await
}

pub(super) async fn cancel(
    c: Ctx,
    State(s): State<AppState>,
    Path(secret): Path<String>,
    _: CsrfForm,
) -> PageResult {
    s.svc.cancel_registration(&secret).await?;
    manage_page(&c, &s, &secret, Some(c.tr.t("manage-cancelled"))).await
}

pub(super) async fn change(
    c: Ctx,
    State(s): State<AppState>,
    Path(secret): Path<String>,
    CsrfForm(fields): CsrfForm,
) -> PageResult {
    let get = |k: &str| fields.get(k);
    let input = services::events::attendance::ChangeInput {
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
        Err(e) => Err(e.into()),
    }
}
