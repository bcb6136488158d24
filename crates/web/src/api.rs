//! The JSON API under `/api/v1`, documented by OpenAPI generated from these handlers
//! (`/api/openapi.json`). Reads are public; writes need a Bearer token with the right scope.
//! Conventions: snake_case fields, opaque string ids, RFC 3339 UTC times, BCP 47 language keys,
//! lists as `{items, page, per_page, total}`, errors as `{"error": {code, message, fields}}`.

use crate::AppState;
use crate::ctx::ApiActor;
use crate::error::{ApiError, ApiJson, ApiPath, ApiQuery, ErrorEnvelope};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::directory::{MembershipInput, NetworkInput, OrganizationInput, PersonInput};
use domain::time::rfc3339;
use serde::{Deserialize, Serialize};
use services::OrgFilter;
use services::directory::{MembershipView, NetworkView, OrgView, PersonView};
use services::import::Format;
use std::collections::BTreeMap;
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "citydriver API",
        version = "1",
        description = "The directory of a network of cities: organizations, networks, memberships."
    ),
    components(schemas(ErrorEnvelope)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

/// Declares the `bearer` scheme the write endpoints name: `Authorization: Bearer cdt_…`.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token made on the account page"))
                    .build(),
            ),
        );
    }
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
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
        .routes(routes!(list_audit))
        .routes(routes!(me))
        .merge(crate::api_events::router())
        .merge(crate::search_pages::api_router())
        .merge(crate::api_practices::router())
}

/// The OpenAPI document, exactly what the router serves.
pub fn openapi() -> utoipa::openapi::OpenApi {
    router().split_for_parts().1
}

pub async fn openapi_json() -> Response {
    Json(openapi()).into_response()
}

#[derive(Serialize, ToSchema)]
pub struct Health {
    status: String,
}

pub async fn healthz(State(s): State<AppState>) -> Response {
    match s.svc.store.ping().await {
        Ok(()) => Json(Health {
            status: "ok".into(),
        })
        .into_response(),
        Err(e) => {
            tracing::error!("health check: {e}");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(Health {
                    status: "database unavailable".into(),
                }),
            )
                .into_response()
        }
    }
}

pub(crate) type Text = BTreeMap<String, String>;

pub(crate) fn text(t: &domain::I18nText) -> Text {
    t.0.iter()
        .map(|(l, v)| (l.tag().to_string(), v.clone()))
        .collect()
}

/// An organization of the directory.
#[derive(Serialize, ToSchema)]
pub struct Organization {
    id: String,
    /// local_government, company, institution, ministry, development_agency, academia, ngo, network_secretariat
    kind: String,
    /// Language tag -> name.
    names: Text,
    /// ISO 3166-1 alpha-2.
    country: String,
    region: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    website: Option<String>,
    description: Text,
    created_at: String,
    updated_at: String,
}

impl From<OrgView> for Organization {
    fn from(o: OrgView) -> Self {
        Organization {
            names: text(&o.names),
            description: text(&o.description),
            id: o.id,
            kind: o.kind,
            country: o.country,
            region: o.region,
            lat: o.lat,
            lon: o.lon,
            website: o.website,
            created_at: rfc3339(o.created_at),
            updated_at: rfc3339(o.updated_at),
        }
    }
}

/// What to send to create or replace an organization.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganizationWrite {
    /// Optional on creation (made from the English name); must match the path on replacement.
    #[serde(default)]
    id: Option<String>,
    kind: Option<String>,
    #[serde(default)]
    names: Text,
    country: Option<String>,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
    #[serde(default)]
    website: Option<String>,
    #[serde(default)]
    description: Text,
}

pub(crate) fn parse_text(field: &str, t: Text) -> Result<domain::I18nText, ApiError> {
    let mut out = domain::I18nText::new();
    for (k, v) in t {
        let lang = domain::Lang::try_from(k.clone()).map_err(|r| {
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                "some fields are not valid",
                services::error::field(&format!("{field}.{k}"), &r),
            )
        })?;
        out.0.insert(lang, v);
    }
    Ok(out)
}

impl OrganizationWrite {
    fn into_input(self) -> Result<OrganizationInput, ApiError> {
        Ok(OrganizationInput {
            id: self.id,
            kind: self.kind,
            names: parse_text("names", self.names)?,
            country: self.country,
            region: self.region,
            lat: self.lat,
            lon: self.lon,
            website: self.website,
            description: parse_text("description", self.description)?,
        })
    }
}

