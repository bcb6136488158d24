//! One JSON error envelope for the API and one HTML error page for the site.
//! Internal details go to the log, never to the client.

use crate::i18n::Tr;
use crate::view::Chrome;
use askama::Template;
use axum::extract::rejection::{FormRejection, JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use domain::auth::Denied;
use domain::{FieldErrors, Lang};
use serde::de::DeserializeOwned;
use services::ServiceError;
use std::collections::BTreeMap;

/// `{"error": {"code", "message", "fields"}}`
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ErrorEnvelope {
    pub error: ErrorBody,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// bad_request, unauthenticated, forbidden, not_found, conflict, invalid, internal
    pub code: String,
    pub message: String,
    /// Field name -> reason.
    pub fields: BTreeMap<String, String>,
}

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: &str, fields: FieldErrors) -> Self {
        ApiError {
            status,
            body: ErrorBody {
                code: code.into(),
                message: message.into(),
                fields: fields.0,
            },
        }
    }
    pub fn unauthenticated(message: &str) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            message,
            FieldErrors::new(),
        )
    }
    pub fn bad_request(field: &str, reason: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "bad_request",
            "the request is malformed",
            services::error::field(field, reason),
        )
    }
    pub fn not_found(what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            &format!("{what} not found"),
            FieldErrors::new(),
        )
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::Invalid(f) => Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                "some fields are not valid",
                f,
            ),
            ServiceError::Malformed(f) => Self::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                "the request is malformed",
                f,
            ),
            ServiceError::Denied(Denied::Unauthenticated) => {
                Self::unauthenticated("authentication is required")
            }
            ServiceError::Denied(Denied::Forbidden) => Self::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "you are not allowed to do this",
                FieldErrors::new(),
            ),
            ServiceError::NotFound(what) => Self::not_found(what),
            ServiceError::Conflict(f) => Self::new(
                StatusCode::CONFLICT,
                "conflict",
                "this conflicts with existing data",
                f,
            ),
            ServiceError::Internal(msg) => {
                tracing::error!("internal error: {msg}");
                Self::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "an unexpected error happened",
                    FieldErrors::new(),
                )
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, axum::Json(ErrorEnvelope { error: self.body })).into_response()
    }
}

/// Takes the field out of serde's message ("names.en: invalid type ...").
fn field_of(msg: &str) -> (String, String) {
    let m = msg
        .split_once("target type: ")
        .map(|(_, r)| r)
        .unwrap_or(msg);
    match m.split_once(": ") {
        Some((f, r)) if !f.contains(' ') && !f.is_empty() => (f.to_string(), r.to_string()),
        _ => {
            if let Some(rest) = m.split("unknown field `").nth(1) {
                let f = rest.split('`').next().unwrap_or("body");
                return (f.to_string(), "is not a known field".into());
            }
            ("body".to_string(), m.to_string())
        }
    }
}

/// `axum::Json` with our envelope on failure.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::JsonDataError(e)) => {
                let (f, r) = field_of(&e.body_text());
                Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid",
                    "some fields are not valid",
                    services::error::field(&f, &r),
                ))
            }
            Err(e) => Err(ApiError::bad_request("body", &e.body_text())),
        }
    }
}

/// `axum::extract::Query` with our envelope on failure.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(q) => Ok(ApiQuery(q.0)),
            Err(QueryRejection::FailedToDeserializeQueryString(e)) => {
                let (f, r) = field_of(&e.body_text());
                Err(ApiError::bad_request(&f, &r))
            }
            Err(e) => Err(ApiError::bad_request("query", &e.body_text())),
        }
    }
}

/// `axum::extract::Path` with our envelope on failure.
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| ApiPath(p.0))
            .map_err(|e: PathRejection| ApiError::bad_request("path", &e.body_text()))
    }
}

/// An HTML error page in the viewer's language.
#[derive(Debug)]
pub struct PageError {
    pub status: StatusCode,
    pub lang: Lang,
    pub key: &'static str,
    pub detail_key: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    c: Chrome,
    title: String,
    detail: Option<String>,
}

impl PageError {
    pub fn new(status: StatusCode, lang: Lang, key: &'static str) -> Self {
        PageError {
            status,
            lang,
            key,
            detail_key: None,
        }
    }
    pub fn not_found(lang: Lang) -> Self {
        PageError {
            status: StatusCode::NOT_FOUND,
            lang,
            key: "error-not-found",
            detail_key: Some("error-not-found-detail"),
        }
    }
    pub fn csrf(lang: Lang) -> Self {
        Self::new(StatusCode::FORBIDDEN, lang, "error-csrf")
    }
    pub fn from_service(e: ServiceError, lang: Lang) -> Self {
        match e {
            ServiceError::Invalid(_) => {
                Self::new(StatusCode::UNPROCESSABLE_ENTITY, lang, "error-invalid")
            }
            ServiceError::Malformed(_) => Self::new(StatusCode::BAD_REQUEST, lang, "error-invalid"),
            ServiceError::Denied(Denied::Unauthenticated) => {
                Self::new(StatusCode::UNAUTHORIZED, lang, "error-unauthenticated")
            }
            ServiceError::Denied(Denied::Forbidden) => {
                Self::new(StatusCode::FORBIDDEN, lang, "error-forbidden")
            }
            ServiceError::NotFound(_) => Self::not_found(lang),
            ServiceError::Conflict(_) => Self::new(StatusCode::CONFLICT, lang, "error-conflict"),
            ServiceError::Internal(msg) => {
                tracing::error!("internal error: {msg}");
                Self::new(StatusCode::INTERNAL_SERVER_ERROR, lang, "error-internal")
            }
        }
    }
    pub fn form(_e: FormRejection, lang: Lang) -> Self {
        Self::new(StatusCode::BAD_REQUEST, lang, "error-invalid")
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let tr = Tr::new(self.lang);
        let page = ErrorPage {
            title: tr.t(self.key),
            detail: self.detail_key.map(|k| tr.t(k)),
            c: Chrome::minimal(self.lang),
        };
        match page.render() {
            Ok(html) => (self.status, Html(html)).into_response(),
            Err(e) => {
                tracing::error!("rendering the error page: {e}");
                (self.status, "error").into_response()
            }
        }
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> Self {
        tracing::error!("template: {e}");
        PageError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            Lang::En,
            "error-internal",
        )
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn serde_messages_name_the_field() {
        assert_eq!(super::field_of("Failed to deserialize the JSON body into the target type: lat: invalid type: string \"x\", expected f64 at line 1 column 10").0, "lat");
        assert_eq!(super::field_of("Failed to deserialize the JSON body into the target type: unknown field `colour`, expected one of ...").0, "colour");
    }
}
