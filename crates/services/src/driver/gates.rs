//! Signing a stage's gate: the owner closes the stage the project is in when nothing its gate
//! requires is missing; the project moves on, the sign-off is kept with its checklist, and the
//! rest of the team is told by e-mail.

use super::team::notify;
use crate::error::field;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services};
use domain::FieldErrors;
use domain::auth::Actor;
use domain::driver::gates;
use domain::driver::parts::Parts;
use domain::driver::{Stage, TeamRole};
use serde_json::json;
use store::driver::{self as pj, ProjectView};
use store::outbox::Topic;

impl Services {
    /// Signs the gate of `stage`, which must be the stage the project is in (a second click
    /// on the same form finds the project moved on and changes nothing).
    pub async fn sign_gate(
        &self,
        actor: &Actor,
        project_id: &str,
        stage: &str,
        note: &str,
    ) -> ServiceResult<ProjectView> {
        let o = op("project.gate.sign", "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let (p, _) = self
                .project_for(&w.tx, actor, project_id, TeamRole::Owner)
                .await?;
            let stage = Stage::parse(stage)
                .map_err(|r| ServiceError::Invalid(field("stage", &r)))?;
            if p.completed_at.is_some() || stage != p.stage {
                return Err(ServiceError::Conflict(field(
                    "stage",
                    &format!("the project is in {}, not {stage}", p.stage),
                )));
            }
            let note = note.trim();
            if note.chars().count() > 2_000 {
                return Err(ServiceError::Invalid(field(
                    "note",
                    "must be at most 2000 characters",
                )));
            }
            let (parts, _) = Parts::of(pj::parts(&w.tx, project_id).await?);
            let outside = self.outside_facts(&w.tx, &p).await?;
            let missing = gates::missing(stage, &parts, outside);
            if !missing.is_empty() {
                let mut e = FieldErrors::new();
                for m in missing {
                    e.add(m.as_str(), format!("is missing: the {stage} gate requires it"));
                }
                return Err(ServiceError::Invalid(e));
            }
            let checklist = gates::checklist(stage, &parts, outside);
            let me = actor.user().map(|u| u.user_id.clone()).unwrap_or_default();
            pj::sign_gate(&w.tx, project_id, stage, &checklist, note, &me, w.now).await?;
            let saved = match stage.next() {
                Some(next) => pj::set_stage(&w.tx, project_id, next, None, w.now).await?,
                None => pj::set_stage(&w.tx, project_id, stage, Some(w.now), w.now).await?,
            };
            w.audit(
                o,
                Some(&json!({"stage": p.stage})),
                Some(&json!({"signed": stage, "stage": saved.stage, "completed": saved.completed_at.is_some()})),
            )
            .await?;
            w.changed(Topic::ProjectChanged, project_id).await?;
            for m in pj::members(&w.tx, project_id).await? {
                if m.user_id != me {
                    notify(w, "project_signoff", project_id, &m.user_id, json!({ "stage": stage }))
                        .await?;
                }
            }
            Ok(saved)
        })
        .await
    }
}
