//! Queries over series, events and registrations. The seat rules are in `domain::events`;
//! `lock_event` is what makes applying them race-free: every registration change first bumps
//! the event's `seat_version`, which takes the row lock on PostgreSQL and the write lock on
//! SQLite, so concurrent changes to one event run one after the other.

use crate::directory::icontains;
use crate::entities::{
    event, event_invitation, event_link, event_organizer, event_speaker, recording, registration,
    series, transcript, transcript_cue,
};
use crate::{Conn, Result, StoreError};
use domain::{Page, Paging};
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
    paging: Paging,
) -> Result<Page<event::Model>> {
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
    crate::fetch_page(db, q.order_by_asc(event::Column::Id), paging).await
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

pub async fn update_event(db: &impl Conn, m: event::Model) -> Result<event::Model> {
    let mut am = m.into_active_model().reset_all();
    am.created_at = sea_orm::ActiveValue::NotSet;
    am.seat_version = sea_orm::ActiveValue::NotSet;
    Ok(am.update(db).await?)
}

/// Events organized or co-organized by any of `orgs`, upcoming or past, paged.
pub async fn events_of_orgs(
    db: &impl Conn,
    now: i64,
    upcoming: bool,
    orgs: &[String],
    paging: Paging,
) -> Result<Page<event::Model>> {
    let mut q = event::Entity::find();
    q = if upcoming {
        q.filter(event::Column::EndsAt.gte(now))
            .order_by_asc(event::Column::StartsAt)
    } else {
        q.filter(event::Column::EndsAt.lt(now))
            .order_by_desc(event::Column::StartsAt)
    };
    let mut sub = sea_orm::sea_query::Query::select();
    sub.column(event_organizer::Column::EventId)
        .from(event_organizer::Entity)
        .and_where(event_organizer::Column::OrgId.is_in(orgs.iter().cloned()));
    q = q.filter(event::Column::Id.in_subquery(sub.to_owned()));
    crate::fetch_page(db, q.order_by_asc(event::Column::Id), paging).await
}

/// Registrations of one e-mail address, across events (a person's own calendar).
pub async fn registrations_of_email(
    db: &impl Conn,
    email: &str,
) -> Result<Vec<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::Email.eq(email))
        .order_by_asc(registration::Column::CreatedAt)
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?)
}

/// Registrations of an event, filtered by status and by a text in the name, e-mail or
/// organization, paged; for the organizers' list.
pub async fn registrations_page(
    db: &impl Conn,
    event_id: &str,
    status: Option<&str>,
    text: Option<&str>,
    paging: Paging,
) -> Result<Page<registration::Model>> {
    let mut q = registration::Entity::find().filter(registration::Column::EventId.eq(event_id));
    if let Some(s) = status {
        q = q.filter(registration::Column::Status.eq(s));
    }
    if let Some(t) = text {
        q = q.filter(
            sea_orm::Condition::any()
                .add(icontains(registration::Column::Name, t))
                .add(icontains(registration::Column::Email, t))
                .add(icontains(registration::Column::OrgName, t)),
        );
    }
    let q = q
        .order_by_asc(registration::Column::CreatedAt)
        .order_by_asc(registration::Column::Id);
    crate::fetch_page(db, q, paging).await
}

/// Events whose reminder is due at `now`: the reminder time has come, the start has not.
pub async fn events_with_due_reminders(db: &impl Conn, now: i64) -> Result<Vec<event::Model>> {
    // The longest reminder is 30 days: only events starting within it can be due.
    let horizon = now + 30 * 24 * 3600 * 1_000_000 + 1;
    let rows = event::Entity::find()
        .filter(event::Column::ReminderMinutes.is_not_null())
        .filter(event::Column::StartsAt.gt(now))
        .filter(event::Column::StartsAt.lte(horizon))
        .filter(event::Column::Status.ne("cancelled"))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|e| {
            e.reminder_minutes
                .is_some_and(|m| e.starts_at - i64::from(m) * 60_000_000 <= now)
        })
        .collect())
}

/// Confirmed registrations of an event that have not had their reminder.
pub async fn unreminded(db: &impl Conn, event_id: &str) -> Result<Vec<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Status.eq("confirmed"))
        .filter(registration::Column::RemindedAt.is_null())
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?)
}

pub async fn speakers(db: &impl Conn, event_id: &str) -> Result<Vec<event_speaker::Model>> {
    Ok(event_speaker::Entity::find()
        .filter(event_speaker::Column::EventId.eq(event_id))
        .order_by_asc(event_speaker::Column::Position)
        .all(db)
        .await?)
}

pub async fn insert_speaker(db: &impl Conn, m: event_speaker::Model) -> Result<()> {
    m.into_active_model().reset_all().insert(db).await?;
    Ok(())
}

