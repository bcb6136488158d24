//! A project's team: people (accounts) with a role, added by an owner, and partner
//! organizations invited by an owner, which accept or decline through their editors. Each
//! addition and invitation tells the people concerned by e-mail, through the outbox.

use crate::directory::edits;
use crate::error::field;
use crate::write::{Write, op, refusal};
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::{Actor, Denied};
use domain::driver::{PartnerStatus, TeamRole};
use serde_json::json;
use store::accounts as acc;
use store::directory as dir;
use store::driver as pj;
use store::outbox::Topic;

/// Puts one e-mail of the Driver in the outbox: `kind` for `user_id` about `project_id`.
pub(crate) async fn notify(
    w: &Write,
    kind: &str,
    project_id: &str,
    user_id: &str,
    extra: serde_json::Value,
) -> ServiceResult<()> {
    let mut payload = json!({ "kind": kind, "project_id": project_id, "user_id": user_id });
    if let (Some(p), serde_json::Value::Object(x)) = (payload.as_object_mut(), extra) {
        p.extend(x);
    }
    w.emit(Topic::Email, project_id, payload).await
}

impl Services {
    /// Adds an account to the team by its e-mail address, or changes its role. Owners only.
    pub async fn set_team_member(
        &self,
        actor: &Actor,
        project_id: &str,
        email: &str,
        role: &str,
    ) -> ServiceResult<()> {
        let o = op("project.member.set", "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            self.project_for(&w.tx, actor, project_id, TeamRole::Owner)
                .await?;
            let mut e = domain::FieldErrors::new();
            let role = TeamRole::parse(role).map_err(|r| e.add("role", r)).ok();
            let email = domain::directory::normalize_email(email)
                .map_err(|r| e.add("email", r))
                .ok();
            let (Some(role), Some(email)) = (role, email) else {
                return Err(ServiceError::Invalid(e));
            };
            let Some(user) = acc::user_by_email(&w.tx, &email).await? else {
                return Err(ServiceError::Invalid(field(
                    "email",
                    "no account has this address: an administrator invites people to citydriver first",
                )));
            };
            let before = pj::member_role(&w.tx, project_id, &user.id).await?;
            if before == Some(TeamRole::Owner) && role != TeamRole::Owner {
                self.keep_an_owner(w, project_id, &user.id).await?;
            }
            pj::set_member(&w.tx, project_id, &user.id, role, w.now).await?;
            pj::touch(&w.tx, project_id, w.now).await?;
            w.audit(
                op("project.member.set", "project", project_id),
                before.map(|r| json!({"user": user.id, "role": r})).as_ref(),
                Some(&json!({"user": user.id, "role": role})),
            )
            .await?;
            if before.is_none() {
                notify(w, "project_member", project_id, &user.id, json!({ "role": role }))
                    .await?;
            }
            Ok(())
        })
        .await
    }

    /// A project keeps at least one owner in its team besides `leaving`.
    async fn keep_an_owner(&self, w: &Write, project_id: &str, leaving: &str) -> ServiceResult<()> {
        let others = pj::members(&w.tx, project_id)
            .await?
            .into_iter()
            .filter(|m| m.role == TeamRole::Owner && m.user_id != leaving)
            .count();
        if others == 0 {
            return Err(ServiceError::Conflict(field(
                "role",
                "the team must keep an owner: make someone else owner first",
            )));
        }
        Ok(())
    }

    /// Takes someone out of the team: owners for anyone, anyone for themselves.
    pub async fn remove_team_member(
        &self,
        actor: &Actor,
        project_id: &str,
        user_id: &str,
    ) -> ServiceResult<()> {
        let o = op("project.member.remove", "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let me = actor.user().map(|u| u.user_id.as_str()) == Some(user_id);
            let needed = if me {
                TeamRole::Viewer
            } else {
                TeamRole::Owner
            };
            self.project_for(&w.tx, actor, project_id, needed).await?;
            let Some(before) = pj::member_role(&w.tx, project_id, user_id).await? else {
                return Err(ServiceError::NotFound("team member"));
            };
            if before == TeamRole::Owner {
                self.keep_an_owner(w, project_id, user_id).await?;
            }
            pj::remove_member(&w.tx, project_id, user_id).await?;
            pj::touch(&w.tx, project_id, w.now).await?;
            w.audit(
                o,
                Some(&json!({"user": user_id, "role": before})),
                None::<&()>,
            )
            .await?;
            Ok(())
        })
        .await
    }

    /// Invites an organization of the directory as a partner, with the rights it will have
    /// once it accepts (viewer or editor). Owners only; its editors are told by e-mail.
    pub async fn invite_partner(
        &self,
        actor: &Actor,
        project_id: &str,
        org: &str,
        role: &str,
    ) -> ServiceResult<()> {
        let o = op("project.partner.invite", "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let (p, _) = self
                .project_for(&w.tx, actor, project_id, TeamRole::Owner)
                .await?;
            let mut e = domain::FieldErrors::new();
            let role = match TeamRole::parse(role) {
                Ok(TeamRole::Owner) => {
                    e.add(
                        "role",
                        "a partner is a viewer or an editor; the city owns the project",
                    );
                    None
                }
                Ok(r) => Some(r),
                Err(r) => {
                    e.add("role", r);
                    None
                }
            };
            let org = org.trim();
            if org == p.city {
                e.add("org", "is the city that owns the project");
            } else if dir::get_org(&w.tx, org).await?.is_none() {
                e.add("org", "no such organization");
            }
            let Some(role) = role.filter(|_| e.is_empty()) else {
                return Err(ServiceError::Invalid(e));
            };
            if let Some(before) = pj::partner(&w.tx, project_id, org).await?
                && before.status != PartnerStatus::Declined
            {
                return Err(ServiceError::Conflict(field(
                    "org",
                    "is invited already or a partner",
                )));
            }
            let by = actor.user().map(|u| u.user_id.clone()).unwrap_or_default();
            pj::invite_partner(&w.tx, project_id, org, role, &by, w.now).await?;
            pj::touch(&w.tx, project_id, w.now).await?;
            w.audit(o, None::<&()>, Some(&json!({"org": org, "role": role})))
                .await?;
            for editor in acc::editors_of(&w.tx, org).await? {
                notify(
                    w,
                    "project_partner",
                    project_id,
                    &editor,
                    json!({ "org": org }),
                )
                .await?;
            }
            Ok(())
        })
        .await
    }

    /// An editor of an invited organization accepts or declines the invitation.
    pub async fn answer_partner(
        &self,
        actor: &Actor,
        project_id: &str,
        org: &str,
        accept: bool,
    ) -> ServiceResult<()> {
        let o = op("project.partner.answer", "project", project_id);
        let permit = if edits(actor, org) {
            Ok(())
        } else {
            Err(refusal(actor))
        };
        self.write(actor, o, permit, async |w| {
            let Some(before) = pj::partner(&w.tx, project_id, org).await? else {
                return Err(ServiceError::NotFound("invitation"));
            };
            if before.status != PartnerStatus::Invited {
                return Err(ServiceError::Conflict(field(
                    "org",
                    "has answered this invitation already",
                )));
            }
            let status = if accept {
                PartnerStatus::Accepted
            } else {
                PartnerStatus::Declined
            };
            pj::answer_partner(&w.tx, project_id, org, status, w.now).await?;
            pj::touch(&w.tx, project_id, w.now).await?;
            w.audit(
                o,
                Some(&json!({"org": org, "status": before.status})),
                Some(&json!({"org": org, "status": status})),
            )
            .await?;
            Ok(())
        })
        .await
    }

    /// Takes a partner organization off the project. Owners only.
    pub async fn remove_partner(
        &self,
        actor: &Actor,
        project_id: &str,
        org: &str,
    ) -> ServiceResult<()> {
        let o = op("project.partner.remove", "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            self.project_for(&w.tx, actor, project_id, TeamRole::Owner)
                .await?;
            let Some(before) = pj::partner(&w.tx, project_id, org).await? else {
                return Err(ServiceError::NotFound("partner"));
            };
            pj::remove_partner(&w.tx, project_id, org).await?;
            pj::touch(&w.tx, project_id, w.now).await?;
            w.audit(o, Some(&before), None::<&()>).await?;
            Ok(())
        })
        .await
    }

    /// The invitations waiting for the actor's organizations, with their projects.
    pub async fn partner_invitations(
        &self,
        actor: &Actor,
    ) -> ServiceResult<Vec<(pj::PartnerView, pj::ProjectView)>> {
        let Some(u) = actor.user() else {
            return Err(ServiceError::Denied(Denied::Unauthenticated));
        };
        let orgs: Vec<String> = u.editor_of.iter().map(|o| o.as_str().to_string()).collect();
        let db = &self.store.db;
        let mut out = Vec::new();
        for (project_id, pv) in pj::invitations_of(db, &orgs).await? {
            if let Some(p) = pj::get(db, &project_id).await? {
                out.push((pv, p));
            }
        }
        Ok(out)
    }
}
