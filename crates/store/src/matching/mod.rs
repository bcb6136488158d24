//! Matchmaking's tables and queries: the solutions companies publish, the financing offers of
//! financiers, the needs of projects, and the interests and invitations between a need and a
//! candidate (an accepted one is an introduction). A solution, an offer and a need are stored
//! as the canonical input of the checked value and read back through the same checks.

pub mod entities;
mod queries;

pub use queries::*;

use crate::directory::stored;
use crate::{Result, StoreError};
use domain::matching::{
    CandidateKind, InterestFrom, InterestStatus, Need, NeedInput, Offer, OfferInput, Solution,
    SolutionInput,
};
use entities::{interest, need, offer, solution};
use serde::Serialize;

/// A checked value with who made it and when.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Stored<T> {
    #[serde(flatten)]
    pub value: T,
    pub created_by: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A need of a project.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NeedView {
    pub project: String,
    #[serde(flatten)]
    pub need: Need,
    pub created_by: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// An interest of a candidate in a need, or the city's invitation of a candidate; accepted, an
/// introduction.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct InterestView {
    pub id: String,
    pub need: String,
    pub candidate_kind: CandidateKind,
    pub candidate: String,
    /// The organization on the candidate's side.
    pub org: String,
    pub initiated_by: InterestFrom,
    pub status: InterestStatus,
    pub message: String,
    pub created_by: String,
    pub created_at: i64,
    pub answered_by: Option<String>,
    pub answered_at: Option<i64>,
}

fn body<I: serde::de::DeserializeOwned>(what: &str, json: &str) -> Result<I> {
    stored(what, serde_json::from_str(json))
}

fn checked<T>(what: &str, r: std::result::Result<T, domain::FieldErrors>) -> Result<T> {
    r.map_err(|e| StoreError::Corrupt(format!("{what}: {e:?}")))
}

impl TryFrom<solution::Model> for Stored<Solution> {
    type Error = StoreError;
    fn try_from(m: solution::Model) -> Result<Self> {
        let input: SolutionInput = body("solutions.body", &m.body)?;
        Ok(Stored {
            value: checked("solutions.body", input.validate())?,
            created_by: m.created_by,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

impl TryFrom<offer::Model> for Stored<Offer> {
    type Error = StoreError;
    fn try_from(m: offer::Model) -> Result<Self> {
        let input: OfferInput = body("offers.body", &m.body)?;
        Ok(Stored {
            value: checked("offers.body", input.validate())?,
            created_by: m.created_by,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

impl TryFrom<need::Model> for NeedView {
    type Error = StoreError;
    fn try_from(m: need::Model) -> Result<Self> {
        let input: NeedInput = body("needs.body", &m.body)?;
        Ok(NeedView {
            need: checked("needs.body", input.validate(&m.project_id))?,
            project: m.project_id,
            created_by: m.created_by,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

impl TryFrom<interest::Model> for InterestView {
    type Error = StoreError;
    fn try_from(m: interest::Model) -> Result<Self> {
        Ok(InterestView {
            candidate_kind: stored(
                "interests.candidate_kind",
                CandidateKind::parse(&m.candidate_kind),
            )?,
            initiated_by: stored(
                "interests.initiated_by",
                InterestFrom::parse(&m.initiated_by),
            )?,
            status: stored("interests.status", InterestStatus::parse(&m.status))?,
            id: m.id,
            need: m.need_id,
            candidate: m.candidate_id,
            org: m.org_id,
            message: m.message,
            created_by: m.created_by,
            created_at: m.created_at,
            answered_by: m.answered_by,
            answered_at: m.answered_at,
        })
    }
}
