//! One message of the outbox, written: to whom, in their language and time zone, with the link
//! they act through (a registration's self-service page, an invitation's registration form).

use super::{Mail, MailConfig, t};
use crate::{ServiceError, ServiceResult, Services};
use store::{directory as dir, events as ev};

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
        if kind.starts_with("project_") {
            return self.render_project_mail(cfg, outbox_id, &p).await;
        }
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
            let link = format!("{public}/r/{}", self.registration_link(&reg).await?);
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
}
