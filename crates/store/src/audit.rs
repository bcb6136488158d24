//! The audit log: who did what, when, with the state before and after. Written in the same
//! transaction as the change it records, so a change without its record cannot exist.

use crate::entities::audit;
use crate::{Conn, Result};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait, QueryOrder};

#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub actor: &'a str,
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: &'a str,
    pub outcome: &'a str,
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
        outcome: Set(e.outcome.to_string()),
        before: Set(e.before),
        after: Set(e.after),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Newest first.
pub async fn list(db: &impl Conn, paging: domain::Paging) -> Result<domain::Page<audit::Model>> {
    let q = audit::Entity::find().order_by_desc(audit::Column::Id);
    crate::fetch_page(db, q, paging).await
}

pub async fn count(db: &impl Conn) -> Result<u64> {
    Ok(audit::Entity::find().count(db).await?)
}
