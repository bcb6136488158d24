//! Accounts in the browser and the API: sign-in and sign-out, sign-up through an invitation,
//! the account page with API tokens and the personal calendar feed, and the administrators'
//! page (accounts, invitations, directory import, the audit log).

mod admin;
mod api;
mod pages;

use crate::kit::AppState;
use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/login", get(pages::login_form).post(pages::login))
        .route("/logout", post(pages::logout))
        .route(
            "/invite/{token}",
            get(pages::signup_form).post(pages::signup),
        )
        .route("/account", get(pages::account))
        .route("/account/tokens", post(pages::create_token))
        .route("/account/tokens/{id}/revoke", post(pages::revoke_token))
        .route("/admin", get(admin::admin))
        .route("/admin/invitations", post(admin::invite))
        .route("/admin/import", post(admin::import))
        .route("/admin/audit", get(admin::audit))
}

pub fn api() -> OpenApiRouter<AppState> {
    api::router()
}
