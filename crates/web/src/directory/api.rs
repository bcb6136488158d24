//! The directory in the JSON API. Reads are public (people's e-mail addresses excepted);
//! writes need a Bearer token with the right scope, checked by the services.

use super::json::*;
use crate::kit::json::PageParams;
use crate::kit::{
    ApiActor, ApiError, ApiJson, ApiPaged, ApiPath, ApiQuery, ApiUser, AppState, ErrorEnvelope,
};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use services::OrgFilter;
use services::directory::Format;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_organizations, create_organization))
        .routes(routes!(
            get_organization,
            replace_organization,
            delete_organization
        ))
        .routes(routes!(list_networks, create_network))
        .routes(routes!(get_network))
        .routes(routes!(list_network_members))
        .routes(routes!(list_memberships, create_membership))
        .routes(routes!(delete_membership))
        .routes(routes!(list_people, create_person))
        .routes(routes!(replace_person, delete_person))
        .routes(routes!(import_directory))
}

/// List organizations, with filters.
#[utoipa::path(get, path = "/api/v1/organizations", tag = "directory", params(OrgQuery, PageParams),
    responses((status = 200, body = OrganizationList), (status = 400, body = ErrorEnvelope)))]
async fn list_organizations(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<OrgQuery>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<OrganizationList>, ApiError> {
    let f = OrgFilter {
        kind: q.kind,
        country: q.country.map(|c| c.to_ascii_uppercase()),
        network: q.network,
        role: q.role,
        q: q.q,
    };
    Ok(Json(s.svc.list_orgs(&f, paging).await?.into()))
}

/// Add an organization (admin scope).
#[utoipa::path(post, path = "/api/v1/organizations", tag = "directory", request_body = OrganizationWrite,
    security(("bearer" = [])),
    responses((status = 201, body = Organization), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_organization(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(w): ApiJson<OrganizationWrite>,
) -> Result<Response, ApiError> {
    let o = s.svc.create_org(&a, w.into_input()?).await?;
    Ok((StatusCode::CREATED, Json(Organization::from(o))).into_response())
}

/// One organization.
#[utoipa::path(get, path = "/api/v1/organizations/{id}", tag = "directory", params(("id" = String, Path)),
    responses((status = 200, body = Organization), (status = 404, body = ErrorEnvelope)))]
async fn get_organization(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Organization>, ApiError> {
    Ok(Json(s.svc.get_org(&id).await?.into()))
}

/// Replace an organization (its editors and admins; write:directory scope).
#[utoipa::path(put, path = "/api/v1/organizations/{id}", tag = "directory", params(("id" = String, Path)),
    request_body = OrganizationWrite, security(("bearer" = [])),
    responses((status = 200, body = Organization), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn replace_organization(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<OrganizationWrite>,
) -> Result<Json<Organization>, ApiError> {
    Ok(Json(
        s.svc.update_org(&a, &id, w.into_input()?).await?.into(),
    ))
}

/// Remove an organization and its memberships (admin scope).
#[utoipa::path(delete, path = "/api/v1/organizations/{id}", tag = "directory", params(("id" = String, Path)),
    security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)))]
async fn delete_organization(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    s.svc.delete_org(&a, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// List networks.
#[utoipa::path(get, path = "/api/v1/networks", tag = "directory", params(PageParams),
    responses((status = 200, body = NetworkList), (status = 400, body = ErrorEnvelope)))]
async fn list_networks(
    State(s): State<AppState>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<NetworkList>, ApiError> {
    Ok(Json(paging.slice(s.svc.list_networks().await?).into()))
}

/// One network.
#[utoipa::path(get, path = "/api/v1/networks/{id}", tag = "directory", params(("id" = String, Path)),
    responses((status = 200, body = Network), (status = 404, body = ErrorEnvelope)))]
async fn get_network(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Network>, ApiError> {
    let p = s.svc.network_page(&id).await?;
    let count = p.members.len() as u64;
    Ok(Json((p.network, count).into()))
}

/// Members of a network, with their organizations.
#[utoipa::path(get, path = "/api/v1/networks/{id}/members", tag = "directory", params(("id" = String, Path), PageParams),
    responses((status = 200, body = MemberList), (status = 404, body = ErrorEnvelope)))]
