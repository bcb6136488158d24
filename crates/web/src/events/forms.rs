//! Organizers create events and series in the browser: `/events/new` with a form for one
//! session (a part of a series or an event on its own) and one for a new series. The same
//! services and rules as the API; the forms keep what was typed and name each refused field.

use crate::kit::{
    AppState, Chrome, CsrfForm, Ctx, Fields, PageError, PageResult, Refused, SignedIn, form_page,
};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect};
use domain::events::{AttendanceMode, AudienceKind, EventFormat, EventInput};
use domain::{I18nText, Lang};
use std::collections::{BTreeMap, HashMap};

#[derive(Template)]
#[template(path = "events/event_new.html")]
struct NewEventPage {
    c: Chrome,
    /// What was typed (or the defaults).
    f: Fields,
    errors: BTreeMap<String, String>,
    notice: Option<String>,
    /// Organizations the user may organize for; empty for admins (who type any identifier).
    orgs: Vec<String>,
    series: Vec<(String, I18nText, String)>,
    formats: Vec<&'static str>,
    audiences: Vec<&'static str>,
    modes: Vec<&'static str>,
    langs: Vec<(&'static str, &'static str)>,
}

impl NewEventPage {
    fn v(&self, k: &str) -> String {
        self.f.raw(k)
    }
}

async fn render(
    c: &Ctx,
    s: &AppState,
    f: Fields,
    errors: BTreeMap<String, String>,
    notice: Option<String>,
) -> PageResult {
    let user = s.svc.user_view(&c.actor).await?;
    let Some(user) = user else {
        return Ok(c
            .sign_in_first()
            .unwrap_or_else(|| Redirect::to("/login").into_response()));
    };
    if !c.is_admin() && user.editor_of.is_empty() {
        return Err(PageError::forbidden());
    }
    let series = s.svc.series_for(&c.actor).await?;
    let page = NewEventPage {
        c: c.chrome("events"),
        f,
        errors: errors.clone(),
        notice,
        orgs: if c.is_admin() { vec![] } else { user.editor_of },
        series,
        formats: EventFormat::ALL.iter().map(|x| x.as_str()).collect(),
        audiences: AudienceKind::ALL.iter().map(|x| x.as_str()).collect(),
        modes: AttendanceMode::ALL.iter().map(|x| x.as_str()).collect(),
        langs: Lang::ALL
            .iter()
            .map(|l| (l.tag(), l.native_name()))
            .collect(),
    };
    form_page(&errors, page)
}

pub(super) async fn new_event(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let mut f = defaults();
    if let Some(se) = q.get("series") {
        f.put("series", se.clone());
    }
    render(&c, &s, f, BTreeMap::new(), None).await
}

/// A new event's form as it first shows.
fn defaults() -> Fields {
    let mut f = Fields::default();
    f.put("time_zone", "Asia/Seoul");
    f.put("reminder_minutes", "1440");
    f
}

pub(super) async fn create_event(
    c: Ctx,
    State(s): State<AppState>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let get = |k: &str| f.get(k);
    let mut errors = BTreeMap::new();
    let num = |k: &str, errors: &mut BTreeMap<String, String>| -> Option<u32> {
        let v = get(k)?;
        v.parse::<u32>()
            .map_err(|_| errors.insert(k.to_string(), "must be a whole number".into()))
            .ok()
    };
    let capacity = num("capacity", &mut errors);
    let reminder = num("reminder_minutes", &mut errors);
    let part = match get("part") {
        None => None,
        Some(p) => p
            .parse::<i32>()
            .ok()
            .filter(|p| (1..=1000).contains(p))
            .or_else(|| {
                errors.insert("part".into(), "must be a number from 1 to 1000".into());
                None
            }),
    };
    let series = get("series");
    let organizer = match (&series, get("organizer")) {
        // A part of a series is organized by the series' organizer.
        (Some(se), _) => s
            .svc
            .series_for(&c.actor)
            .await?
            .into_iter()
            .find(|(id, _, _)| id == se)
            .map(|(_, _, org)| org)
            .or_else(|| {
                errors.insert("series".into(), "is not a series you organize".into());
                None
            }),
        (None, Some(o)) => Some(o),
        (None, None) => {
            errors.insert("organizer".into(), "is required".into());
            None
        }
    };
    if !errors.is_empty() {
        return render(&c, &s, f, errors, None).await;
    }
    let input = EventInput {
        id: get("id"),
        titles: f.i18n("title"),
        description: f.i18n("description"),
        format: get("format"),
        date: get("date"),
        start_time: get("start_time"),
        end_time: get("end_time"),
        time_zone: get("time_zone"),
        capacity,
        moderated: Some(f.has("moderated")),
        audience: get("audience"),
        audience_value: get("audience_value"),
        online_url: get("online_url"),
        languages: get("languages"),
        interpretation: get("interpretation"),
        registration_opens: get("registration_opens"),
        registration_closes: get("registration_closes"),
        reminder_minutes: reminder,
        attendance_mode: get("attendance_mode"),
        venue: get("venue"),
    };
    let co: Vec<String> = get("co_organizers")
        .unwrap_or_default()
        .split([',', ' '])
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect();
    let co: Vec<&str> = co.iter().map(String::as_str).collect();
    let organizer = organizer.unwrap_or_default();
    let in_series = series.as_deref().map(|se| (se, part.unwrap_or(1)));
    match s
        .svc
        .create_event(&c.actor, &organizer, &co, in_series, input)
        .await
        .or_fields()?
    {
        Ok(e) => Ok(Redirect::to(&format!("/events/{}", e.id)).into_response()),
        Err(errors) => render(&c, &s, f, errors, None).await,
    }
}

pub(super) async fn create_series(
    c: Ctx,
    State(s): State<AppState>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let get = |k: &str| f.get(k).unwrap_or_default();
    let id = get("series_id");
    match s
        .svc
        .create_series(
            &c.actor,
            &id,
            f.i18n("series_name"),
            &get("series_organizer"),
        )
        .await
        .or_fields()?
    {
        Ok(m) => {
            let mut form = defaults();
            form.put("series", m.id.clone());
            form.put("part", "1");
            let notice = c.tr.ts("new-series-created", &[("id", &m.id)]);
            render(&c, &s, form, BTreeMap::new(), Some(notice)).await
        }
        Err(errors) => render(&c, &s, f, errors, None).await,
    }
}
