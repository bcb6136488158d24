//! The Smart City Driver: a city plans, finances and deploys a project with its partners.
//!
//! - `projects`: who stands where with a project, what a reader sees, creating and changing one;
//! - `team`: members with roles, partner organizations invited and answering;
//! - `parts`: the plan, objectives, stakeholders, risks, milestones, tasks, KPIs, reports and
//!   comments, written through one use case;
//! - `gates`: signing the gate that closes a stage;
//! - `business_case`: evaluating a case (the calculator) and a project's stored case;
//! - `import`: cost lines and KPI values from CSV or XLSX;
//! - `practice`: a project in Operate becomes a best-practice case (closing the loop).

pub mod business_case;
pub(crate) mod demo;
mod gates;
pub mod import;
pub mod parts;
mod practice;
pub mod projects;
pub mod readiness;
mod team;

pub use projects::ProjectPage;
pub use store::driver::{
    AssessmentView, GateView, MemberView, PartnerView, ProjectFilter, ProjectView,
};
