//! citydriver's HTTP face: server-rendered pages (they work without JavaScript), the JSON API
//! under `/api/v1` with its OpenAPI document, sessions, CSRF and the five UI languages.
//! It is the only layer that knows HTTP, HTML and JSON; rules and writes live in `services`.
//!
//! One folder a capability (`directory`, `accounts`, `events`, `knowledge`, `search`, and
//! `site` for the frame), each handing back its page router and its API router; `router` mounts
//! them all in one place and `openapi` documents the API. What every capability shares is in
//! `kit`, which imports none of them.

pub mod accounts;
pub mod directory;
pub mod driver;
pub mod events;
pub mod kit;
pub mod knowledge;
pub mod matching;
pub mod openapi;
pub mod router;
pub mod search;
pub mod site;

pub use kit::{AppState, WebConfig};
pub use router::{MAX_BODY, Timeouts, app, serve, serve_with};
