//! One search over everything public: the page `/search` and the API `GET /api/v1/search`.
//! The index holds public content only, so results, snippets and counts are the same for
//! everyone.

mod api;
mod pages;
mod query;

use crate::kit::AppState;
use axum::Router;
use axum::routing::get;
use utoipa_axum::router::OpenApiRouter;

pub fn pages() -> Router<AppState> {
    Router::new().route("/search", get(pages::page))
}

pub fn api() -> OpenApiRouter<AppState> {
    api::router()
}
