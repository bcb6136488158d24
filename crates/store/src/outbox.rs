//! The outbox: derived effects (search indexing, email) written in the same transaction as the
//! change that causes them. Consumers keep their own position and read forward from it.

use crate::entities::{meta, outbox};
use crate::{Conn, Result};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

/// What an outbox entry is about; each consumer takes the topics it knows.
///
/// | topic | written when | consumed by |
/// |---|---|---|
/// | `organization.changed` | an organization, its memberships or an import change | search |
/// | `organization.deleted` | an organization is removed | search |
/// | `network.changed` | a network is created | search |
/// | `event.changed` | an event, its speakers, recordings or transcripts change | search |
/// | `practice.changed` | a practice is saved, published, or put in a collection | search |
/// | `project.changed` | a project, its team, parts, gates or business case change | search |
/// | `email` | a message is due (`{"kind", "registration_id" or "invitation_id"}`) | mailer |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    OrganizationChanged,
    OrganizationDeleted,
    NetworkChanged,
    EventChanged,
    PracticeChanged,
    ProjectChanged,
    SolutionChanged,
    OfferChanged,
    NeedChanged,
    Email,
}

impl Topic {
    pub const ALL: [Topic; 10] = [
        Topic::OrganizationChanged,
        Topic::OrganizationDeleted,
        Topic::NetworkChanged,
        Topic::EventChanged,
        Topic::PracticeChanged,
        Topic::ProjectChanged,
        Topic::SolutionChanged,
        Topic::OfferChanged,
        Topic::NeedChanged,
        Topic::Email,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::OrganizationChanged => "organization.changed",
            Topic::OrganizationDeleted => "organization.deleted",
            Topic::NetworkChanged => "network.changed",
            Topic::EventChanged => "event.changed",
            Topic::PracticeChanged => "practice.changed",
            Topic::ProjectChanged => "project.changed",
            Topic::SolutionChanged => "solution.changed",
            Topic::OfferChanged => "offer.changed",
            Topic::NeedChanged => "need.changed",
            Topic::Email => "email",
        }
    }
    /// None for a topic this version does not know (written by a newer one): skipped.
    pub fn parse(s: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

pub async fn push(
    db: &impl Conn,
    at: i64,
    topic: Topic,
    key: &str,
    payload: &serde_json::Value,
) -> Result<()> {
    outbox::ActiveModel {
        at: Set(at),
        topic: Set(topic.as_str().to_string()),
        key: Set(key.to_string()),
        payload: Set(payload.to_string()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Entries after `position`, oldest first.
pub async fn read_after(db: &impl Conn, position: i64, limit: u64) -> Result<Vec<outbox::Model>> {
    Ok(outbox::Entity::find()
        .filter(outbox::Column::Id.gt(position))
        .order_by_asc(outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

pub async fn get_meta(db: &impl Conn, key: &str) -> Result<Option<String>> {
    Ok(meta::Entity::find_by_id(key.to_string())
        .one(db)
        .await?
        .map(|m| m.value))
}

pub async fn set_meta(db: &impl Conn, key: &str, value: &str) -> Result<()> {
    let existing = meta::Entity::find_by_id(key.to_string()).one(db).await?;
    let am = meta::ActiveModel {
        key: Set(key.to_string()),
        value: Set(value.to_string()),
    };
    if existing.is_some() {
        am.update(db).await?;
    } else {
        am.insert(db).await?;
    }
    Ok(())
}

/// The newest entry of one topic (0 when there is none): read from the `(topic, id)` index, so
/// a derived cache can check whether what it was made from has changed.
pub async fn last_of(db: &impl Conn, topic: Topic) -> Result<i64> {
    Ok(outbox::Entity::find()
        .select_only()
        .column(outbox::Column::Id)
        .filter(outbox::Column::Topic.eq(topic.as_str()))
        .order_by_desc(outbox::Column::Id)
        .limit(1)
        .into_tuple::<i64>()
        .one(db)
        .await?
        .unwrap_or(0))
}

/// The newest outbox position (0 when empty).
pub async fn last_position(db: &impl Conn) -> Result<i64> {
    use sea_orm::QuerySelect;
    Ok(outbox::Entity::find()
        .select_only()
        .column(outbox::Column::Id)
        .order_by_desc(outbox::Column::Id)
        .limit(1)
        .into_tuple::<i64>()
        .one(db)
        .await?
        .unwrap_or(0))
}

/// How many entries of one topic come after `position` (the messages a consumer has yet to
/// handle), read from the `(topic, id)` index.
pub async fn count_after(db: &impl Conn, topic: Topic, position: i64) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(outbox::Entity::find()
        .filter(outbox::Column::Topic.eq(topic.as_str()))
        .filter(outbox::Column::Id.gt(position))
        .count(db)
        .await?)
}

/// Compare-and-set of a meta value: sets `new` when the value is `old` (`None`: absent).
/// True when this call made the change; false when another writer got there first.
pub async fn cas_meta(db: &impl Conn, key: &str, old: Option<&str>, new: &str) -> Result<bool> {
    use sea_orm::sea_query::Expr;
    match old {
        None => {
            let am = meta::ActiveModel {
                key: Set(key.to_string()),
                value: Set(new.to_string()),
            };
            Ok(am.insert(db).await.is_ok())
        }
        Some(old) => {
            let r = meta::Entity::update_many()
                .col_expr(meta::Column::Value, Expr::value(new))
                .filter(meta::Column::Key.eq(key))
                .filter(meta::Column::Value.eq(old))
                .exec(db)
                .await?;
            Ok(r.rows_affected == 1)
        }
    }
}
