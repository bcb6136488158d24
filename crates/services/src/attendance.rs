//! Around a registration: invitations (one at a time or a CSV of them) whose link registers the
//! invited address only, self-service changes through the secret link, check-in at the door,
//! the organizers' attendee list and its CSV export, reminders, and a person's own calendar feed.
//!
//! Secrets are never stored: a link's secret is an HMAC of the row's id under the database's
//! link key (`Services::manage_secret`), the database keeps its SHA-256 to find the row.

use crate::error::field;
use crate::events::{RegistrationView, enqueue_mail, registration_view};
use crate::{ServiceError, ServiceResult, Services, secret_hash};
use domain::auth::Actor;
use domain::directory::normalize_email;
use domain::events::RegStatus;
use domain::time::now_micros;
use domain::{FieldErrors, Lang};
use serde::{Deserialize, Serialize};
use store::entities::{event_invitation, registration};
use store::outbox::Topic;
use store::{events as ev, outbox};

/// The most invitations one CSV file may carry.
pub const MAX_BULK_INVITATIONS: usize = 5_000;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct InviteInput {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    /// The language of the invitation's e-mail (en, ko, ja, zh-Hans, fr).
    #[serde(default)]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct InvitationView {
    pub id: String,
    pub event_id: String,
    pub email: String,
    pub name: String,
    pub lang: String,
    pub registration_id: Option<String>,
    pub invited_at: i64,
}

fn invitation_view(m: event_invitation::Model) -> InvitationView {
    InvitationView {
        id: m.id,
        event_id: m.event_id,
        email: m.email,
        name: m.name,
        lang: m.lang,
        registration_id: m.registration_id,
        invited_at: m.invited_at,
    }
}

/// The outcome of inviting: the invitation, and whether it existed already (then no new e-mail).
#[derive(Debug, Clone)]
pub struct Invited {
    pub invitation: InvitationView,
    pub repeated: bool,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct BulkInvited {
    pub invited: u64,
    /// Addresses invited before (or twice in the file): no second e-mail.
    pub already: u64,
}

/// A checked invitee.
struct Invitee {
    email: String,
    name: String,
    lang: Lang,
}

fn check_invitee(input: &InviteInput, prefix: &str, e: &mut FieldErrors) -> Option<Invitee> {
    let email = match input.email.as_deref().map(normalize_email) {
        Some(Ok(m)) => Some(m),
        Some(Err(r)) => {
            e.add(format!("{prefix}email"), r);
            None
        }
        None => {
            e.add(format!("{prefix}email"), "is required");
            None
        }
    };
    let name = input.name.as_deref().unwrap_or("").trim().to_string();
    if name.chars().count() > 200 {
        e.add(format!("{prefix}name"), "must be at most 200 characters");
    }
    let lang = match input.lang.as_deref().map(str::trim) {
        None | Some("") => Lang::En,
        Some(l) => Lang::parse(l).unwrap_or_else(|| {
            e.add(
                format!("{prefix}lang"),
                "must be one of en, ko, ja, zh-Hans, fr",
            );
            Lang::En
        }),
    };
    Some(Invitee {
        email: email?,
        name,
        lang,
    })
}

/// What an attendee may change through the self-service link (not the address: that is who they are).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub org_id: Option<String>,
    #[serde(default)]
    pub org_name: Option<String>,
    #[serde(default)]
    pub attendee_type: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub time_zone: Option<String>,
}

/// One page of the organizers' attendee list.
pub type Attendees = domain::Page<RegistrationView>;

/// A CSV cell that a spreadsheet will not run as a formula.
fn csv_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

impl Services {
    /// The secret of an invitation's link.
    pub async fn invitation_secret(&self, invitation_id: &str) -> ServiceResult<String> {
        self.manage_secret(&format!("invite:{invitation_id}")).await
    }

    /// The invitation behind a link, for the registration form (which then shows its address, locked).
    pub async fn invitation_by_secret(&self, secret: &str) -> ServiceResult<InvitationView> {
        Ok(invitation_view(
            ev::invitation_by_token_hash(&self.store.db, &secret_hash(secret))
                .await?
                .ok_or(ServiceError::NotFound("invitation"))?,
        ))
    }

