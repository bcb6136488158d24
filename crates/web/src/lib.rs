//! citydriver's HTTP face: server-rendered pages (they work without JavaScript), the JSON API
//! under `/api/v1` with its OpenAPI document, sessions, CSRF and the five UI languages.
//! It is the only layer that knows HTTP, HTML and JSON; rules and writes live in `services`.

pub mod api;
pub mod ctx;
pub mod error;
pub mod i18n;
pub mod map;
pub mod pages;
pub mod view;

use axum::Router;
use services::Services;
use std::sync::Arc;

/// Shared by every handler. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub svc: Services,
    pub web: Arc<WebConfig>,
}

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
}

impl AppState {
    pub fn new(svc: Services, web: WebConfig) -> Self {
        AppState {
            svc,
            web: Arc::new(web),
        }
    }
}

/// Largest request body accepted (imports included).
pub const MAX_BODY: usize = 16 * 1024 * 1024;

/// The whole application as one router, for `serve` and for tests.
pub fn app(state: AppState) -> Router {
    let (api_router, _) = api::router().split_for_parts();
    Router::new()
        .merge(pages::router())
        .merge(api_router)
        .route("/api/openapi.json", axum::routing::get(api::openapi_json))
        .route("/healthz", axum::routing::get(api::healthz))
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ctx::csrf_cookie,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await
}
