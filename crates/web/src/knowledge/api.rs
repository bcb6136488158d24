//! The knowledge base in the JSON API: practices (drafts visible to their city's editors and
//! admins only) and collections.

use crate::kit::json::{PageParams, Text, list_of, time};
use crate::kit::{
    ApiActor, ApiError, ApiJson, ApiPaged, ApiPath, ApiQuery, ApiUser, AppState, ErrorEnvelope,
};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::I18nText;
use domain::directory::PartialDate;
use domain::knowledge::{PracticeDomain, PracticeInput};
use serde::{Deserialize, Serialize};
use services::knowledge::PracticeView;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_practices, create_practice))
        .routes(routes!(get_practice, replace_practice))
        .routes(routes!(publish_practice))
}

#[derive(Serialize, ToSchema)]
pub struct Practice {
    id: String,
    /// The city (an organization of the directory).
    city: String,
    #[schema(value_type = String)]
    domain: PracticeDomain,
    sdgs: Vec<u8>,
    #[schema(value_type = Text)]
    titles: I18nText,
    #[schema(value_type = Text)]
    summary: I18nText,
    #[schema(value_type = Text)]
    problem: I18nText,
    #[schema(value_type = Text)]
    solution: I18nText,
    #[schema(value_type = Text)]
    results: I18nText,
    cost: Option<String>,
    #[schema(value_type = Option<String>)]
    started: Option<PartialDate>,
    #[schema(value_type = Option<String>)]
    ended: Option<PartialDate>,
    /// [label, address] pairs.
    links: Vec<(String, String)>,
    /// RFC 3339, UTC; null for a draft.
    published_at: Option<String>,
}

impl From<PracticeView> for Practice {
    fn from(p: PracticeView) -> Practice {
        Practice {
            titles: p.titles,
            summary: p.summary,
            problem: p.problem,
            solution: p.solution,
            results: p.results,
            published_at: p.published_at.map(time),
            id: p.id,
            city: p.city,
            domain: p.domain,
            sdgs: p.sdgs,
            cost: p.cost,
            started: p.started,
            ended: p.ended,
            links: p.links,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PracticeWrite {
    #[serde(default)]
    id: Option<String>,
    city: Option<String>,
    /// efficient_government, emerging_technology, mobility, open_inclusive_city, safe_city, sustainable_city, health
    domain: Option<String>,
    #[serde(default)]
    sdgs: Vec<u8>,
    #[serde(default)]
    titles: Text,
    #[serde(default)]
    summary: Text,
    #[serde(default)]
    problem: Text,
    #[serde(default)]
    solution: Text,
    #[serde(default)]
    results: Text,
    #[serde(default)]
    cost: Option<String>,
    #[serde(default)]
    partners: Vec<String>,
    #[serde(default)]
    contacts: Vec<String>,
    /// 2020, 2020-03 or 2020-03-10
    #[serde(default)]
    started: Option<String>,
    #[serde(default)]
    ended: Option<String>,
    #[serde(default)]
    events: Vec<String>,
    #[serde(default)]
    links: Vec<(String, String)>,
}

fn input(w: PracticeWrite) -> Result<PracticeInput, ApiError> {
    Ok(PracticeInput {
        id: w.id,
        city: w.city,
        domain: w.domain,
        sdgs: w.sdgs,
        titles: w.titles.into_i18n("titles")?,
        summary: w.summary.into_i18n("summary")?,
        problem: w.problem.into_i18n("problem")?,
        solution: w.solution.into_i18n("solution")?,
        results: w.results.into_i18n("results")?,
        cost: w.cost,
        partners: w.partners,
        contacts: w.contacts,
        started: w.started,
        ended: w.ended,
        events: w.events,
        links: w.links,
    })
}

list_of!(PracticeList, Practice);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PracticeQuery {
    domain: Option<String>,
    city: Option<String>,
    country: Option<String>,
    sdg: Option<u8>,
    /// A language the practice is written in.
    written: Option<String>,
    year: Option<String>,
    q: Option<String>,
}

/// List practices (published ones; with a token, also the drafts it may see).
#[utoipa::path(get, path = "/api/v1/practices", tag = "knowledge", params(PracticeQuery, PageParams),
    responses((status = 200, body = PracticeList), (status = 400, body = ErrorEnvelope)))]
async fn list_practices(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiQuery(q): ApiQuery<PracticeQuery>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<PracticeList>, ApiError> {
    if let Some(d) = &q.domain {
        domain::knowledge::PracticeDomain::parse(d)
            .map_err(|r| ApiError::bad_request("domain", &r))?;
    }
    let f = services::PracticeFilter {
        domain: q.domain,
        city: q.city,
        country: q.country.map(|c| c.to_ascii_uppercase()),
        sdg: q.sdg,
        lang: q.written,
        year: q.year,
        q: q.q,
    };
    let c = s.svc.catalogue(&a, &f, paging).await?;
    Ok(Json(c.results.map(|(p, _)| p).into()))
}

/// Create a practice, as a draft (editors of the city and admins).
#[utoipa::path(post, path = "/api/v1/practices", tag = "knowledge", request_body = PracticeWrite,
    security(("bearer" = [])),
    responses((status = 201, body = Practice), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_practice(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(w): ApiJson<PracticeWrite>,
) -> Result<Response, ApiError> {
    let p = s.svc.save_practice(&a, None, input(w)?).await?;
    Ok((StatusCode::CREATED, Json(Practice::from(p))).into_response())
}

/// One practice (a draft only for those who may edit it).
#[utoipa::path(get, path = "/api/v1/practices/{id}", tag = "knowledge", params(("id" = String, Path)),
    responses((status = 200, body = Practice), (status = 404, body = ErrorEnvelope)))]
async fn get_practice(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Practice>, ApiError> {
    Ok(Json(Practice::from(
        s.svc.practice_page(&a, &id).await?.practice,
    )))
}

/// Replace a practice (its publication stays as it is).
#[utoipa::path(put, path = "/api/v1/practices/{id}", tag = "knowledge", params(("id" = String, Path)),
    request_body = PracticeWrite, security(("bearer" = [])),
    responses((status = 200, body = Practice), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn replace_practice(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<PracticeWrite>,
) -> Result<Json<Practice>, ApiError> {
    Ok(Json(Practice::from(
        s.svc.save_practice(&a, Some(&id), input(w)?).await?,
    )))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishWrite {
    /// true: publish; false: back to draft.
    published: bool,
}

/// Publish a practice, or take it back to draft.
#[utoipa::path(post, path = "/api/v1/practices/{id}/publish", tag = "knowledge", params(("id" = String, Path)),
    request_body = PublishWrite, security(("bearer" = [])),
    responses((status = 200, body = Practice), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope, description = "A field is invalid: `fields` names it and says why")))]
async fn publish_practice(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<PublishWrite>,
) -> Result<Json<Practice>, ApiError> {
    Ok(Json(Practice::from(
        s.svc.publish_practice(&a, &id, w.published).await?,
    )))
}
