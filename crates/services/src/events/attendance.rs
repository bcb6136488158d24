//! Around a registration: invitations (one at a time or a CSV of them) whose link registers the
//! invited address only, self-service changes through the secret link, check-in at the door,
//! the organizers' attendee list and its CSV export, reminders, and a person's own calendar feed.
//!
//! Secrets are never stored: a link's secret is an HMAC of the row's id under the database's
//! link key (`Services::manage_secret`), the database keeps its SHA-256 to find the row.

use super::registration::{DetailsInput, enqueue_mail};
use super::{EventView, InvitationView, RegistrationView};
use crate::csv::{self, Problem};
use crate::error::field;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services, secret_hash};
use domain::auth::Actor;
use domain::directory::normalize_email;
use domain::events::RegStatus;
use domain::{FieldErrors, Lang, Page, Paging};
use serde::{Deserialize, Serialize};
use store::events as ev;
use store::outbox::Topic;

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

/// Checks one invitee; each problem goes to `problems` at `line` (0: not from a file).
fn check_invitee(input: &InviteInput, line: u64, problems: &mut Vec<Problem>) -> Option<Invitee> {
    let mut bad = |field: &str, reason: &str| problems.push(Problem::at_line(line, field, reason));
    let email = match input.email.as_deref().map(normalize_email) {
        Some(Ok(m)) => Some(m),
        Some(Err(r)) => {
            bad("email", r);
            None
        }
        None => {
            bad("email", "is required");
            None
        }
    };
    let name = input.name.as_deref().unwrap_or("").trim().to_string();
    if name.chars().count() > 200 {
        bad("name", "must be at most 200 characters");
    }
    let lang = match input.lang.as_deref().map(str::trim) {
        None | Some("") => Lang::En,
        Some(l) => Lang::parse(l).unwrap_or_else(|| {
            bad("lang", "must be one of en, ko, ja, zh-Hans, fr");
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
pub type Attendees = Page<RegistrationView>;

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
        ev::invitation_by_token_hash(&self.store.db, &secret_hash(secret))
            .await?
            .ok_or(ServiceError::NotFound("invitation"))
    }

    async fn insert_invitations(
        &self,
        actor: &Actor,
        event_id: &str,
        invitees: Vec<Invitee>,
    ) -> ServiceResult<(Vec<Invited>, BulkInvited)> {
        // Read (or make) the link key before the transaction takes the write lock.
        self.manage_secret("").await?;
        let o = op("invitation.create", "event", event_id);
        self.write(actor, o, Ok(()), async |w| {
            if ev::get_event(&w.tx, event_id).await?.is_none() {
                return Err(ServiceError::NotFound("event"));
            }
            let mut out = Vec::new();
            let mut report = BulkInvited::default();
            for i in invitees {
                if let Some(existing) = ev::invitation_by_email(&w.tx, event_id, &i.email).await? {
                    report.already += 1;
                    out.push(Invited {
                        invitation: existing,
                        repeated: true,
                    });
                    continue;
                }
                let id = domain::ids::random_id("i", rand::random());
                let secret = self.invitation_secret(&id).await?;
                let new = ev::NewInvitation {
                    id: &id,
                    event_id,
                    email: &i.email,
                    name: &i.name,
                    lang: i.lang,
                    token_hash: &secret_hash(&secret),
                };
                let inv = ev::insert_invitation(&w.tx, new, w.now).await?;
                w.audit_json(
                    op(o.action, "invitation", &id),
                    None,
                    Some(inv.email.clone()),
                )
                .await?;
                w.emit(
                    Topic::Email,
                    &id,
                    serde_json::json!({"kind": "invitation", "invitation_id": id}),
                )
                .await?;
                report.invited += 1;
                out.push(Invited {
                    invitation: inv,
                    repeated: false,
                });
            }
            Ok((out, report))
        })
        .await
    }

    /// Organizers invite one person: an e-mail with a link that registers that address only.
    /// Inviting the same address again changes nothing and sends nothing.
    pub async fn invite(
        &self,
        actor: &Actor,
        event_id: &str,
        input: InviteInput,
    ) -> ServiceResult<Invited> {
        self.require_organizer(actor, event_id, op("invitation.create", "event", event_id))
            .await?;
        let mut problems = Vec::new();
        let invitee = check_invitee(&input, 0, &mut problems);
        let invitee = match invitee {
            Some(i) if problems.is_empty() => i,
            _ => {
                let mut e = FieldErrors::new();
                for p in problems {
                    e.add(p.field, p.reason);
                }
                return Err(ServiceError::Invalid(e));
            }
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
        self.require_organizer(actor, event_id, op("invitation.create", "event", event_id))
            .await?;
        let sheet = csv::read(bytes).map_err(|p| ServiceError::Invalid(csv::fields(&p)))?;
        let Some(email_col) = sheet.col("email") else {
            return Err(ServiceError::Invalid(field(
                "file",
                "line 1: the header must name an 'email' column (and may name 'name' and 'lang')",
            )));
        };
        let (name_col, lang_col) = (sheet.col("name"), sheet.col("lang"));
        if sheet.rows.len() > MAX_BULK_INVITATIONS {
            return Err(ServiceError::Invalid(field(
                "file",
                &format!("has more than {MAX_BULK_INVITATIONS} invitations: split it"),
            )));
        }
        let mut problems = Vec::new();
        let mut invitees = Vec::new();
        for row in &sheet.rows {
            let get = |c: Option<usize>| row.get(c).map(str::to_string);
            let input = InviteInput {
                email: get(Some(email_col)),
                name: get(name_col),
                lang: get(lang_col),
            };
            invitees.extend(check_invitee(&input, row.line, &mut problems));
        }
        if !problems.is_empty() {
            return Err(ServiceError::Invalid(csv::fields(&problems)));
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
        self.require_organizer_reader(actor, event_id, op("invitation.list", "event", event_id))
            .await?;
        Ok(ev::invitations(&self.store.db, event_id).await?)
    }

    /// The attendee changes their name, organization, type, language or time zone.
    pub async fn change_registration(
        &self,
        secret: &str,
        input: ChangeInput,
    ) -> ServiceResult<RegistrationView> {
        let mut e = FieldErrors::new();
        let (details, _) = self
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
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let r = self.registration_by_secret(secret).await?;
        let o = op("registration.change", "registration", &r.id);
        self.write(&Actor::Anonymous, o, Ok(()), async |w| {
            ev::lock_event(&w.tx, &r.event_id).await?;
            let before = ev::get_registration(&w.tx, &r.id)
                .await?
                .ok_or(ServiceError::NotFound("registration"))?;
            if !before.status.is_active() {
                return Err(ServiceError::Conflict(field(
                    "status",
                    &format!("a {} registration cannot change", before.status),
                )));
            }
            let view = ev::set_details(&w.tx, &r.id, &details, w.now).await?;
            w.audit_as(
                &format!("registrant:{}", view.email),
                o,
                serde_json::to_string(&before).ok(),
                serde_json::to_string(&view).ok(),
            )
            .await?;
            Ok(view)
        })
        .await
    }

    /// Organizers check a confirmed attendee in at the door (or undo it).
    /// Checks a confirmed attendee of `event_id` in (or takes it back). A registration of
    /// another event is not found here, and nothing is written.
    pub async fn check_in(
        &self,
        actor: &Actor,
        event_id: &str,
        reg_id: &str,
        undo: bool,
    ) -> ServiceResult<RegistrationView> {
        let r = ev::get_registration(&self.store.db, reg_id)
            .await?
            .filter(|r| r.event_id == event_id)
            .ok_or(ServiceError::NotFound("registration"))?;
        let action = if undo {
            "registration.check_in_undo"
        } else {
            "registration.check_in"
        };
        let o = op(action, "registration", reg_id);
        self.require_organizer(
            actor,
            &r.event_id,
            op("registration.check_in", "registration", reg_id),
        )
        .await?;
        self.write(actor, o, Ok(()), async |w| {
            ev::lock_event(&w.tx, &r.event_id).await?;
            let r = ev::get_registration(&w.tx, reg_id)
                .await?
                .ok_or(ServiceError::NotFound("registration"))?;
            if !undo && !r.is_confirmed() {
                return Err(ServiceError::Conflict(field(
                    "status",
                    &format!(
                        "only confirmed attendees check in; this one is {}",
                        r.status
                    ),
                )));
            }
            let before = r.checked_in_at;
            let at = if undo { None } else { before.or(Some(w.now)) };
            let saved = ev::set_checked_in(&w.tx, reg_id, at, w.now).await?;
            w.audit_json(
                o,
                before.map(|b| b.to_string()),
                saved.checked_in_at.map(|b| b.to_string()),
            )
            .await?;
            Ok(saved)
        })
        .await
    }

    /// The organizers' list: by status and a text in the name, address or organization.
    pub async fn attendees(
        &self,
        actor: &Actor,
        event_id: &str,
        status: Option<&str>,
        text: Option<&str>,
        paging: Paging,
    ) -> ServiceResult<Attendees> {
        self.require_organizer_reader(actor, event_id, op("registration.list", "event", event_id))
            .await?;
        let status = status
            .map(|s| RegStatus::parse(s).map_err(|r| ServiceError::Invalid(field("status", &r))))
            .transpose()?;
        let text = text.map(str::trim).filter(|t| !t.is_empty());
        Ok(ev::registrations_page(&self.store.db, event_id, status, text, paging).await?)
    }

    /// Every registration of an event as CSV (UTF-8 with a BOM, for spreadsheets), for organizers.
    pub async fn attendees_csv(&self, actor: &Actor, event_id: &str) -> ServiceResult<String> {
        self.require_organizer_reader(
            actor,
            event_id,
            op("registration.export", "event", event_id),
        )
        .await?;
        let rows = ev::event_registrations(&self.store.db, event_id).await?;
        let mut w = ::csv::Writer::from_writer(Vec::new());
        let io = |e: ::csv::Error| ServiceError::Internal(e.to_string());
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
                r.attendee_type.to_string(),
                r.status.to_string(),
                r.lang.tag().to_string(),
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
        let system = Actor::Anonymous;
        for (e, due_at) in ev::events_with_due_reminders(&self.store.db, now).await? {
            for r in ev::unreminded(&self.store.db, &e.id).await? {
                let o = op("registration.remind", "registration", &r.id);
                // Someone who registered after the reminder time has just had their
                // confirmation: marked, not reminded.
                let sent = self
                    .write(&system, o, Ok(()), async |w| {
                        let fresh = ev::mark_reminded(&w.tx, &r.id, w.now).await?;
                        if fresh && r.created_at < due_at {
                            enqueue_mail(w, "reminder", &r.id).await?;
                            return Ok(1);
                        }
                        Ok(0)
                    })
                    .await?;
                queued += sent;
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
    ) -> ServiceResult<Vec<(EventView, RegistrationView)>> {
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
            // Only registrations whose address is proven: anyone can type someone's address.
            if !r.status.is_active() || r.address_confirmed_at.is_none() {
                continue;
            }
            if let Some(e) = ev::get_event(&self.store.db, &r.event_id).await? {
                out.push((e, r));
            }
        }
        out.sort_by_key(|(e, _)| e.starts_at);
        Ok(out)
    }
}
