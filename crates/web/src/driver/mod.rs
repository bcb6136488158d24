//! The Smart City Driver in the browser and the API.
//!
//! - `projects`: the list, a new project, its settings, and the project's page with a tab a
//!   stage; `workspace`: what the team does there (parts, gates, team, readiness);
//!   `part_form`: one form mechanism for every kind of part; `charts`: the Driver's SVGs;
//!   `finance_tab` and `refill`: a project's business case in the calculator's form;
//!   `documents`: the printable brief and the milestones' calendar;
//! - `calculator`, `form`, `view`: the business case calculator (a case computed without
//!   storing it), shared with the Finance tab; `api`: its JSON API, and `project_api`: the
//!   projects'.

mod api;
mod calculator;
mod charts;
mod documents;
mod finance_tab;
mod form;
mod part_form;
mod project_api;
mod projects;
mod refill;
mod view;
mod workspace;

use crate::kit::AppState;
use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;

pub fn pages() -> Router<AppState> {
    Router::new()
        .route(
            "/business-case",
            get(calculator::page).post(calculator::evaluate),
        )
        .route("/business-case/workbook", post(calculator::workbook))
        .route("/business-case/import", post(calculator::import))
        .route("/projects", get(projects::list))
        .route(
            "/projects/new",
            get(projects::new_form).post(projects::create),
        )
        .route("/projects/{id}", get(projects::page))
        .route(
            "/projects/{id}/edit",
            get(projects::edit_form).post(projects::update),
        )
        .route(
            "/projects/{id}/finance",
            get(finance_tab::show).post(finance_tab::save),
        )
        .route(
            "/projects/{id}/finance/workbook",
            post(finance_tab::workbook),
        )
        .route("/projects/{id}/finance/import", post(finance_tab::import))
        .route("/projects/{id}/gate", post(workspace::sign_gate))
        .route("/projects/{id}/team", post(workspace::add_member))
        .route("/projects/{id}/team/remove", post(workspace::remove_member))
        .route("/projects/{id}/partners", post(workspace::invite_partner))
        .route(
            "/projects/{id}/partners/answer",
            post(workspace::answer_partner),
        )
        .route(
            "/projects/{id}/partners/remove",
            post(workspace::remove_partner),
        )
        .route("/projects/{id}/readiness", post(workspace::assess))
        .route("/projects/{id}/kpis/import", post(workspace::import_kpis))
        .route("/projects/{id}/practice", post(workspace::to_practice))
        .route("/projects/{id}/parts/{kind}", post(workspace::create))
        .route(
            "/projects/{id}/parts/{kind}/{part}",
            get(workspace::edit_form).post(workspace::update),
        )
        .route(
            "/projects/{id}/parts/{kind}/{part}/delete",
            post(workspace::delete),
        )
        .route("/projects/{id}/brief", get(documents::brief))
        .route(
            "/projects/{id}/milestones.ics",
            get(documents::milestones_ics),
        )
        .route("/projects/{id}/{section}", get(projects::tab))
}

pub fn api() -> OpenApiRouter<AppState> {
    api::router().merge(project_api::router())
}
