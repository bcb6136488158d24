//! Projects in the JSON API: the list a reader may see, one project with its team, partners,
//! gates and the checklist of its stage; every kind of part (`/parts/{kind}`: risks,
//! milestones, tasks, KPIs…) read and written through one set of routes; the gate; readiness;
//! the stored business case. A private project is "not found" for whoever may not see it.

use super::api::{CaseJson, EvaluationJson};
use crate::kit::json::{PageParams, Text, list_of, time};
use crate::kit::{
    ApiActor, ApiError, ApiJson, ApiPaged, ApiPath, ApiQuery, ApiUser, AppState, ErrorEnvelope,
};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::I18nText;
use domain::driver::parts::{PartKind, StoredPart};
use domain::driver::{ProjectInput, Stage, TeamRole, Visibility};
use domain::knowledge::PracticeDomain;
use serde::{Deserialize, Serialize};
use services::driver::readiness::Readiness;
use services::driver::{ProjectFilter, ProjectView};
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_projects, create_project))
        .routes(routes!(get_project, replace_project))
        .routes(routes!(list_parts, create_part))
        .routes(routes!(replace_part, delete_part))
        .routes(routes!(sign_gate))
        .routes(routes!(import_kpi_values))
        .routes(routes!(make_practice))
        .routes(routes!(get_readiness, assess))
        .routes(routes!(get_case, save_case))
}

#[derive(Serialize, ToSchema)]
pub struct Project {
    id: String,
    /// The city that owns it.
    city: String,
    #[schema(value_type = Text)]
    titles: I18nText,
    #[schema(value_type = Text)]
    summary: I18nText,
    #[schema(value_type = String)]
    domain: PracticeDomain,
    sdgs: Vec<u8>,
    /// team, network or public
    #[schema(value_type = String)]
    visibility: Visibility,
    network: Option<String>,
    #[schema(value_type = Text)]
    district: I18nText,
    lat: Option<f64>,
    lon: Option<f64>,
    languages: Vec<String>,
    /// discover, plan, finance, deploy or operate
    #[schema(value_type = String)]
    stage: Stage,
    /// RFC 3339, UTC: when the gate of Operate was signed.
    completed_at: Option<String>,
    /// The best-practice case it became.
    practice: Option<String>,
    updated_at: String,
}

impl From<ProjectView> for Project {
    fn from(p: ProjectView) -> Project {
        Project {
            languages: p.languages.iter().map(|l| l.tag().to_string()).collect(),
            completed_at: p.completed_at.map(time),
            updated_at: time(p.updated_at),
            id: p.id,
            city: p.city,
            titles: p.titles,
            summary: p.summary,
            domain: p.domain,
            sdgs: p.sdgs,
            visibility: p.visibility,
            network: p.network,
            district: p.district,
            lat: p.lat,
            lon: p.lon,
            stage: p.stage,
            practice: p.practice,
        }
    }
}

list_of!(ProjectList, Project);

#[derive(Serialize, ToSchema)]
pub struct Member {
    user_id: String,
    email: String,
    display_name: String,
    #[schema(value_type = String)]
    role: TeamRole,
}

#[derive(Serialize, ToSchema)]
pub struct Partner {
    org: String,
    /// viewer or editor
    role: String,
    /// invited, accepted or declined
    status: String,
}

#[derive(Serialize, ToSchema)]
pub struct Gate {
    #[schema(value_type = String)]
    stage: Stage,
    signed_at: String,
    note: String,
    /// Each required part and whether it was there when signed.
    checklist: Vec<(String, bool)>,
}

/// A project with what the reader may see of its team and its progress.
#[derive(Serialize, ToSchema)]
pub struct ProjectDetail {
    project: Project,
    /// The reader's role: viewer, editor, owner, or null.
    role: Option<String>,
    /// Its members, for the team only.
    members: Vec<Member>,
    partners: Vec<Partner>,
    gates: Vec<Gate>,
    /// The current stage's gate: each required part and whether it is there.
    checklist: Vec<(String, bool)>,
    /// 0 to 1, from milestones met and KPIs' progress.
    progress: Option<f64>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectWrite {
    #[serde(default)]
    id: Option<String>,
    /// Required to create; an existing project keeps its city.
    #[serde(default)]
    city: Option<String>,
    #[serde(default)]
    titles: Text,
    #[serde(default)]
    summary: Text,
    domain: Option<String>,
    #[serde(default)]
    sdgs: Vec<u8>,
    /// team (default), network or public
    #[serde(default)]
    visibility: Option<String>,
    #[serde(default)]
    network: Option<String>,
    #[serde(default)]
    district: Text,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
    #[serde(default)]
    languages: Vec<String>,
    /// On creation only: street_lighting, waste_collection, traffic_management,
    /// online_services or health_emergency — prefills the plan, objectives, use cases,
    /// stakeholders, risks and KPIs.
    #[serde(default)]
    template: Option<String>,
}

fn input(w: ProjectWrite) -> Result<ProjectInput, ApiError> {
    Ok(ProjectInput {
        id: w.id,
        city: w.city,
        titles: w.titles.into_i18n("titles")?,
        summary: w.summary.into_i18n("summary")?,
        domain: w.domain,
        sdgs: w.sdgs,
        visibility: w.visibility,
        network: w.network,
        district: w.district.into_i18n("district")?,
        lat: w.lat,
        lon: w.lon,
        languages: w.languages,
        template: w.template,
    })
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ProjectQuery {
    city: Option<String>,
    /// discover, plan, finance, deploy or operate
    stage: Option<String>,
    domain: Option<String>,
    /// Words in the title.
    q: Option<String>,
    /// The best-practice case a project became.
    practice: Option<String>,
}

/// List the projects the reader may see (public ones; with a token, also its team's and its
/// networks').
#[utoipa::path(get, path = "/api/v1/projects", tag = "driver", params(ProjectQuery, PageParams),
    responses((status = 200, body = ProjectList), (status = 400, body = ErrorEnvelope)))]
