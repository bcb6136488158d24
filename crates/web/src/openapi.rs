//! The OpenAPI document of `/api/v1`, generated from the handlers of every capability: the
//! API router and its description come from the same code, so they cannot drift apart.
//! Conventions: snake_case fields, opaque string ids, RFC 3339 UTC times, BCP 47 language keys,
//! lists as `{items, page, per_page, total}`, errors as `{"error": {code, message, fields}}`.

use crate::kit::{AppState, ErrorEnvelope};
use crate::{accounts, directory, driver, events, knowledge, matching, search};
use axum::Json;
use axum::response::{IntoResponse, Response};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "citydriver API",
        version = "1",
        description = "The directory of a network of cities: organizations, networks, memberships."
    ),
    components(schemas(ErrorEnvelope)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

/// Declares the `bearer` scheme the write endpoints name: `Authorization: Bearer cdt_…`.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token made on the account page"))
                    .build(),
            ),
        );
    }
}

/// Every capability's API router, with the document.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(directory::api())
        .merge(accounts::api())
        .merge(events::api())
        .merge(search::api())
        .merge(knowledge::api())
        .merge(driver::api())
        .merge(matching::api())
}

/// The OpenAPI document, exactly what the router serves.
pub fn document() -> utoipa::openapi::OpenApi {
    api().split_for_parts().1
}

pub async fn json() -> Response {
    Json(document()).into_response()
}
