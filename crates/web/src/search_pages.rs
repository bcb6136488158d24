//! One search over everything public: the page `/search` and the API `GET /api/v1/search`.
//! The index holds public content only, so results, snippets and counts are the same for
//! everyone.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ApiQuery, ErrorEnvelope, PageError};
use crate::view::{Chrome, Pager};
use askama::Template;
use axum::Json;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use search::{Kind, Results, SearchQuery};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> Router<AppState> {
    Router::new().route("/search", get(page))
}

pub fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(api_search))
}

/// The filters a search takes, checked; `written` is the language of the content (`lang` is
/// the page's language).
fn query(get: &dyn Fn(&str) -> Option<String>) -> Result<SearchQuery, (&'static str, String)> {
    let text = get("q").unwrap_or_default();
    if text.chars().count() > 300 {
        return Err(("q", "must be at most 300 characters".into()));
    }
    let kind = match get("kind") {
        None => None,
        Some(k) => Some(Kind::parse(&k).ok_or_else(|| {
            (
                "kind",
                "is one of organization, network, event, cue, practice, collection".to_string(),
            )
        })?),
    };
    let page = match get("page") {
        None => 1,
        Some(p) => p
            .parse::<usize>()
            .ok()
            .filter(|p| (1..=1000).contains(p))
            .ok_or(("page", "must be a number from 1 to 1000".to_string()))?,
    };
    let per_page = match get("per_page") {
        None => 20,
        Some(p) => p
            .parse::<usize>()
            .ok()
            .filter(|p| (1..=100).contains(p))
            .ok_or(("per_page", "must be a number from 1 to 100".to_string()))?,
    };
    Ok(SearchQuery {
        text,
        kind,
        lang: get("written"),
        country: get("country").map(|c| c.to_ascii_uppercase()),
        domain: get("domain"),
        year: get("year"),
        page,
        per_page,
        reader: None,
    })
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    c: Chrome,
    q: String,
    r: Results,
    active: Vec<(String, String)>,
    pager: Pager,
}

impl SearchPage {
    fn with(&self, name: &str, value: &str) -> String {
        let name = if name == "lang" { "written" } else { name };
        let mut q: Vec<(String, String)> = vec![("q".into(), self.q.clone())];
        q.extend(self.active.iter().filter(|(k, _)| k != name).cloned());
        if !self.active.iter().any(|(k, v)| k == name && v == value) {
            q.push((name.to_string(), value.to_string()));
        }
        let s: Vec<String> = q
            .iter()
            .map(|(k, v)| format!("{k}={}", crate::view::enc(v)))
            .collect();
        format!("/search?{}", s.join("&"))
    }
    fn is_on(&self, name: &str, value: &str) -> bool {
        let name = if name == "lang" { "written" } else { name };
        self.active.iter().any(|(k, v)| k == name && v == value)
    }
    fn label(&self, facet: &str, value: &str) -> String {
        match facet {
            "kind" => self.c.tk("search-kind-", value),
            "domain" => self.c.tk("domain-", value),
            "country" => self.c.country(value),
            _ => value.to_string(),
        }
    }
}

const FILTERS: [&str; 5] = ["kind", "written", "country", "domain", "year"];

async fn page(
    c: Ctx,
    State(s): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let get = |k: &str| {
        params
            .get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let q = query(&get)
        .map_err(|_| PageError::new(StatusCode::BAD_REQUEST, c.lang, "error-invalid"))?;
    let r = s
        .svc
        .search(&s.index, &q)
        .map_err(|e| PageError::from_service(e, c.lang))?;
    let active: Vec<(String, String)> = FILTERS
        .iter()
        .filter_map(|k| get(k).map(|v| (k.to_string(), v)))
        .collect();
    let mut base: Vec<(&str, String)> = vec![("q", q.text.clone())];
    base.extend(active.iter().map(|(k, v)| (k.as_str(), v.clone())));
    let pager = Pager::new(
        &c.tr,
        &base,
        q.page as u64,
        q.per_page as u64,
        r.total as u64,
        "/search",
    );
    Ok(Html(
        SearchPage {
            c: Chrome::new(&c, "search"),
            q: q.text,
            r,
            active,
            pager,
        }
        .render()?,
    )
    .into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// The words to find, in any of the five languages.
    q: Option<String>,
    /// organization, network, event, cue (a transcript line), practice or collection
    kind: Option<String>,
    /// A language the content is written in (en, ko, ja, zh-Hans, fr).
    written: Option<String>,
    /// The reader's language: snippets are cut from the text in it when it matches there.
    lang: Option<String>,
    /// ISO 3166 alpha-2.
    country: Option<String>,
    domain: Option<String>,
    year: Option<String>,
    page: Option<usize>,
    per_page: Option<usize>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchHit {
    id: String,
    /// organization, network, event, cue, practice or collection
    kind: String,
    /// Language tag -> title.
    title: HashMap<String, String>,
    /// Where the hit leads; for a transcript line, the recording at that moment.
    url: String,
    /// The text around the match: pieces with `hit` true for the matching words.
    snippet: Vec<SnippetPiece>,
    score: f32,
}

#[derive(Serialize, ToSchema)]
pub struct SnippetPiece {
    text: String,
    hit: bool,
}

#[derive(Serialize, ToSchema)]
pub struct SearchAnswer {
    total: usize,
    page: usize,
    per_page: usize,
    items: Vec<SearchHit>,
    /// Facet name -> [[value, count]] for kind, lang, country, domain, year.
    facets: HashMap<String, Vec<(String, u64)>>,
}

/// Search everything public.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", params(SearchParams),
    responses((status = 200, body = SearchAnswer), (status = 400, body = ErrorEnvelope)))]
async fn api_search(
    State(s): State<AppState>,
    ApiQuery(p): ApiQuery<SearchParams>,
) -> Result<Json<SearchAnswer>, ApiError> {
    let raw: HashMap<&str, Option<String>> = HashMap::from([
        ("q", p.q),
        ("kind", p.kind),
        ("written", p.written),
        ("country", p.country),
        ("domain", p.domain),
        ("year", p.year),
        ("page", p.page.map(|x| x.to_string())),
        ("per_page", p.per_page.map(|x| x.to_string())),
    ]);
    let get = |k: &str| {
        raw.get(k)
            .cloned()
            .flatten()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let mut q = query(&get).map_err(|(f, r)| ApiError::bad_request(f, &r))?;
    q.reader = match p.lang.as_deref() {
        None | Some("") => None,
        Some(l) => Some(domain::Lang::parse(l).ok_or_else(|| {
            ApiError::bad_request("lang", "must be one of en, ko, ja, zh-Hans, fr")
        })?),
    };
    let r = s.svc.search(&s.index, &q)?;
    Ok(Json(SearchAnswer {
        total: r.total,
        page: q.page,
        per_page: q.per_page,
        items: r
            .hits
            .into_iter()
            .map(|h| SearchHit {
                id: h.id,
                kind: h.kind.as_str().into(),
                title: h
                    .title
                    .0
                    .iter()
                    .map(|(l, t)| (l.tag().to_string(), t.clone()))
                    .collect(),
                url: h.url,
                snippet: h
                    .snippet
                    .into_iter()
                    .map(|p| SnippetPiece {
                        text: p.text,
                        hit: p.hit,
                    })
                    .collect(),
                score: h.score,
            })
            .collect(),
        facets: r.facets.into_iter().collect(),
    }))
}
