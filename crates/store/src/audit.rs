//! The audit log: who did what, when, with the state before and after. Written in the same
//! transaction as the change it records, so a change without its record cannot exist.

use crate::entities::audit;
use crate::{Conn, Result, StoreError};
use domain::auth::Outcome;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait, QueryOrder};

#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub actor: &'a str,
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: &'a str,
    pub outcome: Outcome,
    pub before: Option<String>,
    pub after: Option<String>,
}

pub async fn record(db: &impl Conn, at: i64, e: Entry<'_>) -> Result<()> {
    audit::ActiveModel {
        at: Set(at),
        actor: Set(e.actor.to_string()),
        action: Set(e.action.to_string()),
        target_type: Set(e.target_type.to_string()),
        target_id: Set(e.target_id.to_string()),
        outcome: Set(e.outcome.as_str().to_string()),
        before: Set(e.before),
        after: Set(e.after),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// One entry of the log as it is read back.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditRecord {
    pub id: i64,
    pub at: i64,
    /// A user id, "anonymous", "system" or "system:cli".
    pub actor: String,
    pub action: String,
    pub target_type: String,
    pub target_id: String,
    pub outcome: Outcome,
    /// JSON text of the state before and after.
    pub before: Option<String>,
    pub after: Option<String>,
}

impl TryFrom<audit::Model> for AuditRecord {
    type Error = StoreError;
    fn try_from(m: audit::Model) -> Result<Self> {
        Ok(AuditRecord {
            outcome: crate::directory::stored("audit_log.outcome", Outcome::parse(&m.outcome))?,
            id: m.id,
            at: m.at,
            actor: m.actor,
            action: m.action,
            target_type: m.target_type,
            target_id: m.target_id,
            before: m.before,
            after: m.after,
        })
    }
}

/// Newest first.
pub async fn list(db: &impl Conn, paging: domain::Paging) -> Result<domain::Page<AuditRecord>> {
    let q = audit::Entity::find().order_by_desc(audit::Column::Id);
    let p = crate::fetch_page(db, q, paging).await?;
    Ok(paging.page_of(crate::directory::all(p.items)?, p.total))
}

pub async fn count(db: &impl Conn) -> Result<u64> {
    Ok(audit::Entity::find().count(db).await?)
}
