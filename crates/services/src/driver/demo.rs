//! The demo's projects, one in each stage (`demo/projects.json`): illustrative figures said to
//! be so in each project's summary, on the demo's real cities. Loaded with the demo network,
//! in its transaction, through the same checks as a user's input.

use super::business_case::{BusinessCase, problems};
use crate::{ServiceError, ServiceResult};
use domain::driver::gates;
use domain::driver::parts::{self, PartKind, Parts};
use domain::driver::readiness::{self, Dimension, QUESTIONS};
use domain::driver::{ProjectInput, Stage};
use serde::Deserialize;
use std::collections::BTreeMap;
use store::driver::{self as pj, NewAssessment};
use store::outbox::{self, Topic};

pub const DEMO_PROJECTS_JSON: &str = include_str!("../../demo/projects.json");

#[derive(Deserialize)]
struct DemoProjects {
    projects: Vec<DemoProject>,
}

#[derive(Deserialize)]
struct DemoProject {
    input: ProjectInput,
    stage: Stage,
    #[serde(default)]
    completed: bool,
    #[serde(default)]
    practice: Option<String>,
    #[serde(default)]
    gates: Vec<Stage>,
    #[serde(default)]
    assessments: Vec<DemoAssessment>,
    parts: Vec<DemoPart>,
    #[serde(default)]
    business_case: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct DemoAssessment {
    /// One level for every question of a dimension.
    levels: BTreeMap<Dimension, u8>,
    shared: bool,
    #[serde(default)]
    days_ago: i64,
}

#[derive(Deserialize)]
struct DemoPart {
    kind: PartKind,
    id: String,
    body: serde_json::Value,
}

fn bad(what: &str, e: impl std::fmt::Debug) -> ServiceError {
    ServiceError::Internal(format!("demo project {what}: {e:?}"))
}

/// Writes the demo projects in `tx`.
pub(crate) async fn load(tx: &store::Tx, now: i64) -> ServiceResult<usize> {
    let demo: DemoProjects =
        serde_json::from_str(DEMO_PROJECTS_JSON).map_err(|e| bad("file", e))?;
    let day = 86_400_000_000_i64;
    for d in &demo.projects {
        let p = d.input.clone().validate().map_err(|e| bad("input", e))?;
        let id = p.id.clone();
        pj::insert(tx, &p, "system", now).await?;
        for (i, a) in d.assessments.iter().enumerate() {
            let answers: BTreeMap<String, u8> = QUESTIONS
                .iter()
                .map(|q| {
                    (
                        q.id.to_string(),
                        a.levels.get(&q.dimension).copied().unwrap_or(0),
                    )
                })
                .collect();
            let scores: BTreeMap<String, f64> = readiness::score(&answers)
                .map_err(|e| bad(&id, e))?
                .into_iter()
                .map(|(d, v)| (d.as_str().to_string(), v))
                .collect();
            pj::insert_assessment(
                tx,
                NewAssessment {
                    id: &format!("ra-demo-{id}-{i}"),
                    city: p.city.as_str(),
                    project: Some(&id),
                    taken_by: "system",
                    answers: &answers,
                    scores: &scores,
                    shared: a.shared,
                },
                now - a.days_ago * day,
            )
            .await?;
        }
        let mut checked = Vec::new();
        for part in &d.parts {
            let body = parts::check(part.kind, part.body.clone()).map_err(|e| bad(&part.id, e))?;
            checked.push((part.kind, part.id.clone(), body));
        }
        let stored = super::parts::put_parts(tx, &id, checked, "system", now).await?;
        let mut has_case = false;
        if let Some(json) = &d.business_case {
            let case: BusinessCase =
                serde_json::from_value(json.clone()).map_err(|e| bad("business case", e))?;
            let e = problems(&case);
            if !e.is_empty() {
                return Err(bad("business case", e));
            }
            let text = serde_json::to_string(&case).map_err(|e| bad("business case", e))?;
            pj::put_business_case(tx, &id, text, "system", now).await?;
            has_case = true;
        }
        let (typed, _) = Parts::of(stored);
        let outside = gates::Outside {
            readiness: !d.assessments.is_empty(),
            business_case: has_case,
            funding: has_case,
        };
        for (i, stage) in d.gates.iter().enumerate() {
            let checklist = gates::checklist(*stage, &typed, outside);
            let at = now - (d.gates.len() - i) as i64 * 30 * day;
            pj::sign_gate(tx, &id, *stage, &checklist, "", "system", at).await?;
        }
        let completed = d.completed.then_some(now);
        pj::set_stage(tx, &id, d.stage, completed, now).await?;
        if let Some(practice) = &d.practice {
            pj::set_practice(tx, &id, practice, now).await?;
        }
        outbox::push(
            tx,
            now,
            Topic::ProjectChanged,
            &id,
            &serde_json::json!({ "id": id }),
        )
        .await?;
    }
    Ok(demo.projects.len())
}
