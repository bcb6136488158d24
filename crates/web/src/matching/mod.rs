//! Matchmaking in the browser and the API.
//!
//! - `catalogue`: the lists of solutions and financing offers and their pages; `forms`: the
//!   publishers' forms;
//! - `needs`: a project's Needs tab (its needs, suggestions, the interests on record);
//!   `need`: a need's ranked candidates with their reasons, interest, invitation, answer, and
//!   the reader's inbox;
//! - `words`: reasons, amounts and places in the reader's language; `api`: the JSON API.

mod api;
mod catalogue;
mod forms;
mod need;
mod needs;
mod words;

use crate::kit::AppState;
use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/solutions", get(catalogue::solutions))
        .route(
            "/solutions/new",
            get(forms::new_solution).post(forms::create_solution),
        )
        .route("/solutions/{id}", get(catalogue::solution))
        .route(
            "/solutions/{id}/edit",
            get(forms::edit_solution).post(forms::update_solution),
        )
        .route("/solutions/{id}/delete", post(forms::delete_solution))
        .route("/offers", get(catalogue::offers))
        .route(
            "/offers/new",
            get(forms::new_offer).post(forms::create_offer),
        )
        .route("/offers/{id}", get(catalogue::offer))
        .route(
            "/offers/{id}/edit",
            get(forms::edit_offer).post(forms::update_offer),
        )
        .route("/offers/{id}/delete", post(forms::delete_offer))
        .route("/projects/{id}/needs", get(needs::tab).post(needs::create))
        .route("/projects/{id}/needs/suggested", post(needs::add_suggested))
        .route(
            "/projects/{id}/needs/{need}",
            get(needs::edit_form).post(needs::update),
        )
        .route("/projects/{id}/needs/{need}/delete", post(needs::delete))
        .route("/needs/{id}", get(need::page))
        .route("/needs/{id}/interest", post(need::express))
        .route("/needs/{id}/invite", post(need::invite))
        .route("/interests/{id}/answer", post(need::answer))
        .route("/matching", get(need::inbox))
}

pub fn api() -> OpenApiRouter<AppState> {
    api::router()
}
