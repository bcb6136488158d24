//! Events in the browser and the API: lists per network and organization, the event page with
//! its registration form, the self-service page behind a registration's secret link, the
//! organizers' console and forms, transcripts, and every calendar feed.

mod api;
mod feeds;
mod forms;
mod json;
mod organize;
mod organize_api;
mod pages;
mod transcripts;

use crate::kit::AppState;
use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/events", get(pages::list))
        .route(
            "/events/new",
            get(forms::new_event).post(forms::create_event),
        )
        .route("/series/new", post(forms::create_series))
        .route("/events/{id}", get(pages::page))
        .route(
            "/events/{id}/register",
            post(pages::register).get(pages::invited),
        )
        .route("/r/{secret}", get(pages::manage))
        .route("/r/{secret}/cancel", post(pages::cancel))
        .route("/r/{secret}/change", post(pages::change))
        .route(
            "/events/{id}/transcripts/{lang}",
            get(transcripts::transcript),
        )
        .route(
            "/events/{id}/transcripts/{lang}/webvtt",
            get(transcripts::transcript_vtt),
        )
        .route("/events/{id}/calendar.ics", get(feeds::ics))
        .route("/series/{id}/calendar.ics", get(feeds::series_ics))
        .route("/orgs/{id}/calendar.ics", get(feeds::org_ics))
        .route("/networks/{id}/calendar.ics", get(feeds::network_ics))
        .route(
            "/feeds/{user}/{secret}/calendar.ics",
            get(feeds::personal_ics),
        )
        .route("/events/{id}/organize", get(organize::console))
        .route("/events/{id}/organize/decide", post(organize::decide))
        .route("/events/{id}/organize/check-in", post(organize::check_in))
        .route("/events/{id}/organize/invite", post(organize::invite))
        .route(
            "/events/{id}/organize/invite-csv",
            post(organize::invite_csv),
        )
        .route(
            "/events/{id}/organize/speakers",
            post(organize::add_speaker),
        )
        .route(
            "/events/{id}/organize/speakers/remove",
            post(organize::remove_speaker),
        )
        .route(
            "/events/{id}/organize/recordings",
            post(organize::add_recording),
        )
        .route(
            "/events/{id}/organize/transcripts",
            post(organize::import_transcript),
        )
        .route("/events/{id}/attendees.csv", get(organize::attendees_csv))
}

pub fn api() -> OpenApiRouter<AppState> {
    api::router().merge(organize_api::router())
}
