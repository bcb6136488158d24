//! Matchmaking in the JSON API: solutions and financing offers (anyone reads them, their
//! publishers' editors write them), a project's needs (seen only by whoever sees the project),
//! a need's ranked candidates with their reasons as codes, and interests, invitations and
//! their answers. The bodies are the checked inputs of `domain::matching`, field for field.

use crate::kit::json::{PageParams, Text, list_of, time};
use crate::kit::{
    ApiActor, ApiError, ApiJson, ApiPaged, ApiPath, ApiQuery, ApiUser, AppState, ErrorEnvelope,
};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::country::Country;
use domain::matching::{NeedInput, OfferInput, SolutionInput};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use services::matching::{Candidate as CandidateView, CatalogueFilter, InterestView, NeedView};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_solutions, create_solution))
        .routes(routes!(get_solution, replace_solution, delete_solution))
        .routes(routes!(list_offers, create_offer))
        .routes(routes!(get_offer, replace_offer, delete_offer))
        .routes(routes!(list_needs, create_need))
        .routes(routes!(get_need, replace_need, delete_need))
        .routes(routes!(candidates))
        .routes(routes!(express_interest))
        .routes(routes!(invite_candidate))
        .routes(routes!(my_interests))
        .routes(routes!(answer_interest))
}

/// One shape to another with the same fields (the API's documented body and the domain's
/// input); a value the input refuses is a 422 naming the body.
fn same<A: Serialize, B: DeserializeOwned>(a: &A) -> Result<B, ApiError> {
    serde_json::to_value(a)
        .and_then(serde_json::from_value)
        .map_err(|e| ApiError::invalid("body", &e.to_string()))
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// The city, an organization of the directory (a local government).
    city: String,
    /// 2023, 2023-05 or 2023-05-10
    #[serde(default)]
    year: Option<String>,
    #[serde(default)]
    results: Text,
    /// A published best-practice case of that deployment.
    #[serde(default)]
    practice: Option<String>,
}

/// A solution as written and as read.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SolutionBody {
    /// Starts with the company's id; made from the title when left out.
    #[serde(default)]
    id: Option<String>,
    /// The company (an organization of kind company the token's account edits).
    #[serde(default)]
    company: Option<String>,
    #[serde(default)]
    titles: Text,
    #[serde(default)]
    description: Text,
    /// efficient_government, emerging_technology, mobility, open_inclusive_city, safe_city, sustainable_city, health
    #[serde(default)]
    domain: Option<String>,
    /// ISO 3166-1 alpha-2 codes.
    #[serde(default)]
    countries: Vec<String>,
    /// UN M49 sub-regions (south-eastern-asia, eastern-asia…); at least one place in all.
    #[serde(default)]
    regions: Vec<String>,
    /// Whole units of `currency`; both left out: price on request.
    #[serde(default)]
    price_min: Option<i64>,
    #[serde(default)]
    price_max: Option<i64>,
    #[serde(default)]
    currency: Option<String>,
    /// purchase, subscription or ppp
    #[serde(default)]
    price_model: Option<String>,
    /// ISO 639 codes of the languages it supports.
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    references: Vec<Reference>,
}

#[derive(Serialize, ToSchema)]
pub struct Solution {
    #[serde(flatten)]
    body: SolutionBody,
    /// RFC 3339, UTC.
    updated_at: String,
}

impl TryFrom<services::matching::Stored<domain::matching::Solution>> for Solution {
    type Error = ApiError;
    fn try_from(
        s: services::matching::Stored<domain::matching::Solution>,
    ) -> Result<Self, ApiError> {
        Ok(Solution {
            body: same(&s.value.to_input())?,
            updated_at: time(s.updated_at),
        })
    }
}

/// A financing offer as written and as read.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OfferBody {
    #[serde(default)]
    id: Option<String>,
    /// The development agency, bank or fund publishing it.
    #[serde(default)]
    financier: Option<String>,
    #[serde(default)]
    titles: Text,
    #[serde(default)]
    description: Text,
    /// grant, loan, guarantee or equity
    #[serde(default)]
    instrument: Option<String>,
    #[serde(default)]
    countries: Vec<String>,
    #[serde(default)]
    regions: Vec<String>,
    /// Eligible domains; empty: every domain.
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    ticket_min: Option<i64>,
    #[serde(default)]
    ticket_max: Option<i64>,
    #[serde(default)]
    currency: Option<String>,
    #[serde(default)]
    terms: Text,
}

#[derive(Serialize, ToSchema)]
pub struct Offer {
    #[serde(flatten)]
    body: OfferBody,
    updated_at: String,
}

