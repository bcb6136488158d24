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
        .layer(axum::middleware::from_fn(site::track))
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

/// How long clients may take. A connection that sends nothing is closed.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// To send a request's headers — and, on a kept-alive connection, to begin the next one.
    pub header_read: std::time::Duration,
    /// For a request's body to arrive (16 MiB imports over a slow line included).
    pub body_read: std::time::Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            header_read: std::time::Duration::from_secs(15),
            body_read: std::time::Duration::from_secs(60),
        }
    }
}

/// Serves until `shutdown` resolves, then waits for the requests under way. Each connection
/// knows its peer's address (for the sign-in throttle); headers and bodies that do not arrive,
/// and connections left idle, are closed after the default `Timeouts`.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, state, shutdown, Timeouts::default()).await
}

/// `serve` with other timeouts.
pub async fn serve_with(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    timeouts: Timeouts,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    use hyper_util::server::conn::auto::Builder;
    use tower::Service;
    let router = app(state);
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(timeouts.header_read);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(timeouts.header_read)
        .keep_alive_timeout(timeouts.header_read);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(c) => c,
                // Out of file descriptors and the like: wait a moment rather than spin.
                Err(e) => {
                    tracing::warn!("accepting a connection: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service = hyper::service::service_fn(
            move |mut req: axum::extract::Request<hyper::body::Incoming>| {
                req.extensions_mut()
                    .insert(axum::extract::ConnectInfo(peer));
                let req = req.map(|b| tower_http::timeout::TimeoutBody::new(timeouts.body_read, b));
                router.clone().call(req)
            },
        );
        let conn = builder.serve_connection_with_upgrades(TokioIo::new(stream), service);
        let conn = graceful.watch(conn.into_owned());
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!("connection from {peer}: {e}");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}
