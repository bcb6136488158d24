//! Saving and publishing cases: editors of the case's city and admins only.

use super::PracticeView;
use crate::directory::edits;
use crate::error::field;
use crate::write::{Write, op, refusal};
use crate::{ServiceError, ServiceResult, Services};
use domain::FieldErrors;
use domain::auth::{Actor, Denied};
use domain::knowledge::PracticeInput;
use store::knowledge as pr;
use store::outbox::Topic;
use store::{directory as dir, events as ev};

impl Services {
    /// Creates a case (`existing` None) or replaces one, as a draft or keeping its publication.
    /// Editors of the city and admins only; the city of an existing case does not change hands
    /// unless the actor may edit both.
    pub async fn save_practice(
        &self,
        actor: &Actor,
        existing: Option<&str>,
        mut input: PracticeInput,
    ) -> ServiceResult<PracticeView> {
        if let Some(id) = existing {
            input.id = Some(id.to_string());
        }
        let city = input.city.clone().unwrap_or_default();
        let action = if existing.is_some() {
            "practice.update"
        } else {
            "practice.create"
        };
        let target = input.id.clone().unwrap_or_default();
        let o = op(action, "practice", &target);
        let permit = if city.is_empty() || edits(actor, city.trim()) {
            Ok(())
        } else {
            Err(refusal(actor))
        };
        self.write(actor, o, permit, async |w| {
            put_practice(w, actor, existing, input).await
        })
        .await
    }

    /// Publishes a draft (or takes a case back to draft).
    pub async fn publish_practice(
        &self,
        actor: &Actor,
        id: &str,
        publish: bool,
    ) -> ServiceResult<PracticeView> {
        let action = if publish {
            "practice.publish"
        } else {
            "practice.unpublish"
        };
        let o = op(action, "practice", id);
        self.write(actor, o, Ok(()), async |w| {
            let p = pr::get(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("practice"))?;
            if !edits(actor, &p.city) {
                // A draft the actor may not see does not exist for them.
                if p.is_draft() {
                    return Err(ServiceError::NotFound("practice"));
                }
                return Err(ServiceError::Denied(refusal(actor)));
            }
            let before = p.published_at;
            let at = if publish {
                before.or(Some(w.now))
            } else {
                None
            };
            let saved = pr::set_published(&w.tx, id, at, w.now).await?;
            w.audit_json(
                o,
                before.map(|b| b.to_string()),
                saved.published_at.map(|b| b.to_string()),
            )
            .await?;
            w.changed(Topic::PracticeChanged, id).await?;
            Ok(saved)
        })
        .await
    }
}

/// `save_practice` inside a use case's transaction (also the Driver's: a finished project
/// becomes a draft case in the same transaction that links them).
pub(crate) async fn put_practice(
    w: &Write,
    actor: &Actor,
    existing: Option<&str>,
    input: PracticeInput,
) -> ServiceResult<PracticeView> {
    let action = if existing.is_some() {
        "practice.update"
    } else {
        "practice.create"
    };
    let mut p = input.validate().map_err(ServiceError::Invalid)?;
    if !edits(actor, &p.city) {
        return Err(ServiceError::Denied(refusal(actor)));
    }
    if let Some(id) = existing {
        // An existing case keeps its id (the city prefix is for new ones).
        p.id = id.to_string();
    }
    let before = pr::get(&w.tx, &p.id).await?;
    match (&before, existing) {
        (Some(_), None) => {
            return Err(ServiceError::Conflict(field(
                "id",
                "a practice has this id already",
            )));
        }
        (None, Some(_)) => return Err(ServiceError::NotFound("practice")),
        // Refused inside: the write path rolls back before it records the refusal.
        (Some(b), Some(_)) if !edits(actor, &b.city) => {
            return Err(ServiceError::Denied(Denied::Forbidden));
        }
        _ => {}
    }
    let mut e = FieldErrors::new();
    if dir::get_org(&w.tx, &p.city).await?.is_none() {
        e.add("city", "no such organization");
    }
    for o in &p.partners {
        if dir::get_org(&w.tx, o).await?.is_none() {
            e.add("partners", format!("no organization '{o}'"));
        }
    }
    for c in &p.contacts {
        if dir::get_person(&w.tx, c).await?.is_none() {
            e.add("contacts", format!("no person '{c}'"));
        }
    }
    for x in &p.events {
        if ev::get_event(&w.tx, x).await?.is_none() {
            e.add("events", format!("no event '{x}'"));
        }
    }
    if !e.is_empty() {
        return Err(ServiceError::Invalid(e));
    }
    let saved = match &before {
        Some(b) => pr::update(&w.tx, &p, b.published_at, w.now).await?,
        None => pr::insert(&w.tx, &p, None, w.now).await?,
    };
    w.audit(op(action, "practice", &p.id), before.as_ref(), Some(&saved))
        .await?;
    w.changed(Topic::PracticeChanged, &p.id).await?;
    Ok(saved)
}
