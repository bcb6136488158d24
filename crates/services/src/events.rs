//! Events and registrations: creating series and their sessions, registering with a waiting
//! list that is promoted automatically, self-service cancellation through a secret link.
//! Each change runs in one transaction that first locks the event (`store::events::lock_event`),
//! writes the audit record, and puts the e-mail to send in the outbox — so the capacity holds
//! and no message is lost, whatever the concurrency.

use crate::error::field;
use crate::{ServiceError, ServiceResult, Services, secret_hash};
use domain::Page;
use domain::auth::Actor;
use domain::directory::normalize_email;
use domain::events::{AttendeeType, AudienceKind, EventInput, RegStatus, admit, seats_to_fill};
use domain::ids::OrgId;
use domain::time::now_micros;
use domain::{FieldErrors, I18nText, Lang};
use serde::{Deserialize, Serialize};
use store::entities::{event, registration, series};
use store::outbox::Topic;
use store::{directory as dir, events as ev, outbox};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct EventView {
    pub id: String,
    pub series_id: Option<String>,
    pub part: Option<i32>,
    pub titles: I18nText,
    pub description: I18nText,
    pub format: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub time_known: bool,
    pub capacity: Option<i64>,
    pub moderated: bool,
    pub audience: String,
    pub audience_value: Option<String>,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub registration_opens_at: Option<i64>,
    pub registration_closes_at: Option<i64>,
    pub reminder_minutes: Option<i32>,
    pub attendance_mode: Option<String>,
    pub venue: Option<String>,
    pub status: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RegistrationView {
    pub id: String,
    pub event_id: String,
    pub email: String,
    pub name: String,
    pub org_id: Option<String>,
    pub org_name: Option<String>,
    pub attendee_type: String,
    pub lang: String,
    pub time_zone: String,
    pub status: String,
    pub checked_in_at: Option<i64>,
}

/// What someone submits to register.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RegistrationInput {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    /// An organization of the directory...
    #[serde(default)]
    pub org_id: Option<String>,
    /// ...or one typed in.
    #[serde(default)]
    pub org_name: Option<String>,
    /// The country the registrant comes from, for events limited to one country (ISO 3166 alpha-2);
    /// taken from the organization when it is in the directory.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub attendee_type: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub time_zone: Option<String>,
    /// The secret of an invitation's link: required for events by invitation, and then the
    /// e-mail must be the invited one.
    #[serde(default)]
    pub invitation: Option<String>,
}

/// The result of a registration: the registration, and the secret of its self-service link
/// when it was just created (a repeated submission gets the same registration and no new secret).
#[derive(Debug, Clone)]
pub struct Registered {
    pub registration: RegistrationView,
    pub manage_secret: Option<String>,
    pub repeated: bool,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub confirmed: u64,
    pub waitlisted: u64,
    pub pending: u64,
    pub cancelled: u64,
}

fn split_tags(s: Option<&str>) -> Vec<String> {
    s.unwrap_or("")
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

pub(crate) fn i18n(s: &str) -> ServiceResult<I18nText> {
    I18nText::from_json(s).map_err(|e| ServiceError::Internal(format!("stored text: {e}")))
}

pub fn event_view(m: event::Model) -> ServiceResult<EventView> {
    Ok(EventView {
        titles: i18n(&m.titles)?,
        description: i18n(&m.description)?,
        languages: split_tags(Some(&m.languages)),
        interpretation: split_tags(m.interpretation.as_deref()),
        registration_opens_at: m.registration_opens_at,
        registration_closes_at: m.registration_closes_at,
        reminder_minutes: m.reminder_minutes,
        attendance_mode: m.attendance_mode,
        venue: m.venue,
        id: m.id,
        series_id: m.series_id,
        part: m.part,
        format: m.format,
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        time_zone: m.time_zone,
        time_known: m.time_known,
        capacity: m.capacity,
        moderated: m.moderated,
        audience: m.audience,
        audience_value: m.audience_value,
        status: m.status,
    })
}

pub fn registration_view(m: registration::Model) -> RegistrationView {
    RegistrationView {
        id: m.id,
        event_id: m.event_id,
        email: m.email,
        name: m.name,
        org_id: m.org_id,
        org_name: m.org_name,
        attendee_type: m.attendee_type,
        lang: m.lang,
        time_zone: m.time_zone,
        status: m.status,
        checked_in_at: m.checked_in_at,
    }
}

/// What a registrant tells about themselves, at registration and in a change.
pub(crate) struct DetailsInput<'a> {
    pub name: Option<&'a str>,
    pub attendee_type: Option<&'a str>,
    pub lang: Option<&'a str>,
    pub time_zone: Option<&'a str>,
    pub org_id: Option<&'a str>,
    pub org_name: Option<&'a str>,
}

