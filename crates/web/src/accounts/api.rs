//! Accounts in the JSON API: who a token belongs to, and the audit log for administrators.

use crate::kit::json::{PageParams, list_of, time};
use crate::kit::{ApiError, ApiPaged, ApiUser, AppState, ErrorEnvelope};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_audit))
        .routes(routes!(me))
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

impl From<services::AuditRecord> for AuditEntry {
    fn from(e: services::AuditRecord) -> Self {
        AuditEntry {
            id: e.id,
            at: time(e.at),
            actor: e.actor,
            action: e.action,
            target_type: e.target_type,
            target_id: e.target_id,
            outcome: e.outcome.to_string(),
            before: e.before,
            after: e.after,
        }
    }
}

list_of!(AuditList, AuditEntry);

/// The audit log, newest first (admin scope).
#[utoipa::path(get, path = "/api/v1/audit", tag = "admin", params(PageParams), security(("bearer" = [])),
    responses((status = 200, body = AuditList), (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope)))]
async fn list_audit(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiPaged(paging): ApiPaged,
) -> Result<Json<AuditList>, ApiError> {
    Ok(Json(s.svc.audit_log(&a, paging).await?.into()))
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
async fn me(State(s): State<AppState>, ApiUser(a): ApiUser) -> Result<Json<Me>, ApiError> {
    let u = s
        .svc
        .user_view(&a)
        .await?
        .ok_or_else(|| ApiError::unauthenticated("authentication is required"))?;
    Ok(Json(Me {
        id: u.id,
        email: u.email,
        display_name: u.display_name,
        role: u.role.to_string(),
        editor_of: u.editor_of,
    }))
}
