//! Every route, mounted in one place: each capability's pages and API, the OpenAPI document,
//! and the layers every response goes through (CSRF cookie, error pages in the request's
//! language, security headers, body limit, tracing).

use crate::kit::{AppState, ctx};
use crate::{accounts, directory, driver, events, knowledge, matching, openapi, search, site};
use axum::Router;

/// Largest request body accepted (imports included).
pub const MAX_BODY: usize = 16 * 1024 * 1024;

/// The whole application as one router, for `serve` and for tests.
pub fn app(state: AppState) -> Router {
    let (api, _) = openapi::api().split_for_parts();
    Router::new()
        .merge(site::pages())
        .merge(directory::pages())
        .merge(accounts::pages())
        .merge(events::pages())
        .merge(knowledge::pages())
        .merge(search::pages())
        .merge(driver::pages())
        .merge(matching::pages())
        .merge(api)
        .route("/api/openapi.json", axum::routing::get(openapi::json))
        .fallback(site::not_found)
        .layer(axum::middleware::from_fn(ctx::error_pages))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ctx::csrf_cookie,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .layer(header("content-security-policy", CSP))
        .layer(header("x-content-type-options", "nosniff"))
        .layer(header("x-frame-options", "DENY"))
        .layer(header("referrer-policy", "same-origin"))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// Pages load nothing from elsewhere but recordings (media of any https site), and run only this
/// site's own script files (no inline script); the policy says so to the browser.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; media-src 'self' https:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

fn header(
    name: &'static str,
    value: &'static str,
) -> tower_http::set_header::SetResponseHeaderLayer<axum::http::HeaderValue> {
    tower_http::set_header::SetResponseHeaderLayer::if_not_present(
        axum::http::HeaderName::from_static(name),
        axum::http::HeaderValue::from_static(value),
    )
}

/// Serves until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // With each connection's peer address, for the sign-in throttle.
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
