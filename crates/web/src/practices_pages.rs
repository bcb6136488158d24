//! Knowledge-base pages: the catalogue of best practices with its facets, a case's page, the
//! editors' form, collections (the Smart Health Responder) and their Atom feeds.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::PageError;
use crate::pages::need_login;
use crate::view::{Chrome, Pager};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::practices::{PracticeDomain, PracticeInput};
use domain::{I18nText, Lang};
use services::ServiceError;
use services::practices::{Catalogue, CollectionView, ItemView, PracticePage};
use std::collections::{BTreeMap, HashMap};

type PageResult = Result<Response, PageError>;
type Form = Result<axum::Form<Vec<(String, String)>>, axum::extract::rejection::FormRejection>;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/practices", get(catalogue))
        .route("/practices/new", get(new_form).post(create))
        .route("/practices/{id}", get(page))
        .route("/practices/{id}/edit", get(edit_form).post(update))
        .route("/practices/{id}/publish", post(publish))
        .route("/collections", get(collections))
        .route("/collections/{id}", get(collection))
        .route("/collections/{id}/feed.atom", get(collection_atom))
}

fn err(c: &Ctx) -> impl Fn(ServiceError) -> PageError + '_ {
    move |e| PageError::from_service(e, c.lang)
}

#[derive(Template)]
#[template(path = "practices.html")]
struct CataloguePage {
    c: Chrome,
    cat: Catalogue,
    /// The filters in force: (name, value).
    active: Vec<(String, String)>,
    q: String,
    pager: Pager,
    /// City id -> its name, for the facet.
    city_names: HashMap<String, I18nText>,
    can_write: bool,
}

impl CataloguePage {
    /// The catalogue's address with one filter set (or removed when it is the one in force).
    fn with(&self, name: &str, value: &str) -> String {
        let mut q: Vec<(String, String)> = self
            .active
            .iter()
            .filter(|(k, _)| k != name)
            .cloned()
            .collect();
        if !self.active.iter().any(|(k, v)| k == name && v == value) {
            q.push((name.to_string(), value.to_string()));
        }
        let s: Vec<String> = q
            .iter()
            .map(|(k, v)| format!("{k}={}", crate::view::enc(v)))
            .collect();
        if s.is_empty() {
            "/practices".into()
        } else {
            format!("/practices?{}", s.join("&"))
        }
    }
    fn is_on(&self, name: &str, value: &str) -> bool {
        self.active.iter().any(|(k, v)| k == name && v == value)
    }
    fn facet_label(&self, name: &str, value: &str) -> String {
        match name {
            "domain" => self.c.tk("domain-", value),
            "city" => self
                .city_names
                .get(value)
                .map(|n| self.c.text(n))
                .unwrap_or_else(|| value.to_string()),
            _ => value.to_string(),
        }
    }
}

// `written` (a language the case is written in), not `lang`: that one is the page's language.
const FILTERS: [&str; 7] = ["domain", "city", "country", "sdg", "written", "year", "q"];

