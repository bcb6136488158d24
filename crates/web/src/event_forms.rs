//! Organizers create events and series in the browser: `/events/new` with a form for one
//! session (a part of a series or an event on its own) and one for a new series. The same
//! services and rules as the API; the forms keep what was typed and name each refused field.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::PageError;
use crate::pages::need_login;
use crate::view::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use domain::events::{AttendanceMode, AudienceKind, EventFormat, EventInput};
use domain::{I18nText, Lang};
use services::ServiceError;
use std::collections::{BTreeMap, HashMap};

type PageResult = Result<Response, PageError>;
type Form = Result<axum::Form<HashMap<String, String>>, axum::extract::rejection::FormRejection>;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/events/new", get(new_event).post(create_event))
        .route("/series/new", axum::routing::post(create_series))
}

#[derive(Template)]
#[template(path = "event_new.html")]
struct NewEventPage {
    c: Chrome,
    /// What was typed (or the defaults).
    f: HashMap<String, String>,
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
        self.f.get(k).cloned().unwrap_or_default()
    }
}

async fn render(
    c: &Ctx,
    s: &AppState,
    f: HashMap<String, String>,
    errors: BTreeMap<String, String>,
    notice: Option<String>,
) -> PageResult {
    let user = s
        .svc
        .user_view(&c.actor)
        .await
        .map_err(|e| PageError::from_service(e, c.lang))?;
    let Some(user) = user else {
        return Ok(need_login(c).unwrap_or_else(|| Redirect::to("/login").into_response()));
    };
    if !c.is_admin() && user.editor_of.is_empty() {
        return Err(PageError::new(
            StatusCode::FORBIDDEN,
            c.lang,
            "error-forbidden",
        ));
    }
    let series = s
        .svc
        .series_for(&c.actor)
        .await
        .map_err(|e| PageError::from_service(e, c.lang))?;
    let code = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = NewEventPage {
        c: Chrome::new(c, "events"),
        f,
        errors,
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
    Ok((code, Html(page.render()?)).into_response())
}

async fn new_event(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    if let Some(r) = need_login(&c) {
        return Ok(r);
    }
    let mut f = HashMap::from([
        ("time_zone".to_string(), "Asia/Seoul".to_string()),
        ("reminder_minutes".to_string(), "1440".to_string()),
    ]);
    if let Some(se) = q.get("series") {
        f.insert("series".into(), se.clone());
    }
    render(&c, &s, f, BTreeMap::new(), None).await
}

fn fields(c: &Ctx, f: Form) -> Result<HashMap<String, String>, PageError> {
    let fields = f.map_err(|e| PageError::form(e, c.lang))?.0;
    c.check_csrf(fields.get("csrf").map(String::as_str))?;
    Ok(fields)
}

/// Names in the five languages from fields `prefix_en`, `prefix_ja`, …
fn texts(f: &HashMap<String, String>, prefix: &str) -> I18nText {
    let mut t = I18nText::new();
    for l in Lang::ALL {
        if let Some(v) = f
            .get(&format!("{prefix}_{}", l.tag()))
            .filter(|v| !v.trim().is_empty())
        {
            t = t.with(l, v);
        }
    }
    t
}

async fn create_event(c: Ctx, State(s): State<AppState>, f: Form) -> PageResult {
    let f = fields(&c, f)?;
    let get = |k: &str| {
        f.get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
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
            .await
            .map_err(|e| PageError::from_service(e, c.lang))?
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
        titles: texts(&f, "title"),
        description: texts(&f, "description"),
        format: get("format"),
        date: get("date"),
        start_time: get("start_time"),
        end_time: get("end_time"),
        time_zone: get("time_zone"),
        capacity,
        moderated: Some(f.contains_key("moderated")),
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
    {
        Ok(e) => Ok(Redirect::to(&format!("/events/{}", e.id)).into_response()),
        Err(ServiceError::Invalid(fe) | ServiceError::Conflict(fe)) => {
            render(&c, &s, f, fe.0, None).await
        }
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}

async fn create_series(c: Ctx, State(s): State<AppState>, f: Form) -> PageResult {
    let f = fields(&c, f)?;
    let get = |k: &str| f.get(k).map(|v| v.trim().to_string()).unwrap_or_default();
    let id = get("series_id");
    match s
        .svc
        .create_series(
            &c.actor,
            &id,
            texts(&f, "series_name"),
            &get("series_organizer"),
        )
        .await
    {
        Ok(m) => {
            let form = HashMap::from([
                ("series".to_string(), m.id.clone()),
                ("part".to_string(), "1".to_string()),
                ("time_zone".to_string(), "Asia/Seoul".to_string()),
                ("reminder_minutes".to_string(), "1440".to_string()),
            ]);
            let notice = c.tr.ts("new-series-created", &[("id", &m.id)]);
            render(&c, &s, form, BTreeMap::new(), Some(notice)).await
        }
        Err(ServiceError::Invalid(fe) | ServiceError::Conflict(fe)) => {
            render(&c, &s, f, fe.0, None).await
        }
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}
