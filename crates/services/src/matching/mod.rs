//! Matchmaking: a project's needs meet solutions, peer cities and financiers, with reasons.
//!
//! - `catalogue`: solutions of companies and financing offers, published by their editors;
//! - `needs`: what a project seeks, written by its team, suggested from its plan and case;
//! - `ranking`: the candidates of a need, eligible ones only, ranked with their reasons;
//! - `interests`: interest, invitation, answer; an accepted one is an introduction;
//! - `demo`: the demo's sample catalogue.

pub mod catalogue;
pub(crate) mod demo;
mod interests;
pub mod needs;
pub mod ranking;

pub use catalogue::{OfferPage, SolutionPage};
pub use needs::NeedsPage;
pub use ranking::{Candidate, NeedPage};
pub use store::matching::{CatalogueFilter, InterestView, NeedView, Stored};

use crate::ServiceResult;
use crate::write::Write;
use serde_json::json;
use store::outbox::Topic;

/// Puts one e-mail of matchmaking in the outbox for each account: `kind` about a project, with
/// the organization and need it concerns.
pub(crate) async fn notify_all(
    w: &Write,
    kind: &str,
    project_id: &str,
    users: &[String],
    extra: serde_json::Value,
) -> ServiceResult<()> {
    for u in users {
        let mut payload = json!({ "kind": kind, "project_id": project_id, "user_id": u });
        if let (Some(p), serde_json::Value::Object(x)) = (payload.as_object_mut(), extra.clone()) {
            p.extend(x);
        }
        w.emit(Topic::Email, project_id, payload).await?;
    }
    Ok(())
}
