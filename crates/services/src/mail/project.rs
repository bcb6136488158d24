//! The Driver's messages: a place in a team, a partner's invitation, a signed gate, a comment
//! addressed to someone — to one account each, in the language it last chose on the site
//! (else the project's first language), with the link to the project.

use super::{Mail, MailConfig, t};
use crate::{ServiceResult, Services};
use domain::Lang;
use domain::driver::parts::{Comment, PartKind};
use store::{accounts as acc, directory as dir, driver as pj};

impl Services {
    /// The message of a Driver outbox entry; None when its account or project is gone.
    pub(super) async fn render_project_mail(
        &self,
        cfg: &MailConfig,
        outbox_id: i64,
        p: &serde_json::Value,
    ) -> ServiceResult<Option<Mail>> {
        let db = &self.store.db;
        let kind = p["kind"].as_str().unwrap_or("");
        let (Some(user), Some(project)) = (
            acc::user_by_id(db, p["user_id"].as_str().unwrap_or("")).await?,
            pj::get(db, p["project_id"].as_str().unwrap_or("")).await?,
        ) else {
            return Ok(None);
        };
        if user.disabled {
            return Ok(None);
        }
        let lang = user
            .lang
            .or_else(|| project.languages.first().copied())
            .unwrap_or(Lang::En);
        let title = project.titles.best(lang).to_string();
        let city = dir::get_org(db, &project.city)
            .await?
            .map(|o| o.names.best(lang).to_string())
            .unwrap_or_else(|| project.city.clone());
        let word = |prefix: &str, v: &serde_json::Value| {
            t(lang, &format!("{prefix}-{}", v.as_str().unwrap_or("")), &[])
        };
        let role = word("mail-role", &p["role"]);
        let stage = word("mail-stage", &p["stage"]);
        let org = match p["org"].as_str() {
            Some(o) => dir::get_org(db, o)
                .await?
                .map(|x| x.names.best(lang).to_string())
                .unwrap_or_else(|| o.to_string()),
            None => String::new(),
        };
        let args = [
            ("project", title.as_str()),
            ("role", role.as_str()),
            ("stage", stage.as_str()),
            ("org", org.as_str()),
        ];
        let mut body = vec![
            t(lang, "mail-greeting", &[("name", &user.display_name)]),
            String::new(),
        ];
        if kind == "project_comment" {
            let Some(part) = pj::part(
                db,
                &project.id,
                PartKind::Comment,
                p["comment"].as_str().unwrap_or(""),
            )
            .await?
            else {
                return Ok(None);
            };
            let Ok(c) = serde_json::from_value::<Comment>(part.body) else {
                return Ok(None);
            };
            let author = acc::user_by_id(db, &c.author)
                .await?
                .map(|u| u.display_name)
                .unwrap_or_default();
            body.push(t(lang, "mail-body-project_comment", &[("author", &author)]));
            body.push(String::new());
            body.extend(c.body.lines().map(|l| format!("> {l}")));
        } else {
            body.push(t(lang, &format!("mail-body-{kind}"), &args));
        }
        let link = format!(
            "{}/projects/{}",
            cfg.public_url.trim_end_matches('/'),
            project.id
        );
        // A message about a need leads to the need.
        let (link_key, link) = match p["need"].as_str() {
            Some(n) => (
                "mail-need-link",
                format!("{}/needs/{n}", cfg.public_url.trim_end_matches('/')),
            ),
            None => ("mail-project-link", link),
        };
        body.extend([
            String::new(),
            title.clone(),
            t(lang, link_key, &[("link", &link)]),
            String::new(),
            t(lang, "mail-project-signature", &[("city", &city)]),
        ]);
        Ok(Some(Mail {
            to: user.email,
            subject: t(lang, &format!("mail-subject-{kind}"), &args),
            body: body.join("\n"),
            message_id: format!("<outbox-{outbox_id}@citydriver>"),
        }))
    }
}
