//! The knowledge base in the browser and the API: best practices (drafts private to their
//! city's editors until published), the catalogue with its facets, collections such as the
//! Smart Health Responder, and their Atom feeds.

mod api;
mod atom;
mod forms;
mod pages;

use crate::kit::AppState;
use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/practices", get(pages::catalogue))
        .route("/practices/new", get(forms::new_form).post(forms::create))
        .route("/practices/{id}", get(pages::page))
        .route(
            "/practices/{id}/edit",
            get(forms::edit_form).post(forms::update),
        )
        .route("/practices/{id}/publish", post(forms::publish))
        .route("/collections", get(pages::collections))
        .route("/collections/{id}", get(pages::collection))
        .route("/collections/{id}/feed.atom", get(pages::collection_atom))
}

pub fn api() -> OpenApiRouter<AppState> {
    api::router()
}
