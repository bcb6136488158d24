//! citydriver's HTTP face: server-rendered pages (they work without JavaScript), the JSON API
//! under `/api/v1` with its OpenAPI document, sessions, CSRF and the five UI languages.
//! It is the only layer that knows HTTP, HTML and JSON; rules and writes live in `services`.

pub mod api;
pub mod api_events;
pub mod api_organize;
pub mod api_practices;
pub mod atom;
pub mod ctx;
pub mod error;
pub mod event_forms;
pub mod events_pages;
pub mod i18n;
pub mod map;
pub mod organize_pages;
pub mod pages;
pub mod practices_pages;
pub mod search_pages;
pub mod view;

use axum::Router;
use services::Services;
use std::sync::Arc;

/// Shared by every handler. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub svc: Services,
    pub web: Arc<WebConfig>,
    /// This node's search index (kept up to date by the follower `serve` runs).
    pub index: Arc<search::SearchIndex>,
}

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
}

impl AppState {
    /// With an empty index in memory (for pages that do not search).
    pub fn new(svc: Services, web: WebConfig) -> Self {
        let index = search::SearchIndex::in_memory().expect("an index in memory");
        Self::with_index(svc, web, Arc::new(index))
    }

    pub fn with_index(svc: Services, web: WebConfig, index: Arc<search::SearchIndex>) -> Self {
        AppState {
            svc,
            web: Arc::new(web),
            index,
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
        .merge(events_pages::router())
        .merge(organize_pages::router())
        .merge(event_forms::router())
        .merge(practices_pages::router())
        .merge(search_pages::router())
        .merge(api_router)
        .route("/api/openapi.json", axum::routing::get(api::openapi_json))
        .route("/healthz", axum::routing::get(api::healthz))
        .fallback(pages::not_found)
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
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await
}
