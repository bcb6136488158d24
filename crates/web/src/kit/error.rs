//! One JSON error envelope for the API and one HTML error page for the site, each made from a
//! `ServiceError` in one place. Internal details go to the log, never to the client.
//!
//! | `ServiceError` | status | `code` |
//! |---|---|---|
//! | `Malformed` | 400 | bad_request |
//! | `Denied(Unauthenticated)` | 401 | unauthenticated |
//! | `Denied(Forbidden)` | 403 | forbidden |
//! | `NotFound` | 404 | not_found |
//! | `Conflict` | 409 | conflict |
//! | `Invalid` | 422 | invalid |
//! | `Internal` | 500 | internal (logged) |

use crate::kit::i18n::Tr;
use crate::kit::view::Chrome;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use domain::auth::Denied;
use domain::{FieldErrors, Lang};
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
    pub fn invalid(field: &str, reason: &str) -> Self {
        ServiceError::Invalid(services::error::field(field, reason)).into()
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
            ServiceError::Throttled(secs) => Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                "too_many_requests",
                &format!("too many tries: try again in {secs} s"),
                FieldErrors::new(),
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

/// An HTML error page. It carries no language: the `error_pages` layer (`kit::ctx`) renders it
/// in the request's language, so a handler can answer any `ServiceError` with `?`.
#[derive(Debug, Clone)]
pub struct PageError {
    pub status: StatusCode,
    pub key: &'static str,
    pub detail_key: Option<&'static str>,
    /// The fields that were refused and why (shown on 400 and 422 pages).
    pub fields: BTreeMap<String, String>,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    c: Chrome,
    title: String,
    detail: Option<String>,
    fields: &'a BTreeMap<String, String>,
    not_found: bool,
}

impl PageError {
    pub fn new(status: StatusCode, key: &'static str) -> Self {
        PageError {
            status,
            key,
            detail_key: None,
            fields: BTreeMap::new(),
        }
    }
    pub fn not_found() -> Self {
        PageError {
            detail_key: Some("error-not-found-detail"),
            ..Self::new(StatusCode::NOT_FOUND, "error-not-found")
        }
    }
    pub fn forbidden() -> Self {
        Self::new(StatusCode::FORBIDDEN, "error-forbidden")
    }
    pub fn csrf() -> Self {
        Self::new(StatusCode::FORBIDDEN, "error-csrf")
    }
    /// 400 naming the field that could not be read.
    pub fn bad_request(field: &str, reason: &str) -> Self {
        let mut e = Self::new(StatusCode::BAD_REQUEST, "error-invalid");
        e.fields.insert(field.to_string(), reason.to_string());
        e
    }

    /// The page in `lang`.
    pub fn render(&self, lang: Lang) -> Response {
        let tr = Tr::new(lang);
        let page = ErrorPage {
            title: tr.t(self.key),
            detail: self.detail_key.map(|k| tr.t(k)),
            fields: &self.fields,
            not_found: self.status == StatusCode::NOT_FOUND,
            c: Chrome::minimal(lang),
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

impl From<ServiceError> for PageError {
    fn from(e: ServiceError) -> Self {
        let (status, key, fields) = match e {
            ServiceError::Invalid(f) => (StatusCode::UNPROCESSABLE_ENTITY, "error-invalid", f.0),
            ServiceError::Malformed(f) => (StatusCode::BAD_REQUEST, "error-invalid", f.0),
            ServiceError::Denied(Denied::Unauthenticated) => (
                StatusCode::UNAUTHORIZED,
                "error-unauthenticated",
                BTreeMap::new(),
            ),
            ServiceError::Denied(Denied::Forbidden) => return Self::forbidden(),
            ServiceError::NotFound(_) => return Self::not_found(),
            ServiceError::Conflict(f) => (StatusCode::CONFLICT, "error-conflict", f.0),
            ServiceError::Throttled(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                "error-throttled",
                BTreeMap::new(),
            ),
            ServiceError::Internal(msg) => {
                tracing::error!("internal error: {msg}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "error-internal",
                    BTreeMap::new(),
                )
            }
        };
        PageError {
            status,
            key,
            detail_key: None,
            fields,
        }
    }
}

impl From<Denied> for PageError {
    fn from(d: Denied) -> Self {
        ServiceError::Denied(d).into()
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> Self {
        tracing::error!("template: {e}");
        PageError::new(StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
    }
}

impl IntoResponse for PageError {
    /// English, marked so that the `error_pages` layer renders it again in the request's language.
    fn into_response(self) -> Response {
        let mut res = self.render(Lang::En);
        res.extensions_mut().insert(self);
        res
    }
}