async fn catalogue(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let get = |k: &str| {
        q.get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let bad = |_field: &str| PageError::new(StatusCode::BAD_REQUEST, c.lang, "error-invalid");
    if let Some(d) = get("domain") {
        PracticeDomain::parse(&d).map_err(|_| bad("domain"))?;
    }
    let sdg = match get("sdg") {
        None => None,
        Some(g) => Some(
            g.parse::<u8>()
                .ok()
                .filter(|g| (1..=17).contains(g))
                .ok_or_else(|| bad("sdg"))?,
        ),
    };
    let page = match get("page") {
        None => 1,
        Some(p) => p
            .parse::<u64>()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or_else(|| bad("page"))?,
    };
    let f = store_filter(&get, sdg);
    let cat = s
        .svc
        .catalogue(&c.actor, &f, page, 20)
        .await
        .map_err(err(&c))?;
    let active: Vec<(String, String)> = FILTERS
        .iter()
        .filter_map(|k| get(k).map(|v| (k.to_string(), v)))
        .collect();
    let base: Vec<(&str, String)> = active
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    let pager = Pager::new(&c.tr, &base, page, 20, cat.total, "/practices");
    let mut city_names = HashMap::new();
    for (name, values) in &cat.facets {
        if *name == "city" {
            for (id, _) in values {
                if let Ok(o) = s.svc.get_org(id).await {
                    city_names.insert(id.clone(), o.names);
                }
            }
        }
    }
    let can_write = c.is_admin() || c.actor.user().is_some_and(|u| !u.editor_of.is_empty());
    Ok(Html(
        CataloguePage {
            c: Chrome::new(&c, "practices"),
            q: get("q").unwrap_or_default(),
            cat,
            active,
            pager,
            city_names,
            can_write,
        }
        .render()?,
    )
    .into_response())
}

fn store_filter(get: &dyn Fn(&str) -> Option<String>, sdg: Option<u8>) -> services::PracticeFilter {
    services::PracticeFilter {
        domain: get("domain"),
        city: get("city"),
        country: get("country").map(|c| c.to_ascii_uppercase()),
        sdg,
        lang: get("written"),
        year: get("year"),
        q: get("q"),
    }
}

#[derive(Template)]
#[template(path = "practice.html")]
struct CasePage {
    c: Chrome,
    p: PracticePage,
    notice: Option<String>,
}

impl CasePage {
    /// The sections of the case, in order.
    fn sections(&self) -> Vec<(&'static str, &I18nText)> {
        vec![
            ("practice-problem", &self.p.practice.problem),
            ("practice-solution", &self.p.practice.solution),
            ("practice-results", &self.p.practice.results),
        ]
    }
}

async fn page(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    render_case(&c, &s, &id, None).await
}

async fn render_case(c: &Ctx, s: &AppState, id: &str, notice: Option<String>) -> PageResult {
    let p = s.svc.practice_page(&c.actor, id).await.map_err(err(c))?;
    let draft = p.practice.published_at.is_none();
    let mut res = Html(
        CasePage {
            c: Chrome::new(c, "practices"),
            p,
            notice,
        }
        .render()?,
    )
    .into_response();
    if draft {
        res.headers_mut().insert(
            CACHE_CONTROL,
            axum::http::HeaderValue::from_static("private, no-store"),
        );
    }
    Ok(res)
}

#[derive(Template)]
#[template(path = "practice_form.html")]
struct FormPage {
    c: Chrome,
    /// Some(id) when editing.
    editing: Option<String>,
    f: HashMap<String, String>,
    errors: BTreeMap<String, String>,
    domains: Vec<&'static str>,
    langs: Vec<(&'static str, &'static str)>,
    /// Cities the user edits; empty for admins (who type any).
    cities: Vec<String>,
}

impl FormPage {
    fn v(&self, k: &str) -> String {
        self.f.get(k).cloned().unwrap_or_default()
    }
}

async fn render_form(
    c: &Ctx,
    editing: Option<String>,
    f: HashMap<String, String>,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let Some(u) = c.actor.user() else {
        return Ok(need_login(c).unwrap_or_else(|| Redirect::to("/login").into_response()));
    };
    if !c.is_admin() && u.editor_of.is_empty() {
        return Err(PageError::new(
            StatusCode::FORBIDDEN,
            c.lang,
            "error-forbidden",
        ));
    }
    let code = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = FormPage {
        c: Chrome::new(c, "practices"),
        editing,
        f,
        errors,
        domains: PracticeDomain::ALL.iter().map(|d| d.as_str()).collect(),
        langs: Lang::ALL
            .iter()
            .map(|l| (l.tag(), l.native_name()))
            .collect(),
        cities: if c.is_admin() {
            vec![]
        } else {
            u.editor_of.iter().map(|o| o.as_str().to_string()).collect()
        },
    };
    Ok((code, Html(page.render()?)).into_response())
}

async fn new_form(c: Ctx) -> PageResult {
    if let Some(r) = need_login(&c) {
        return Ok(r);
    }
    render_form(&c, None, HashMap::new(), BTreeMap::new()).await
}

async fn edit_form(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    if let Some(r) = need_login(&c) {
        return Ok(r);
    }
    let p = s.svc.practice_page(&c.actor, &id).await.map_err(err(&c))?;
    if !p.can_edit {
        return Err(PageError::new(
            StatusCode::FORBIDDEN,
            c.lang,
            "error-forbidden",
        ));
    }
    let x = &p.practice;
    let mut f = HashMap::from([
        ("city".to_string(), x.city.clone()),
        ("domain".to_string(), x.domain.clone()),
        (
            "sdgs".to_string(),
            x.sdgs
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("cost".to_string(), x.cost.clone().unwrap_or_default()),
        ("started".to_string(), x.started.clone().unwrap_or_default()),
        ("ended".to_string(), x.ended.clone().unwrap_or_default()),
        (
            "partners".to_string(),
            p.partners
                .iter()
                .map(|o| o.id.clone())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "contacts".to_string(),
            p.contacts
                .iter()
                .map(|o| o.id.clone())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "events".to_string(),
            p.events
                .iter()
                .map(|e| e.id.clone())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "links".to_string(),
            x.links
                .iter()
                .map(|(l, u)| format!("{l} | {u}"))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
    ]);
    for (name, t) in [
        ("title", &x.titles),
        ("summary", &x.summary),
        ("problem", &x.problem),
        ("solution", &x.solution),
        ("results", &x.results),
    ] {
        for (l, v) in &t.0 {
            f.insert(format!("{name}_{}", l.tag()), v.clone());
        }
    }
    render_form(&c, Some(id), f, BTreeMap::new()).await
}

/// Reads the form (after its CSRF token) into what the service takes.
fn read_form(c: &Ctx, form: Form) -> Result<(HashMap<String, String>, PracticeInput), PageError> {
    let pairs = form.map_err(|e| PageError::form(e, c.lang))?.0;
    let f: HashMap<String, String> = pairs.into_iter().collect();
    c.check_csrf(f.get("csrf").map(String::as_str))?;
    let get = |k: &str| {
        f.get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let list = |k: &str| -> Vec<String> {
        get(k)
            .unwrap_or_default()
            .split([',', ' ', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let text = |name: &str| {
        let mut t = I18nText::new();
        for l in Lang::ALL {
            if let Some(v) = get(&format!("{name}_{}", l.tag())) {
                t = t.with(l, &v);
            }
        }
        t
    };
    let mut sdgs = Vec::new();
    let mut bad_sdg = false;
    for g in list("sdgs") {
        match g.parse::<u8>() {
            Ok(n) => sdgs.push(n),
            Err(_) => bad_sdg = true,
        }
    }
    if bad_sdg {
        sdgs.push(0); // refused by validation, with the field named
    }
    let links = get("links")
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| match l.rsplit_once('|') {
            Some((label, url)) => (label.trim().to_string(), url.trim().to_string()),
            None => (String::new(), l.trim().to_string()),
        })
        .collect();
    let input = PracticeInput {
        id: get("id"),
        city: get("city"),
        domain: get("domain"),
        sdgs,
        titles: text("title"),
        summary: text("summary"),
        problem: text("problem"),
        solution: text("solution"),
        results: text("results"),
        cost: get("cost"),
        partners: list("partners"),
        contacts: list("contacts"),
        started: get("started"),
        ended: get("ended"),
        events: list("events"),
        links,
    };
    Ok((f, input))
}

async fn save(c: Ctx, s: AppState, existing: Option<String>, form: Form) -> PageResult {
    let (f, input) = read_form(&c, form)?;
    match s
        .svc
        .save_practice(&c.actor, existing.as_deref(), input)
        .await
    {
        Ok(p) => Ok(Redirect::to(&format!("/practices/{}", p.id)).into_response()),
        Err(ServiceError::Invalid(e) | ServiceError::Conflict(e)) => {
            render_form(&c, existing, f, e.0).await
        }
        Err(e) => Err(err(&c)(e)),
    }
}

async fn create(c: Ctx, State(s): State<AppState>, form: Form) -> PageResult {
    save(c, s, None, form).await
}

async fn update(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    form: Form,
) -> PageResult {
    save(c, s, Some(id), form).await
}

async fn publish(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    form: Form,
) -> PageResult {
    let pairs = form.map_err(|e| PageError::form(e, c.lang))?.0;
    let f: HashMap<String, String> = pairs.into_iter().collect();
    c.check_csrf(f.get("csrf").map(String::as_str))?;
    let on = f.get("publish").is_some_and(|v| v == "1");
    s.svc
        .publish_practice(&c.actor, &id, on)
        .await
        .map_err(err(&c))?;
    let key = if on {
        "practice-published"
    } else {
        "practice-unpublished"
    };
    render_case(&c, &s, &id, Some(c.tr.t(key))).await
}

#[derive(Template)]
#[template(path = "collections.html")]
struct CollectionsPage {
    c: Chrome,
    list: Vec<CollectionView>,
}

async fn collections(c: Ctx, State(s): State<AppState>) -> PageResult {
    let list = s.svc.collections().await.map_err(err(&c))?;
    Ok(Html(
        CollectionsPage {
            c: Chrome::new(&c, "practices"),
            list,
        }
        .render()?,
    )
    .into_response())
}

#[derive(Template)]
#[template(path = "collection.html")]
struct CollectionPage {
    c: Chrome,
    coll: CollectionView,
    items: Vec<ItemView>,
}

async fn collection(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    let (coll, items) = s
        .svc
        .collection_page(&c.actor, &id)
        .await
        .map_err(err(&c))?;
    Ok(Html(
        CollectionPage {
            c: Chrome::new(&c, "practices"),
            coll,
            items,
        }
        .render()?,
    )
    .into_response())
}

/// The collection as an Atom feed (RFC 4287): published cases only, whoever asks.
async fn collection_atom(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    headers: axum::http::HeaderMap,
) -> PageResult {
    let (coll, items) = s
        .svc
        .collection_page(&domain::auth::Actor::Anonymous, &id)
        .await
        .map_err(err(&c))?;
    let host = headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ".:-[]".contains(ch))
        })
        .unwrap_or("localhost");
    let base = format!("http://{host}");
    let feed = crate::atom::Feed {
        id: format!("{base}/collections/{}", coll.id),
        title: coll.names.best(c.lang).to_string(),
        subtitle: Some(coll.description.best(c.lang).to_string()).filter(|d| !d.is_empty()),
        link: format!("{base}/collections/{}", coll.id),
        self_link: format!("{base}/collections/{}/feed.atom", coll.id),
        updated: items
            .iter()
            .map(|i| i.practice.updated_at.max(i.added_at))
            .max()
            .unwrap_or(coll.updated_at),
        author: coll.curator.clone().unwrap_or_else(|| "citydriver".into()),
        entries: items
            .iter()
            .map(|i| crate::atom::Entry {
                id: format!("{base}/practices/{}", i.practice.id),
                title: i.practice.titles.best(c.lang).to_string(),
                link: format!("{base}/practices/{}", i.practice.id),
                updated: i.practice.updated_at.max(i.added_at),
                published: i.practice.published_at,
                summary: {
                    let note = i.note.best(c.lang);
                    let summary = i.practice.summary.best(c.lang);
                    format!(
                        "{} · {} · {}{}",
                        i.dated,
                        c.tr.t(&format!("measure-{}", i.measure_type)),
                        i.city.names.best(c.lang),
                        [summary, note]
                            .iter()
                            .filter(|x| !x.is_empty())
                            .map(|x| format!(" — {x}"))
                            .collect::<String>()
                    )
                },
                categories: vec![i.measure_type.clone(), i.practice.domain.clone()],
            })
            .collect(),
    };
    Ok((
        [
            (CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=300"),
        ],
        crate::atom::write(&feed),
    )
        .into_response())
}