impl TryFrom<services::matching::Stored<domain::matching::Offer>> for Offer {
    type Error = ApiError;
    fn try_from(o: services::matching::Stored<domain::matching::Offer>) -> Result<Self, ApiError> {
        Ok(Offer {
            body: same(&o.value.to_input())?,
            updated_at: time(o.updated_at),
        })
    }
}

/// A need of a project as written and as read.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NeedBody {
    /// Given by the server on creation.
    #[serde(default)]
    id: Option<String>,
    /// solution, peer or funding
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    titles: Text,
    #[serde(default)]
    description: Text,
    /// A funding need's amount, in whole units of `currency`.
    #[serde(default)]
    amount: Option<i64>,
    #[serde(default)]
    currency: Option<String>,
    /// A funding need's accepted instruments; empty: any.
    #[serde(default)]
    instruments: Vec<String>,
    /// open or closed
    #[serde(default)]
    status: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Need {
    #[serde(flatten)]
    body: NeedBody,
    project: String,
    updated_at: String,
}

impl TryFrom<NeedView> for Need {
    type Error = ApiError;
    fn try_from(n: NeedView) -> Result<Self, ApiError> {
        Ok(Need {
            body: same(&n.need.to_input())?,
            project: n.project,
            updated_at: time(n.updated_at),
        })
    }
}

fn all<T, U: TryFrom<T, Error = ApiError>>(
    p: domain::Page<T>,
) -> Result<domain::Page<U>, ApiError> {
    let domain::Page {
        items,
        page,
        per_page,
        total,
    } = p;
    Ok(domain::Page {
        items: items
            .into_iter()
            .map(U::try_from)
            .collect::<Result<_, _>>()?,
        page,
        per_page,
        total,
    })
}

list_of!(SolutionList, Solution);
list_of!(OfferList, Offer);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CatalogueQuery {
    /// Words of the titles and descriptions.
    q: Option<String>,
    domain: Option<String>,
    /// Offered there (ISO code), by country or by its sub-region.
    country: Option<String>,
    /// The publishing organization.
    org: Option<String>,
}

fn filter(q: CatalogueQuery) -> Result<CatalogueFilter, ApiError> {
    if let Some(d) = &q.domain {
        domain::knowledge::PracticeDomain::parse(d)
            .map_err(|r| ApiError::bad_request("domain", &r))?;
    }
    let country = match q
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        None => None,
        Some(c) => Some(Country::parse(c).map_err(|r| ApiError::bad_request("country", &r))?),
    };
    Ok(CatalogueFilter {
        q: q.q,
        domain: q.domain,
        country,
        org: q.org,
    })
}

/// List solutions.
#[utoipa::path(get, path = "/api/v1/solutions", tag = "matching", params(CatalogueQuery, PageParams),
    responses((status = 200, body = SolutionList), (status = 400, body = ErrorEnvelope)))]
async fn list_solutions(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<CatalogueQuery>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<SolutionList>, ApiError> {
    let page = s.svc.solutions(&filter(q)?, paging).await?.map(|(x, _)| x);
    Ok(Json(all::<_, Solution>(page)?.into()))
}

/// Publish a solution of a company the token's account edits.
#[utoipa::path(post, path = "/api/v1/solutions", tag = "matching", request_body = SolutionBody,
    security(("bearer" = [])),
    responses((status = 201, body = Solution), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_solution(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(w): ApiJson<SolutionBody>,
) -> Result<Response, ApiError> {
    let input: SolutionInput = same(&w)?;
    let x = Solution::try_from(s.svc.create_solution(&a, input).await?)?;
    Ok((StatusCode::CREATED, Json(x)).into_response())
}

/// One solution.
#[utoipa::path(get, path = "/api/v1/solutions/{id}", tag = "matching", params(("id" = String, Path)),
    responses((status = 200, body = Solution), (status = 404, body = ErrorEnvelope)))]
async fn get_solution(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Solution>, ApiError> {
    Ok(Json(
        s.svc.solution_page(&a, &id).await?.solution.try_into()?,
    ))
}

/// Replace a solution (its company stays).
#[utoipa::path(put, path = "/api/v1/solutions/{id}", tag = "matching", params(("id" = String, Path)),
    request_body = SolutionBody, security(("bearer" = [])),
    responses((status = 200, body = Solution), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn replace_solution(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<SolutionBody>,
) -> Result<Json<Solution>, ApiError> {
    let input: SolutionInput = same(&w)?;
    Ok(Json(
        s.svc.update_solution(&a, &id, input).await?.try_into()?,
    ))
}

/// Withdraw a solution.
#[utoipa::path(delete, path = "/api/v1/solutions/{id}", tag = "matching", params(("id" = String, Path)),
    security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)))]
async fn delete_solution(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    s.svc.delete_solution(&a, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// List financing offers.
#[utoipa::path(get, path = "/api/v1/offers", tag = "matching", params(CatalogueQuery, PageParams),
    responses((status = 200, body = OfferList), (status = 400, body = ErrorEnvelope)))]