/// The same, checked.
pub(crate) struct Details {
    pub name: String,
    pub attendee: AttendeeType,
    pub lang: Lang,
    pub tz: String,
    /// As typed, else the directory organization's name in the registrant's language.
    pub org_name: Option<String>,
    pub org: Option<crate::directory::OrgView>,
}

impl Services {
    /// Checks a registrant's details, adding each refused field to `e`.
    pub(crate) async fn check_details(
        &self,
        input: DetailsInput<'_>,
        e: &mut FieldErrors,
    ) -> ServiceResult<Details> {
        let name = input.name.map(str::trim).unwrap_or("").to_string();
        if name.is_empty() {
            e.add("name", "is required");
        } else if name.chars().count() > 200 {
            e.add("name", "must be at most 200 characters");
        }
        let attendee = match input.attendee_type.map(str::trim) {
            None | Some("") => Some(AttendeeType::Participant),
            Some(a) => AttendeeType::parse(a)
                .map_err(|r| e.add("attendee_type", r))
                .ok(),
        };
        let lang = match input.lang.map(str::trim) {
            None | Some("") => Lang::En,
            Some(l) => Lang::parse(l).unwrap_or_else(|| {
                e.add("lang", "must be one of en, ko, ja, zh-Hans, fr");
                Lang::En
            }),
        };
        let tz = input
            .time_zone
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or("UTC")
            .to_string();
        if tz.parse::<chrono_tz::Tz>().is_err() {
            e.add("time_zone", "is not an IANA time zone");
        }
        let org_name = input
            .org_name
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        if org_name.as_ref().is_some_and(|o| o.chars().count() > 200) {
            e.add("org_name", "must be at most 200 characters");
        }
        let org = match input.org_id.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(o) => match dir::get_org(&self.store.db, o).await? {
                Some(m) => Some(m),
                None => {
                    e.add("org_id", "no such organization");
                    None
                }
            },
        };
        let org_name = org_name.or_else(|| org.as_ref().map(|o| o.names.best(lang).to_string()));
        Ok(Details {
            name,
            attendee: attendee.unwrap_or(AttendeeType::Participant),
            lang,
            tz,
            org_name,
            org,
        })
    }
}

/// The row of a validated event, new (no registrations yet).
pub(crate) fn event_model(
    e: &domain::events::Event,
    series: Option<(&str, i32)>,
    now: i64,
) -> event::Model {
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
        status: "scheduled".into(),
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
}

/// Puts the message for a registration's new state in the outbox (sent by the mailer).
pub(crate) async fn enqueue_mail(
    db: &impl store::Conn,
    now: i64,
    kind: &str,
    reg_id: &str,
) -> ServiceResult<()> {
    outbox::push(
        db,
        now,
        Topic::Email,
        reg_id,
        &serde_json::json!({"kind": kind, "registration_id": reg_id}),
    )
    .await?;
    Ok(())
}

