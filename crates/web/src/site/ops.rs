//! What an operator reads: `/healthz` (the database and the background loops alive, for a
//! load balancer), and `/metrics` in the Prometheus text format on a listener of its own
//! (`serve --metrics-addr`, off by default): requests and latency per route, the outbox lag of
//! each consumer, the mail waiting and failed, the database pool, registrations per event.

use crate::kit::AppState;
use axum::Json;
use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::PrometheusHandle;
use services::workers::WorkerState;

#[derive(serde::Serialize)]
struct Health {
    /// `ok`, or `unavailable` when the database or a loop is not.
    status: &'static str,
    database: &'static str,
    /// The loops this process runs (absent when it runs none).
    #[serde(skip_serializing_if = "Option::is_none")]
    workers: Option<Vec<WorkerState>>,
}

/// 200 when the database answers and every loop of this node finished a round lately; 503
/// otherwise, saying which.
pub(super) async fn healthz(State(s): State<AppState>) -> Response {
    let database = match s.svc.store.ping().await {
        Ok(()) => "ok",
        Err(e) => {
            tracing::error!("health check: {e}");
            "unavailable"
        }
    };
    let workers = s
        .beats
        .as_ref()
        .map(|b| b.report(domain::time::now_micros()));
    let healthy = database == "ok" && workers.iter().flatten().all(|w| w.alive);
    let body = Json(Health {
        status: if healthy { "ok" } else { "unavailable" },
        database,
        workers,
    });
    if healthy {
        body.into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, body).into_response()
    }
}

/// Counts each request and its latency under its route's pattern (`/events/{id}`, never the
/// address itself, so that the series stay few), its method and its status.
pub async fn track(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |m| m.as_str().to_string());
    let method = req.method().as_str().to_string();
    let start = std::time::Instant::now();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    metrics::histogram!("citydriver_http_request_duration_seconds", "route" => route.clone(), "method" => method.clone())
        .record(start.elapsed().as_secs_f64());
    metrics::counter!("citydriver_http_requests_total", "route" => route, "method" => method, "status" => status)
        .increment(1);
    res
}

/// Serves `/metrics` on its own listener until the task is dropped.
pub async fn serve_metrics(
    listener: tokio::net::TcpListener,
    state: AppState,
    handle: PrometheusHandle,
) -> std::io::Result<()> {
    axum::serve(listener, metrics_router(state, handle)).await
}

/// The metrics listener's router: `GET /metrics`, the rest 404.
pub fn metrics_router(state: AppState, handle: PrometheusHandle) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .with_state((state, handle))
}

async fn metrics(State((s, handle)): State<(AppState, PrometheusHandle)>) -> Response {
    // Read when asked, so that a scrape sees the state of now.
    match s.svc.operations().await {
        Ok(o) => {
            let lag = |consumer: &'static str, position: i64| {
                metrics::gauge!("citydriver_outbox_lag", "consumer" => consumer)
                    .set((o.outbox_last - position).max(0) as f64);
            };
            lag("mailer", o.mailer_position);
            lag("search_index", s.index.position().unwrap_or(0));
            metrics::gauge!("citydriver_outbox_position").set(o.outbox_last as f64);
            metrics::gauge!("citydriver_mail_waiting").set(o.mail_waiting as f64);
            metrics::gauge!("citydriver_db_pool_connections", "state" => "open")
                .set(o.pool_open as f64);
            metrics::gauge!("citydriver_db_pool_connections", "state" => "idle")
                .set(o.pool_idle as f64);
            metrics::gauge!("citydriver_db_up").set(1.0);
        }
        Err(e) => {
            tracing::warn!("metrics: {e}");
            metrics::gauge!("citydriver_db_up").set(0.0);
        }
    }
    if let Some(b) = &s.beats {
        for w in b.report(domain::time::now_micros()) {
            metrics::gauge!("citydriver_worker_alive", "worker" => w.name).set(if w.alive {
                1.0
            } else {
                0.0
            });
            metrics::gauge!("citydriver_worker_quiet_seconds", "worker" => w.name)
                .set(w.quiet_secs);
        }
    }
    (
        [(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        handle.render(),
    )
        .into_response()
}
