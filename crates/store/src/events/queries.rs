//! Queries over series, events and registrations. The seat rules are in `domain::events`;
//! `lock_event` is what makes applying them race-free: every registration change first bumps
//! the event's `seat_version`, which takes the row lock on PostgreSQL and the write lock on
//! SQLite, so concurrent changes to one event run one after the other.

use super::entities::{event, event_link, event_organizer, registration, series};
use super::{EventView, Link, Organizer, RegistrationView, SeriesView};
use crate::directory::{all, icontains};
use crate::{Conn, Result, StoreError};
use domain::events::{EventStatus, LinkKind, OrganizerRole, RegStatus};
use domain::{I18nText, Lang, Page, Paging};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Select,
};

fn one<M, V: TryFrom<M, Error = StoreError>>(m: Option<M>) -> Result<Option<V>> {
    m.map(V::try_from).transpose()
}

async fn page_of<V: TryFrom<event::Model, Error = StoreError>>(
    db: &impl Conn,
    q: Select<event::Entity>,
    paging: Paging,
) -> Result<Page<V>> {
    let p = crate::fetch_page(db, q.order_by_asc(event::Column::Id), paging).await?;
    Ok(paging.page_of(all(p.items)?, p.total))
}

pub async fn insert_series(
    db: &impl Conn,
    id: &str,
    names: &I18nText,
    description: &I18nText,
    organizer: &str,
    now: i64,
) -> Result<SeriesView> {
    series::Model {
        id: id.into(),
        names: names.to_json(),
        description: description.to_json(),
        organizer_org_id: Some(organizer.into()),
        created_at: now,
        updated_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

pub async fn get_series(db: &impl Conn, id: &str) -> Result<Option<SeriesView>> {
    one(series::Entity::find_by_id(id.to_string()).one(db).await?)
}

/// Series, newest first (at most `limit`).
pub async fn list_series(db: &impl Conn, limit: u64) -> Result<Vec<SeriesView>> {
    all(series::Entity::find()
        .order_by_desc(series::Column::CreatedAt)
        .order_by_asc(series::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// A new event (no registrations yet), optionally a part of a series.
pub async fn insert_event(
    db: &impl Conn,
    e: &domain::events::Event,
    series: Option<(&str, i32)>,
    now: i64,
) -> Result<EventView> {
    event::Model {
        id: e.id.clone(),
        series_id: series.map(|(s, _)| s.to_string()),
        part: series.map(|(_, p)| p),
        titles: e.titles.to_json(),
        description: e.description.to_json(),
        format: e.format.as_str().into(),
        starts_at: domain::time::to_micros(e.time.starts_at),
        ends_at: domain::time::to_micros(e.time.ends_at),
        time_zone: e.time.time_zone.name().into(),
        time_known: e.time.time_known,
        capacity: e.capacity.map(i64::from),
        moderated: e.moderated,
        audience: e.audience.as_str().into(),
        audience_value: e.audience_value.clone(),
        online_url: e.online_url.clone(),
        languages: e.languages.join(","),
        status: EventStatus::Scheduled.as_str().into(),
        seat_version: 0,
        created_at: now,
        updated_at: now,
        registration_opens_at: e.registration_opens_at.map(domain::time::to_micros),
        registration_closes_at: e.registration_closes_at.map(domain::time::to_micros),
        reminder_minutes: e.reminder_minutes.and_then(|m| i32::try_from(m).ok()),
        interpretation: Some(e.interpretation.join(",")).filter(|s| !s.is_empty()),
        attendance_mode: e.attendance_mode.map(|m| m.as_str().to_string()),
        venue: e.venue.clone(),
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

pub async fn get_event(db: &impl Conn, id: &str) -> Result<Option<EventView>> {
    one(event::Entity::find_by_id(id.to_string()).one(db).await?)
}

/// The private online address of an event (for confirmed registrations only: the caller checks).
pub async fn online_url(db: &impl Conn, id: &str) -> Result<Option<String>> {
    Ok(event::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .and_then(|e| e.online_url))
}

pub async fn series_events(db: &impl Conn, series_id: &str) -> Result<Vec<EventView>> {
    all(event::Entity::find()
        .filter(event::Column::SeriesId.eq(series_id))
        .order_by_asc(event::Column::StartsAt)
        .all(db)
        .await?)
}

fn upcoming_or_past(q: Select<event::Entity>, now: i64, upcoming: bool) -> Select<event::Entity> {
    if upcoming {
        q.filter(event::Column::EndsAt.gte(now))
            .order_by_asc(event::Column::StartsAt)
    } else {
        q.filter(event::Column::EndsAt.lt(now))
            .order_by_desc(event::Column::StartsAt)
    }
}

/// Upcoming (from `now`, soonest first) or past (latest first) events, optionally of one organization.
pub async fn list_events(
    db: &impl Conn,
    now: i64,
    upcoming: bool,
    org: Option<&str>,
    paging: Paging,
) -> Result<Page<EventView>> {
    let mut q = upcoming_or_past(event::Entity::find(), now, upcoming);
    if let Some(o) = org {
        let mut sub = sea_orm::sea_query::Query::select();
        sub.column(event_organizer::Column::EventId)
            .from(event_organizer::Entity)
            .and_where(event_organizer::Column::OrgId.eq(o));
        q = q.filter(event::Column::Id.in_subquery(sub.to_owned()));
    }
    page_of(db, q, paging).await
}

/// Events organized or co-organized by any of `orgs`, upcoming or past, paged.
pub async fn events_of_orgs(
    db: &impl Conn,
    now: i64,
    upcoming: bool,
    orgs: &[String],
    paging: Paging,
) -> Result<Page<EventView>> {
    let mut sub = sea_orm::sea_query::Query::select();
    sub.column(event_organizer::Column::EventId)
        .from(event_organizer::Entity)
        .and_where(event_organizer::Column::OrgId.is_in(orgs.iter().cloned()));
    let q = upcoming_or_past(event::Entity::find(), now, upcoming)
        .filter(event::Column::Id.in_subquery(sub.to_owned()));
    page_of(db, q, paging).await
}

pub async fn add_organizer(
    db: &impl Conn,
    event_id: &str,
    org_id: &str,
    role: OrganizerRole,
) -> Result<()> {
    event_organizer::Model {
        event_id: event_id.into(),
        org_id: org_id.into(),
        role: role.as_str().into(),
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

/// The organizations of an event, in the order of their roles.
pub async fn organizers(db: &impl Conn, event_id: &str) -> Result<Vec<Organizer>> {
    let mut v: Vec<Organizer> = all(event_organizer::Entity::find()
        .filter(event_organizer::Column::EventId.eq(event_id))
        .order_by_asc(event_organizer::Column::OrgId)
        .all(db)
        .await?)?;
    v.sort_by_key(|o| o.role);
    Ok(v)
}

/// The organization that organizes the event (not a co-organizer).
pub async fn organizer_of(db: &impl Conn, event_id: &str) -> Result<Option<String>> {
    Ok(organizers(db, event_id)
        .await?
        .into_iter()
        .find(|o| o.role == OrganizerRole::Organizer)
        .map(|o| o.org_id))
}

pub async fn add_link(db: &impl Conn, from: &str, to: &str, kind: LinkKind) -> Result<()> {
    event_link::Model {
        from_event_id: from.into(),
        to_event_id: to.into(),
        kind: kind.as_str().into(),
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

/// Links from and to an event.
pub async fn links(db: &impl Conn, event_id: &str) -> Result<Vec<Link>> {
    all(event_link::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(event_link::Column::FromEventId.eq(event_id))
                .add(event_link::Column::ToEventId.eq(event_id)),
        )
        .all(db)
        .await?)
}

/// Serializes registration changes of one event (see the module comment). Call first in the
/// transaction. Returns the bumped counter, which orders the waiting list exactly.
pub async fn lock_event(db: &impl Conn, event_id: &str) -> Result<i64> {
    let r = event::Entity::update_many()
        .col_expr(
            event::Column::SeatVersion,
            Expr::col(event::Column::SeatVersion).add(1),
        )
        .filter(event::Column::Id.eq(event_id))
        .exec(db)
        .await?;
    if r.rows_affected != 1 {
        return Err(StoreError::NotFound);
    }
    event::Entity::find_by_id(event_id.to_string())
        .select_only()
        .column(event::Column::SeatVersion)
        .into_tuple::<i64>()
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn count_status(db: &impl Conn, event_id: &str, status: RegStatus) -> Result<u64> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Status.eq(status.as_str()))
        .count(db)
        .await?)
}

pub async fn registration_by_email(
    db: &impl Conn,
    event_id: &str,
    email: &str,
) -> Result<Option<RegistrationView>> {
    one(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Email.eq(email))
        .one(db)
        .await?)
}

pub async fn registration_by_key(
    db: &impl Conn,
    event_id: &str,
    key: &str,
) -> Result<Option<RegistrationView>> {
    one(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?)
}

pub async fn registration_by_manage_hash(
    db: &impl Conn,
    hash: &str,
) -> Result<Option<RegistrationView>> {
    one(registration::Entity::find()
        .filter(registration::Column::ManageHash.eq(hash))
        .one(db)
        .await?)
}

pub async fn get_registration(db: &impl Conn, id: &str) -> Result<Option<RegistrationView>> {
    one(registration::Entity::find_by_id(id.to_string())
        .one(db)
        .await?)
}

/// A registration as it is made (or made again, over a cancelled or rejected one).
pub struct NewRegistration<'a> {
    pub id: &'a str,
    pub event_id: &'a str,
    pub email: &'a str,
    pub details: &'a Details,
    pub status: RegStatus,
    pub queued_at: i64,
    pub idempotency_key: Option<&'a str>,
    pub manage_hash: &'a str,
    pub link_generation: i64,
    pub address_confirmed_at: Option<i64>,
}

/// What a registrant says about themselves, and may change.
#[derive(Debug, Clone)]
pub struct Details {
    pub name: String,
    pub org_id: Option<String>,
    pub org_name: Option<String>,
    pub attendee_type: domain::events::AttendeeType,
    pub lang: Lang,
    pub time_zone: String,
}

/// Writes a new registration, or renews the earlier one of the same address (`renew`).
pub async fn put_registration(
    db: &impl Conn,
    r: NewRegistration<'_>,
    renew: bool,
    now: i64,
) -> Result<RegistrationView> {
    let m = registration::Model {
        id: r.id.into(),
        event_id: r.event_id.into(),
        email: r.email.into(),
        name: r.details.name.clone(),
        org_id: r.details.org_id.clone(),
        org_name: r.details.org_name.clone(),
        attendee_type: r.details.attendee_type.as_str().into(),
        lang: r.details.lang.tag().into(),
        time_zone: r.details.time_zone.clone(),
        status: r.status.as_str().into(),
        queued_at: r.queued_at,
        idempotency_key: r.idempotency_key.map(str::to_string),
        manage_hash: r.manage_hash.into(),
        checked_in_at: None,
        created_at: now,
        updated_at: now,
        reminded_at: None,
        link_generation: r.link_generation,
        address_confirmed_at: r.address_confirmed_at,
    };
    let mut am = m.into_active_model().reset_all();
    let saved = if renew {
        am.created_at = sea_orm::ActiveValue::NotSet;
        am.update(db).await?
    } else {
        am.insert(db).await?
    };
    saved.try_into()
}

async fn update_registration(
    db: &impl Conn,
    am: registration::ActiveModel,
) -> Result<RegistrationView> {
    match am.update(db).await {
        Err(sea_orm::DbErr::RecordNotUpdated) => Err(StoreError::NotFound),
        r => r?.try_into(),
    }
}

/// A registration's new state; a registration that starts waiting takes its place `queued_at`.
pub async fn set_status(
    db: &impl Conn,
    id: &str,
    status: RegStatus,
    queued_at: Option<i64>,
    now: i64,
) -> Result<RegistrationView> {
    let mut am = registration::ActiveModel {
        id: Set(id.into()),
        status: Set(status.as_str().into()),
        updated_at: Set(now),
        ..Default::default()
    };
    if let Some(q) = queued_at {
        am.queued_at = Set(q);
    }
    update_registration(db, am).await
}

/// Marks the registrant's address proven, once; whether this call was the one that marked it.
pub async fn confirm_address(db: &impl Conn, id: &str, now: i64) -> Result<bool> {
    let r = registration::Entity::update_many()
        .col_expr(registration::Column::AddressConfirmedAt, Expr::value(now))
        .filter(registration::Column::Id.eq(id))
        .filter(registration::Column::AddressConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

pub async fn set_details(
    db: &impl Conn,
    id: &str,
    d: &Details,
    now: i64,
) -> Result<RegistrationView> {
    update_registration(
        db,
        registration::ActiveModel {
            id: Set(id.into()),
            name: Set(d.name.clone()),
            org_id: Set(d.org_id.clone()),
            org_name: Set(d.org_name.clone()),
            attendee_type: Set(d.attendee_type.as_str().into()),
            lang: Set(d.lang.tag().into()),
            time_zone: Set(d.time_zone.clone()),
            updated_at: Set(now),
            ..Default::default()
        },
    )
    .await
}

pub async fn set_checked_in(
    db: &impl Conn,
    id: &str,
    at: Option<i64>,
    now: i64,
) -> Result<RegistrationView> {
    update_registration(
        db,
        registration::ActiveModel {
            id: Set(id.into()),
            checked_in_at: Set(at),
            updated_at: Set(now),
            ..Default::default()
        },
    )
    .await
}

/// The first `n` of the waiting list, in order.
pub async fn first_waiting(
    db: &impl Conn,
    event_id: &str,
    n: u64,
) -> Result<Vec<RegistrationView>> {
    all(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Status.eq(RegStatus::Waitlisted.as_str()))
        .order_by_asc(registration::Column::QueuedAt)
        .order_by_asc(registration::Column::Id)
        .limit(n)
        .all(db)
        .await?)
}

pub async fn event_registrations(db: &impl Conn, event_id: &str) -> Result<Vec<RegistrationView>> {
    all(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .order_by_asc(registration::Column::CreatedAt)
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?)
}

/// Registrations of one e-mail address, across events (a person's own calendar).
pub async fn registrations_of_email(db: &impl Conn, email: &str) -> Result<Vec<RegistrationView>> {
    all(registration::Entity::find()
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
    status: Option<RegStatus>,
    text: Option<&str>,
    paging: Paging,
) -> Result<Page<RegistrationView>> {
    let mut q = registration::Entity::find().filter(registration::Column::EventId.eq(event_id));
    if let Some(s) = status {
        q = q.filter(registration::Column::Status.eq(s.as_str()));
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
    let p = crate::fetch_page(db, q, paging).await?;
    Ok(paging.page_of(all(p.items)?, p.total))
}

/// Events whose reminder is due at `now` (the reminder time has come, the start has not), with
/// the instant it became due.
pub async fn events_with_due_reminders(db: &impl Conn, now: i64) -> Result<Vec<(EventView, i64)>> {
    // The longest reminder is 30 days: only events starting within it can be due.
    let horizon = now + 30 * 24 * 3600 * 1_000_000 + 1;
    let rows = event::Entity::find()
        .filter(event::Column::ReminderMinutes.is_not_null())
        .filter(event::Column::StartsAt.gt(now))
        .filter(event::Column::StartsAt.lte(horizon))
        .filter(event::Column::Status.ne(EventStatus::Cancelled.as_str()))
        .all(db)
        .await?;
    rows.into_iter()
        .filter_map(|e| {
            let due = e.starts_at - i64::from(e.reminder_minutes?) * 60_000_000;
            (due <= now).then_some((e, due))
        })
        .map(|(e, due)| Ok((e.try_into()?, due)))
        .collect()
}

/// Confirmed registrations of an event that have not had their reminder.
pub async fn unreminded(db: &impl Conn, event_id: &str) -> Result<Vec<RegistrationView>> {
    all(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Status.eq(RegStatus::Confirmed.as_str()))
        .filter(registration::Column::RemindedAt.is_null())
        .order_by_asc(registration::Column::Id)
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