async fn list_projects(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiQuery(q): ApiQuery<ProjectQuery>,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<ProjectList>, ApiError> {
    let stage = match &q.stage {
        None => None,
        Some(v) => Some(Stage::parse(v).map_err(|r| ApiError::bad_request("stage", &r))?),
    };
    if let Some(d) = &q.domain {
        PracticeDomain::parse(d).map_err(|r| ApiError::bad_request("domain", &r))?;
    }
    let f = ProjectFilter {
        city: q.city,
        stage,
        domain: q.domain,
        q: q.q,
        practice: q.practice,
    };
    let page = s.svc.projects(&a, &f, paging).await?;
    Ok(Json(page.map(|(p, _)| p).into()))
}

/// Create a project of a city, in Discover (editors of the city and admins); its creator
/// becomes its owner.
#[utoipa::path(post, path = "/api/v1/projects", tag = "driver", request_body = ProjectWrite,
    security(("bearer" = [])),
    responses((status = 201, body = Project), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn create_project(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(w): ApiJson<ProjectWrite>,
) -> Result<Response, ApiError> {
    let p = s.svc.create_project(&a, input(w)?).await?;
    Ok((StatusCode::CREATED, Json(Project::from(p))).into_response())
}

/// One project, as the reader may see it.
#[utoipa::path(get, path = "/api/v1/projects/{id}", tag = "driver", params(("id" = String, Path)),
    responses((status = 200, body = ProjectDetail), (status = 404, body = ErrorEnvelope)))]
