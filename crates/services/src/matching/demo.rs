//! The demo's matchmaking (`demo/matching.json`): sample companies and financiers, each saying
//! it is invented, with their solutions and offers; two waste practices stated from facts; and
//! needs of the demo's projects. Loaded in the demo's transaction through the same checks as a
//! user's input.

use crate::{ServiceError, ServiceResult};
use domain::directory::OrganizationInput;
use domain::knowledge::PracticeInput;
use domain::matching::{NeedInput, OfferInput, SolutionInput};
use serde::Deserialize;
use serde_json::json;
use store::outbox::{self, Topic};
use store::{directory as dir, knowledge as pr, matching as mt};

pub const DEMO_MATCHING_JSON: &str = include_str!("../../demo/matching.json");

#[derive(Deserialize)]
struct DemoMatching {
    organizations: Vec<OrganizationInput>,
    practices: Vec<PracticeInput>,
    solutions: Vec<SolutionInput>,
    offers: Vec<OfferInput>,
    needs: Vec<DemoNeed>,
}

#[derive(Deserialize)]
struct DemoNeed {
    project: String,
    input: NeedInput,
}

fn bad(what: &str, e: impl std::fmt::Debug) -> ServiceError {
    ServiceError::Internal(format!("demo matching {what}: {e:?}"))
}

async fn changed(tx: &store::Tx, now: i64, topic: Topic, id: &str) -> ServiceResult<()> {
    outbox::push(tx, now, topic, id, &json!({ "id": id })).await?;
    Ok(())
}

/// Writes the demo catalogue and needs in `tx` (after the directory and the projects).
pub(crate) async fn load(tx: &store::Tx, now: i64) -> ServiceResult<usize> {
    let demo: DemoMatching =
        serde_json::from_str(DEMO_MATCHING_JSON).map_err(|e| bad("file", e))?;
    for o in demo.organizations {
        let org = o.validate(None).map_err(|e| bad("organization", e))?;
        dir::insert_org(tx, &org, now).await?;
        changed(tx, now, Topic::OrganizationChanged, org.id.as_str()).await?;
    }
    for p in demo.practices {
        let v = p.validate().map_err(|e| bad("practice", e))?;
        pr::insert(tx, &v, Some(now), now).await?;
        changed(tx, now, Topic::PracticeChanged, &v.id).await?;
    }
    let mut n = 0;
    for s in demo.solutions {
        let s = s.validate().map_err(|e| bad("solution", e))?;
        mt::insert_solution(tx, &s, "system", now).await?;
        changed(tx, now, Topic::SolutionChanged, &s.id).await?;
        n += 1;
    }
    for o in demo.offers {
        let o = o.validate().map_err(|e| bad("offer", e))?;
        mt::insert_offer(tx, &o, "system", now).await?;
        changed(tx, now, Topic::OfferChanged, &o.id).await?;
        n += 1;
    }
    for d in demo.needs {
        let need = d.input.validate(&d.project).map_err(|e| bad("need", e))?;
        mt::insert_need(tx, &d.project, &need, "system", now).await?;
        changed(tx, now, Topic::NeedChanged, &need.id).await?;
        n += 1;
    }
    Ok(n)
}
