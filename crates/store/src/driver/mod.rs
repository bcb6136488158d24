//! The Driver's tables and queries: projects, their team and partners, their parts (one table
//! for every kind, the body as checked JSON), the signed gates, the business case, and the
//! readiness assessments of cities. Rows leave as the records below, with domain types.

pub mod entities;
mod queries;

pub use queries::*;

use crate::directory::{stored, text};
use crate::{Result, StoreError};
use domain::I18nText;
use domain::driver::gates::GateItem;
use domain::driver::parts::{PartKind, StoredPart};
use domain::driver::{PartnerStatus, Stage, TeamRole, Visibility};
use domain::knowledge::PracticeDomain;
use domain::lang::Lang;
use entities::{project, project_gate, project_part, project_partner, readiness_assessment};
use serde::Serialize;
use std::collections::BTreeMap;

/// A project as pages and the API show it (its parts come apart).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProjectView {
    pub id: String,
    pub city: String,
    pub titles: I18nText,
    pub summary: I18nText,
    pub domain: PracticeDomain,
    pub sdgs: Vec<u8>,
    pub visibility: Visibility,
    pub network: Option<String>,
    pub district: I18nText,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub languages: Vec<Lang>,
    pub stage: Stage,
    /// When the gate of Operate was signed.
    pub completed_at: Option<i64>,
    /// The best-practice case it became.
    pub practice: Option<String>,
    pub created_by: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A person of the team (an account).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MemberView {
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub role: TeamRole,
    pub added_at: i64,
}

/// An organization invited to work on the project, with the rights the owner gives it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PartnerView {
    pub org_id: String,
    pub role: TeamRole,
    pub status: PartnerStatus,
    pub invited_by: String,
    pub invited_at: i64,
    pub answered_at: Option<i64>,
}

/// A signed gate: who signed which stage when, and what its checklist was then.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct GateView {
    pub stage: Stage,
    pub signed_by: String,
    pub signed_at: i64,
    pub checklist: Vec<(GateItem, bool)>,
    pub note: String,
}

/// A city's readiness self-assessment: the level answered to each question and the score of
/// each dimension (0 to 100).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AssessmentView {
    pub id: String,
    pub city: String,
    pub project: Option<String>,
    pub taken_by: String,
    pub taken_at: i64,
    pub answers: BTreeMap<String, u8>,
    pub scores: BTreeMap<String, f64>,
    pub shared: bool,
}

/// ",a,b," for a list matched by `contains(",a,")`.
pub(crate) fn commas<T: std::fmt::Display>(v: &[T]) -> String {
    if v.is_empty() {
        String::new()
    } else {
        let parts: Vec<String> = v.iter().map(T::to_string).collect();
        format!(",{},", parts.join(","))
    }
}

impl TryFrom<project::Model> for ProjectView {
    type Error = StoreError;
    fn try_from(m: project::Model) -> Result<Self> {
        Ok(ProjectView {
            titles: text("projects.titles", &m.titles)?,
            summary: text("projects.summary", &m.summary)?,
            district: text("projects.district", &m.district)?,
            domain: stored("projects.domain", PracticeDomain::parse(&m.domain))?,
            sdgs: m.sdgs.split(',').filter_map(|g| g.parse().ok()).collect(),
            visibility: stored("projects.visibility", Visibility::parse(&m.visibility))?,
            languages: m.languages.split(',').filter_map(Lang::parse).collect(),
            stage: stored("projects.stage", Stage::parse(&m.stage))?,
            id: m.id,
            city: m.city_org_id,
            network: m.network_id,
            lat: m.lat,
            lon: m.lon,
            completed_at: m.completed_at,
            practice: m.practice_id,
            created_by: m.created_by,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

impl TryFrom<project_partner::Model> for PartnerView {
    type Error = StoreError;
    fn try_from(m: project_partner::Model) -> Result<Self> {
        Ok(PartnerView {
            role: stored("project_partners.role", TeamRole::parse(&m.role))?,
            status: stored("project_partners.status", PartnerStatus::parse(&m.status))?,
            org_id: m.org_id,
            invited_by: m.invited_by,
            invited_at: m.invited_at,
            answered_at: m.answered_at,
        })
    }
}

impl TryFrom<project_part::Model> for StoredPart {
    type Error = StoreError;
    fn try_from(m: project_part::Model) -> Result<Self> {
        Ok(StoredPart {
            kind: stored("project_parts.kind", PartKind::parse(&m.kind))?,
            body: stored("project_parts.body", serde_json::from_str(&m.body))?,
            id: m.part_id,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

impl TryFrom<project_gate::Model> for GateView {
    type Error = StoreError;
    fn try_from(m: project_gate::Model) -> Result<Self> {
        Ok(GateView {
            stage: stored("project_gates.stage", Stage::parse(&m.stage))?,
            checklist: stored(
                "project_gates.checklist",
                serde_json::from_str(&m.checklist),
            )?,
            signed_by: m.signed_by,
            signed_at: m.signed_at,
            note: m.note,
        })
    }
}

impl TryFrom<readiness_assessment::Model> for AssessmentView {
    type Error = StoreError;
    fn try_from(m: readiness_assessment::Model) -> Result<Self> {
        Ok(AssessmentView {
            answers: stored(
                "readiness_assessments.answers",
                serde_json::from_str(&m.answers),
            )?,
            scores: stored(
                "readiness_assessments.scores",
                serde_json::from_str(&m.scores),
            )?,
            id: m.id,
            city: m.city_org_id,
            project: m.project_id,
            taken_by: m.taken_by,
            taken_at: m.taken_at,
            shared: m.shared,
        })
    }
}
