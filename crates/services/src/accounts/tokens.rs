//! API tokens: made on the account page (the secret shown once), listed, revoked.

use super::TokenView;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services, random_hex, secret_hash};
use domain::FieldErrors;
use domain::auth::{Actor, Role, Scope};
use store::accounts as acc;

impl Services {
    /// The account behind an API token, limited to the token's scopes; `None` when unknown or revoked.
    pub async fn token_actor(&self, token: &str) -> ServiceResult<Option<Actor>> {
        let Some(t) = acc::token_by_hash(&self.store.db, &secret_hash(token)).await? else {
            return Ok(None);
        };
        if t.revoked_at.is_some() {
            return Ok(None);
        }
        match acc::user_by_id(&self.store.db, &t.user_id).await? {
            Some(u) if !u.disabled => Ok(Some(self.actor_for_user(u, t.scopes).await?)),
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
        let o = op("token.create", "api_token", "");
        self.write(actor, o, actor.require_user(), async |w| {
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
            let t = acc::insert_token(
                &w.tx,
                &u.user_id,
                name,
                &secret_hash(&secret),
                &scopes,
                w.now,
            )
            .await?;
            let after = serde_json::json!({"name": t.name, "scopes": Scope::join(&t.scopes)});
            w.audit(
                op(o.action, o.target_type, &t.id),
                None::<&()>,
                Some(&after),
            )
            .await?;
            Ok((t, secret))
        })
        .await
    }

    pub async fn list_tokens(&self, actor: &Actor) -> ServiceResult<Vec<TokenView>> {
        let u = actor.require_user()?;
        Ok(acc::tokens_of(&self.store.db, &u.user_id).await?)
    }

    pub async fn revoke_token(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        let o = op("token.revoke", "api_token", id);
        self.write(actor, o, actor.require_user(), async |w| {
            let u = actor.require_user()?;
            acc::revoke_token(&w.tx, &u.user_id, id, w.now)
                .await
                .map_err(|e| match e {
                    store::StoreError::NotFound => ServiceError::NotFound("token"),
                    e => e.into(),
                })?;
            w.audit_json(o, None, None).await
        })
        .await
    }
}
