//! Answering with a page: render a template, keep a page out of shared caches, send a visitor
//! who is not signed in to the sign-in form, and split a refused form from other errors.

use crate::kit::error::PageError;
use askama::Template;
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use services::ServiceError;
use std::collections::BTreeMap;

pub type PageResult = Result<Response, PageError>;

pub fn html(t: impl Template) -> PageResult {
    Ok(Html(t.render()?).into_response())
}

pub fn with_status(status: StatusCode, t: impl Template) -> PageResult {
    Ok((status, Html(t.render()?)).into_response())
}

/// 200, or 422 when the page shows refused fields.
pub fn form_page(errors: &BTreeMap<String, String>, t: impl Template) -> PageResult {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    with_status(status, t)
}

/// Keeps a page out of every cache: it shows a secret or someone's address.
pub fn no_store(mut r: Response) -> Response {
    r.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    r
}

/// A form's use case either took it, or refused fields to show on the form again; anything
/// else is an error page.
pub trait Refused<T> {
    fn or_fields(self) -> Result<Result<T, BTreeMap<String, String>>, PageError>;
}

impl<T> Refused<T> for Result<T, ServiceError> {
    fn or_fields(self) -> Result<Result<T, BTreeMap<String, String>>, PageError> {
        match self {
            Ok(v) => Ok(Ok(v)),
            Err(
                ServiceError::Invalid(f) | ServiceError::Conflict(f) | ServiceError::Malformed(f),
            ) => Ok(Err(f.0)),
            Err(e) => Err(e.into()),
        }
    }
}