async fn list_offers(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<CatalogueQuery>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<OfferList>, ApiError> {
    let page = s.svc.offers(&filter(q)?, paging).await?.map(|(x, _)| x);
    Ok(Json(all::<_, Offer>(page)?.into()))
}

/// Publish a financing offer of an organization the token's account edits.
#[utoipa::path(post, path = "/api/v1/offers", tag = "matching", request_body = OfferBody,
    security(("bearer" = [])),
    responses((status = 201, body = Offer), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_offer(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(w): ApiJson<OfferBody>,
) -> Result<Response, ApiError> {
    let input: OfferInput = same(&w)?;
    let x = Offer::try_from(s.svc.create_offer(&a, input).await?)?;
    Ok((StatusCode::CREATED, Json(x)).into_response())
}

/// One financing offer.
#[utoipa::path(get, path = "/api/v1/offers/{id}", tag = "matching", params(("id" = String, Path)),
    responses((status = 200, body = Offer), (status = 404, body = ErrorEnvelope)))]
async fn get_offer(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Offer>, ApiError> {
    Ok(Json(s.svc.offer_page(&a, &id).await?.offer.try_into()?))
}

/// Replace a financing offer (its financier stays).
#[utoipa::path(put, path = "/api/v1/offers/{id}", tag = "matching", params(("id" = String, Path)),
    request_body = OfferBody, security(("bearer" = [])),
    responses((status = 200, body = Offer), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn replace_offer(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<OfferBody>,
) -> Result<Json<Offer>, ApiError> {
    let input: OfferInput = same(&w)?;
    Ok(Json(s.svc.update_offer(&a, &id, input).await?.try_into()?))
}

/// Withdraw a financing offer.
#[utoipa::path(delete, path = "/api/v1/offers/{id}", tag = "matching", params(("id" = String, Path)),
    security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)))]
async fn delete_offer(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    s.svc.delete_offer(&a, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct NeedList {
    items: Vec<Need>,
}

/// A project's needs (whoever sees the project).
#[utoipa::path(get, path = "/api/v1/projects/{id}/needs", tag = "matching", params(("id" = String, Path)),
    responses((status = 200, body = NeedList), (status = 404, body = ErrorEnvelope)))]
async fn list_needs(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<NeedList>, ApiError> {
    let p = s.svc.needs_page(&a, &id).await?;
    Ok(Json(NeedList {
        items: p
            .needs
            .into_iter()
            .map(Need::try_from)
            .collect::<Result<_, _>>()?,
    }))
}

/// Add a need to a project (its editors and owners).
#[utoipa::path(post, path = "/api/v1/projects/{id}/needs", tag = "matching", params(("id" = String, Path)),
    request_body = NeedBody, security(("bearer" = [])),
    responses((status = 201, body = Need), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_need(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<NeedBody>,
) -> Result<Response, ApiError> {
    let input: NeedInput = same(&w)?;
    let n = Need::try_from(s.svc.save_need(&a, &id, None, input).await?)?;
    Ok((StatusCode::CREATED, Json(n)).into_response())
}

/// One need (whoever sees its project).
#[utoipa::path(get, path = "/api/v1/needs/{id}", tag = "matching", params(("id" = String, Path)),
    responses((status = 200, body = Need), (status = 404, body = ErrorEnvelope)))]
async fn get_need(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Need>, ApiError> {
    Ok(Json(s.svc.need(&a, &id).await?.try_into()?))
}

/// Replace a need.
#[utoipa::path(put, path = "/api/v1/needs/{id}", tag = "matching", params(("id" = String, Path)),
    request_body = NeedBody, security(("bearer" = [])),
    responses((status = 200, body = Need), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn replace_need(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<NeedBody>,
) -> Result<Json<Need>, ApiError> {
    let project = s.svc.need(&a, &id).await?.project;
    let input: NeedInput = same(&w)?;
    Ok(Json(
        s.svc
            .save_need(&a, &project, Some(&id), input)
            .await?
            .try_into()?,
    ))
}

/// Delete a need.
#[utoipa::path(delete, path = "/api/v1/needs/{id}", tag = "matching", params(("id" = String, Path)),
    security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)))]