#[derive(Serialize, ToSchema)]
pub struct OrganizationList {
    items: Vec<Organization>,
    page: u64,
    per_page: u64,
    total: u64,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrgQuery {
    /// Organization kind.
    kind: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    country: Option<String>,
    /// Network id: only its members.
    network: Option<String>,
    /// Membership role (with `network`, the role in that network).
    role: Option<String>,
    /// Part of a name, in any language.
    q: Option<String>,
    /// From 1. Default 1.
    page: Option<u64>,
    /// 1 to 500. Default 50.
    per_page: Option<u64>,
}

pub(crate) fn paging(page: Option<u64>, per_page: Option<u64>) -> Result<(u64, u64), ApiError> {
    let page = page.unwrap_or(1);
    let per_page = per_page.unwrap_or(50);
    if page == 0 {
        return Err(ApiError::bad_request("page", "must be at least 1"));
    }
    if !(1..=500).contains(&per_page) {
        return Err(ApiError::bad_request(
            "per_page",
            "must be between 1 and 500",
        ));
    }
    Ok((page, per_page))
}

/// List organizations, with filters.
#[utoipa::path(get, path = "/api/v1/organizations", tag = "directory", params(OrgQuery),
    responses((status = 200, body = OrganizationList), (status = 400, body = ErrorEnvelope)))]
async fn list_organizations(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<OrgQuery>,
) -> Result<Json<OrganizationList>, ApiError> {
    let (page, per_page) = paging(q.page, q.per_page)?;
    let f = OrgFilter {
        kind: q.kind,
        country: q.country.map(|c| c.to_ascii_uppercase()),
        network: q.network,
        role: q.role,
        q: q.q,
    };
    let p = s.svc.list_orgs(&f, page, per_page).await?;
    Ok(Json(OrganizationList {
        items: p.items.into_iter().map(Into::into).collect(),
        page,
        per_page,
        total: p.total,
    }))
}

