//! The one state every handler gets: the use cases, this node's search index and the web
//! settings. Passed in by `app(state)`, never global.

use services::Services;
use std::sync::Arc;

/// Shared by every handler. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub svc: Services,
    pub web: Arc<WebConfig>,
    /// This node's search index (kept up to date by the follower `serve` runs).
    pub index: Arc<search::SearchIndex>,
    /// The background loops' heartbeats, when this process runs them (`serve`).
    pub beats: Option<Arc<services::workers::Heartbeats>>,
}

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
    /// The site's address as its readers reach it (`--public-url`), for absolute links in
    /// feeds; never taken from a request's `Host` header, which anyone can set.
    pub public_url: String,
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
            beats: None,
        }
    }

    /// With the heartbeats of the workers this process runs, for `/healthz` and `/metrics`.
    pub fn with_heartbeats(mut self, beats: Arc<services::workers::Heartbeats>) -> Self {
        self.beats = Some(beats);
        self
    }
}
