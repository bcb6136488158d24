//! Accounts: invitations, sign-up, login/logout with server-side sessions, API tokens,
//! the users list and the audit log for admins. Passwords are argon2id; secrets are
//! stored as SHA-256 hashes and shown once.

use crate::error::field;
use crate::{ServiceError, ServiceResult, Services, random_hex, secret_hash};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use domain::FieldErrors;
use domain::auth::{Actor, Role, Scope, UserActor};
use domain::ids::OrgId;
use domain::time::now_micros;
use serde::Serialize;
use store::entities::{api_token, audit as audit_e, invitation, session, user};
use store::{accounts as acc, audit, directory as dir};

pub const MIN_PASSWORD: usize = 10;
pub const MAX_PASSWORD: usize = 1024;

pub use domain::directory::normalize_email;

fn check_password(p: &str, e: &mut FieldErrors) {
    let n = p.chars().count();
    if n < MIN_PASSWORD {
        e.add(
            "password",
            format!("must be at least {MIN_PASSWORD} characters"),
        );
    } else if n > MAX_PASSWORD {
        e.add(
            "password",
            format!("must be at most {MAX_PASSWORD} characters"),
        );
    }
}

pub fn hash_password(p: &str) -> ServiceResult<String> {
    Argon2::default()
        .hash_password(p.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| ServiceError::Internal(format!("argon2: {e}")))
}

fn verify_password(p: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .is_ok_and(|h| Argon2::default().verify_password(p.as_bytes(), &h).is_ok())
}

/// Verifying against this when the account does not exist keeps login time the same either way.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$J0oUPlYtSSbW2NQAH0Sn2ibT3iRRn0yC5Io0rGPYw4Q";

#[derive(Debug, Clone, Serialize)]
pub struct UserView {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub editor_of: Vec<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct InvitationView {
    pub email: Option<String>,
    pub role: String,
    pub org_id: Option<String>,
    pub expires_at: i64,
}

/// The form of `accept_invitation` and `create_user`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SignUp {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub password: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TokenView {
    pub id: String,
    pub name: String,
    pub scopes: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

impl Services {
    async fn actor_for_user(&self, u: user::Model, scopes: Vec<Scope>) -> ServiceResult<Actor> {
        if u.disabled {
            return Ok(Actor::Anonymous);
        }
        let role = Role::parse(&u.role).map_err(ServiceError::Internal)?;
        let editor_of = acc::grants_of(&self.store.db, &u.id)
            .await?
            .iter()
            .filter_map(|s| OrgId::parse(s).ok())
            .collect();
        Ok(Actor::User(UserActor {
            user_id: u.id,
            email: u.email,
            role,
            editor_of,
            scopes,
        }))
    }

    /// Creates the first admin's invitation when there is no account at all, and returns its secret.
    pub async fn bootstrap_invitation(&self) -> ServiceResult<Option<String>> {
        if acc::count_users(&self.store.db).await? > 0 {
            return Ok(None);
        }
        let secret = random_hex(24);
        let now = now_micros();
        acc::insert_invitation(
            &self.store.db,
            invitation::Model {
                token_hash: secret_hash(&secret),
                email: String::new(),
                role: Role::Admin.as_str().into(),
                org_id: None,
                created_by: "system".into(),
                created_at: now,
                expires_at: now + self.config.invitation_ttl_secs * 1_000_000,
                accepted_at: None,
            },
        )
        .await?;
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
        if let Err(d) = actor.require_admin() {
            return Err(self
                .refused_old(actor, "invitation.create", "invitation", email, d)
                .await);
        }
        let mut e = FieldErrors::new();
        let email = normalize_email(email).map_err(|r| e.add("email", r)).ok();
        let role = Role::parse(role.trim()).map_err(|r| e.add("role", r)).ok();
        let org = org.map(str::trim).filter(|s| !s.is_empty());
        if let Some(o) = org {
            match OrgId::parse(o) {
                Err(r) => e.add("org", r),
                Ok(id) => {
                    if dir::get_org(&self.store.db, id.as_str()).await?.is_none() {
                        e.add("org", "no such organization");
                    }
                }
            }
        }
        e.clone()
            .into_result()
            .map_err(|_| ServiceError::Invalid(e))?;
        let (email, role) = (email.unwrap_or_default(), role.unwrap_or(Role::Member));
        let secret = random_hex(24);
        let now = now_micros();
        let tx = self.store.begin().await?;
        let inv = invitation::Model {
            token_hash: secret_hash(&secret),
            email: email.clone(),
            role: role.as_str().into(),
            org_id: org.map(str::to_string),
            created_by: actor.id_for_log(),
            created_at: now,
            expires_at: now + self.config.invitation_ttl_secs * 1_000_000,
            accepted_at: None,
        };
        acc::insert_invitation(&tx, inv.clone()).await?;
        let after =
            serde_json::json!({"email": email, "role": inv.role, "org_id": inv.org_id}).to_string();
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "invitation.create",
            ("invitation", &email),
            None,
            Some(after),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(secret)
    }

