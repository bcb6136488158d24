//! Transcript pages: a transcript searched on its page, each line a link to that moment of the
//! recording (which plays on the page when it is a media file), and its WebVTT download.

use crate::kit::{AppState, Chrome, Ctx, PageError, PageResult, html};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::IntoResponse;
use services::events::EventView;
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "events/transcript.html")]
struct TranscriptPageT {
    c: Chrome,
    event: EventView,
    t: services::events::recordings::TranscriptPage,
    others: Vec<String>,
    q: String,
    /// The recording plays on the page (a media file of this site or elsewhere).
    player: Option<(String, &'static str)>,
}

/// A recording the browser plays itself: an audio or video file, not a video site's page.
fn media_kind(url: &str) -> Option<&'static str> {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or(url)
        .to_ascii_lowercase();
    if [".mp3", ".wav", ".ogg", ".oga", ".opus", ".m4a"]
        .iter()
        .any(|x| path.ends_with(x))
    {
        Some("audio")
    } else if [".mp4", ".webm", ".ogv", ".m4v"]
        .iter()
        .any(|x| path.ends_with(x))
    {
        Some("video")
    } else {
        None
    }
}

pub(super) async fn transcript(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, lang)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let event = s.svc.get_event(&id).await?;
    let query = q.get("q").map(|x| x.trim().to_string()).unwrap_or_default();
    if query.chars().count() > 200 {
        return Err(PageError::bad_request(
            "q",
            "must be at most 200 characters",
        ));
    }
    let t = s.svc.transcript_page(&id, &lang, Some(&query)).await?;
    let others = s
        .svc
        .transcripts(&id)
        .await?
        .into_iter()
        .map(|x| x.lang)
        .filter(|l| *l != lang)
        .collect();
    let player = t
        .recording
        .as_ref()
        .and_then(|r| media_kind(&r.url).map(|k| (r.url.clone(), k)));
    html(TranscriptPageT {
        c: c.chrome("events"),
        event,
        t,
        others,
        q: query,
        player,
    })
}

pub(super) async fn transcript_vtt(
    State(s): State<AppState>,
    Path((id, lang)): Path<(String, String)>,
) -> PageResult {
    let body = s.svc.transcript_webvtt(&id, &lang).await?;
    let file: String = format!("{id}.{lang}")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
        .collect();
    Ok((
        [
            (CONTENT_TYPE, "text/vtt; charset=utf-8".to_string()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}.vtt\""),
            ),
        ],
        body,
    )
        .into_response())
}