pub async fn delete_speaker(db: &impl Conn, event_id: &str, position: i32) -> Result<bool> {
    let r = event_speaker::Entity::delete_many()
        .filter(event_speaker::Column::EventId.eq(event_id))
        .filter(event_speaker::Column::Position.eq(position))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

pub async fn insert_invitation(
    db: &impl Conn,
    m: event_invitation::Model,
) -> Result<event_invitation::Model> {
    Ok(m.into_active_model().reset_all().insert(db).await?)
}

pub async fn update_invitation(
    db: &impl Conn,
    m: event_invitation::Model,
) -> Result<event_invitation::Model> {
    Ok(m.into_active_model().reset_all().update(db).await?)
}

pub async fn invitation_by_email(
    db: &impl Conn,
    event_id: &str,
    email: &str,
) -> Result<Option<event_invitation::Model>> {
    Ok(event_invitation::Entity::find()
        .filter(event_invitation::Column::EventId.eq(event_id))
        .filter(event_invitation::Column::Email.eq(email))
        .one(db)
        .await?)
}

pub async fn invitation_by_token_hash(
    db: &impl Conn,
    hash: &str,
) -> Result<Option<event_invitation::Model>> {
    Ok(event_invitation::Entity::find()
        .filter(event_invitation::Column::TokenHash.eq(hash))
        .one(db)
        .await?)
}

pub async fn get_invitation(db: &impl Conn, id: &str) -> Result<Option<event_invitation::Model>> {
    Ok(event_invitation::Entity::find_by_id(id.to_string())
        .one(db)
        .await?)
}

pub async fn invitations(db: &impl Conn, event_id: &str) -> Result<Vec<event_invitation::Model>> {
    Ok(event_invitation::Entity::find()
        .filter(event_invitation::Column::EventId.eq(event_id))
        .order_by_asc(event_invitation::Column::InvitedAt)
        .order_by_asc(event_invitation::Column::Email)
        .all(db)
        .await?)
}

pub async fn insert_recording(db: &impl Conn, m: recording::Model) -> Result<recording::Model> {
    Ok(m.into_active_model().reset_all().insert(db).await?)
}

pub async fn recordings(db: &impl Conn, event_id: &str) -> Result<Vec<recording::Model>> {
    Ok(recording::Entity::find()
        .filter(recording::Column::EventId.eq(event_id))
        .order_by_asc(recording::Column::CreatedAt)
        .order_by_asc(recording::Column::Id)
        .all(db)
        .await?)
}

pub async fn transcripts(db: &impl Conn, event_id: &str) -> Result<Vec<transcript::Model>> {
    Ok(transcript::Entity::find()
        .filter(transcript::Column::EventId.eq(event_id))
        .order_by_asc(transcript::Column::Lang)
        .all(db)
        .await?)
}

pub async fn transcript(
    db: &impl Conn,
    event_id: &str,
    lang: &str,
) -> Result<Option<transcript::Model>> {
    Ok(transcript::Entity::find()
        .filter(transcript::Column::EventId.eq(event_id))
        .filter(transcript::Column::Lang.eq(lang))
        .one(db)
        .await?)
}

/// Replaces an event's transcript in one language (cues and all).
pub async fn replace_transcript(
    db: &impl Conn,
    t: transcript::Model,
    cues: Vec<transcript_cue::Model>,
) -> Result<()> {
    if let Some(old) = transcript(db, &t.event_id, &t.lang).await? {
        transcript_cue::Entity::delete_many()
            .filter(transcript_cue::Column::TranscriptId.eq(&old.id))
            .exec(db)
            .await?;
        transcript::Entity::delete_by_id(old.id).exec(db).await?;
    }
    t.into_active_model().reset_all().insert(db).await?;
    // Batches keep each statement under the databases' parameter limits.
    let mut cues = cues.into_iter().peekable();
    while cues.peek().is_some() {
        let batch: Vec<_> = cues
            .by_ref()
            .take(500)
            .map(|c| c.into_active_model().reset_all())
            .collect();
        transcript_cue::Entity::insert_many(batch).exec(db).await?;
    }
    Ok(())
}

pub async fn cues(db: &impl Conn, transcript_id: &str) -> Result<Vec<transcript_cue::Model>> {
    Ok(transcript_cue::Entity::find()
        .filter(transcript_cue::Column::TranscriptId.eq(transcript_id))
        .order_by_asc(transcript_cue::Column::Seq)
        .all(db)
        .await?)
}

/// Marks a registration's reminder as queued; false when it was already (another run got there first).
pub async fn mark_reminded(db: &impl Conn, reg_id: &str, now: i64) -> Result<bool> {
    let r = registration::Entity::update_many()
        .col_expr(registration::Column::RemindedAt, Expr::value(now))
        .filter(registration::Column::Id.eq(reg_id))
        .filter(registration::Column::RemindedAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Series, newest first (at most `limit`).
pub async fn list_series(db: &impl Conn, limit: u64) -> Result<Vec<series::Model>> {
    Ok(series::Entity::find()
        .order_by_desc(series::Column::CreatedAt)
        .order_by_asc(series::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// Every event id, in order (for rebuilding derived data).
pub async fn all_event_ids(db: &impl Conn) -> Result<Vec<String>> {
    Ok(event::Entity::find()
        .select_only()
        .column(event::Column::Id)
        .order_by_asc(event::Column::Id)
        .into_tuple::<String>()
        .all(db)
        .await?)
}
