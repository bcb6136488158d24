//! Accounts: invitations and sign-up (`invitations.rs`), login and logout with server-side
//! sessions, API tokens (`tokens.rs`), the users list and the audit log for admins.
//! Passwords are argon2id; secrets are stored as SHA-256 hashes and shown once.

mod invitations;
pub mod throttle;
mod tokens;

pub use invitations::InvitationView;
pub use store::accounts::Token as TokenView;

use crate::error::field;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services, random_hex, secret_hash};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use domain::auth::{Actor, Role, Scope, UserActor};
use domain::ids::OrgId;
use domain::time::now_micros;
use domain::{FieldErrors, Page, Paging};
use serde::Serialize;
use store::accounts::{self as acc, User};
use store::audit::{self, AuditRecord};

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
    pub role: Role,
    pub editor_of: Vec<String>,
    pub created_at: i64,
}

impl UserView {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
    fn of(u: User, editor_of: Vec<String>) -> UserView {
        UserView {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            role: u.role,
            editor_of,
            created_at: u.created_at,
        }
    }
}

/// The form of `accept_invitation` and `create_user`.
#[derive(Clone, Default, serde::Deserialize)]
pub struct SignUp {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub password: String,
}

impl std::fmt::Debug for SignUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignUp")
            .field("email", &self.email)
            .field("display_name", &self.display_name)
            .field("password", &"[redacted]")
            .finish()
    }
}

impl Services {
    /// Remembers the language a signed-in account chose, for the e-mails written to it.
    pub async fn remember_lang(&self, actor: &Actor, lang: domain::Lang) -> ServiceResult<()> {
        let Some(u) = actor.user() else {
            return Ok(());
        };
        let o = op("account.lang", "user", &u.user_id);
        self.write(actor, o, Ok(()), async |w| {
            acc::set_user_lang(&w.tx, &u.user_id, lang).await?;
            w.audit_json(o, None, Some(format!("\"{}\"", lang.tag())))
                .await
        })
        .await
    }

    async fn actor_for_user(&self, u: User, scopes: Vec<Scope>) -> ServiceResult<Actor> {
        if u.disabled {
            return Ok(Actor::Anonymous);
        }
        let editor_of = acc::grants_of(&self.store.db, &u.id)
            .await?
            .iter()
            .filter_map(|s| OrgId::parse(s).ok())
            .collect();
        Ok(Actor::User(UserActor {
            user_id: u.id,
            email: u.email,
            role: u.role,
            editor_of,
            scopes,
        }))
    }

    /// A fresh session for `user_id` in the caller's transaction; its secret.
    async fn new_session(
        &self,
        db: &impl store::Conn,
        user_id: &str,
        now: i64,
    ) -> ServiceResult<String> {
        let secret = random_hex(32);
        let expires = now + self.config.session_ttl_secs * 1_000_000;
        acc::insert_session(db, &secret_hash(&secret), user_id, now, expires).await?;
        Ok(secret)
    }

    /// Checks a password and opens a session. The error never says whether the account exists.
    pub async fn login(&self, email: &str, password: &str) -> ServiceResult<String> {
        self.login_from(email, password, None).await
    }

    /// Signs in from `address` (the client's, when known), throttled per account and per
    /// address (`throttle.rs`); a throttled try is refused before its password is looked at.
    pub async fn login_from(
        &self,
        email: &str,
        password: &str,
        address: Option<&str>,
    ) -> ServiceResult<String> {
        let bad = || ServiceError::Invalid(field("password", "e-mail or password is wrong"));
        let email = normalize_email(email).map_err(|_| bad())?;
        let account_key = format!("account:{email}");
        let mut keys = vec![account_key.clone()];
        if let Some(a) = address {
            keys.push(format!("address:{a}"));
        }
        let now = std::time::Instant::now();
        if let Some(wait) = self.throttle.wait(&keys, now) {
            // The account is named by a hash only: logs are read by more people than accounts.
            tracing::warn!(account = %&secret_hash(&email)[..12], address = address.unwrap_or("-"), wait_secs = wait.as_secs(), "sign-in throttled");
            return Err(ServiceError::Throttled(wait.as_secs().max(1)));
        }
        let u = acc::user_by_email(&self.store.db, &email).await?;
        let hash = u
            .as_ref()
            .map(|u| u.password_hash.expose())
            .unwrap_or(DUMMY_HASH);
        let ok = verify_password(password, hash);
        match u {
            Some(u) if ok && !u.disabled => {
                self.throttle.cleared(&[account_key]);
                let _ = acc::delete_expired_sessions(&self.store.db, now_micros()).await;
                let who = Actor::User(UserActor {
                    user_id: u.id.clone(),
                    email: u.email.clone(),
                    role: u.role,
                    editor_of: vec![],
                    scopes: vec![],
                });
                let o = op("user.login", "user", &u.id);
                self.write(&who, o, Ok(()), async |w| {
                    let secret = self.new_session(&w.tx, &u.id, w.now).await?;
                    w.audit_json(o, None, None).await?;
                    Ok(secret)
                })
                .await
            }
            _ => {
                self.throttle.failed(&keys, now);
                Err(bad())
            }
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

    pub async fn list_users(&self, actor: &Actor) -> ServiceResult<Vec<UserView>> {
        if let Err(d) = actor.require_admin_reader() {
            return Err(self.refused(actor, op("user.list", "user", "*"), d).await);
        }
        let mut out = Vec::new();
        for u in acc::list_users(&self.store.db).await? {
            let editor_of = acc::grants_of(&self.store.db, &u.id).await?;
            out.push(UserView::of(u, editor_of));
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
        let editor_of = u.editor_of.iter().map(|o| o.to_string()).collect();
        Ok(Some(UserView::of(m, editor_of)))
    }

    /// The audit log, newest first: admins only.
    pub async fn audit_log(
        &self,
        actor: &Actor,
        paging: Paging,
    ) -> ServiceResult<Page<AuditRecord>> {
        if let Err(d) = actor.require_admin_reader() {
            return Err(self
                .refused(actor, op("audit.read", "audit_log", "*"), d)
                .await);
        }
        Ok(audit::list(&self.store.db, paging).await?)
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
