//! Accounts, editor grants, invitations, sessions and API tokens. Secrets are stored hashed.

use crate::entities::{api_token, editor_grant, invitation, session, user};
use crate::{Conn, Result, StoreError};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder,
};

pub async fn insert_user(db: &impl Conn, m: user::Model) -> Result<user::Model> {
    Ok(m.into_active_model().reset_all().insert(db).await?)
}

pub async fn user_by_email(db: &impl Conn, email: &str) -> Result<Option<user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?)
}

pub async fn user_by_id(db: &impl Conn, id: &str) -> Result<Option<user::Model>> {
    Ok(user::Entity::find_by_id(id.to_string()).one(db).await?)
}

pub async fn count_users(db: &impl Conn) -> Result<u64> {
    Ok(user::Entity::find().count(db).await?)
}

pub async fn list_users(db: &impl Conn) -> Result<Vec<user::Model>> {
    Ok(user::Entity::find()
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

pub async fn insert_invitation(db: &impl Conn, m: invitation::Model) -> Result<()> {
    m.into_active_model().reset_all().insert(db).await?;
    Ok(())
}

pub async fn invitation(db: &impl Conn, token_hash: &str) -> Result<Option<invitation::Model>> {
    Ok(invitation::Entity::find_by_id(token_hash.to_string())
        .one(db)
        .await?)
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

pub async fn list_invitations(db: &impl Conn) -> Result<Vec<invitation::Model>> {
    Ok(invitation::Entity::find()
        .order_by_desc(invitation::Column::CreatedAt)
        .all(db)
        .await?)
}

pub async fn insert_session(db: &impl Conn, m: session::Model) -> Result<()> {
    m.into_active_model().reset_all().insert(db).await?;
    Ok(())
}

pub async fn session(db: &impl Conn, id_hash: &str) -> Result<Option<session::Model>> {
    Ok(session::Entity::find_by_id(id_hash.to_string())
        .one(db)
        .await?)
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

pub async fn insert_token(db: &impl Conn, m: api_token::Model) -> Result<()> {
    m.into_active_model().reset_all().insert(db).await?;
    Ok(())
}

pub async fn token_by_hash(db: &impl Conn, hash: &str) -> Result<Option<api_token::Model>> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(hash))
        .one(db)
        .await?)
}

pub async fn tokens_of(db: &impl Conn, user_id: &str) -> Result<Vec<api_token::Model>> {
    Ok(api_token::Entity::find()
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
