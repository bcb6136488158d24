//! Accounts, editor grants, invitations, sessions and API tokens. Secrets are stored hashed.

use super::entities::{api_token, editor_grant, invitation, session, user};
use super::{Invitation, Session, Token, User};
use crate::directory::all;
use crate::{Conn, Result, StoreError};
use domain::auth::{Role, Scope};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder,
};

/// A new account (an argon2id hash of its password, never the password).
pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
}

pub async fn insert_user(db: &impl Conn, u: NewUser<'_>, now: i64) -> Result<User> {
    user::Model {
        id: domain::ids::random_id("u", rand::random()),
        email: u.email.to_string(),
        display_name: u.display_name.to_string(),
        password_hash: u.password_hash.to_string(),
        role: u.role.as_str().into(),
        lang: None,
        disabled: false,
        created_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

pub async fn user_by_email(db: &impl Conn, email: &str) -> Result<Option<User>> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?
        .map(User::try_from)
        .transpose()
}

pub async fn user_by_id(db: &impl Conn, id: &str) -> Result<Option<User>> {
    user::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(User::try_from)
        .transpose()
}

pub async fn count_users(db: &impl Conn) -> Result<u64> {
    Ok(user::Entity::find().count(db).await?)
}

pub async fn list_users(db: &impl Conn) -> Result<Vec<User>> {
    all(user::Entity::find()
        .order_by_asc(user::Column::Email)
        .all(db)
        .await?)
}

pub async fn grants_of(db: &impl Conn, user_id: &str) -> Result<Vec<String>> {
    Ok(editor_grant::Entity::find()
        .filter(editor_grant::Column::UserId.eq(user_id))
        .order_by_asc(editor_grant::Column::OrgId)
        .all(db)
        .await?
        .into_iter()
        .map(|g| g.org_id)
        .collect())
}

/// The accounts that edit an organization.
pub async fn editors_of(db: &impl Conn, org_id: &str) -> Result<Vec<String>> {
    Ok(editor_grant::Entity::find()
        .filter(editor_grant::Column::OrgId.eq(org_id))
        .order_by_asc(editor_grant::Column::UserId)
        .all(db)
        .await?
        .into_iter()
        .map(|g| g.user_id)
        .collect())
}

/// Remembers the language an account chose.
pub async fn set_user_lang(db: &impl Conn, user_id: &str, lang: domain::Lang) -> Result<()> {
    user::ActiveModel {
        id: Set(user_id.to_string()),
        lang: Set(Some(lang.tag().to_string())),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

pub async fn grant_editor(db: &impl Conn, user_id: &str, org_id: &str, at: i64) -> Result<()> {
    editor_grant::ActiveModel {
        user_id: Set(user_id.to_string()),
        org_id: Set(org_id.to_string()),
        created_at: Set(at),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Records an invitation under the hash of its link's secret.
pub async fn insert_invitation(
    db: &impl Conn,
    token_hash: &str,
    inv: &Invitation,
    now: i64,
) -> Result<()> {
    invitation::Model {
        token_hash: token_hash.to_string(),
        email: inv.email.clone().unwrap_or_default(),
        role: inv.role.as_str().into(),
        org_id: inv.org_id.clone(),
        created_by: inv.created_by.clone(),
        created_at: now,
        expires_at: inv.expires_at,
        accepted_at: None,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

pub async fn invitation(db: &impl Conn, token_hash: &str) -> Result<Option<Invitation>> {
    invitation::Entity::find_by_id(token_hash.to_string())
        .one(db)
        .await?
        .map(Invitation::try_from)
        .transpose()
}

/// Marks an invitation used; false when it was already used (a second accept races and loses).
pub async fn accept_invitation(db: &impl Conn, token_hash: &str, at: i64) -> Result<bool> {
    let r = invitation::Entity::update_many()
        .col_expr(
            invitation::Column::AcceptedAt,
            sea_orm::sea_query::Expr::value(at),
        )
        .filter(invitation::Column::TokenHash.eq(token_hash))
        .filter(invitation::Column::AcceptedAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Ends every first-administrator link not yet used (made by "system"): there is one at a
/// time, and none once an account exists.
pub async fn revoke_bootstrap_invitations(db: &impl Conn, at: i64) -> Result<u64> {
    let r = invitation::Entity::update_many()
        .col_expr(
            invitation::Column::ExpiresAt,
            sea_orm::sea_query::Expr::value(at),
        )
        .filter(invitation::Column::CreatedBy.eq("system"))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(at))
        .exec(db)
        .await?;
    Ok(r.rows_affected)
}

pub async fn list_invitations(db: &impl Conn) -> Result<Vec<Invitation>> {
    all(invitation::Entity::find()
        .order_by_desc(invitation::Column::CreatedAt)
        .all(db)
        .await?)
}

/// Opens a session under the hash of its cookie's secret.
pub async fn insert_session(
    db: &impl Conn,
    id_hash: &str,
    user_id: &str,
    now: i64,
    expires_at: i64,
) -> Result<()> {
    session::Model {
        id_hash: id_hash.to_string(),
        user_id: user_id.to_string(),
        created_at: now,
        expires_at,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

pub async fn session(db: &impl Conn, id_hash: &str) -> Result<Option<Session>> {
    Ok(session::Entity::find_by_id(id_hash.to_string())
        .one(db)
        .await?
        .map(Session::from))
}

pub async fn delete_session(db: &impl Conn, id_hash: &str) -> Result<()> {
    session::Entity::delete_by_id(id_hash.to_string())
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete_expired_sessions(db: &impl Conn, now: i64) -> Result<u64> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?
        .rows_affected)
}

/// A new API token under the hash of its secret.
pub async fn insert_token(
    db: &impl Conn,
    user_id: &str,
    name: &str,
    token_hash: &str,
    scopes: &[Scope],
    now: i64,
) -> Result<Token> {
    api_token::Model {
        id: domain::ids::random_id("t", rand::random()),
        user_id: user_id.to_string(),
        name: name.to_string(),
        token_hash: token_hash.to_string(),
        scopes: Scope::join(scopes),
        created_at: now,
        revoked_at: None,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

pub async fn token_by_hash(db: &impl Conn, hash: &str) -> Result<Option<Token>> {
    api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(hash))
        .one(db)
        .await?
        .map(Token::try_from)
        .transpose()
}

pub async fn tokens_of(db: &impl Conn, user_id: &str) -> Result<Vec<Token>> {
    all(api_token::Entity::find()
        .filter(api_token::Column::UserId.eq(user_id))
        .order_by_desc(api_token::Column::CreatedAt)
        .all(db)
        .await?)
}

pub async fn revoke_token(db: &impl Conn, user_id: &str, id: &str, at: i64) -> Result<()> {
    let r = api_token::Entity::update_many()
        .col_expr(
            api_token::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(at),
        )
        .filter(api_token::Column::Id.eq(id))
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    if r.rows_affected == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}
