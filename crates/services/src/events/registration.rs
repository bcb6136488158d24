//! Registering, cancelling through the self-service link, and organizers' decisions, with the
//! waiting list promoted automatically. Every change locks the event first, so the counts read
//! after the lock are exact and the capacity holds whatever the concurrency.

use super::RegistrationView;
use crate::error::field;
use crate::write::{Write, op};
use crate::{ServiceError, ServiceResult, Services, secret_hash};
use domain::auth::Actor;
use domain::directory::normalize_email;
use domain::events::{AttendeeType, AudienceKind, RegStatus, admit, seats_to_fill};
use domain::{FieldErrors, Lang};
use serde::{Deserialize, Serialize};
use store::directory as dir;
use store::events::{self as ev, Details, NewRegistration};
use store::outbox::Topic;

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
/// The secret reaches the registrant by e-mail, which proves the address; it is shown on screen
/// only when the address is already proven (`proven`: the registrant's own account or
/// invitation).
#[derive(Debug, Clone)]
pub struct Registered {
    pub registration: RegistrationView,
    pub manage_secret: Option<String>,
    pub repeated: bool,
    pub proven: bool,
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

/// Puts the message for a registration's new state in the outbox (sent by the mailer).
pub(crate) async fn enqueue_mail(w: &Write, kind: &str, reg_id: &str) -> ServiceResult<()> {
    w.emit(
        Topic::Email,
        reg_id,
        serde_json::json!({"kind": kind, "registration_id": reg_id}),
    )
    .await
}

/// Promotes the first waiting people into the seats that are free. Runs under the event's lock.
async fn promote(w: &Write, event_id: &str, capacity: Option<i64>) -> ServiceResult<Vec<String>> {
    let cap = capacity.and_then(|c| u32::try_from(c).ok());
    let confirmed = ev::count_status(&w.tx, event_id, RegStatus::Confirmed).await?;
    let waiting = ev::count_status(&w.tx, event_id, RegStatus::Waitlisted).await?;
    let mut promoted = Vec::new();
    for r in ev::first_waiting(&w.tx, event_id, seats_to_fill(cap, confirmed, waiting)).await? {
        ev::set_status(&w.tx, &r.id, RegStatus::Confirmed, None, w.now).await?;
        w.audit_as(
            "system",
            op("registration.promote", "registration", &r.id),
            Some(RegStatus::Waitlisted.to_string()),
            Some(RegStatus::Confirmed.to_string()),
        )
        .await?;
        enqueue_mail(w, "promoted", &r.id).await?;
        promoted.push(r.id);
    }
    Ok(promoted)
}

impl Services {
    /// Checks a registrant's details, adding each refused field to `e`.
    pub(crate) async fn check_details(
        &self,
        input: DetailsInput<'_>,
        e: &mut FieldErrors,
    ) -> ServiceResult<(Details, Option<crate::directory::OrgView>)> {
        let name = input.name.map(str::trim).unwrap_or("").to_string();
        if name.is_empty() {
            e.add("name", "is required");
        } else if name.chars().count() > 200 {
            e.add("name", "must be at most 200 characters");
        } else if name.chars().any(char::is_control) {
            // The name goes into the e-mails the attendee receives.
            e.add("name", "must be one line, without control characters");
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
        let details = Details {
            name,
            org_id: org.as_ref().map(|o| o.id.clone()),
            org_name,
            attendee_type: attendee.unwrap_or(AttendeeType::Participant),
            lang,
            time_zone: tz,
        };
        Ok((details, org))
    }

    /// Registers someone, anonymously (see `register_as`).
    pub async fn register(
        &self,
        event_id: &str,
        input: RegistrationInput,
        idempotency_key: Option<&str>,
    ) -> ServiceResult<Registered> {
        self.register_as(&Actor::Anonymous, event_id, input, idempotency_key)
            .await
    }

    /// Registers someone. A repeated submission (same e-mail, or same idempotency key) returns
    /// the registration that exists instead of making a second one. `by` is who sends it: an
    /// account registering its own address, or an invitation's link, proves the address; any
    /// other registration is proven when the link of its confirmation e-mail is opened.
    pub async fn register_as(
        &self,
        by: &Actor,
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
        let (details, org) = self
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
        let invitation_token = input
            .invitation
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        // Read (or make) the link key before the transaction takes the write lock.
        self.manage_secret("").await?;
        let registrant = Actor::Anonymous;
        let o = op("registration.create", "registration", "");
        self.write(&registrant, o, Ok(()), async |w| {
            // The lock first: from here on, this event's registrations change one at a time.
            let seat_version = ev::lock_event(&w.tx, event_id)
                .await
                .map_err(|err| match err {
                    store::StoreError::NotFound => ServiceError::NotFound("event"),
                    other => other.into(),
                })?;
            let event = ev::get_event(&w.tx, event_id)
                .await?
                .ok_or(ServiceError::NotFound("event"))?;
            if event.is_cancelled() {
                return Err(ServiceError::Conflict(field("event", "is cancelled")));
            }
            if let Err(why) = domain::events::registration_window(
                w.now,
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
                    let inv = ev::invitation_by_token_hash(&w.tx, &secret_hash(t))
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
                event.audience
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
                        Some(o) => dir::org_memberships(&w.tx, &o.id)
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
                && let Some(existing) = ev::registration_by_key(&w.tx, event_id, k).await?
            {
                return Ok(Registered {
                    registration: existing,
                    manage_secret: None,
                    repeated: true,
                    proven: false,
                });
            }
            let existing = ev::registration_by_email(&w.tx, event_id, &email).await?;
            if let Some(r) = &existing
                && r.status.is_active()
            {
                return Ok(Registered {
                    registration: r.clone(),
                    manage_secret: None,
                    repeated: true,
                    proven: false,
                });
            }
            let cap = event.capacity.and_then(|c| u32::try_from(c).ok());
            let confirmed = ev::count_status(&w.tx, event_id, RegStatus::Confirmed).await?;
            let waiting = ev::count_status(&w.tx, event_id, RegStatus::Waitlisted).await?;
            let status = admit(cap, confirmed, waiting, event.moderated);
            let id = existing
                .as_ref()
                .map(|r| r.id.clone())
                .unwrap_or_else(|| domain::ids::random_id("r", rand::random()));
            // A registration made again after a cancellation gets a new link: the old one,
            // perhaps seen by someone else, dies.
            let generation = existing.as_ref().map_or(0, |r| r.link_generation + 1);
            let secret = self.link_secret(&id, generation).await?;
            let proven = invitation.is_some()
                || matches!(by, Actor::User(u) if normalize_email(&u.email).ok() == Some(email.clone()));
            let new = NewRegistration {
                id: &id,
                event_id,
                email: &email,
                details: &details,
                status,
                // The lock's counter orders the waiting list exactly, even within one microsecond.
                queued_at: seat_version,
                idempotency_key: key,
                manage_hash: &secret_hash(&secret),
                link_generation: generation,
                address_confirmed_at: proven.then_some(w.now),
            };
            let view = ev::put_registration(&w.tx, new, existing.is_some(), w.now).await?;
            w.audit_as(
                &format!("registrant:{}", view.email),
                op(o.action, o.target_type, &view.id),
                None,
                serde_json::to_string(&view).ok(),
            )
            .await?;
            enqueue_mail(w, status.as_str(), &view.id).await?;
            if let Some(inv) = invitation {
                ev::link_invitation(&w.tx, &inv.id, &view.id).await?;
            }
            metrics::counter!(
                "citydriver_registrations_total",
                "event" => event_id.to_string(),
                "status" => status.as_str()
            )
            .increment(1);
            Ok(Registered {
                registration: view,
                manage_secret: Some(secret),
                repeated: false,
                proven,
            })
        })
        .await
    }

    /// The registration behind a self-service link.
    pub async fn registration_by_secret(&self, secret: &str) -> ServiceResult<RegistrationView> {
        ev::registration_by_manage_hash(&self.store.db, &secret_hash(secret))
            .await?
            .ok_or(ServiceError::NotFound("registration"))
    }

    /// The registration behind a self-service link, opened by the registrant: the link came by
    /// e-mail, so the address is proven from now on (recorded once, audited).
    pub async fn open_registration(&self, secret: &str) -> ServiceResult<RegistrationView> {
        let r = self.registration_by_secret(secret).await?;
        if r.address_confirmed_at.is_some() {
            return Ok(r);
        }
        let o = op("registration.confirm_address", "registration", &r.id);
        self.write(&Actor::Anonymous, o, Ok(()), async |w| {
            if ev::confirm_address(&w.tx, &r.id, w.now).await? {
                w.audit_as(&format!("registrant:{}", r.email), o, None, None)
                    .await?;
            }
            Ok(())
        })
        .await?;
        self.registration_by_secret(secret).await
    }

    /// The secret of a registration's self-service link: an HMAC of its id and generation.
    pub async fn registration_link(&self, r: &RegistrationView) -> ServiceResult<String> {
        self.link_secret(&r.id, r.link_generation).await
    }

    async fn link_secret(&self, id: &str, generation: i64) -> ServiceResult<String> {
        match generation {
            // The first link of a registration is the HMAC of its id alone, as it always was.
            0 => self.manage_secret(id).await,
            g => self.manage_secret(&format!("{id}#{g}")).await,
        }
    }

    /// Cancels through the self-service link; the first waiting people take the freed seat.
    pub async fn cancel_registration(
        &self,
        secret: &str,
    ) -> ServiceResult<(RegistrationView, Vec<String>)> {
        let r = self.registration_by_secret(secret).await?;
        self.move_registration(&r, RegStatus::Cancelled, &Actor::Anonymous, Some(&r.email))
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
            op("registration.decide", "registration", reg_id),
        )
        .await?;
        self.move_registration(&r, to, actor, None).await
    }

    /// Moves a registration to `to` under the event's lock (an approval waits when no seat is
    /// free), then promotes the waiting people into the seats freed. `registrant` names the
    /// registrant acting through their link, for the audit log.
    async fn move_registration(
        &self,
        r: &RegistrationView,
        to: RegStatus,
        actor: &Actor,
        registrant: Option<&str>,
    ) -> ServiceResult<(RegistrationView, Vec<String>)> {
        let o = op("registration.update", "registration", &r.id);
        self.write(actor, o, Ok(()), async |w| {
            let seat_version = ev::lock_event(&w.tx, &r.event_id).await?;
            let event = ev::get_event(&w.tx, &r.event_id)
                .await?
                .ok_or(ServiceError::NotFound("event"))?;
            // Read again under the lock: a concurrent change may have moved it.
            let now_r = ev::get_registration(&w.tx, &r.id)
                .await?
                .ok_or(ServiceError::NotFound("registration"))?;
            let from = now_r.status;
            if from == to {
                return Ok((now_r, vec![]));
            }
            if !domain::events::can_move(from, to) {
                return Err(ServiceError::Conflict(field(
                    "status",
                    &format!("cannot go from {from} to {to}"),
                )));
            }
            let to = if from == RegStatus::Pending && to == RegStatus::Confirmed {
                // An approval takes a seat only if one is free and nobody waits before it.
                let cap = event.capacity.and_then(|c| u32::try_from(c).ok());
                let confirmed = ev::count_status(&w.tx, &r.event_id, RegStatus::Confirmed).await?;
                let waiting = ev::count_status(&w.tx, &r.event_id, RegStatus::Waitlisted).await?;
                admit(cap, confirmed, waiting, false)
            } else {
                to
            };
            let queued = (to == RegStatus::Waitlisted).then_some(seat_version);
            let saved = ev::set_status(&w.tx, &r.id, to, queued, w.now).await?;
            let who = match registrant {
                Some(email) => format!("registrant:{email}"),
                None => actor.id_for_log(),
            };
            w.audit_as(&who, o, Some(from.to_string()), Some(to.to_string()))
                .await?;
            enqueue_mail(w, to.as_str(), &r.id).await?;
            let promoted = promote(w, &r.event_id, event.capacity).await?;
            Ok((saved, promoted))
        })
        .await
    }
}
