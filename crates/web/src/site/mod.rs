//! The site's frame: the home page, static files, the language switch, `/healthz` and the
//! page for addresses that lead nowhere.

use crate::kit::ctx::{LANG_COOKIE, set_cookie};
use crate::kit::{AppState, Chrome, Ctx, PageError, PageResult, html};
mod ops;

pub use ops::{metrics_router, serve_metrics, track};

use askama::Template;

use axum::Router;
use axum::extract::{Path, Query, State};

use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, SET_COOKIE};
use axum::response::{IntoResponse, Redirect};
use axum::routing::get;
use domain::Lang;
use services::directory::NetworkView;
use std::collections::HashMap;

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/static/app.css", get(css))
        .route("/static/brief.css", get(brief_css))
        .route("/static/transcript.js", get(transcript_js))
        .route("/demo/sample-recording.wav", get(sample_recording))
        .route("/lang/{code}", get(set_lang))
        .route("/healthz", get(ops::healthz))
}

pub async fn not_found() -> PageError {
    PageError::not_found()
}

async fn css() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/app.css"),
    )
}

async fn brief_css() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/brief.css"),
    )
}

async fn transcript_js() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/transcript.js"),
    )
}

/// The demo's sample recording (a tone at the start of each line of the sample transcript).
async fn sample_recording() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "audio/wav"),
            (CACHE_CONTROL, "public, max-age=86400"),
        ],
        services::demo::sample_recording_wav(),
    )
}

/// Only paths of this site, so that a link cannot be used to send people elsewhere: a path
/// from `/`, never `//host` or `/\\host`, and nothing a browser would drop before reading it
/// (`/<tab>/host` is `//host` to a browser) or that would break the header (a line break).
/// Anything else is `/`. Characters beyond ASCII are percent-encoded, as a `Location` needs.
pub fn local_path(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n[1..].starts_with(['/', '\\'])
                && !n.contains('\\')
                && !n.chars().any(|c| c.is_control() || c.is_whitespace()) =>
        {
            percent_encoding::utf8_percent_encode(n, percent_encoding::CONTROLS).to_string()
        }
        _ => "/".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_this_sites_paths_are_followed() {
        for off_site in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\nX-Injected: 1",
            "/ /evil.example",
            "https://evil.example",
            "evil.example",
            "",
        ] {
            assert_eq!(local_path(Some(off_site)), "/", "{off_site:?}");
        }
        assert_eq!(local_path(None), "/");
        assert_eq!(local_path(Some("/events?page=2")), "/events?page=2");
        assert_eq!(
            local_path(Some("/search?q=東京")),
            "/search?q=%E6%9D%B1%E4%BA%AC"
        );
    }
}

async fn set_lang(
    c: Ctx,
    State(s): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let Some(lang) = Lang::ALL.into_iter().find(|l| l.tag() == code) else {
        return Err(PageError::not_found());
    };
    // A signed-in account's e-mails follow the language it chooses here — when the choice
    // comes from the site itself (another site's link changes only the cookie).
    if c.same_origin && c.actor.user().is_some() {
        s.svc.remember_lang(&c.actor, lang).await?;
    }
    let mut res = Redirect::to(&local_path(q.get("next").map(String::as_str))).into_response();
    res.headers_mut().append(
        SET_COOKIE,
        set_cookie(LANG_COOKIE, lang.tag(), 365 * 24 * 3600, c.secure_cookies),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "site/home.html")]
struct HomePage {
    c: Chrome,
    networks: Vec<(NetworkView, u64)>,
    org_count: u64,
}

async fn home(c: Ctx, State(s): State<AppState>) -> PageResult {
    html(HomePage {
        c: c.chrome("home"),
        networks: s.svc.list_networks().await?,
        org_count: s.svc.count_orgs().await?,
    })
}
