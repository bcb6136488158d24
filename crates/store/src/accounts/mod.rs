//! Accounts, editor grants, invitations, sessions and API tokens. Secrets are stored hashed;
//! what leaves the store is a record with domain types (`Role`, `Scope`), the password's hash
//! behind `Secret` so that it never shows in a log.

pub mod entities;
mod queries;

pub use queries::*;

use crate::directory::stored;
use crate::{Result, StoreError};
use domain::Secret;
use domain::auth::{Role, Scope};
use entities::{api_token, invitation, session, user};
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct User {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub password_hash: Secret,
    pub role: Role,
    pub disabled: bool,
    /// The language they last chose on the site (their e-mails are written in it).
    pub lang: Option<domain::Lang>,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Invitation {
    /// None: the invitee chooses the address (the first administrator's link).
    pub email: Option<String>,
    pub role: Role,
    pub org_id: Option<String>,
    pub created_by: String,
    pub expires_at: i64,
    pub accepted_at: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Session {
    pub user_id: String,
    pub expires_at: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Token {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub scopes: Vec<Scope>,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

impl TryFrom<user::Model> for User {
    type Error = StoreError;
    fn try_from(m: user::Model) -> Result<Self> {
        Ok(User {
            role: stored("users.role", Role::parse(&m.role))?,
            password_hash: Secret::new(m.password_hash),
            id: m.id,
            email: m.email,
            display_name: m.display_name,
            disabled: m.disabled,
            lang: m.lang.as_deref().and_then(domain::Lang::parse),
            created_at: m.created_at,
        })
    }
}

impl TryFrom<invitation::Model> for Invitation {
    type Error = StoreError;
    fn try_from(m: invitation::Model) -> Result<Self> {
        Ok(Invitation {
            role: stored("invitations.role", Role::parse(&m.role))?,
            email: Some(m.email).filter(|e| !e.is_empty()),
            org_id: m.org_id,
            created_by: m.created_by,
            expires_at: m.expires_at,
            accepted_at: m.accepted_at,
        })
    }
}

impl From<session::Model> for Session {
    fn from(m: session::Model) -> Self {
        Session {
            user_id: m.user_id,
            expires_at: m.expires_at,
        }
    }
}

impl TryFrom<api_token::Model> for Token {
    type Error = StoreError;
    fn try_from(m: api_token::Model) -> Result<Self> {
        Ok(Token {
            scopes: stored("api_tokens.scopes", Scope::parse_list(&m.scopes))?,
            id: m.id,
            user_id: m.user_id,
            name: m.name,
            created_at: m.created_at,
            revoked_at: m.revoked_at,
        })
    }
}
