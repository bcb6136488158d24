//! Invitations and sign-up: the first administrator's link, invitations by admins, accepting
//! one (which creates the account and signs it in), and direct creation from the command line.

use super::{SignUp, UserView, check_password, hash_password, normalize_email};
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services, random_hex, secret_hash};
use domain::FieldErrors;
use domain::auth::{Actor, Role};
use domain::ids::OrgId;
use domain::time::now_micros;
use serde::Serialize;
use store::accounts::{self as acc, Invitation, NewUser};
use store::directory as dir;

/// What an invitation's link offers, for its sign-up page.
#[derive(Debug, Clone, Serialize)]
pub struct InvitationView {
    pub email: Option<String>,
    pub role: Role,
    pub org_id: Option<String>,
    pub expires_at: i64,
}

impl Services {
    /// Creates the first admin's invitation when there is no account at all, and returns its secret.
    pub async fn bootstrap_invitation(&self) -> ServiceResult<Option<String>> {
        if acc::count_users(&self.store.db).await? > 0 {
            return Ok(None);
        }
        let secret = random_hex(24);
        let now = now_micros();
        // One link at a time: a new start ends the links printed by earlier ones.
        acc::revoke_bootstrap_invitations(&self.store.db, now).await?;
        let inv = Invitation {
            email: None,
            role: Role::Admin,
            org_id: None,
            created_by: "system".into(),
            expires_at: now + self.config.invitation_ttl_secs * 1_000_000,
            accepted_at: None,
        };
        acc::insert_invitation(&self.store.db, &secret_hash(&secret), &inv, now).await?;
        Ok(Some(secret))
    }

    /// Admins invite someone by e-mail; the returned secret goes into the invitation link.
    pub async fn create_invitation(
        &self,
        actor: &Actor,
        email: &str,
        role: &str,
        org: Option<&str>,
    ) -> ServiceResult<String> {
        let o = op("invitation.create", "invitation", email);
        self.write(actor, o, actor.require_admin(), async |w| {
            let mut e = FieldErrors::new();
            let email = normalize_email(email).map_err(|r| e.add("email", r)).ok();
            let role = Role::parse(role.trim()).map_err(|r| e.add("role", r)).ok();
            let org = org.map(str::trim).filter(|s| !s.is_empty());
            if let Some(o) = org {
                match OrgId::parse(o) {
                    Err(r) => e.add("org", r),
                    Ok(id) => {
                        if dir::get_org(&w.tx, id.as_str()).await?.is_none() {
                            e.add("org", "no such organization");
                        }
                    }
                }
            }
            if !e.is_empty() {
                return Err(ServiceError::Invalid(e));
            }
            let email = email.unwrap_or_default();
            let secret = random_hex(24);
            let inv = Invitation {
                email: Some(email.clone()),
                role: role.unwrap_or(Role::Member),
                org_id: org.map(str::to_string),
                created_by: actor.id_for_log(),
                expires_at: w.now + self.config.invitation_ttl_secs * 1_000_000,
                accepted_at: None,
            };
            acc::insert_invitation(&w.tx, &secret_hash(&secret), &inv, w.now).await?;
            let after = serde_json::json!({"email": email, "role": inv.role, "org_id": inv.org_id});
            w.audit(
                op(o.action, o.target_type, &email),
                None::<&()>,
                Some(&after),
            )
            .await?;
            Ok(secret)
        })
        .await
    }

    pub async fn invitation_info(&self, secret: &str) -> ServiceResult<InvitationView> {
        let inv = acc::invitation(&self.store.db, &secret_hash(secret))
            .await?
            .filter(|i| i.accepted_at.is_none() && i.expires_at > now_micros())
            .ok_or(ServiceError::NotFound("invitation"))?;
        Ok(InvitationView {
            email: inv.email,
            role: inv.role,
            org_id: inv.org_id,
            expires_at: inv.expires_at,
        })
    }

    /// Accepts an invitation: creates the account (with the invited e-mail, which cannot be
    /// changed) and signs it in. Returns the session secret.
    pub async fn accept_invitation(&self, secret: &str, form: SignUp) -> ServiceResult<String> {
        let hash = secret_hash(secret);
        let inv = acc::invitation(&self.store.db, &hash)
            .await?
            .filter(|i| i.accepted_at.is_none() && i.expires_at > now_micros())
            .ok_or(ServiceError::NotFound("invitation"))?;
        let mut e = FieldErrors::new();
        let email = match &inv.email {
            None => normalize_email(&form.email)
                .map_err(|r| e.add("email", r))
                .ok(),
            Some(m) => Some(m.clone()),
        };
        let name = form.display_name.trim().to_string();
        if name.is_empty() {
            e.add("display_name", "is required");
        } else if name.chars().count() > 200 {
            e.add("display_name", "must be at most 200 characters");
        } else if name.chars().any(char::is_control) {
            e.add(
                "display_name",
                "must be one line, without control characters",
            );
        }
        check_password(&form.password, &mut e);
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let password_hash = hash_password(&form.password)?;
        // The new account signs itself up: the audit log names it, once it exists.
        let o = op("user.sign_up", "user", "");
        self.write(&Actor::Anonymous, o, Ok(()), async |w| {
            // A first-administrator link works only while there is no account at all.
            if inv.created_by == "system" && acc::count_users(&w.tx).await? > 0 {
                return Err(ServiceError::NotFound("invitation"));
            }
            if !acc::accept_invitation(&w.tx, &hash, w.now).await? {
                return Err(ServiceError::NotFound("invitation"));
            }
            let new = NewUser {
                email: email.as_deref().unwrap_or_default(),
                display_name: &name,
                password_hash: &password_hash,
                role: inv.role,
            };
            let u = acc::insert_user(&w.tx, new, w.now).await?;
            if let Some(org) = &inv.org_id {
                acc::grant_editor(&w.tx, &u.id, org, w.now).await?;
            }
            let after =
                serde_json::json!({"email": u.email, "role": u.role, "editor_of": inv.org_id});
            w.audit_as(
                &u.id,
                op(o.action, o.target_type, &u.id),
                None,
                Some(after.to_string()),
            )
            .await?;
            self.new_session(&w.tx, &u.id, w.now).await
        })
        .await
    }

    /// Creates an account directly (admins), e.g. from the command line.
    pub async fn create_user(
        &self,
        actor: &Actor,
        form: SignUp,
        role: &str,
        org: Option<&str>,
    ) -> ServiceResult<UserView> {
        let secret = self
            .create_invitation(actor, &form.email, role, org)
            .await?;
        let session = self.accept_invitation(&secret, form.clone()).await?;
        // The direct creation does not sign the admin in as the new user.
        self.logout(&session).await?;
        let email = normalize_email(&form.email).unwrap_or_default();
        let u = acc::user_by_email(&self.store.db, &email)
            .await?
            .ok_or(ServiceError::NotFound("user"))?;
        let editor_of = acc::grants_of(&self.store.db, &u.id).await?;
        Ok(UserView::of(u, editor_of))
    }
}