async fn delete_need(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    let project = s.svc.need(&a, &id).await?.project;
    s.svc.delete_need(&a, &project, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A ranked candidate.
#[derive(Serialize, ToSchema)]
pub struct Candidate {
    /// The solution's, the offer's or the peer city's id.
    id: String,
    /// solution, offer or city
    kind: String,
    /// 0–100.
    score: u8,
    /// Each reason with its `code` (serves, domain, words, references_near, price_fits,
    /// speaks, ticket_fits, instrument, practices, distance, shared_network…) and its facts.
    #[schema(value_type = Vec<Object>)]
    reasons: Vec<serde_json::Value>,
    #[schema(value_type = Text)]
    titles: domain::I18nText,
    /// The company, the financier or the city.
    org: String,
}

impl From<CandidateView> for Candidate {
    fn from(c: CandidateView) -> Candidate {
        Candidate {
            reasons: c
                .ranked
                .reasons
                .iter()
                .filter_map(|r| serde_json::to_value(r).ok())
                .collect(),
            id: c.ranked.id,
            kind: c.kind.as_str().to_string(),
            score: c.ranked.score,
            titles: c.titles,
            org: c.org.id,
        }
    }
}

list_of!(CandidateList, Candidate);

/// A need's eligible candidates, best first, with the reasons of each score.
#[utoipa::path(get, path = "/api/v1/needs/{id}/candidates", tag = "matching",
    params(("id" = String, Path), PageParams),
    responses((status = 200, body = CandidateList), (status = 404, body = ErrorEnvelope)))]
async fn candidates(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<CandidateList>, ApiError> {
    let p = s.svc.need_page(&a, &s.index, &id, paging).await?;
    Ok(Json(p.candidates.into()))
}

#[derive(Serialize, ToSchema)]
pub struct Interest {
    id: String,
    need: String,
    /// solution, offer or city
    candidate_kind: String,
    candidate: String,
    /// The organization on the candidate's side.
    org: String,
    /// candidate (an interest) or city (an invitation)
    initiated_by: String,
    /// proposed, accepted (an introduction) or declined
    status: String,
    message: String,
    created_at: String,
    answered_at: Option<String>,
}

impl From<InterestView> for Interest {
    fn from(i: InterestView) -> Interest {
        Interest {
            candidate_kind: i.candidate_kind.as_str().into(),
            initiated_by: i.initiated_by.as_str().into(),
            status: i.status.as_str().into(),
            created_at: time(i.created_at),
            answered_at: i.answered_at.map(time),
            id: i.id,
            need: i.need,
            candidate: i.candidate,
            org: i.org,
            message: i.message,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InterestWrite {
    /// A solution or offer of an organization the account edits, or (for a peer need) the
    /// city itself; for an invitation, any ranked candidate.
    candidate: String,
    #[serde(default)]
    message: String,
}

/// Express interest in a need, for an organization the token's account edits.
#[utoipa::path(post, path = "/api/v1/needs/{id}/interests", tag = "matching", params(("id" = String, Path)),
    request_body = InterestWrite, security(("bearer" = [])),
    responses((status = 201, body = Interest), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn express_interest(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<InterestWrite>,
) -> Result<Response, ApiError> {
    let i = s
        .svc
        .express_interest(&a, &id, &w.candidate, &w.message)
        .await?;
    Ok((StatusCode::CREATED, Json(Interest::from(i))).into_response())
}

/// Invite a candidate to a need (the project's owners).
#[utoipa::path(post, path = "/api/v1/needs/{id}/invitations", tag = "matching", params(("id" = String, Path)),
    request_body = InterestWrite, security(("bearer" = [])),
    responses((status = 201, body = Interest), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn invite_candidate(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<InterestWrite>,
) -> Result<Response, ApiError> {
    let i = s
        .svc
        .invite_candidate(&a, &id, &w.candidate, &w.message)
        .await?;
    Ok((StatusCode::CREATED, Json(Interest::from(i))).into_response())
}

#[derive(Serialize, ToSchema)]
pub struct InterestList {
    items: Vec<Interest>,
}

/// The interests and invitations of the token's account's organizations, newest first.
#[utoipa::path(get, path = "/api/v1/interests", tag = "matching", security(("bearer" = [])),
    responses((status = 200, body = InterestList), (status = 401, body = ErrorEnvelope)))]
async fn my_interests(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
) -> Result<Json<InterestList>, ApiError> {
    let items = s.svc.my_interests(&a).await?;
    Ok(Json(InterestList {
        items: items.into_iter().map(|(i, _)| i.into()).collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerWrite {
    /// true: accept (an introduction, both sides e-mailed); false: decline.
    accept: bool,
}

/// Answer an interest (the project's owners) or an invitation (the candidate's editors).
#[utoipa::path(post, path = "/api/v1/interests/{id}/answer", tag = "matching", params(("id" = String, Path)),
    request_body = AnswerWrite, security(("bearer" = [])),
    responses((status = 200, body = Interest), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope, description = "A field is invalid: `fields` names it and says why")))]
async fn answer_interest(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<AnswerWrite>,
) -> Result<Json<Interest>, ApiError> {
    Ok(Json(s.svc.answer_interest(&a, &id, w.accept).await?.into()))
}