    async fn insert_invitations(
        &self,
        actor: &Actor,
        event_id: &str,
        invitees: Vec<Invitee>,
    ) -> ServiceResult<(Vec<Invited>, BulkInvited)> {
        // Read (or make) the link key before the transaction takes the write lock.
        self.manage_secret("").await?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        if ev::get_event(&tx, event_id).await?.is_none() {
            return Err(ServiceError::NotFound("event"));
        }
        let mut out = Vec::new();
        let mut report = BulkInvited::default();
        for i in invitees {
            if let Some(existing) = ev::invitation_by_email(&tx, event_id, &i.email).await? {
                report.already += 1;
                out.push(Invited {
                    invitation: invitation_view(existing),
                    repeated: true,
                });
                continue;
            }
            let id = domain::ids::random_id("i", rand::random());
            let secret = self.invitation_secret(&id).await?;
            let m = ev::insert_invitation(
                &tx,
                event_invitation::Model {
                    id: id.clone(),
                    event_id: event_id.into(),
                    email: i.email,
                    name: i.name,
                    lang: i.lang.tag().into(),
                    token_hash: secret_hash(&secret),
                    registration_id: None,
                    invited_at: now,
                },
            )
            .await?;
            crate::audited(
                &tx,
                now,
                &actor.id_for_log(),
                "invitation.create",
                ("invitation", &id),
                None,
                Some(m.email.clone()),
            )
            .await?;
            outbox::push(
                &tx,
                now,
                Topic::Email,
                &id,
                &serde_json::json!({"kind": "invitation", "invitation_id": id}),
            )
            .await?;
            report.invited += 1;
            out.push(Invited {
                invitation: invitation_view(m),
                repeated: false,
            });
        }
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok((out, report))
    }

    /// Organizers invite one person: an e-mail with a link that registers that address only.
    /// Inviting the same address again changes nothing and sends nothing.
    pub async fn invite(
        &self,
        actor: &Actor,
        event_id: &str,
        input: InviteInput,
    ) -> ServiceResult<Invited> {
        self.require_organizer(actor, event_id, "invitation.create", ("event", event_id))
            .await?;
        let mut e = FieldErrors::new();
        let invitee = check_invitee(&input, "", &mut e);
        let invitee = match invitee {
            Some(i) if e.is_empty() => i,
            _ => return Err(ServiceError::Invalid(e)),
        };
        let (mut out, _) = self
            .insert_invitations(actor, event_id, vec![invitee])
            .await?;
        out.pop()
            .ok_or_else(|| ServiceError::Internal("no invitation".into()))
    }

