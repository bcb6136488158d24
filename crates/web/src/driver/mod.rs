//! The Smart City Driver in the browser and the API. For now its business case: evaluated
//! from a model sent whole, as JSON (`api`) or from the calculator's form (`pages`); projects
//! and their Finance tab come with issue 9.

mod api;

use crate::kit::AppState;
use utoipa_axum::router::OpenApiRouter;

pub fn api() -> OpenApiRouter<AppState> {
    api::router()
}
