//! The mailer: sends the e-mails that use cases put in the outbox, in the attendee's language
//! and time zone, by SMTP or (for a local run) as `.eml` files in a folder.
//!
//! Delivery is at least once, never lost: the position of the last message handed to the
//! transport is saved after each one, so a crash resends at most the message in flight — with the
//! same Message-ID (`<outbox-N@citydriver>`), which receivers use to drop the duplicate.

mod project;
mod render;

use crate::{ServiceError, ServiceResult, Services};
use domain::{Lang, Secret};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;
use store::outbox::{self, Topic};

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

/// How far the mailer has read the outbox.
pub(crate) async fn mailer_position(db: &impl store::Conn) -> ServiceResult<i64> {
    Ok(outbox::get_meta(db, POSITION)
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

/// How messages leave. Its `Debug` never shows the SMTP password (`Secret`).
#[derive(Debug, Clone)]
pub enum Transport {
    /// An SMTP server; `starttls` for anything but a local relay.
    Smtp {
        host: String,
        port: u16,
        starttls: bool,
        /// User name and password.
        credentials: Option<(String, Secret)>,
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

pub(crate) fn t(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
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
    /// Sends what waits in the outbox, oldest first, up to `limit` messages. Returns how many were sent.
    pub async fn send_pending_mail(&self, cfg: &MailConfig, limit: u64) -> ServiceResult<usize> {
        self.send_pending_mail_until(cfg, limit, &|| false).await
    }

    /// `send_pending_mail`, stopping between groups of messages once `stopping` says so (the
    /// message in flight is finished and its position saved).
    pub async fn send_pending_mail_until(
        &self,
        cfg: &MailConfig,
        limit: u64,
        stopping: &(dyn Fn() -> bool + Sync),
    ) -> ServiceResult<usize> {
        let from: Mailbox = cfg
            .from
            .parse()
            .map_err(|e| ServiceError::Internal(format!("mail from: {e}")))?;
        if !self.take_mailer_lease().await? {
            return Ok(0);
        }
        let mut position = mailer_position(&self.store.db).await?;
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
            if stopping() {
                break;
            }
            if Topic::parse(&entry.topic) == Some(Topic::Email)
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
        metrics::counter!("citydriver_mail_sent_total").increment(sent as u64);
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
                        p.expose().to_string(),
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_smtp_password_never_shows_in_debug() {
        let t = super::Transport::Smtp {
            host: "smtp.example.org".into(),
            port: 587,
            starttls: true,
            credentials: Some(("mailer".into(), "s3cret-smtp-pass".to_string().into())),
        };
        let shown = format!(
            "{t:?} {:?}",
            super::MailConfig {
                transport: t.clone(),
                ..Default::default()
            }
        );
        assert!(!shown.contains("s3cret-smtp-pass"), "{shown}");
        assert!(
            shown.contains("mailer") && shown.contains("[redacted]"),
            "{shown}"
        );
    }
}
