//! `GET /api/v1/search`.

use super::query::query;
use crate::kit::json::Text;
use crate::kit::{ApiError, ApiQuery, AppState, ErrorEnvelope};
use axum::Json;
use axum::extract::State;
use domain::I18nText;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(api_search))
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
    /// From 1. Default 1.
    page: Option<u64>,
    /// 1 to 500. Default 50. Results go no deeper than the first 10,000.
    per_page: Option<u64>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchHit {
    id: String,
    /// organization, network, event, cue, practice or collection
    kind: String,
    /// Language tag -> title.
    #[schema(value_type = Text)]
    title: I18nText,
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
    items: Vec<SearchHit>,
    page: u64,
    per_page: u64,
    total: u64,
    /// Facet name -> [[value, count]] for kind, lang, country, domain, year.
    facets: BTreeMap<String, Vec<(String, u64)>>,
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
        page: q.page as u64,
        per_page: q.per_page as u64,
        total: r.total as u64,
        items: r
            .hits
            .into_iter()
            .map(|h| SearchHit {
                id: h.id,
                kind: h.kind.as_str().into(),
                title: h.title,
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