async fn get_project(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<ProjectDetail>, ApiError> {
    let p = s.svc.project_page(&a, &id).await?;
    let items = |v: &[(domain::driver::gates::GateItem, bool)]| {
        v.iter()
            .map(|(i, m)| (i.as_str().to_string(), *m))
            .collect()
    };
    Ok(Json(ProjectDetail {
        role: p.role.map(|r| r.as_str().to_string()),
        members: p
            .members
            .iter()
            .map(|m| Member {
                user_id: m.user_id.clone(),
                email: m.email.clone(),
                display_name: m.display_name.clone(),
                role: m.role,
            })
            .collect(),
        partners: p
            .partners
            .iter()
            .map(|(pv, _)| Partner {
                org: pv.org_id.clone(),
                role: pv.role.as_str().into(),
                status: pv.status.as_str().into(),
            })
            .collect(),
        gates: p
            .gates
            .iter()
            .map(|g| Gate {
                stage: g.stage,
                signed_at: time(g.signed_at),
                note: g.note.clone(),
                checklist: items(&g.checklist),
            })
            .collect(),
        checklist: items(&p.checklist),
        progress: p.progress,
        project: p.project.into(),
    }))
}

/// Replace a project's own values (owners); its city, stage and parts stay.
#[utoipa::path(put, path = "/api/v1/projects/{id}", tag = "driver", params(("id" = String, Path)),
    request_body = ProjectWrite, security(("bearer" = [])),
    responses((status = 200, body = Project), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn replace_project(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<ProjectWrite>,
) -> Result<Json<Project>, ApiError> {
    Ok(Json(s.svc.update_project(&a, &id, input(w)?).await?.into()))
}

/// One part of a project as stored: its id and its body (the shape of its kind).
#[derive(Serialize, ToSchema)]
pub struct Part {
    id: String,
    /// The body: for a risk `{title, category, likelihood, impact, owner, mitigation,
    /// residual_likelihood, residual_impact, status}`; a milestone `{title, baseline, planned,
    /// done}`; a task `{title, status, assignee, due}`; a KPI `{name, unit, baseline, target,
    /// target_date, standard, code, values: [{date, value}]}`…
    #[schema(value_type = Object)]
    body: serde_json::Value,
    created_at: String,
    updated_at: String,
}

impl From<StoredPart> for Part {
    fn from(p: StoredPart) -> Part {
        Part {
            id: p.id,
            body: p.body,
            created_at: time(p.created_at),
            updated_at: time(p.updated_at),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct PartList {
    items: Vec<Part>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartWrite {
    #[schema(value_type = Object)]
    body: serde_json::Value,
}

fn kind(k: &str) -> Result<PartKind, ApiError> {
    PartKind::parse(k).map_err(|r| ApiError::bad_request("kind", &r))
}

/// The parts of one kind: plan, objective, use_case, stakeholder, relationship, risk,
/// milestone, task, procurement, kpi, report, comment (comments for the team only).
#[utoipa::path(get, path = "/api/v1/projects/{id}/parts/{kind}", tag = "driver",
    params(("id" = String, Path), ("kind" = String, Path)),
    responses((status = 200, body = PartList), (status = 400, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)))]
async fn list_parts(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath((id, k)): ApiPath<(String, String)>,
) -> Result<Json<PartList>, ApiError> {
    let items = s.svc.parts_of_kind(&a, &id, kind(&k)?).await?;
    Ok(Json(PartList {
        items: items.into_iter().map(Part::from).collect(),
    }))
}

/// Add a part (editors; comments by anyone in the team). Each bad field of the body is named.
#[utoipa::path(post, path = "/api/v1/projects/{id}/parts/{kind}", tag = "driver",
    params(("id" = String, Path), ("kind" = String, Path)), request_body = PartWrite, security(("bearer" = [])),
    responses((status = 201, body = Part), (status = 400, body = ErrorEnvelope), (status = 401, body = ErrorEnvelope),
        (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)))]
async fn create_part(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath((id, k)): ApiPath<(String, String)>,
    ApiJson(w): ApiJson<PartWrite>,
) -> Result<Response, ApiError> {
    let k = kind(&k)?;
    let (pid, body) = s.svc.save_part(&a, &id, k, None, w.body).await?;
    let now = time(domain::time::now_micros());
    Ok((
        StatusCode::CREATED,
        Json(Part {
            id: pid,
            body,
            created_at: now.clone(),
            updated_at: now,
        }),
    )
        .into_response())
}

/// Replace a part's body.
#[utoipa::path(put, path = "/api/v1/projects/{id}/parts/{kind}/{part}", tag = "driver",
    params(("id" = String, Path), ("kind" = String, Path), ("part" = String, Path)), request_body = PartWrite,
    security(("bearer" = [])),
    responses((status = 200, body = Part), (status = 400, body = ErrorEnvelope), (status = 401, body = ErrorEnvelope),
        (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn replace_part(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath((id, k, part)): ApiPath<(String, String, String)>,
    ApiJson(w): ApiJson<PartWrite>,
) -> Result<Json<Part>, ApiError> {
    let (pid, body) = s
        .svc
        .save_part(&a, &id, kind(&k)?, Some(&part), w.body)
        .await?;
    let now = time(domain::time::now_micros());
    Ok(Json(Part {
        id: pid,
        body,
        created_at: now.clone(),
        updated_at: now,
    }))
}

/// Delete a part (a stakeholder takes its relationships with it).
#[utoipa::path(delete, path = "/api/v1/projects/{id}/parts/{kind}/{part}", tag = "driver",
    params(("id" = String, Path), ("kind" = String, Path), ("part" = String, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)))]
async fn delete_part(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath((id, k, part)): ApiPath<(String, String, String)>,
) -> Result<StatusCode, ApiError> {
    s.svc.delete_part(&a, &id, kind(&k)?, &part).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GateWrite {
    /// The stage the project is in (the gate signed closes it).
    stage: String,
    #[serde(default)]
    note: String,
}

/// Sign the gate of the project's stage (owners). Refused with each missing part named.
#[utoipa::path(post, path = "/api/v1/projects/{id}/gate", tag = "driver", params(("id" = String, Path)),
    request_body = GateWrite, security(("bearer" = [])),
    responses((status = 200, body = Project), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn sign_gate(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<GateWrite>,
) -> Result<Json<Project>, ApiError> {
    Ok(Json(
        s.svc.sign_gate(&a, &id, &w.stage, &w.note).await?.into(),
    ))
}

/// Close the loop: the project, in Operate, becomes a draft best-practice case of its city,
/// prefilled from the plan, the business case and the KPIs (editors of the project who may
/// write the city's cases). The answer is the project, naming its case; the case is published
/// through `/api/v1/practices/{id}/publish`.
#[utoipa::path(post, path = "/api/v1/projects/{id}/practice", tag = "driver", params(("id" = String, Path)),
    security(("bearer" = [])),
    responses((status = 201, body = Project), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn make_practice(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Response, ApiError> {
    s.svc.practice_from_project(&a, &id).await?;
    let p = s.svc.project_page(&a, &id).await?;
    Ok((StatusCode::CREATED, Json(Project::from(p.project))).into_response())
}

/// What an import of KPI values did.
#[derive(Serialize, ToSchema)]
pub struct KpiImportReport {
    /// KPIs that received values.
    kpis: u64,
    /// Lines read (a day a KPI had already is replaced).
    values: u64,
}

/// Add dated values to the project's KPIs (editors). The body is a CSV file or an `.xlsx`
/// workbook with the columns `kpi` (a KPI's id or name; may be left out when the project has
/// one KPI), `date` (2026-12-01) and `value`. All or nothing: with any problem nothing is
/// written and the answer (422) names each line.
#[utoipa::path(post, path = "/api/v1/projects/{id}/kpis/import", tag = "driver", params(("id" = String, Path)),
    request_body(content = String, content_type = "text/csv"), security(("bearer" = [])),
    responses((status = 200, body = KpiImportReport), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn import_kpi_values(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    body: axum::body::Bytes,
) -> Result<Json<KpiImportReport>, ApiError> {
    let r = s.svc.import_kpi_values(&a, &id, "upload", &body).await?;
    Ok(Json(KpiImportReport {
        kpis: r.kpis,
        values: r.values,
    }))
}

/// The project's readiness assessments (scores for all who see it; answers for its team) and
/// the benchmarks of the latest against the network's and the country's sharing cities.
#[derive(Serialize, ToSchema)]
pub struct ReadinessJson {
    #[schema(value_type = Object)]
    readiness: serde_json::Value,
}

impl From<Readiness> for ReadinessJson {
    fn from(r: Readiness) -> ReadinessJson {
        ReadinessJson {
            readiness: serde_json::to_value(&r).unwrap_or_default(),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/projects/{id}/readiness", tag = "driver", params(("id" = String, Path)),
    responses((status = 200, body = ReadinessJson), (status = 404, body = ErrorEnvelope)))]
async fn get_readiness(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<ReadinessJson>, ApiError> {
    Ok(Json(s.svc.readiness(&a, &id).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentWrite {
    /// Question id → level 0 to 4, every question answered.
    answers: BTreeMap<String, u8>,
    /// Let other cities compare with it, anonymously.
    #[serde(default)]
    shared: bool,
}

/// Assess the city's readiness for the project (editors).
#[utoipa::path(post, path = "/api/v1/projects/{id}/readiness", tag = "driver", params(("id" = String, Path)),
    request_body = AssessmentWrite, security(("bearer" = [])),
    responses((status = 201, body = ReadinessJson), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn assess(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<AssessmentWrite>,
) -> Result<Response, ApiError> {
    s.svc.assess_readiness(&a, &id, w.answers, w.shared).await?;
    let r: ReadinessJson = s.svc.readiness(&a, &id).await?.into();
    Ok((StatusCode::CREATED, Json(r)).into_response())
}

/// The project's stored business case and what the engine makes of it.
#[derive(Serialize, ToSchema)]
pub struct ProjectCase {
    #[schema(value_type = Object)]
    case: serde_json::Value,
    evaluation: EvaluationJson,
}

/// The stored business case, evaluated (404 when the project has none).
#[utoipa::path(get, path = "/api/v1/projects/{id}/business-case", tag = "driver", params(("id" = String, Path)),
    responses((status = 200, body = ProjectCase), (status = 404, body = ErrorEnvelope)))]
async fn get_case(
    State(s): State<AppState>,
    ApiActor(a): ApiActor,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<ProjectCase>, ApiError> {
    let e = s
        .svc
        .project_evaluation(&a, &id)
        .await?
        .ok_or(services::ServiceError::NotFound("business case"))?;
    Ok(Json(ProjectCase {
        case: serde_json::to_value(&e.case).unwrap_or_default(),
        evaluation: e.as_ref().clone().into(),
    }))
}

/// Save the project's business case (editors), checked whole first.
#[utoipa::path(put, path = "/api/v1/projects/{id}/business-case", tag = "driver", params(("id" = String, Path)),
    request_body = CaseJson, security(("bearer" = [])),
    responses((status = 200, body = ProjectCase), (status = 400, body = ErrorEnvelope), (status = 401, body = ErrorEnvelope),
        (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn save_case(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(case): ApiJson<CaseJson>,
) -> Result<Json<ProjectCase>, ApiError> {
    s.svc.save_project_case(&a, &id, case.into()).await?;
    get_case(State(s), ApiActor(a), ApiPath(id)).await
}