/// Add an organization (admin scope).
#[utoipa::path(post, path = "/api/v1/organizations", tag = "directory", request_body = OrganizationWrite,
    security(("bearer" = [])),
    responses((status = 201, body = Organization), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_organization(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
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
    ApiActor(a): ApiActor,
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
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    s.svc.delete_org(&a, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A network of organizations.
#[derive(Serialize, ToSchema)]
pub struct Network {
    id: String,
    names: Text,
    parent_id: Option<String>,
    /// sub_network or partner_network (of the parent).
    relation: Option<String>,
    /// global, regional, subregional, national
    scope: String,
    /// active or forming
    status: String,
    secretariat_org_id: Option<String>,
    /// A year, year-month or date; null when unknown.
    founded: Option<String>,
    description: Text,
    member_count: u64,
}

fn network_json(n: NetworkView, member_count: u64) -> Network {
    Network {
        names: text(&n.names),
        description: text(&n.description),
        id: n.id,
        parent_id: n.parent_id,
        relation: n.relation,
        scope: n.scope,
        status: n.status,
        secretariat_org_id: n.secretariat_org_id,
        founded: n.founded,
        member_count,
    }
}

#[derive(Serialize, ToSchema)]
pub struct NetworkList {
    items: Vec<Network>,
    page: u64,
    per_page: u64,
    total: u64,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// From 1. Default 1.
    page: Option<u64>,
    /// 1 to 500. Default 50.
    per_page: Option<u64>,
}

fn page_of<T>(all: Vec<T>, page: u64, per_page: u64) -> (Vec<T>, u64) {
    let total = all.len() as u64;
    let start = ((page - 1) * per_page) as usize;
    (
        all.into_iter()
            .skip(start)
            .take(per_page as usize)
            .collect(),
        total,
    )
}

/// List networks.
#[utoipa::path(get, path = "/api/v1/networks", tag = "directory", params(PageQuery),
    responses((status = 200, body = NetworkList), (status = 400, body = ErrorEnvelope)))]
async fn list_networks(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Json<NetworkList>, ApiError> {
    let (page, per_page) = paging(q.page, q.per_page)?;
    let (items, total) = page_of(s.svc.list_networks().await?, page, per_page);
    Ok(Json(NetworkList {
        items: items.into_iter().map(|(n, c)| network_json(n, c)).collect(),
        page,
        per_page,
        total,
    }))
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
    Ok(Json(network_json(p.network, count)))
}

/// A membership of an organization in a network.
#[derive(Serialize, ToSchema)]
pub struct Membership {
    id: String,
    org_id: String,
    network_id: String,
    /// founding_member, member, partner, observer, pilot_city, secretariat, regional_office
    role: String,
    /// Null when unknown.
    since: Option<String>,
    until: Option<String>,
    note: Option<String>,
}

impl From<MembershipView> for Membership {
    fn from(m: MembershipView) -> Self {
        Membership {
            id: m.id,
            org_id: m.org_id,
            network_id: m.network_id,
            role: m.role,
            since: m.since,
            until: m.until,
            note: m.note,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Member {
    membership: Membership,
    organization: Organization,
}

#[derive(Serialize, ToSchema)]
pub struct MemberList {
    items: Vec<Member>,
    page: u64,
    per_page: u64,
    total: u64,
}

/// Members of a network, with their organizations.
#[utoipa::path(get, path = "/api/v1/networks/{id}/members", tag = "directory", params(("id" = String, Path), PageQuery),
    responses((status = 200, body = MemberList), (status = 404, body = ErrorEnvelope)))]
async fn list_network_members(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Json<MemberList>, ApiError> {
    let (page, per_page) = paging(q.page, q.per_page)?;
    let (items, total) = page_of(s.svc.network_page(&id).await?.members, page, per_page);
    let items = items
        .into_iter()
        .map(|(m, o)| Member {
            membership: m.into(),
            organization: o.into(),
        })
        .collect();
    Ok(Json(MemberList {
        items,
        page,
        per_page,
        total,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct MembershipList {
    items: Vec<Membership>,
    page: u64,
    per_page: u64,
    total: u64,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MembershipQuery {
    /// Only this network's memberships.
    network: Option<String>,
    page: Option<u64>,
    per_page: Option<u64>,
}

/// List memberships.
#[utoipa::path(get, path = "/api/v1/memberships", tag = "directory", params(MembershipQuery),
    responses((status = 200, body = MembershipList), (status = 400, body = ErrorEnvelope)))]
async fn list_memberships(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<MembershipQuery>,
) -> Result<Json<MembershipList>, ApiError> {
    let (page, per_page) = paging(q.page, q.per_page)?;
    let (items, total) = page_of(
        s.svc.list_memberships(q.network.as_deref()).await?,
        page,
        per_page,
    );
    Ok(Json(MembershipList {
        items: items.into_iter().map(Into::into).collect(),
        page,
        per_page,
        total,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MembershipWrite {
    org: Option<String>,
    network: Option<String>,
    role: Option<String>,
    #[serde(default)]
    since: Option<String>,
    #[serde(default)]
    until: Option<String>,
}

/// Add a membership (admin scope).
#[utoipa::path(post, path = "/api/v1/memberships", tag = "directory", request_body = MembershipWrite, security(("bearer" = [])),
    responses((status = 201, body = Membership), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_membership(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiJson(w): ApiJson<MembershipWrite>,
) -> Result<Response, ApiError> {
    let input = MembershipInput {
        org: w.org,
        network: w.network,
        role: w.role,
        since: w.since,
        until: w.until,
    };
    let m = s.svc.add_membership(&a, input).await?;
    Ok((StatusCode::CREATED, Json(Membership::from(m))).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// organizations_csv, memberships_csv or json
    format: String,
}

#[derive(Serialize, ToSchema)]
pub struct ImportProblem {
    /// CSV line (the header is line 1).
    line: Option<u64>,
    /// JSON item, e.g. organizations[3].
    item: Option<String>,
    field: String,
    reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct ImportReport {
    organizations: u64,
    memberships: u64,
    problems: Vec<ImportProblem>,
}

/// Import organizations and memberships (admin scope). The body is the file. All or nothing:
/// with any problem, nothing is written and the answer (422) lists every problem.
#[utoipa::path(post, path = "/api/v1/imports", tag = "directory", params(ImportQuery), security(("bearer" = [])),
    request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = ImportReport), (status = 422, body = ImportReport), (status = 400, body = ErrorEnvelope),
        (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope)))]
async fn import_directory(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
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
    let report = ImportReport {
        organizations: r.organizations,
        memberships: r.memberships,
        problems: r
            .problems
            .into_iter()
            .map(|p| ImportProblem {
                line: p.line,
                item: p.item,
                field: p.field,
                reason: p.reason,
            })
            .collect(),
    };
    Ok((status, Json(report)).into_response())
}

#[derive(Serialize, ToSchema)]
pub struct AuditEntry {
    id: i64,
    at: String,
    /// A user id, "anonymous" or "system".
    actor: String,
    action: String,
    target_type: String,
    target_id: String,
    /// ok or denied
    outcome: String,
    /// JSON text of the state before.
    before: Option<String>,
    after: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditList {
    items: Vec<AuditEntry>,
    page: u64,
    per_page: u64,
    total: u64,
}

/// The audit log, newest first (admin scope).
#[utoipa::path(get, path = "/api/v1/audit", tag = "admin", params(PageQuery), security(("bearer" = [])),
    responses((status = 200, body = AuditList), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope)))]
async fn list_audit(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Json<AuditList>, ApiError> {
    let (page, per_page) = paging(q.page, q.per_page)?;
    let (rows, total) = s.svc.audit_log(&a, page, per_page).await?;
    let items = rows
        .into_iter()
        .map(|e| AuditEntry {
            id: e.id,
            at: rfc3339(e.at),
            actor: e.actor,
            action: e.action,
            target_type: e.target_type,
            target_id: e.target_id,
            outcome: e.outcome,
            before: e.before,
            after: e.after,
        })
        .collect();
    Ok(Json(AuditList {
        items,
        page,
        per_page,
        total,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    id: String,
    email: String,
    display_name: String,
    /// admin or member
    role: String,
    editor_of: Vec<String>,
}

/// The account behind the token.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = Me), (status = 401, body = ErrorEnvelope)))]
async fn me(State(s): State<AppState>, ApiActor(a): ApiActor) -> Result<Json<Me>, ApiError> {
    a.require_user().map_err(services::ServiceError::Denied)?;
    let u = s
        .svc
        .user_view(&a)
        .await?
        .ok_or_else(|| ApiError::unauthenticated("authentication is required"))?;
    Ok(Json(Me {
        id: u.id,
        email: u.email,
        display_name: u.display_name,
        role: u.role,
        editor_of: u.editor_of,
    }))
}

/// What to send to create a network.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NetworkWrite {
    /// Optional: made from the English name.
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    names: Text,
    /// The network this one belongs to.
    #[serde(default)]
    parent: Option<String>,
    /// sub_network or partner_network; required with parent.
    #[serde(default)]
    relation: Option<String>,
    /// global, regional, subregional, national
    scope: Option<String>,
    /// active (default) or forming
    #[serde(default)]
    status: Option<String>,
    /// Organization id of the secretariat.
    #[serde(default)]
    secretariat: Option<String>,
    /// Year, year-month or date.
    #[serde(default)]
    founded: Option<String>,
    #[serde(default)]
    description: Text,
}

/// Add a network (admin scope).
#[utoipa::path(post, path = "/api/v1/networks", tag = "directory", request_body = NetworkWrite, security(("bearer" = [])),
    responses((status = 201, body = Network), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_network(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiJson(w): ApiJson<NetworkWrite>,
) -> Result<Response, ApiError> {
    let input = NetworkInput {
        id: w.id,
        names: parse_text("names", w.names)?,
        parent: w.parent,
        relation: w.relation,
        scope: w.scope,
        status: w.status,
        secretariat: w.secretariat,
        founded: w.founded,
        description: parse_text("description", w.description)?,
    };
    let n = s.svc.create_network(&a, input).await?;
    Ok((StatusCode::CREATED, Json(network_json(n, 0))).into_response())
}

/// Remove a membership (admin scope).
#[utoipa::path(delete, path = "/api/v1/memberships/{id}", tag = "directory", params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)))]
async fn delete_membership(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    s.svc.delete_membership(&a, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A person listed under an organization.
#[derive(Serialize, ToSchema)]
pub struct Person {
    id: String,
    org_id: String,
    name: String,
    position: Text,
    /// When the position was true: year, year-month or date.
    as_of: Option<String>,
    /// Only for editors of the organization and admins.
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
}

impl From<PersonView> for Person {
    fn from(p: PersonView) -> Self {
        Person {
            position: text(&p.position),
            id: p.id,
            org_id: p.org_id,
            name: p.name,
            as_of: p.as_of,
            email: p.email,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct PersonList {
    items: Vec<Person>,
    page: u64,
    per_page: u64,
    total: u64,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonWrite {
    name: Option<String>,
    #[serde(default)]
    position: Text,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    email: Option<String>,
}

impl PersonWrite {
    fn into_input(self) -> Result<PersonInput, ApiError> {
        Ok(PersonInput {
            name: self.name,
            position: parse_text("position", self.position)?,
            as_of: self.as_of,
            email: self.email,
        })
    }
}

/// People of an organization.
#[utoipa::path(get, path = "/api/v1/organizations/{id}/people", tag = "directory", params(("id" = String, Path), PageQuery),
    responses((status = 200, body = PersonList), (status = 404, body = ErrorEnvelope)))]
async fn list_people(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Json<PersonList>, ApiError> {
    let (page, per_page) = paging(q.page, q.per_page)?;
    let (items, total) = page_of(s.svc.org_people(&a, &id).await?, page, per_page);
    Ok(Json(PersonList {
        items: items.into_iter().map(Into::into).collect(),
        page,
        per_page,
        total,
    }))
}

/// List a person under an organization (its editors; write:directory scope).
#[utoipa::path(post, path = "/api/v1/organizations/{id}/people", tag = "directory", params(("id" = String, Path)),
    request_body = PersonWrite, security(("bearer" = [])),
    responses((status = 201, body = Person), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_person(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
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
    ApiActor(a): ApiActor,
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
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    s.svc.delete_person(&a, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