/// Promotes the first waiting people into the seats that are free. Runs under the event's lock.
async fn promote(db: &impl store::Conn, now: i64, e: &event::Model) -> ServiceResult<Vec<String>> {
    let cap = e.capacity.and_then(|c| u32::try_from(c).ok());
    let confirmed = ev::count_status(db, &e.id, RegStatus::Confirmed.as_str()).await?;
    let waiting = ev::count_status(db, &e.id, RegStatus::Waitlisted.as_str()).await?;
    let n = seats_to_fill(cap, confirmed, waiting);
    let mut promoted = Vec::new();
    for mut r in ev::first_waiting(db, &e.id, n).await? {
        r.status = RegStatus::Confirmed.as_str().into();
        r.updated_at = now;
        let r = ev::update_registration(db, r).await?;
        crate::audited(
            db,
            now,
            "system",
            "registration.promote",
            ("registration", &r.id),
            Some("waitlisted".into()),
            Some("confirmed".into()),
        )
        .await?;
        enqueue_mail(db, now, "promoted", &r.id).await?;
        promoted.push(r.id);
    }
    Ok(promoted)
}

impl Services {
    /// Admins and editors of the organizing organization create a series.
    pub async fn create_series(
        &self,
        actor: &Actor,
        id: &str,
        names: I18nText,
        organizer: &str,
    ) -> ServiceResult<series::Model> {
        let org =
            OrgId::parse(organizer).map_err(|r| ServiceError::Invalid(field("organizer", r)))?;
        if let Err(d) = actor.require_org_editor(&org) {
            return Err(self
                .refused_old(actor, "series.create", "series", id, d)
                .await);
        }
        let mut e = FieldErrors::new();
        let names = names.normalized("names", true, 300, &mut e);
        if let Err(r) = domain::ids::check_slug(id) {
            e.add("id", r);
        }
        e.clone()
            .into_result()
            .map_err(|_| ServiceError::Invalid(e))?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        if dir::get_org(&tx, organizer).await?.is_none() {
            return Err(ServiceError::Invalid(field(
                "organizer",
                "no such organization",
            )));
        }
        let m = ev::insert_series(
            &tx,
            series::Model {
                id: id.into(),
                names: names.to_json(),
                description: "{}".into(),
                organizer_org_id: Some(organizer.into()),
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "series.create",
            ("series", id),
            None,
            serde_json::to_string(&m).ok(),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(m)
    }

    /// Admins and editors of the organizer create an event (a part of a series, or on its own).
    pub async fn create_event(
        &self,
        actor: &Actor,
        organizer: &str,
        co_organizers: &[&str],
        series: Option<(&str, i32)>,
        input: EventInput,
    ) -> ServiceResult<EventView> {
        let org =
            OrgId::parse(organizer).map_err(|r| ServiceError::Invalid(field("organizer", r)))?;
        if let Err(d) = actor.require_org_editor(&org) {
            return Err(self
                .refused_old(actor, "event.create", "event", "", d)
                .await);
        }
        let e = input.validate().map_err(ServiceError::Invalid)?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        for o in std::iter::once(&organizer).chain(co_organizers) {
            if dir::get_org(&tx, o).await?.is_none() {
                return Err(ServiceError::Invalid(field(
                    "organizer",
                    &format!("no organization '{o}'"),
                )));
            }
        }
        if let Some((s, _)) = series
            && ev::get_series(&tx, s).await?.is_none()
        {
            return Err(ServiceError::Invalid(field("series", "no such series")));
        }
        if e.audience == AudienceKind::NetworkMembers
            && dir::get_network(&tx, e.audience_value.as_deref().unwrap_or(""))
                .await?
                .is_none()
        {
            return Err(ServiceError::Invalid(field(
                "audience_value",
                "no such network",
            )));
        }
        let m = ev::insert_event(&tx, event_model(&e, series, now)).await?;
        ev::add_organizer(&tx, &m.id, organizer, "organizer").await?;
        for co in co_organizers {
            ev::add_organizer(&tx, &m.id, co, "co_organizer").await?;
        }
        let view = event_view(m)?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "event.create",
            ("event", &view.id),
            None,
            serde_json::to_string(&view).ok(),
        )
        .await?;
        outbox::push(
            &tx,
            now,
            Topic::EventChanged,
            &view.id,
            &serde_json::json!({"id": view.id}),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(view)
    }

    /// Series an actor may add parts to: all for admins, their organizations' for editors.
    pub async fn series_for(
        &self,
        actor: &Actor,
    ) -> ServiceResult<Vec<(String, I18nText, String)>> {
        let mut out = Vec::new();
        for se in ev::list_series(&self.store.db, 500).await? {
            let org = se.organizer_org_id.clone().unwrap_or_default();
            let allowed = OrgId::parse(&org).is_ok_and(|o| actor.require_org_editor(&o).is_ok());
            if allowed {
                out.push((se.id, i18n(&se.names)?, org));
            }
        }
        Ok(out)
    }

    pub async fn get_event(&self, id: &str) -> ServiceResult<EventView> {
        event_view(
            ev::get_event(&self.store.db, id)
                .await?
                .ok_or(ServiceError::NotFound("event"))?,
        )
    }

    /// Registers someone. A repeated submission (same e-mail, or same idempotency key) returns
    /// the registration that exists instead of making a second one.
    pub async fn register(
        &self,
        event_id: &str,
        input: RegistrationInput,
        idempotency_key: Option<&str>,
    ) -> ServiceResult<Registered> {
        let mut e = FieldErrors::new();
        let email = input
            .email
            .as_deref()
            .map(normalize_email)
            .unwrap_or(Err("is required"))
            .map_err(|r| e.add("email", r))
            .ok();
        let d = self
            .check_details(
                DetailsInput {
                    name: input.name.as_deref(),
                    attendee_type: input.attendee_type.as_deref(),
                    lang: input.lang.as_deref(),
                    time_zone: input.time_zone.as_deref(),
                    org_id: input.org_id.as_deref(),
                    org_name: input.org_name.as_deref(),
                },
                &mut e,
            )
            .await?;
        let key = idempotency_key.map(str::trim).filter(|k| !k.is_empty());
        if key.is_some_and(|k| k.len() > 128) {
            e.add("idempotency_key", "must be at most 128 characters");
        }
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let email = email.unwrap_or_default();
        let Details {
            name,
            attendee,
            lang,
            tz,
            org_name,
            org,
        } = d;
        let invitation_token = input
            .invitation
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        // Read (or make) the link key before the transaction takes the write lock.
        self.manage_secret("").await?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        // The lock first: from here on, this event's registrations change one at a time.
        ev::lock_event(&tx, event_id)
            .await
            .map_err(|err| match err {
                store::StoreError::NotFound => ServiceError::NotFound("event"),
                other => other.into(),
            })?;
        let event = ev::get_event(&tx, event_id)
            .await?
            .ok_or(ServiceError::NotFound("event"))?;
        if event.status == "cancelled" {
            return Err(ServiceError::Conflict(field("event", "is cancelled")));
        }
        if let Err(why) = domain::events::registration_window(
            now,
            event.registration_opens_at,
            event.registration_closes_at,
            event.ends_at,
        ) {
            return Err(ServiceError::Conflict(field("registration", why.reason())));
        }
        // An invitation's link registers its own address only, whatever the audience rule.
        let invitation = match invitation_token {
            None => None,
            Some(t) => {
                let inv = ev::invitation_by_token_hash(&tx, &secret_hash(t))
                    .await?
                    .filter(|i| i.event_id == event_id)
                    .ok_or_else(|| {
                        ServiceError::Invalid(field("invitation", "is not valid for this event"))
                    })?;
                if inv.email != email {
                    return Err(ServiceError::Invalid(field(
                        "email",
                        "must be the invited address: this invitation's link is for another one",
                    )));
                }
                Some(inv)
            }
        };
        let audience = if invitation.is_some() {
            AudienceKind::Public
        } else {
            AudienceKind::parse(&event.audience).map_err(ServiceError::Internal)?
        };
        match audience {
            AudienceKind::Public => {}
            AudienceKind::Invitation => {
                return Err(ServiceError::Invalid(field(
                    "invitation",
                    "this event is by invitation: register through the link of your invitation",
                )));
            }
            AudienceKind::Country => {
                let declared = org
                    .as_ref()
                    .map(|o| o.country.code().to_string())
                    .or_else(|| {
                        input
                            .country
                            .as_deref()
                            .map(|c| c.trim().to_ascii_uppercase())
                    });
                if declared.as_deref() != event.audience_value.as_deref() {
                    return Err(ServiceError::Invalid(field(
                        "country",
                        &format!(
                            "this event is for participants from {} only",
                            event.audience_value.as_deref().unwrap_or("?")
                        ),
                    )));
                }
            }
            AudienceKind::NetworkMembers => {
                let network = event.audience_value.clone().unwrap_or_default();
                let member = match &org {
                    Some(o) => dir::org_memberships(&tx, &o.id)
                        .await?
                        .iter()
                        .any(|(m, _)| m.network_id == network),
                    None => false,
                };
                if !member {
                    return Err(ServiceError::Invalid(field(
                        "org_id",
                        &format!("this event is for members of {network} only"),
                    )));
                }
            }
        }
        if let Some(k) = key
            && let Some(existing) = ev::registration_by_key(&tx, event_id, k).await?
        {
            tx.commit().await.map_err(store::StoreError::from)?;
            return Ok(Registered {
                registration: registration_view(existing),
                manage_secret: None,
                repeated: true,
            });
        }
        let existing = ev::registration_by_email(&tx, event_id, &email).await?;
        if let Some(r) = &existing
            && RegStatus::parse(&r.status).is_ok_and(RegStatus::is_active)
        {
            tx.commit().await.map_err(store::StoreError::from)?;
            return Ok(Registered {
                registration: registration_view(r.clone()),
                manage_secret: None,
                repeated: true,
            });
        }
        let cap = event.capacity.and_then(|c| u32::try_from(c).ok());
        let confirmed = ev::count_status(&tx, event_id, "confirmed").await?;
        let waiting = ev::count_status(&tx, event_id, "waitlisted").await?;
        let status = admit(cap, confirmed, waiting, event.moderated);
        let id = existing
            .as_ref()
            .map(|r| r.id.clone())
            .unwrap_or_else(|| domain::ids::random_id("r", rand::random()));
        let secret = self.manage_secret(&id).await?;
        let row = registration::Model {
            id,
            event_id: event_id.into(),
            email,
            name,
            org_id: org.as_ref().map(|o| o.id.clone()),
            org_name,
            attendee_type: attendee.as_str().into(),
            lang: lang.tag().into(),
            time_zone: tz,
            status: status.as_str().into(),
            // The lock's counter orders the waiting list exactly, even within one microsecond.
            queued_at: event.seat_version,
            idempotency_key: key.map(str::to_string),
            manage_hash: secret_hash(&secret),
            checked_in_at: None,
            created_at: existing.as_ref().map(|r| r.created_at).unwrap_or(now),
            updated_at: now,
            reminded_at: None,
        };
        let saved = if existing.is_some() {
            ev::update_registration(&tx, row).await?
        } else {
            ev::insert_registration(&tx, row).await?
        };
        let view = registration_view(saved);
        crate::audited(
            &tx,
            now,
            &format!("registrant:{}", view.email),
            "registration.create",
            ("registration", &view.id),
            None,
            serde_json::to_string(&view).ok(),
        )
        .await?;
        enqueue_mail(&tx, now, status.as_str(), &view.id).await?;
        if let Some(mut inv) = invitation {
            inv.registration_id = Some(view.id.clone());
            ev::update_invitation(&tx, inv).await?;
        }
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(Registered {
            registration: view,
            manage_secret: Some(secret),
            repeated: false,
        })
    }

    /// The registration behind a self-service link.
    pub async fn registration_by_secret(&self, secret: &str) -> ServiceResult<RegistrationView> {
        Ok(registration_view(
            ev::registration_by_manage_hash(&self.store.db, &secret_hash(secret))
                .await?
                .ok_or(ServiceError::NotFound("registration"))?,
        ))
    }

    /// Cancels through the self-service link; the first waiting people take the freed seat.
    pub async fn cancel_registration(
        &self,
        secret: &str,
    ) -> ServiceResult<(RegistrationView, Vec<String>)> {
        let r = ev::registration_by_manage_hash(&self.store.db, &secret_hash(secret))
            .await?
            .ok_or(ServiceError::NotFound("registration"))?;
        self.move_registration(
            &r.event_id,
            &r.id,
            RegStatus::Cancelled,
            &format!("registrant:{}", r.email),
        )
        .await
    }

    /// Organizers (admins, editors of the organizer) approve or reject.
    pub async fn decide_registration(
        &self,
        actor: &Actor,
        reg_id: &str,
        to: RegStatus,
    ) -> ServiceResult<(RegistrationView, Vec<String>)> {
        let r = ev::get_registration(&self.store.db, reg_id)
            .await?
            .ok_or(ServiceError::NotFound("registration"))?;
        self.require_organizer(
            actor,
            &r.event_id,
            "registration.decide",
            ("registration", reg_id),
        )
        .await?;
        self.move_registration(&r.event_id, reg_id, to, &actor.id_for_log())
            .await
    }

    /// Whether the actor may organize this event (to show the organizers' links; every
    /// organizer action checks again with `require_organizer`).
    pub async fn can_organize(&self, actor: &Actor, event_id: &str) -> ServiceResult<bool> {
        if actor.is_admin() {
            return Ok(true);
        }
        Ok(ev::organizers(&self.store.db, event_id)
            .await?
            .into_iter()
            .filter(|o| o.role == "organizer")
            .filter_map(|o| OrgId::parse(&o.org_id).ok())
            .any(|o| actor.require_org_editor(&o).is_ok()))
    }

    /// Admins and editors of the event's organizing organization pass; others are refused (and,
    /// when signed in, the refusal is logged).
    pub async fn require_organizer(
        &self,
        actor: &Actor,
        event_id: &str,
        action: &str,
        (target_type, target_id): (&str, &str),
    ) -> ServiceResult<()> {
        let organizer = ev::organizers(&self.store.db, event_id)
            .await?
            .into_iter()
            .find(|o| o.role == "organizer");
        let allowed = actor.is_admin()
            || organizer
                .and_then(|o| OrgId::parse(&o.org_id).ok())
                .is_some_and(|o| actor.require_org_editor(&o).is_ok());
        if allowed {
            return Ok(());
        }
        let d = if actor.user().is_some() {
            domain::auth::Denied::Forbidden
        } else {
            domain::auth::Denied::Unauthenticated
        };
        Err(self
            .refused_old(actor, action, target_type, target_id, d)
            .await)
    }

    pub(crate) async fn move_registration(
        &self,
        event_id: &str,
        reg_id: &str,
        to: RegStatus,
        who: &str,
    ) -> ServiceResult<(RegistrationView, Vec<String>)> {
        let now = now_micros();
        let tx = self.store.begin().await?;
        ev::lock_event(&tx, event_id).await?;
        let event = ev::get_event(&tx, event_id)
            .await?
            .ok_or(ServiceError::NotFound("event"))?;
        // Read again under the lock: a concurrent change may have moved it.
        let mut r = ev::get_registration(&tx, reg_id)
            .await?
            .ok_or(ServiceError::NotFound("registration"))?;
        let from = RegStatus::parse(&r.status).map_err(ServiceError::Internal)?;
        if from == to {
            tx.commit().await.map_err(store::StoreError::from)?;
            return Ok((registration_view(r), vec![]));
        }
        if !domain::events::can_move(from, to) {
            return Err(ServiceError::Conflict(field(
                "status",
                &format!("cannot go from {} to {}", from.as_str(), to.as_str()),
            )));
        }
        let to = if from == RegStatus::Pending && to == RegStatus::Confirmed {
            // An approval takes a seat only if one is free and nobody waits before it.
            let cap = event.capacity.and_then(|c| u32::try_from(c).ok());
            let confirmed = ev::count_status(&tx, event_id, "confirmed").await?;
            let waiting = ev::count_status(&tx, event_id, "waitlisted").await?;
            admit(cap, confirmed, waiting, false)
        } else {
            to
        };
        r.status = to.as_str().into();
        r.updated_at = now;
        if to == RegStatus::Waitlisted {
            r.queued_at = event.seat_version;
        }
        let saved = ev::update_registration(&tx, r).await?;
        crate::audited(
            &tx,
            now,
            who,
            "registration.update",
            ("registration", reg_id),
            Some(from.as_str().into()),
            Some(to.as_str().into()),
        )
        .await?;
        enqueue_mail(&tx, now, to.as_str(), reg_id).await?;
        let promoted = promote(&tx, now, &event).await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok((registration_view(saved), promoted))
    }

    pub async fn registration_counts(&self, event_id: &str) -> ServiceResult<Counts> {
        let db = &self.store.db;
        Ok(Counts {
            confirmed: ev::count_status(db, event_id, "confirmed").await?,
            waitlisted: ev::count_status(db, event_id, "waitlisted").await?,
            pending: ev::count_status(db, event_id, "pending").await?,
            cancelled: ev::count_status(db, event_id, "cancelled").await?,
        })
    }

    /// The waiting list in order (organizers' view and tests).
    pub async fn waiting_list(&self, event_id: &str) -> ServiceResult<Vec<RegistrationView>> {
        Ok(ev::first_waiting(&self.store.db, event_id, u64::MAX >> 1)
            .await?
            .into_iter()
            .map(registration_view)
            .collect())
    }
}

/// Everything the event page shows.
#[derive(Debug, Clone, Serialize)]
pub struct EventPage {
    pub event: EventView,
    pub series: Option<(String, I18nText)>,
    /// Other parts of the same series, in order.
    pub parts: Vec<EventView>,
    /// Organizations with their role: organizer, co_organizer, presenter, observer.
    pub organizations: Vec<(String, crate::directory::OrgView)>,
    /// (kind, other event, whether this event is the link's source)
    pub links: Vec<(String, EventView, bool)>,
    pub counts: Counts,
    /// Speakers with their organization, when it is in the directory.
    pub speakers: Vec<(
        crate::recordings::SpeakerView,
        Option<crate::directory::OrgView>,
    )>,
    pub recordings: Vec<crate::recordings::RecordingView>,
    pub transcripts: Vec<crate::recordings::TranscriptInfo>,
}

impl Services {
    pub async fn event_page(&self, id: &str) -> ServiceResult<EventPage> {
        let db = &self.store.db;
        let event = self.get_event(id).await?;
        let (series, parts) = match &event.series_id {
            Some(s) => {
                let se = ev::get_series(db, s).await?;
                let parts = ev::series_events(db, s)
                    .await?
                    .into_iter()
                    .map(event_view)
                    .collect::<ServiceResult<Vec<_>>>()?;
                (
                    se.map(|x| Ok::<_, ServiceError>((x.id, i18n(&x.names)?)))
                        .transpose()?,
                    parts,
                )
            }
            None => (None, vec![]),
        };
        let mut organizations = Vec::new();
        for o in ev::organizers(db, id).await? {
            if let Some(org) = dir::get_org(db, &o.org_id).await? {
                organizations.push((o.role, org));
            }
        }
        let role_order = |r: &str| {
            ["organizer", "co_organizer", "presenter", "observer"]
                .iter()
                .position(|x| *x == r)
                .unwrap_or(9)
        };
        organizations.sort_by_key(|(r, o)| (role_order(r), store::directory::sort_name(&o.names)));
        let mut links = Vec::new();
        for l in ev::links(db, id).await? {
            let outgoing = l.from_event_id == id;
            let other = if outgoing {
                &l.to_event_id
            } else {
                &l.from_event_id
            };
            if let Some(o) = ev::get_event(db, other).await? {
                links.push((l.kind, event_view(o)?, outgoing));
            }
        }
        let counts = self.registration_counts(id).await?;
        let mut speakers = Vec::new();
        for sp in self.speakers(id).await? {
            let org = match &sp.org_id {
                Some(o) => dir::get_org(db, o).await?,
                None => None,
            };
            speakers.push((sp, org));
        }
        Ok(EventPage {
            event,
            series,
            parts,
            organizations,
            links,
            counts,
            speakers,
            recordings: self.recordings(id).await?,
            transcripts: self.transcripts(id).await?,
        })
    }

    /// Upcoming or past events organized by a network's own organization or by its members.
    pub async fn network_events(
        &self,
        network_id: &str,
        upcoming: bool,
        paging: domain::Paging,
    ) -> ServiceResult<(I18nText, Page<EventView>)> {
        let db = &self.store.db;
        let n = dir::get_network(db, network_id)
            .await?
            .ok_or(ServiceError::NotFound("network"))?;
        let mut orgs: Vec<String> = dir::network_members(db, network_id)
            .await?
            .into_iter()
            .map(|m| m.0.org_id)
            .collect();
        orgs.extend(n.secretariat_org_id.clone());
        let p = ev::events_of_orgs(db, now_micros(), upcoming, &orgs, paging).await?;
        let name = n.names;
        let items = p
            .items
            .into_iter()
            .map(event_view)
            .collect::<ServiceResult<_>>()?;
        Ok((name, paging.page_of(items, p.total)))
    }

    /// Upcoming (soonest first) or past (latest first) events, optionally of one organization.
    pub async fn list_events(
        &self,
        upcoming: bool,
        org: Option<&str>,
        paging: domain::Paging,
    ) -> ServiceResult<Page<EventView>> {
        let p = ev::list_events(&self.store.db, now_micros(), upcoming, org, paging).await?;
        let items = p
            .items
            .into_iter()
            .map(event_view)
            .collect::<ServiceResult<_>>()?;
        Ok(paging.page_of(items, p.total))
    }

    /// The online address, for a registration holding a seat only.
    pub async fn online_url_for(&self, secret: &str) -> ServiceResult<Option<String>> {
        let r = ev::registration_by_manage_hash(&self.store.db, &secret_hash(secret))
            .await?
            .ok_or(ServiceError::NotFound("registration"))?;
        if r.status != "confirmed" {
            return Ok(None);
        }
        Ok(ev::get_event(&self.store.db, &r.event_id)
            .await?
            .and_then(|e| e.online_url))
    }
}

/// The most events one calendar feed carries (newest kept when there are more).
pub const FEED_LIMIT: u64 = 500;

impl Services {
    /// Events of a series (its parts), for its calendar feed.
    pub async fn series_feed(&self, series_id: &str) -> ServiceResult<(I18nText, Vec<EventView>)> {
        let s = ev::get_series(&self.store.db, series_id)
            .await?
            .ok_or(ServiceError::NotFound("series"))?;
        let events = ev::series_events(&self.store.db, series_id)
            .await?
            .into_iter()
            .map(event_view)
            .collect::<ServiceResult<_>>()?;
        Ok((i18n(&s.names)?, events))
    }

    /// Events an organization organizes or takes part in, past and upcoming, for its calendar feed.
    pub async fn org_feed(&self, org_id: &str) -> ServiceResult<(I18nText, Vec<EventView>)> {
        let org = dir::get_org(&self.store.db, org_id)
            .await?
            .ok_or(ServiceError::NotFound("organization"))?;
        let feed = domain::Paging::of(1, FEED_LIMIT);
        let mut events = self.list_events(true, Some(org_id), feed).await?.items;
        events.extend(self.list_events(false, Some(org_id), feed).await?.items);
        Ok((org.names, events))
    }
}
