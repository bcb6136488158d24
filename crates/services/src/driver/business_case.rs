//! Evaluating a business case: the metrics of the model, its funding plan and its Monte Carlo
//! risk, computed by the pure engine (`finance`) without storing anything.
//!
//! It costs CPU, not the database: a million trials with an IRR each is a few seconds of a
//! core. So only a signed-in account or token may ask, the trials are bounded
//! (`finance::risk::MAX_TRIALS`), and evaluations run on the blocking threads, at most one per
//! core at a time, so that pages keep being served while they run.

use crate::error::{ServiceError, ServiceResult};
use crate::state::Services;
use crate::write::op;
use domain::FieldErrors;
use domain::auth::Actor;
use domain::driver::TeamRole;
use finance::funding::{Funding, FundingPlan};
use finance::risk::{Outcome, Simulation};
use finance::{FieldError, Metrics, Model};
use serde::{Deserialize, Serialize};
use store::driver as pj;
use store::outbox::Topic;

/// A business case as a user sends it, and as a project keeps it.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct BusinessCase {
    pub model: Model,
    #[serde(default)]
    pub funding: Option<Funding>,
    #[serde(default)]
    pub simulation: Option<Simulation>,
}

/// What the engine made of it.
#[derive(Debug, Clone)]
pub struct Evaluation {
    pub case: BusinessCase,
    pub metrics: Metrics,
    pub yearly: finance::model::Yearly,
    pub funding: Option<FundingPlan>,
    pub risk: Option<Outcome>,
}

/// Every problem of a case, each field named from the top of the case (`model.discount_rate`,
/// `funding.loans[0].tenor`, `simulation.trials`).
pub fn problems(case: &BusinessCase) -> FieldErrors {
    let mut errors = FieldErrors::new();
    let mut add = |prefix: &str, list: Vec<FieldError>| {
        for e in list {
            errors.add(format!("{prefix}.{}", e.field), e.problem.to_string());
        }
    };
    add("model", case.model.problems());
    if let Some(f) = &case.funding {
        add("funding", f.problems(&case.model));
    }
    if let Some(s) = &case.simulation {
        add("simulation", s.problems(&case.model));
    }
    errors
}

/// Evaluates `case` (nothing is stored). The CPU it takes is bounded: see the module.
pub async fn evaluate(
    services: &Services,
    actor: &Actor,
    case: BusinessCase,
) -> ServiceResult<Evaluation> {
    actor.require_user()?;
    let errors = problems(&case);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let _permit = services
        .compute
        .acquire()
        .await
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    tokio::task::spawn_blocking(move || compute(case))
        .await
        .map_err(|e| ServiceError::Internal(e.to_string()))
}

/// The figures of a case already checked by `problems`.
pub fn compute(case: BusinessCase) -> Evaluation {
    let metrics = case.model.metrics();
    let yearly = case.model.yearly();
    let funding = case.funding.as_ref().map(|f| f.plan(&case.model));
    // The engine uses the cores the semaphore leaves it: one evaluation at a time per core,
    // each on the threads it was given.
    let risk = case.simulation.as_ref().map(|s| s.run_on(&case.model, 1));
    Evaluation {
        case,
        metrics,
        yearly,
        funding,
        risk,
    }
}

impl Services {
    /// Saves a project's business case (checked whole first). Editors of the project.
    pub async fn save_project_case(
        &self,
        actor: &Actor,
        project_id: &str,
        case: BusinessCase,
    ) -> ServiceResult<()> {
        let o = op("project.business_case.save", "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            self.project_for(&w.tx, actor, project_id, TeamRole::Editor)
                .await?;
            let errors = problems(&case);
            if !errors.is_empty() {
                return Err(ServiceError::Invalid(errors));
            }
            let json =
                serde_json::to_string(&case).map_err(|e| ServiceError::Internal(e.to_string()))?;
            let before = pj::business_case(&w.tx, project_id).await?;
            let me = actor.user().map(|u| u.user_id.clone()).unwrap_or_default();
            pj::put_business_case(&w.tx, project_id, json.clone(), &me, w.now).await?;
            pj::touch(&w.tx, project_id, w.now).await?;
            w.audit_json(o, before, Some(json)).await?;
            w.changed(Topic::ProjectChanged, project_id).await?;
            Ok(())
        })
        .await
    }

    /// The evaluation of a project's stored business case, for anyone who sees the project;
    /// None when it has none. Made once per version of the case and kept: a page read by many
    /// costs one evaluation.
    pub async fn project_evaluation(
        &self,
        actor: &Actor,
        project_id: &str,
    ) -> ServiceResult<Option<std::sync::Arc<Evaluation>>> {
        let db = &self.store.db;
        self.seen_project(db, actor, project_id).await?;
        let Some(json) = pj::business_case(db, project_id).await? else {
            return Ok(None);
        };
        let Ok(case) = serde_json::from_str::<BusinessCase>(&json) else {
            tracing::error!("the business case of {project_id} does not read");
            return Ok(None);
        };
        if !problems(&case).is_empty() {
            return Ok(None);
        }
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        json.hash(&mut h);
        let version = vec![h.finish() as i64];
        let e = self
            .derived
            .get_or_make(
                "driver.evaluation",
                project_id.to_string(),
                version,
                async || {
                    let _permit = self
                        .compute
                        .acquire()
                        .await
                        .map_err(|e| ServiceError::Internal(e.to_string()))?;
                    tokio::task::spawn_blocking(move || compute(case))
                        .await
                        .map_err(|e| ServiceError::Internal(e.to_string()))
                },
            )
            .await?;
        Ok(Some(e))
    }
}
