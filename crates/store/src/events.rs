//! Queries over series, events and registrations. The seat rules are in `domain::events`;
//! `lock_event` is what makes applying them race-free: every registration change first bumps
//! the event's `seat_version`, which takes the row lock on PostgreSQL and the write lock on
//! SQLite, so concurrent changes to one event run one after the other.

use crate::entities::{event, event_link, event_organizer, registration, series};
use crate::{Conn, Result, StoreError};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

pub async fn insert_series(db: &impl Conn, m: series::Model) -> Result<series::Model> {
    Ok(m.into_active_model().reset_all().insert(db).await?)
}

pub async fn get_series(db: &impl Conn, id: &str) -> Result<Option<series::Model>> {
    Ok(series::Entity::find_by_id(id.to_string()).one(db).await?)
}

pub async fn insert_event(db: &impl Conn, m: event::Model) -> Result<event::Model> {
    Ok(m.into_active_model().reset_all().insert(db).await?)
}

pub async fn get_event(db: &impl Conn, id: &str) -> Result<Option<event::Model>> {
    Ok(event::Entity::find_by_id(id.to_string()).one(db).await?)
}

pub async fn series_events(db: &impl Conn, series_id: &str) -> Result<Vec<event::Model>> {
    Ok(event::Entity::find()
        .filter(event::Column::SeriesId.eq(series_id))
        .order_by_asc(event::Column::StartsAt)
        .all(db)
        .await?)
}

/// Upcoming (from `now`, soonest first) or past (latest first) events, optionally of one organization.
pub async fn list_events(
    db: &impl Conn,
    now: i64,
    upcoming: bool,
    org: Option<&str>,
    page: u64,
    per_page: u64,
) -> Result<(Vec<event::Model>, u64)> {
    let mut q = event::Entity::find();
    q = if upcoming {
        q.filter(event::Column::EndsAt.gte(now))
            .order_by_asc(event::Column::StartsAt)
    } else {
        q.filter(event::Column::EndsAt.lt(now))
            .order_by_desc(event::Column::StartsAt)
    };
    if let Some(o) = org {
        let mut sub = sea_orm::sea_query::Query::select();
        sub.column(event_organizer::Column::EventId)
            .from(event_organizer::Entity)
            .and_where(event_organizer::Column::OrgId.eq(o));
        q = q.filter(event::Column::Id.in_subquery(sub.to_owned()));
    }
    let p = q.order_by_asc(event::Column::Id).paginate(db, per_page);
    let total = p.num_items().await?;
    Ok((p.fetch_page(page.saturating_sub(1)).await?, total))
}

pub async fn add_organizer(db: &impl Conn, event_id: &str, org_id: &str, role: &str) -> Result<()> {
    event_organizer::Model {
        event_id: event_id.into(),
        org_id: org_id.into(),
        role: role.into(),
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

pub async fn organizers(db: &impl Conn, event_id: &str) -> Result<Vec<event_organizer::Model>> {
    Ok(event_organizer::Entity::find()
        .filter(event_organizer::Column::EventId.eq(event_id))
        .order_by_desc(event_organizer::Column::Role)
        .order_by_asc(event_organizer::Column::OrgId)
        .all(db)
        .await?)
}

pub async fn add_link(db: &impl Conn, from: &str, to: &str, kind: &str) -> Result<()> {
    event_link::Model {
        from_event_id: from.into(),
        to_event_id: to.into(),
        kind: kind.into(),
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

/// Links from and to an event.
pub async fn links(db: &impl Conn, event_id: &str) -> Result<Vec<event_link::Model>> {
    Ok(event_link::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(event_link::Column::FromEventId.eq(event_id))
                .add(event_link::Column::ToEventId.eq(event_id)),
        )
        .all(db)
        .await?)
}

/// Serializes registration changes of one event (see the module comment). Call first in the transaction.
pub async fn lock_event(db: &impl Conn, event_id: &str) -> Result<()> {
    let r = event::Entity::update_many()
        .col_expr(
            event::Column::SeatVersion,
            Expr::col(event::Column::SeatVersion).add(1),
        )
        .filter(event::Column::Id.eq(event_id))
        .exec(db)
        .await?;
    if r.rows_affected == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

pub async fn count_status(db: &impl Conn, event_id: &str, status: &str) -> Result<u64> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Status.eq(status))
        .count(db)
        .await?)
}

pub async fn registration_by_email(
    db: &impl Conn,
    event_id: &str,
    email: &str,
) -> Result<Option<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Email.eq(email))
        .one(db)
        .await?)
}

pub async fn registration_by_key(
    db: &impl Conn,
    event_id: &str,
    key: &str,
) -> Result<Option<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?)
}

pub async fn registration_by_manage_hash(
    db: &impl Conn,
    hash: &str,
) -> Result<Option<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::ManageHash.eq(hash))
        .one(db)
        .await?)
}

pub async fn get_registration(db: &impl Conn, id: &str) -> Result<Option<registration::Model>> {
    Ok(registration::Entity::find_by_id(id.to_string())
        .one(db)
        .await?)
}

pub async fn insert_registration(
    db: &impl Conn,
    m: registration::Model,
) -> Result<registration::Model> {
    Ok(m.into_active_model().reset_all().insert(db).await?)
}

pub async fn update_registration(
    db: &impl Conn,
    m: registration::Model,
) -> Result<registration::Model> {
    let mut am = m.into_active_model().reset_all();
    am.created_at = sea_orm::ActiveValue::NotSet;
    Ok(am.update(db).await?)
}

/// The first `n` of the waiting list, in order.
pub async fn first_waiting(
    db: &impl Conn,
    event_id: &str,
    n: u64,
) -> Result<Vec<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Status.eq("waitlisted"))
        .order_by_asc(registration::Column::QueuedAt)
        .order_by_asc(registration::Column::Id)
        .limit(n)
        .all(db)
        .await?)
}

pub async fn event_registrations(
    db: &impl Conn,
    event_id: &str,
) -> Result<Vec<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .order_by_asc(registration::Column::CreatedAt)
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?)
}
