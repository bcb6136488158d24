//! The mailer: sends the e-mails that use cases put in the outbox, in the attendee's language
//! and time zone, by SMTP or (for a local run) as `.eml` files in a folder.
//!
//! Delivery is at least once, never lost: the position of the last message handed to the
//! transport is saved after each one, so a crash resends at most the message in flight — with the
//! same Message-ID (`<outbox-N@citydriver>`), which receivers use to drop the duplicate.

use crate::{ServiceError, ServiceResult, Services};
use domain::Lang;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;
use store::{directory as dir, events as ev, outbox};

fluent_templates::static_loader! {
    static MAIL = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

const POSITION: &str = "mailer.position";
/// Which node sends, until when: `<node id> <UTC micros>`. One mailer at a time, so that several
/// nodes never send a message twice; a node that stops loses the lease when it expires.
const LEASE: &str = "mailer.lease";
const LEASE_MICROS: i64 = 30_000_000;
/// How long a hole in the outbox ids is waited for (see `search.rs`: ids are handed out before
/// commit, so a message can become visible after a later one).
const GAP_PATIENCE_MICROS: i64 = 5_000_000;
/// How many messages are handed to the transport at once (over pooled SMTP connections).
const SEND_AT_ONCE: usize = 8;

#[derive(Debug, Clone)]
pub enum Transport {
    /// An SMTP server; `starttls` for anything but a local relay.
    Smtp {
        host: String,
        port: u16,
        starttls: bool,
        credentials: Option<(String, String)>,
    },
    /// One `.eml` file per message in this folder (the default for a local run).
    Files(PathBuf),
}

#[derive(Debug, Clone)]
pub struct MailConfig {
    pub transport: Transport,
    pub from: String,
    /// The site's address, for the links in messages.
    pub public_url: String,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            transport: Transport::Files(PathBuf::from("outbox-mail")),
            from: "citydriver <noreply@citydriver.localhost>".into(),
            public_url: "http://127.0.0.1:8080".into(),
        }
    }
}

fn t(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.to_string())))
        .collect();
    MAIL.lookup_with_args(&id, key, &map)
}

/// A message ready for the transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub message_id: String,
}

impl Services {
    /// Renders the message of one outbox entry; `None` when there is nothing to send any more
    /// (the registration was removed).
    pub async fn render_mail(
        &self,
        cfg: &MailConfig,
        outbox_id: i64,
        payload: &str,
    ) -> ServiceResult<Option<Mail>> {
        let p: serde_json::Value =
            serde_json::from_str(payload).map_err(|e| ServiceError::Internal(e.to_string()))?;
        let kind = p["kind"].as_str().unwrap_or("");
        // Who it goes to, in which language and zone, and the link they act through.
        let public = cfg.public_url.trim_end_matches('/').to_string();
        let (to, name, lang_tag, zone, event_id, link_line) = if kind == "invitation" {
            let Some(inv) =
                ev::get_invitation(&self.store.db, p["invitation_id"].as_str().unwrap_or(""))
                    .await?
            else {
                return Ok(None);
            };
            let secret = self.invitation_secret(&inv.id).await?;
            let link = format!(
                "{public}/events/{}/register?invitation={secret}",
                inv.event_id
            );
            let name = if inv.name.is_empty() {
                inv.email.clone()
            } else {
                inv.name
            };
            (
                inv.email,
                name,
                inv.lang,
                None,
                inv.event_id,
                ("mail-invitation-link", link),
            )
        } else {
            let Some(reg) =
                ev::get_registration(&self.store.db, p["registration_id"].as_str().unwrap_or(""))
                    .await?
            else {
                return Ok(None);
            };
            let link = format!("{public}/r/{}", self.manage_secret(&reg.id).await?);
            (
                reg.email,
                reg.name,
                reg.lang,
                Some(reg.time_zone),
                reg.event_id,
                ("mail-manage", link),
            )
        };
        let Some(event) = ev::get_event(&self.store.db, &event_id).await? else {
            return Ok(None);
        };
        let lang = lang_tag;
        let title = event.titles.best(lang).to_string();
        let organizer = match ev::organizer_of(&self.store.db, &event.id).await? {
            Some(o) => dir::get_org(&self.store.db, &o)
                .await?
                .map(|org| org.names.best(lang).to_string())
                .unwrap_or(o),
            None => String::new(),
        };
        // Times in the attendee's own zone (an invitee's: the event's), with the zone named.
        let zone = zone.unwrap_or_else(|| event.time_zone.clone());
        let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
        let start = domain::time::from_micros(event.starts_at).with_timezone(&tz);
        let end = domain::time::from_micros(event.ends_at).with_timezone(&tz);
        let when = if event.time_known {
            format!(
                "{}–{} ({})",
                start.format("%Y-%m-%d %H:%M"),
                end.format("%H:%M"),
                zone
            )
        } else {
            let event_tz: chrono_tz::Tz = event.time_zone.parse().unwrap_or(chrono_tz::UTC);
            let date = domain::time::from_micros(event.starts_at)
                .with_timezone(&event_tz)
                .format("%Y-%m-%d")
                .to_string();
            t(lang, "mail-time-not-published", &[("date", &date)])
        };
        let subject = t(lang, &format!("mail-subject-{kind}"), &[("event", &title)]);
        let body = [
            t(lang, "mail-greeting", &[("name", &name)]),
            String::new(),
            t(lang, &format!("mail-body-{kind}"), &[]),
            String::new(),
            title,
            t(lang, "mail-when", &[("when", &when)]),
            String::new(),
            t(lang, link_line.0, &[("link", &link_line.1)]),
            String::new(),
            t(lang, "mail-signature", &[("organizer", &organizer)]),
        ]
        .join("\n");
        Ok(Some(Mail {
            to,
            subject,
            body,
            message_id: format!("<outbox-{outbox_id}@citydriver>"),
        }))
    }

