//! The one write path every use case takes: authorize, record a refusal, begin, write, audit
//! with typed before/after, put derived effects in the outbox, commit. A use case states only
//! what it changes.
//!
//! A refusal is recorded after the transaction is rolled back, never on a second connection
//! while it is open (on SQLite that second writer would wait for the first one's lock).

use crate::{ServiceError, ServiceResult, Services};
use domain::auth::{Actor, Denied};
use serde::Serialize;
use store::audit;
use store::outbox::{self, Topic};

/// Forbidden for a signed-in actor, a sign-in request for an anonymous one.
pub(crate) fn refusal(actor: &Actor) -> Denied {
    if actor.user().is_some() {
        Denied::Forbidden
    } else {
        Denied::Unauthenticated
    }
}

/// What is being done, for the audit log: `organization.update` on `("organization", "seoul")`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Op<'a> {
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: &'a str,
}

pub(crate) fn op<'a>(action: &'a str, target_type: &'a str, target_id: &'a str) -> Op<'a> {
    Op {
        action,
        target_type,
        target_id,
    }
}

/// The open transaction of one use case, and what it records.
pub(crate) struct Write {
    pub tx: store::Tx,
    pub now: i64,
    actor: String,
}

/// The JSON of a state for the audit log (`I18nText` with sorted keys, like the API).
fn json_of<T: Serialize>(v: Option<&T>) -> Option<String> {
    v.and_then(|v| serde_json::to_string(v).ok())
}

impl Write {
    /// Records the change in the audit log, in this transaction.
    pub async fn audit<B: Serialize, A: Serialize>(
        &self,
        op: Op<'_>,
        before: Option<&B>,
        after: Option<&A>,
    ) -> ServiceResult<()> {
        self.audit_json(op, json_of(before), json_of(after)).await
    }

    /// `audit` for states that are already JSON text (or none).
    pub async fn audit_json(
        &self,
        op: Op<'_>,
        before: Option<String>,
        after: Option<String>,
    ) -> ServiceResult<()> {
        let actor = self.actor.clone();
        self.audit_as(&actor, op, before, after).await
    }

    /// `audit_json` in another actor's name: an account that signs itself up is that account.
    pub async fn audit_as(
        &self,
        actor: &str,
        op: Op<'_>,
        before: Option<String>,
        after: Option<String>,
    ) -> ServiceResult<()> {
        let entry = audit::Entry {
            actor,
            action: op.action,
            target_type: op.target_type,
            target_id: op.target_id,
            outcome: domain::auth::Outcome::Ok,
            before,
            after,
        };
        audit::record(&self.tx, self.now, entry).await?;
        Ok(())
    }

    /// Puts a derived effect in the outbox, in this transaction.
    pub async fn emit(
        &self,
        topic: Topic,
        key: &str,
        payload: serde_json::Value,
    ) -> ServiceResult<()> {
        outbox::push(&self.tx, self.now, topic, key, &payload).await?;
        Ok(())
    }

    /// `{"id": id}` under `topic`: the thing named changed (the search index rebuilds it).
    pub async fn changed(&self, topic: Topic, id: &str) -> ServiceResult<()> {
        self.emit(topic, id, serde_json::json!({ "id": id })).await
    }
}

impl Services {
    /// Runs `body` in one transaction when `permit` allows it. A refusal, by `permit` or by
    /// the body (a rule that needs the data, returned as `ServiceError::Denied`), is recorded
    /// for a signed-in actor after the transaction is gone; any other error rolls everything
    /// back.
    pub(crate) async fn write<T>(
        &self,
        actor: &Actor,
        op: Op<'_>,
        permit: Result<impl Sized, Denied>,
        body: impl AsyncFnOnce(&Write) -> ServiceResult<T>,
    ) -> ServiceResult<T> {
        if let Err(d) = permit {
            return Err(self.refused(actor, op, d).await);
        }
        let w = Write {
            tx: self.store.begin().await?,
            now: domain::time::now_micros(),
            actor: actor.id_for_log(),
        };
        match body(&w).await {
            Ok(v) => {
                w.tx.commit().await.map_err(store::StoreError::from)?;
                Ok(v)
            }
            Err(ServiceError::Denied(d)) => {
                w.tx.rollback().await.map_err(store::StoreError::from)?;
                Err(self.refused(actor, op, d).await)
            }
            Err(e) => Err(e),
        }
    }

    /// Records a refusal of a signed-in account (anonymous refusals are not logged: anyone
    /// could fill the log with them) and turns it into the error to return.
    pub(crate) async fn refused(&self, actor: &Actor, op: Op<'_>, d: Denied) -> ServiceError {
        if let Actor::User(u) = actor {
            let r = audit::record(
                &self.store.db,
                domain::time::now_micros(),
                audit::Entry {
                    actor: &u.user_id,
                    action: op.action,
                    target_type: op.target_type,
                    target_id: op.target_id,
                    outcome: domain::auth::Outcome::Denied,
                    before: None,
                    after: None,
                },
            )
            .await;
            if let Err(e) = r {
                tracing::error!("could not record a refusal: {e}");
            }
        }
        ServiceError::Denied(d)
    }
}