    /// Organizers invite from a CSV file with a header line naming `email` and optionally `name`
    /// and `lang`. Every line is checked first; any bad line means nobody is invited, and the
    /// errors name the line (the header is line 1), the column and the reason.
    pub async fn invite_csv(
        &self,
        actor: &Actor,
        event_id: &str,
        bytes: &[u8],
    ) -> ServiceResult<BulkInvited> {
        self.require_organizer(actor, event_id, "invitation.create", ("event", event_id))
            .await?;
        let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
            .map_err(|err| {
                ServiceError::Invalid(field(
                    "file",
                    &format!("is not UTF-8 text (byte {})", err.valid_up_to() + 1),
                ))
            })?;
        let mut rd = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = rd
            .headers()
            .map_err(|err| ServiceError::Invalid(field("file", &format!("line 1: {err}"))))?
            .iter()
            .map(|h| h.to_ascii_lowercase())
            .collect();
        let col = |name: &str| headers.iter().position(|h| h == name);
        let Some(email_col) = col("email") else {
            return Err(ServiceError::Invalid(field(
                "file",
                "line 1: the header must name an 'email' column (and may name 'name' and 'lang')",
            )));
        };
        let (name_col, lang_col) = (col("name"), col("lang"));
        let mut e = FieldErrors::new();
        let mut invitees = Vec::new();
        for (i, rec) in rd.records().enumerate() {
            let line = rec
                .as_ref()
                .ok()
                .and_then(|r| r.position())
                .map(|p| p.line())
                .unwrap_or(i as u64 + 2);
            let rec = match rec {
                Ok(r) => r,
                Err(err) => {
                    e.add(format!("line {line}"), err.to_string());
                    continue;
                }
            };
            if rec.iter().all(str::is_empty) {
                continue;
            }
            if invitees.len() >= MAX_BULK_INVITATIONS {
                e.add(
                    "file",
                    format!("has more than {MAX_BULK_INVITATIONS} invitations: split it"),
                );
                break;
            }
            let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).map(str::to_string);
            let input = InviteInput {
                email: get(Some(email_col)),
                name: get(name_col),
                lang: get(lang_col),
            };
            if let Some(inv) = check_invitee(&input, &format!("line {line}: "), &mut e) {
                invitees.push(inv);
            }
        }
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        if invitees.is_empty() {
            return Err(ServiceError::Invalid(field("file", "has no invitations")));
        }
        // The same address twice in one file: one invitation.
        let mut seen = std::collections::BTreeSet::new();
        let (unique, twice): (Vec<_>, Vec<_>) = invitees
            .into_iter()
            .partition(|i| seen.insert(i.email.clone()));
        let (_, mut report) = self.insert_invitations(actor, event_id, unique).await?;
        report.already += twice.len() as u64;
        Ok(report)
    }

    pub async fn invitations(
        &self,
        actor: &Actor,
        event_id: &str,
    ) -> ServiceResult<Vec<InvitationView>> {
        self.require_organizer(actor, event_id, "invitation.list", ("event", event_id))
            .await?;
        Ok(ev::invitations(&self.store.db, event_id)
            .await?
            .into_iter()
            .map(invitation_view)
            .collect())
    }

    /// The attendee changes their name, organization, type, language or time zone.
    pub async fn change_registration(
        &self,
        secret: &str,
        input: ChangeInput,
    ) -> ServiceResult<RegistrationView> {
        let mut e = FieldErrors::new();
        let crate::events::Details {
            name,
            attendee,
            lang,
            tz,
            org_name,
            org,
        } = self
            .check_details(
                crate::events::DetailsInput {
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
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let r = ev::registration_by_manage_hash(&self.store.db, &secret_hash(secret))
            .await?
            .ok_or(ServiceError::NotFound("registration"))?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        ev::lock_event(&tx, &r.event_id).await?;
        let before = ev::get_registration(&tx, &r.id)
            .await?
            .ok_or(ServiceError::NotFound("registration"))?;
        if !RegStatus::parse(&before.status).is_ok_and(RegStatus::is_active) {
            return Err(ServiceError::Conflict(field(
                "status",
                &format!("a {} registration cannot change", before.status),
            )));
        }
        let after = registration::Model {
            name,
            org_id: org.as_ref().map(|o| o.id.clone()),
            org_name,
            attendee_type: attendee.as_str().into(),
            lang: lang.tag().into(),
            time_zone: tz,
            updated_at: now,
            ..before.clone()
        };
        let saved = ev::update_registration(&tx, after).await?;
        let view = registration_view(saved);
        crate::audited(
            &tx,
            now,
            &format!("registrant:{}", view.email),
            "registration.change",
            ("registration", &view.id),
            serde_json::to_string(&registration_view(before)).ok(),
            serde_json::to_string(&view).ok(),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(view)
    }

    /// Organizers check a confirmed attendee in at the door (or undo it).
    pub async fn check_in(
        &self,
        actor: &Actor,
        reg_id: &str,
        undo: bool,
    ) -> ServiceResult<RegistrationView> {
        let r = ev::get_registration(&self.store.db, reg_id)
            .await?
            .ok_or(ServiceError::NotFound("registration"))?;
        self.require_organizer(
            actor,
            &r.event_id,
            "registration.check_in",
            ("registration", reg_id),
        )
        .await?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        ev::lock_event(&tx, &r.event_id).await?;
        let mut r = ev::get_registration(&tx, reg_id)
            .await?
            .ok_or(ServiceError::NotFound("registration"))?;
        if !undo && r.status != RegStatus::Confirmed.as_str() {
            return Err(ServiceError::Conflict(field(
                "status",
                &format!(
                    "only confirmed attendees check in; this one is {}",
                    r.status
                ),
            )));
        }
        let before = r.checked_in_at;
        r.checked_in_at = if undo { None } else { before.or(Some(now)) };
        r.updated_at = now;
        let saved = ev::update_registration(&tx, r).await?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            if undo {
                "registration.check_in_undo"
            } else {
                "registration.check_in"
            },
            ("registration", reg_id),
            before.map(|b| b.to_string()),
            saved.checked_in_at.map(|b| b.to_string()),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(registration_view(saved))
    }

    /// The organizers' list: by status and a text in the name, address or organization.
    pub async fn attendees(
        &self,
        actor: &Actor,
        event_id: &str,
        status: Option<&str>,
        text: Option<&str>,
        paging: domain::Paging,
    ) -> ServiceResult<Attendees> {
        self.require_organizer(actor, event_id, "registration.list", ("event", event_id))
            .await?;
        if let Some(s) = status {
            RegStatus::parse(s).map_err(|r| ServiceError::Invalid(field("status", &r)))?;
        }
        let text = text.map(str::trim).filter(|t| !t.is_empty());
        let p = ev::registrations_page(&self.store.db, event_id, status, text, paging).await?;
        Ok(p.map(registration_view))
    }

    /// Every registration of an event as CSV (UTF-8 with a BOM, for spreadsheets), for organizers.
    pub async fn attendees_csv(&self, actor: &Actor, event_id: &str) -> ServiceResult<String> {
        self.require_organizer(actor, event_id, "registration.export", ("event", event_id))
            .await?;
        let rows = ev::event_registrations(&self.store.db, event_id).await?;
        let mut w = csv::Writer::from_writer(Vec::new());
        let io = |e: csv::Error| ServiceError::Internal(e.to_string());
        w.write_record([
            "name",
            "email",
            "organization",
            "organization_id",
            "attendee_type",
            "status",
            "lang",
            "time_zone",
            "registered_at",
            "checked_in_at",
        ])
        .map_err(io)?;
        let iso = domain::time::rfc3339;
        for r in rows {
            w.write_record([
                csv_cell(&r.name),
                csv_cell(&r.email),
                csv_cell(r.org_name.as_deref().unwrap_or("")),
                r.org_id.clone().unwrap_or_default(),
                r.attendee_type.clone(),
                r.status.clone(),
                r.lang.clone(),
                r.time_zone.clone(),
                iso(r.created_at),
                r.checked_in_at.map(iso).unwrap_or_default(),
            ])
            .map_err(io)?;
        }
        let bytes = w
            .into_inner()
            .map_err(|e| ServiceError::Internal(e.to_string()))?;
        Ok(format!(
            "\u{feff}{}",
            String::from_utf8(bytes).map_err(|e| ServiceError::Internal(e.to_string()))?
        ))
    }

    /// Puts the reminders that are due in the outbox, each once: the registration is marked in
    /// the same transaction, and a concurrent run (another node) marks nothing twice.
    pub async fn queue_due_reminders(&self, now: i64) -> ServiceResult<u64> {
        let mut queued = 0;
        for e in ev::events_with_due_reminders(&self.store.db, now).await? {
            let due_at = e.starts_at - i64::from(e.reminder_minutes.unwrap_or(0)) * 60_000_000;
            for r in ev::unreminded(&self.store.db, &e.id).await? {
                let tx = self.store.begin().await?;
                // Someone who registered after the reminder time has just had their
                // confirmation: marked, not reminded.
                if ev::mark_reminded(&tx, &r.id, now).await? && r.created_at < due_at {
                    enqueue_mail(&tx, now, "reminder", &r.id).await?;
                    queued += 1;
                }
                tx.commit().await.map_err(store::StoreError::from)?;
            }
        }
        Ok(queued)
    }

    /// The secret of a user's personal calendar feed.
    pub async fn feed_secret(&self, user_id: &str) -> ServiceResult<String> {
        self.manage_secret(&format!("feed:{user_id}")).await
    }

    /// A user's registrations (that hold or wait for a seat), for their personal feed; the
    /// secret must be the feed's.
    pub async fn personal_feed(
        &self,
        user_id: &str,
        secret: &str,
    ) -> ServiceResult<Vec<(crate::events::EventView, RegistrationView)>> {
        let expected = self.feed_secret(user_id).await?;
        // Comparing digests, not the secrets, leaks nothing useful through timing.
        if secret_hash(&expected) != secret_hash(secret) {
            return Err(ServiceError::NotFound("feed"));
        }
        let user = store::accounts::user_by_id(&self.store.db, user_id)
            .await?
            .ok_or(ServiceError::NotFound("feed"))?;
        let mut out = Vec::new();
        for r in ev::registrations_of_email(&self.store.db, &user.email).await? {
            if !RegStatus::parse(&r.status).is_ok_and(RegStatus::is_active) {
                continue;
            }
            if let Some(e) = ev::get_event(&self.store.db, &r.event_id).await? {
                out.push((crate::events::event_view(e)?, registration_view(r)));
            }
        }
        out.sort_by_key(|(e, _)| e.starts_at);
        Ok(out)
    }
}