    pub async fn invitation_info(&self, secret: &str) -> ServiceResult<InvitationView> {
        let inv = acc::invitation(&self.store.db, &secret_hash(secret))
            .await?
            .filter(|i| i.accepted_at.is_none() && i.expires_at > now_micros())
            .ok_or(ServiceError::NotFound("invitation"))?;
        Ok(InvitationView {
            email: Some(inv.email).filter(|e| !e.is_empty()),
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
        let email = if inv.email.is_empty() {
            normalize_email(&form.email)
                .map_err(|r| e.add("email", r))
                .ok()
        } else {
            Some(inv.email.clone())
        };
        let name = form.display_name.trim().to_string();
        if name.is_empty() {
            e.add("display_name", "is required");
        } else if name.chars().count() > 200 {
            e.add("display_name", "must be at most 200 characters");
        }
        check_password(&form.password, &mut e);
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let password_hash = hash_password(&form.password)?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        if !acc::accept_invitation(&tx, &hash, now).await? {
            return Err(ServiceError::NotFound("invitation"));
        }
        let u = acc::insert_user(
            &tx,
            user::Model {
                id: domain::ids::random_id("u", rand::random()),
                email: email.unwrap_or_default(),
                display_name: name,
                password_hash,
                role: inv.role.clone(),
                lang: None,
                disabled: false,
                created_at: now,
            },
        )
        .await?;
        if let Some(org) = &inv.org_id {
            acc::grant_editor(&tx, &u.id, org, now).await?;
        }
        crate::audited(
            &tx,
            now,
            &u.id,
            "user.sign_up",
            ("user", &u.id),
            None,
            Some(
                serde_json::json!({"email": u.email, "role": u.role, "editor_of": inv.org_id})
                    .to_string(),
            ),
        )
        .await?;
        let session = self.new_session(&tx, &u.id, now).await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(session)
    }

    async fn new_session(
        &self,
        db: &impl store::Conn,
        user_id: &str,
        now: i64,
    ) -> ServiceResult<String> {
        let secret = random_hex(32);
        acc::insert_session(
            db,
            session::Model {
                id_hash: secret_hash(&secret),
                user_id: user_id.to_string(),
                created_at: now,
                expires_at: now + self.config.session_ttl_secs * 1_000_000,
            },
        )
        .await?;
        Ok(secret)
    }

    /// Checks a password and opens a session. The error never says whether the account exists.
    pub async fn login(&self, email: &str, password: &str) -> ServiceResult<String> {
        let bad = || ServiceError::Invalid(field("password", "e-mail or password is wrong"));
        let email = normalize_email(email).map_err(|_| bad())?;
        let u = acc::user_by_email(&self.store.db, &email).await?;
        let hash = u
            .as_ref()
            .map(|u| u.password_hash.as_str())
            .unwrap_or(DUMMY_HASH);
        let ok = verify_password(password, hash);
        match u {
            Some(u) if ok && !u.disabled => {
                let now = now_micros();
                let _ = acc::delete_expired_sessions(&self.store.db, now).await;
                let tx = self.store.begin().await?;
                let secret = self.new_session(&tx, &u.id, now).await?;
                crate::audited(&tx, now, &u.id, "user.login", ("user", &u.id), None, None).await?;
                tx.commit().await.map_err(store::StoreError::from)?;
                Ok(secret)
            }
            _ => Err(bad()),
        }
    }

    pub async fn logout(&self, session_secret: &str) -> ServiceResult<()> {
        acc::delete_session(&self.store.db, &secret_hash(session_secret)).await?;
        Ok(())
    }

    /// The account with this e-mail, with every scope (for the operator's command line).
    pub async fn actor_by_email(&self, email: &str) -> ServiceResult<Actor> {
        let email = normalize_email(email).map_err(|r| ServiceError::Invalid(field("email", r)))?;
        let u = acc::user_by_email(&self.store.db, &email)
            .await?
            .ok_or(ServiceError::NotFound("account"))?;
        self.actor_for_user(u, Scope::ALL.to_vec()).await
    }

    /// The account behind a session cookie, with every scope; anonymous when expired or unknown.
    pub async fn session_actor(&self, session_secret: &str) -> ServiceResult<Actor> {
        let Some(s) = acc::session(&self.store.db, &secret_hash(session_secret)).await? else {
            return Ok(Actor::Anonymous);
        };
        if s.expires_at <= now_micros() {
            return Ok(Actor::Anonymous);
        }
        match acc::user_by_id(&self.store.db, &s.user_id).await? {
            Some(u) => self.actor_for_user(u, Scope::ALL.to_vec()).await,
            None => Ok(Actor::Anonymous),
        }
    }

    /// The account behind an API token, limited to the token's scopes; `None` when unknown or revoked.
    pub async fn token_actor(&self, token: &str) -> ServiceResult<Option<Actor>> {
        let Some(t) = acc::token_by_hash(&self.store.db, &secret_hash(token)).await? else {
            return Ok(None);
        };
        if t.revoked_at.is_some() {
            return Ok(None);
        }
        let scopes = Scope::parse_list(&t.scopes).map_err(ServiceError::Internal)?;
        match acc::user_by_id(&self.store.db, &t.user_id).await? {
            Some(u) if !u.disabled => Ok(Some(self.actor_for_user(u, scopes).await?)),
            _ => Ok(None),
        }
    }

    /// A new API token for the signed-in account. The secret is returned once and never stored.
    pub async fn create_token(
        &self,
        actor: &Actor,
        name: &str,
        scopes: &str,
    ) -> ServiceResult<(TokenView, String)> {
        let u = actor.require_user()?;
        let mut e = FieldErrors::new();
        let name = name.trim();
        if name.is_empty() {
            e.add("name", "is required");
        } else if name.chars().count() > 100 {
            e.add("name", "must be at most 100 characters");
        }
        let scopes = Scope::parse_list(scopes)
            .map_err(|r| e.add("scopes", r))
            .unwrap_or_default();
        if scopes.contains(&Scope::Admin) && u.role != Role::Admin {
            e.add("scopes", "only admins may hold the admin scope");
        }
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let secret = format!("cdt_{}", random_hex(24));
        let now = now_micros();
        let m = api_token::Model {
            id: domain::ids::random_id("t", rand::random()),
            user_id: u.user_id.clone(),
            name: name.to_string(),
            token_hash: secret_hash(&secret),
            scopes: Scope::join(&scopes),
            created_at: now,
            revoked_at: None,
        };
        let tx = self.store.begin().await?;
        acc::insert_token(&tx, m.clone()).await?;
        crate::audited(
            &tx,
            now,
            &u.user_id,
            "token.create",
            ("api_token", &m.id),
            None,
            Some(serde_json::json!({"name": m.name, "scopes": m.scopes}).to_string()),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok((token_view(m), secret))
    }

    pub async fn list_tokens(&self, actor: &Actor) -> ServiceResult<Vec<TokenView>> {
        let u = actor.require_user()?;
        Ok(acc::tokens_of(&self.store.db, &u.user_id)
            .await?
            .into_iter()
            .map(token_view)
            .collect())
    }

    pub async fn revoke_token(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        let u = actor.require_user()?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        acc::revoke_token(&tx, &u.user_id, id, now)
            .await
            .map_err(|e| match e {
                store::StoreError::NotFound => ServiceError::NotFound("token"),
                e => e.into(),
            })?;
        crate::audited(
            &tx,
            now,
            &u.user_id,
            "token.revoke",
            ("api_token", id),
            None,
            None,
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(())
    }

    pub async fn list_users(&self, actor: &Actor) -> ServiceResult<Vec<UserView>> {
        if let Err(d) = actor.require_admin() {
            return Err(self.refused_old(actor, "user.list", "user", "*", d).await);
        }
        let mut out = Vec::new();
        for u in acc::list_users(&self.store.db).await? {
            let editor_of = acc::grants_of(&self.store.db, &u.id).await?;
            out.push(UserView {
                id: u.id,
                email: u.email,
                display_name: u.display_name,
                role: u.role,
                editor_of,
                created_at: u.created_at,
            });
        }
        Ok(out)
    }

    pub async fn user_view(&self, actor: &Actor) -> ServiceResult<Option<UserView>> {
        let Some(u) = actor.user() else {
            return Ok(None);
        };
        let Some(m) = acc::user_by_id(&self.store.db, &u.user_id).await? else {
            return Ok(None);
        };
        Ok(Some(UserView {
            id: m.id,
            email: m.email,
            display_name: m.display_name,
            role: m.role,
            editor_of: u.editor_of.iter().map(|o| o.to_string()).collect(),
            created_at: m.created_at,
        }))
    }

    /// The audit log, newest first: admins only.
    pub async fn audit_log(
        &self,
        actor: &Actor,
        paging: domain::Paging,
    ) -> ServiceResult<domain::Page<audit_e::Model>> {
        if let Err(d) = actor.require_admin() {
            return Err(self
                .refused_old(actor, "audit.read", "audit_log", "*", d)
                .await);
        }
        Ok(audit::list(&self.store.db, paging).await?)
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
        Ok(UserView {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            role: u.role,
            editor_of,
            created_at: u.created_at,
        })
    }
}

fn token_view(m: api_token::Model) -> TokenView {
    TokenView {
        id: m.id,
        name: m.name,
        scopes: m.scopes,
        created_at: m.created_at,
        revoked_at: m.revoked_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(
            normalize_email(" Ana@Seoul.go.kr ").unwrap(),
            "ana@seoul.go.kr"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@x.org",
            "a b@x.org",
            "a@x",
            "a@.x",
            "a@x@y.org",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_are_argon2id_and_verify() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("wrong", &h));
        assert!(!verify_password("x", DUMMY_HASH));
    }
}
