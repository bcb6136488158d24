//! The Smart City Driver in the browser and the API. For now its business case: evaluated
//! from a model sent whole, as JSON (`api`) or from the calculator's form (`calculator`), and
//! shown by `view`; projects and their Finance tab come with issue 9.

mod api;
mod calculator;
mod form;
mod view;

use crate::kit::AppState;
use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;

pub fn pages() -> Router<AppState> {
    Router::new()
        .route(
            "/business-case",
            get(calculator::page).post(calculator::evaluate),
        )
        .route("/business-case/workbook", post(calculator::workbook))
        .route("/business-case/import", post(calculator::import))
}

pub fn api() -> OpenApiRouter<AppState> {
    api::router()
}
