//! The business case in the JSON API: `POST /api/v1/finance/evaluate` computes a model sent as
//! JSON (metrics, funding plan, Monte Carlo) without storing it; `POST
//! /api/v1/finance/workbook` returns the same as an `.xlsx` workbook whose cells hold formulas.
//! Both need an account or a token; the trials are bounded (1,000,000 at most).

use crate::kit::{ApiError, ApiJson, ApiUser, AppState, ErrorEnvelope};
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use finance::funding::{Funding, FundingPlan};
use finance::model::Yearly;
use finance::risk::{Outcome, Simulation};
use finance::{Metrics, Model};
use serde::{Deserialize, Serialize};
use services::driver::business_case::{self, BusinessCase, Evaluation};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(evaluate))
        .routes(routes!(workbook))
}

/// A business case: the cost and benefit model, and optionally how it is funded and which of
/// its inputs are uncertain. Amounts are whole minor units of the model's currency (cents,
/// won, yen); rates are fractions (0.05 is 5 %).
#[derive(Deserialize, ToSchema)]
pub struct CaseJson {
    model: Model,
    #[serde(default)]
    funding: Option<Funding>,
    #[serde(default)]
    simulation: Option<Simulation>,
}

impl From<CaseJson> for BusinessCase {
    fn from(c: CaseJson) -> BusinessCase {
        BusinessCase {
            model: c.model,
            funding: c.funding,
            simulation: c.simulation,
        }
    }
}

/// What the engine made of a business case. Figures are in major units (dollars, won).
#[derive(Serialize, ToSchema)]
pub struct EvaluationJson {
    metrics: Metrics,
    /// The totals by year, in the model's terms.
    yearly: Yearly,
    /// The debt schedules, DSCR and the city's cash, in money of each year.
    funding: Option<FundingPlan>,
    risk: Option<Outcome>,
}

impl From<Evaluation> for EvaluationJson {
    fn from(e: Evaluation) -> EvaluationJson {
        EvaluationJson {
            metrics: e.metrics,
            yearly: e.yearly,
            funding: e.funding,
            risk: e.risk,
        }
    }
}

/// Evaluate a business case without storing it: NPV, every IRR (several when the flows change
/// sign more than once, none when no rate zeroes the NPV), MIRR, XNPV, XIRR, payback, the
/// benefit–cost ratio and the break-even rate; the funding plan with its DSCR; the Monte Carlo.
#[utoipa::path(post, path = "/api/v1/finance/evaluate", tag = "driver", request_body = CaseJson,
    security(("bearer" = [])),
    responses((status = 200, body = EvaluationJson), (status = 400, body = ErrorEnvelope),
        (status = 401, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn evaluate(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(case): ApiJson<CaseJson>,
) -> Result<Json<EvaluationJson>, ApiError> {
    let e = business_case::evaluate(&s.svc, &a, case.into()).await?;
    Ok(Json(e.into()))
}

/// The business case as an `.xlsx` workbook: inputs, cash flows with NPV/IRR/MIRR/XNPV/XIRR
/// formulas, the funding schedules with DSCR formulas, the Monte Carlo summary.
#[utoipa::path(post, path = "/api/v1/finance/workbook", tag = "driver", request_body = CaseJson,
    security(("bearer" = [])),
    responses((status = 200, description = "the workbook",
            content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (status = 400, body = ErrorEnvelope), (status = 401, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)))]
async fn workbook(
    State(s): State<AppState>,
    ApiUser(a): ApiUser,
    ApiJson(case): ApiJson<CaseJson>,
) -> Result<Response, ApiError> {
    let e = business_case::evaluate(&s.svc, &a, case.into()).await?;
    Ok(workbook_download(&e)?)
}

/// The workbook of an evaluated case, as a download.
pub(super) fn workbook_download(e: &Evaluation) -> Result<Response, services::ServiceError> {
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"business-case.xlsx\"",
            ),
        ],
        workbook_bytes(e)?,
    )
        .into_response())
}

fn workbook_bytes(e: &Evaluation) -> Result<Vec<u8>, services::ServiceError> {
    let contents = finance::workbook::Contents {
        model: &e.case.model,
        metrics: &e.metrics,
        funding: e.case.funding.as_ref().zip(e.funding.as_ref()),
        risk: e.case.simulation.as_ref().zip(e.risk.as_ref()),
        results: true,
    };
    finance::workbook::write(&contents)
        .map_err(|err| services::ServiceError::Internal(err.to_string()))
}