    /// Sends what waits in the outbox, oldest first, up to `limit` messages. Returns how many were sent.
    pub async fn send_pending_mail(&self, cfg: &MailConfig, limit: u64) -> ServiceResult<usize> {
        let from: Mailbox = cfg
            .from
            .parse()
            .map_err(|e| ServiceError::Internal(format!("mail from: {e}")))?;
        if !self.take_mailer_lease().await? {
            return Ok(0);
        }
        let mut position: i64 = outbox::get_meta(&self.store.db, POSITION)
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let mut sent = 0;
        let mut sender: Option<Sender> = None;
        let now = domain::time::now_micros();
        // Messages go out a few at a time over the pooled connections; the position moves past
        // a group once all of it is sent (a failure resends the group: at least once).
        let mut group: Vec<Message> = Vec::new();
        let mut group_end = position;
        let entries = outbox::read_after(&self.store.db, position, limit).await?;
        let last = entries.len();
        for (i, entry) in entries.into_iter().enumerate() {
            if entry.id != group_end + 1 && now - entry.at < GAP_PATIENCE_MICROS {
                break;
            }
            if entry.topic == "email"
                && let Some(mail) = self.render_mail(cfg, entry.id, &entry.payload).await?
            {
                group.push(
                    Message::builder()
                        .from(from.clone())
                        .to(mail
                            .to
                            .parse()
                            .map_err(|e| ServiceError::Internal(format!("mail to: {e}")))?)
                        .subject(mail.subject)
                        .message_id(Some(mail.message_id))
                        .header(ContentType::TEXT_PLAIN)
                        .body(mail.body)
                        .map_err(|e| ServiceError::Internal(format!("building mail: {e}")))?,
                );
            }
            group_end = entry.id;
            if group.len() >= SEND_AT_ONCE || i + 1 == last {
                sent += flush(&mut sender, &cfg.transport, &mut group).await?;
                position = group_end;
                outbox::set_meta(&self.store.db, POSITION, &position.to_string()).await?;
            }
        }
        if group_end != position {
            // The loop stopped at a gap: what was read before it is sent.
            sent += flush(&mut sender, &cfg.transport, &mut group).await?;
            outbox::set_meta(&self.store.db, POSITION, &group_end.to_string()).await?;
        }
        Ok(sent)
    }

    /// Takes (or renews) the mailer's lease for this node; false while another node holds it.
    async fn take_mailer_lease(&self) -> ServiceResult<bool> {
        let db = &self.store.db;
        let now = domain::time::now_micros();
        let me = &self.node_id;
        let current = outbox::get_meta(db, LEASE).await?;
        if let Some(c) = &current {
            let (holder, until) = c.split_once(' ').unwrap_or(("", "0"));
            let until: i64 = until.parse().unwrap_or(0);
            if holder != me && until > now {
                return Ok(false);
            }
        }
        let new = format!("{me} {}", now + LEASE_MICROS);
        Ok(outbox::cas_meta(db, LEASE, current.as_deref(), &new).await?)
    }
}

/// A transport built once per round, so that SMTP connections are pooled and reused.
enum Sender {
    Files(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// Sends a group of messages at once (opening the transport on first use); how many were sent.
async fn flush(
    sender: &mut Option<Sender>,
    transport: &Transport,
    group: &mut Vec<Message>,
) -> ServiceResult<usize> {
    if group.is_empty() {
        return Ok(0);
    }
    if sender.is_none() {
        *sender = Some(Sender::new(transport).await?);
    }
    let Some(t) = sender.as_ref() else {
        return Ok(0);
    };
    let n = group.len();
    for r in futures_util::future::join_all(group.drain(..).map(|m| t.send(m))).await {
        r?;
    }
    Ok(n)
}

fn fail(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(format!("sending mail: {e}"))
}

impl Sender {
    async fn new(transport: &Transport) -> ServiceResult<Sender> {
        Ok(match transport {
            Transport::Files(dir) => {
                tokio::fs::create_dir_all(dir).await.map_err(fail)?;
                Sender::Files(AsyncFileTransport::<Tokio1Executor>::new(dir))
            }
            Transport::Smtp {
                host,
                port,
                starttls,
                credentials,
            } => {
                let mut b = if *starttls {
                    AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(fail)?
                } else {
                    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
                };
                b = b.port(*port);
                if let Some((u, p)) = credentials {
                    b = b.credentials(lettre::transport::smtp::authentication::Credentials::new(
                        u.clone(),
                        p.clone(),
                    ));
                }
                Sender::Smtp(b.build())
            }
        })
    }

    async fn send(&self, msg: Message) -> ServiceResult<()> {
        match self {
            Sender::Files(t) => t.send(msg).await.map(|_| ()).map_err(fail),
            Sender::Smtp(t) => t.send(msg).await.map(|_| ()).map_err(fail),
        }
    }
}
