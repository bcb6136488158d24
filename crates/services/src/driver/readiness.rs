//! Readiness: a project's team assesses its city on the five dimensions; the answers stay the
//! city's unless it shares them, and the benchmark compares it with the other cities of its
//! networks, of its country and of its world region (UN M49 sub-region) that share theirs —
//! only among five or more.

use crate::write::op;
use crate::{ServiceError, ServiceResult, Services, random_hex};
use domain::auth::Actor;
use domain::driver::TeamRole;
use domain::driver::readiness::{self, Benchmark, Dimension, Scores};
use serde::Serialize;
use std::collections::BTreeMap;
use store::directory as dir;
use store::driver::{self as pj, AssessmentView, NewAssessment};
use store::outbox::Topic;

/// A project's readiness as its team sees it: the assessments taken for it (newest first) and
/// the benchmarks of the latest one.
#[derive(Debug, Clone, Serialize)]
pub struct Readiness {
    pub assessments: Vec<AssessmentView>,
    /// Against the cities of the same networks that share.
    pub network: Option<Benchmark>,
    /// Against the cities of the same country that share.
    pub country: Option<Benchmark>,
    /// Against the cities of the same world region (UN M49 sub-region) that share.
    pub region: Option<Benchmark>,
    /// That region, as a key (`south-eastern-asia`).
    pub region_key: Option<&'static str>,
}

/// Stored scores, typed (a dimension this version does not know is left out).
pub fn scores_of(a: &AssessmentView) -> Scores {
    a.scores
        .iter()
        .filter_map(|(k, v)| Dimension::parse(k).ok().map(|d| (d, *v)))
        .collect()
}

impl Services {
    /// Records an assessment of the project's city, for the project. Editors of the project.
    pub async fn assess_readiness(
        &self,
        actor: &Actor,
        project_id: &str,
        answers: BTreeMap<String, u8>,
        shared: bool,
    ) -> ServiceResult<AssessmentView> {
        let o = op("project.readiness.assess", "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let (p, _) = self
                .project_for(&w.tx, actor, project_id, TeamRole::Editor)
                .await?;
            let scores = readiness::score(&answers).map_err(ServiceError::Invalid)?;
            let scores: BTreeMap<String, f64> = scores
                .into_iter()
                .map(|(d, v)| (d.as_str().to_string(), v))
                .collect();
            let id = format!("ra-{}", random_hex(8));
            let me = actor.user().map(|u| u.user_id.clone()).unwrap_or_default();
            let saved = pj::insert_assessment(
                &w.tx,
                NewAssessment {
                    id: &id,
                    city: &p.city,
                    project: Some(project_id),
                    taken_by: &me,
                    answers: &answers,
                    scores: &scores,
                    shared,
                },
                w.now,
            )
            .await?;
            pj::touch(&w.tx, project_id, w.now).await?;
            w.audit(o, None::<&()>, Some(&saved)).await?;
            w.changed(Topic::ProjectChanged, project_id).await?;
            Ok(saved)
        })
        .await
    }

    /// The project's assessments and the benchmarks of the latest. The answers are the team's:
    /// others who see the project see the scores only.
    pub async fn readiness(&self, actor: &Actor, project_id: &str) -> ServiceResult<Readiness> {
        let db = &self.store.db;
        let (p, standing) = self.seen_project(db, actor, project_id).await?;
        let mut assessments: Vec<AssessmentView> = pj::assessments_of(db, &p.city)
            .await?
            .into_iter()
            .filter(|a| a.project.as_deref() == Some(project_id))
            .collect();
        if standing.role().is_none() {
            for a in &mut assessments {
                a.answers.clear();
                a.taken_by.clear();
            }
        }
        let Some(latest) = assessments.first() else {
            return Ok(Readiness {
                assessments,
                network: None,
                country: None,
                region: None,
                region_key: None,
            });
        };
        let own = scores_of(latest);
        // Peers: the other cities of the city's networks, and of its country.
        let mut network_peers: Vec<String> = Vec::new();
        for (_, n) in dir::org_memberships(db, &p.city).await? {
            for (_, o) in dir::network_members(db, &n.id).await? {
                if o.id != p.city && !network_peers.contains(&o.id) {
                    network_peers.push(o.id);
                }
            }
        }
        let city = dir::get_org(db, &p.city)
            .await?
            .ok_or(ServiceError::NotFound("organization"))?;
        let assessed = pj::assessed_cities(db).await?;
        let peers_where = |same: &dyn Fn(&str) -> bool| -> Vec<String> {
            assessed
                .iter()
                .filter(|(id, country)| id != &p.city && same(country))
                .map(|(id, _)| id.clone())
                .collect()
        };
        let country_peers = peers_where(&|c| c == city.country.code());
        let region_key = city.country.region();
        let region_peers =
            peers_where(&|c| region_key.is_some() && domain::country::region_of(c) == region_key);
        let bench = async |peers: &[String]| -> ServiceResult<Benchmark> {
            let scores: Vec<Scores> = pj::latest_shared(db, peers)
                .await?
                .iter()
                .map(scores_of)
                .collect();
            Ok(readiness::benchmark(&own, &scores))
        };
        let network = Some(bench(&network_peers).await?);
        let country = Some(bench(&country_peers).await?);
        let region = match region_key {
            Some(_) => Some(bench(&region_peers).await?),
            None => None,
        };
        Ok(Readiness {
            assessments,
            network,
            country,
            region,
            region_key,
        })
    }
}
