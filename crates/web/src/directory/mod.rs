//! The directory in the browser and the API: organizations, networks, memberships, people,
//! the map, and the import of organizations and memberships.

mod api;
mod choices;
mod forms;
mod json;
pub mod map;
mod pages;

use crate::kit::AppState;
use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/directory", get(pages::directory))
        .route("/orgs/new", get(forms::new_org).post(forms::create_org))
        .route("/orgs/{id}", get(pages::org))
        .route(
            "/orgs/{id}/edit",
            get(forms::edit_org).post(forms::update_org),
        )
        .route("/orgs/{id}/people", post(forms::add_person))
        .route("/people/{id}/delete", post(forms::delete_person))
        .route(
            "/networks",
            get(pages::networks).post(forms::create_network),
        )
        .route("/networks/{id}", get(pages::network))
        .route("/networks/{id}/members", post(forms::add_member))
        .route("/memberships/{id}/delete", post(forms::delete_member))
        .route("/map", get(pages::map))
}

pub fn api() -> OpenApiRouter<AppState> {
    api::router()
}