async fn list_network_members(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<MemberList>, ApiError> {
    Ok(Json(
        paging.slice(s.svc.network_page(&id).await?.members).into(),
    ))
}

/// List memberships.
#[utoipa::path(get, path = "/api/v1/memberships", tag = "directory", params(MembershipQuery, PageParams),
    responses((status = 200, body = MembershipList), (status = 400, body = ErrorEnvelope)))]
async fn list_memberships(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<MembershipQuery>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<MembershipList>, ApiError> {
    let all = s.svc.list_memberships(q.network.as_deref()).await?;
    Ok(Json(paging.slice(all).into()))
}

/// Add a membership (admin scope).
#[utoipa::path(post, path = "/api/v1/memberships", tag = "directory", request_body = MembershipWrite, security(("bearer" = [])),
    responses((status = 201, body = Membership), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_membership(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(w): ApiJson<MembershipWrite>,
) -> Result<Response, ApiError> {
    let m = s.svc.add_membership(&a, w.into()).await?;
    Ok((StatusCode::CREATED, Json(Membership::from(m))).into_response())
}

/// Import organizations and memberships (admin scope). The body is the file. All or nothing:
/// with any problem, nothing is written and the answer (422) lists every problem.
#[utoipa::path(post, path = "/api/v1/imports", tag = "directory", params(ImportQuery), security(("bearer" = [])),
    request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = ImportReport), (status = 422, body = ImportReport), (status = 400, body = ErrorEnvelope),
        (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope)))]
async fn import_directory(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiQuery(q): ApiQuery<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let format = Format::parse(&q.format).ok_or_else(|| {
        ApiError::bad_request(
            "format",
            "must be organizations_csv, memberships_csv or json",
        )
    })?;
    let r = s.svc.import_directory(&a, format, &body).await?;
    let status = if r.problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, Json(ImportReport::from(r))).into_response())
}

/// Add a network (admin scope).
#[utoipa::path(post, path = "/api/v1/networks", tag = "directory", request_body = NetworkWrite, security(("bearer" = [])),
    responses((status = 201, body = Network), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_network(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(w): ApiJson<NetworkWrite>,
) -> Result<Response, ApiError> {
    let n = s.svc.create_network(&a, w.into_input()?).await?;
    Ok((StatusCode::CREATED, Json(Network::from((n, 0)))).into_response())
}

/// Remove a membership (admin scope).
#[utoipa::path(delete, path = "/api/v1/memberships/{id}", tag = "directory", params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)))]
async fn delete_membership(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    s.svc.delete_membership(&a, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// People of an organization.
#[utoipa::path(get, path = "/api/v1/organizations/{id}/people", tag = "directory", params(("id" = String, Path), PageParams),
    responses((status = 200, body = PersonList), (status = 404, body = ErrorEnvelope)))]
async fn list_people(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<PersonList>, ApiError> {
    Ok(Json(paging.slice(s.svc.org_people(&a, &id).await?).into()))
}

/// List a person under an organization (its editors; write:directory scope).
#[utoipa::path(post, path = "/api/v1/organizations/{id}/people", tag = "directory", params(("id" = String, Path)),
    request_body = PersonWrite, security(("bearer" = [])),
    responses((status = 201, body = Person), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_person(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<PersonWrite>,
) -> Result<Response, ApiError> {
    let p = s.svc.add_person(&a, &id, w.into_input()?).await?;
    Ok((StatusCode::CREATED, Json(Person::from(p))).into_response())
}

/// Replace a person (editors of the person's organization; write:directory scope).
#[utoipa::path(put, path = "/api/v1/people/{id}", tag = "directory", params(("id" = String, Path)),
    request_body = PersonWrite, security(("bearer" = [])),
    responses((status = 200, body = Person), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn replace_person(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<PersonWrite>,
) -> Result<Json<Person>, ApiError> {
    Ok(Json(
        s.svc.update_person(&a, &id, w.into_input()?).await?.into(),
    ))
}

/// Remove a person (editors of the person's organization; write:directory scope).
#[utoipa::path(delete, path = "/api/v1/people/{id}", tag = "directory", params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)))]
async fn delete_person(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    s.svc.delete_person(&a, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
