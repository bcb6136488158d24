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
    let mut doc = api().split_for_parts().1;
    malformed_everywhere(&mut doc);
    open_where_composed(&mut doc);
    doc
}

/// A body that refuses unknown fields (`additionalProperties: false`) is also the first part
/// of what is read back (`allOf: [body, {id, updated_at…}]`); JSON Schema then refuses the
/// read's own fields. Such a body stays closed in the prose and in the server, open in the
/// document.
fn open_where_composed(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::RefOr;
    use utoipa::openapi::schema::Schema;
    let Some(components) = doc.components.as_mut() else {
        return;
    };
    let mut composed = Vec::new();
    for schema in components.schemas.values() {
        if let RefOr::T(Schema::AllOf(all)) = schema {
            for item in &all.items {
                if let RefOr::Ref(r) = item
                    && let Some(name) = r.ref_location.strip_prefix("#/components/schemas/")
                {
                    composed.push(name.to_string());
                }
            }
        }
    }
    for name in composed {
        if let Some(RefOr::T(Schema::Object(o))) = components.schemas.get_mut(&name) {
            o.additional_properties = None;
        }
    }
}

/// Every operation may answer 400: a path or query parameter, a header or the body that does
/// not parse is refused by the one extractor mechanism (`ApiJson`, `ApiQuery`, `ApiPath`,
/// `ApiPaged`) before the handler runs, whatever the operation.
fn malformed_everywhere(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    let malformed = ResponseBuilder::new()
        .description(
            "Malformed: a parameter, header or body that does not parse; `fields` names it",
        )
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorEnvelope")))
                .build(),
        )
        .build();
    for item in doc.paths.paths.values_mut() {
        for op in [
            &mut item.get,
            &mut item.post,
            &mut item.put,
            &mut item.delete,
            &mut item.patch,
        ]
        .into_iter()
        .flatten()
        {
            op.responses
                .responses
                .entry("400".into())
                .or_insert_with(|| malformed.clone().into());
        }
    }
}

pub async fn json() -> Response {
    Json(document()).into_response()
}
