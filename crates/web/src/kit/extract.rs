//! Extractors that carry their checks, so a handler cannot forget them: `CsrfForm` and
//! `CsrfMultipart` (no form is read before its CSRF field matches), `Paged` (one paging rule),
//! and `ApiJson`/`ApiQuery`/`ApiPath` (a malformed request gets the one error envelope, naming
//! the field).

use crate::kit::ctx::Ctx;
use crate::kit::error::{ApiError, PageError};
use crate::kit::state::AppState;
use axum::body::Bytes;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Multipart, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use domain::{I18nText, Lang, Paging};
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// The fields of a submitted form, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Fields(pub HashMap<String, String>);

impl Fields {
    /// The value trimmed, or none when it is missing or blank.
    pub fn get(&self, k: &str) -> Option<String> {
        self.0
            .get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    }
    /// The value exactly as typed (passwords), or "".
    pub fn raw(&self, k: &str) -> String {
        self.0.get(k).cloned().unwrap_or_default()
    }
    /// Whether a checkbox or button of this name was sent.
    pub fn has(&self, k: &str) -> bool {
        self.0.contains_key(k)
    }
    /// The five language fields of one text: `{prefix}_en`, `{prefix}_ja`, … (blank ones left out).
    pub fn i18n(&self, prefix: &str) -> I18nText {
        let mut t = I18nText::new();
        for l in Lang::ALL {
            if let Some(v) = self.get(&format!("{prefix}_{}", l.tag())) {
                t = t.with(l, v);
            }
        }
        t
    }
    /// A list typed with commas, spaces or one item a line.
    pub fn list(&self, k: &str) -> Vec<String> {
        self.get(k)
            .unwrap_or_default()
            .split([',', ' ', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }
    /// The reverse of `i18n`: a text's versions under `{prefix}_{tag}`, for a form shown again.
    pub fn put_i18n(&mut self, prefix: &str, t: &I18nText) {
        for (l, v) in &t.0 {
            self.0.insert(format!("{prefix}_{}", l.tag()), v.clone());
        }
    }
    pub fn put(&mut self, k: &str, v: impl Into<String>) {
        self.0.insert(k.to_string(), v.into());
    }
}

/// A form whose CSRF field matched the visitor's cookie; nothing else gets through.
pub struct CsrfForm<T = Fields>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = PageError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, PageError> {
        let (mut parts, body) = req.into_parts();
        let ctx = Ctx::from_request_parts(&mut parts, state).await?;
        let is_form = parts
            .headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(PageError::bad_request("body", "is not a form"));
        }
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|_| PageError::bad_request("body", "could not be read"))?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| PageError::bad_request("body", "is not a form"))?;
        let csrf = pairs
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str());
        if !ctx.csrf_matches(csrf) {
            return Err(PageError::csrf());
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|e| PageError::bad_request("body", &e.to_string()))
    }
}

/// A file sent with a form.
#[derive(Debug, Default)]
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// A multipart form (text fields and at most one file, named `file`) whose CSRF field matched;
/// the file is not looked at before that.
pub struct CsrfMultipart(pub Fields, pub Option<Upload>);

impl FromRequest<AppState> for CsrfMultipart {
    type Rejection = PageError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, PageError> {
        let (mut parts, body) = req.into_parts();
        let ctx = Ctx::from_request_parts(&mut parts, state).await?;
        let bad = || PageError::bad_request("body", "is not a multipart form");
        let mut mp = Multipart::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|_| bad())?;
        let mut fields = Fields::default();
        let mut file = None;
        while let Some(field) = mp.next_field().await.map_err(|_| bad())? {
            let name = field.name().unwrap_or("").to_string();
            if name == "file" {
                let file_name = field.file_name().unwrap_or("").to_string();
                let bytes = field.bytes().await.map_err(|_| bad())?.to_vec();
                file = Some(Upload { file_name, bytes });
            } else {
                fields
                    .0
                    .insert(name, field.text().await.map_err(|_| bad())?);
            }
        }
        if !ctx.csrf_matches(fields.0.get("csrf").map(String::as_str)) {
            return Err(PageError::csrf());
        }
        Ok(CsrfMultipart(fields, file))
    }
}

/// `?page=&per_page=` by the one rule (`domain::Paging`). A page answers a bad value with a 400
/// page naming it (or takes `Result<Paged, PageError>` to show it inline); the API uses
/// `ApiPaged` for the envelope.
pub struct Paged(pub Paging);

fn paging_of(parts: &Parts) -> Result<Paging, (&'static str, String)> {
    let q: HashMap<String, String> = parts
        .uri
        .query()
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    Paging::parse(
        q.get("page").map(String::as_str),
        q.get("per_page").map(String::as_str),
    )
}

impl<S: Send + Sync> FromRequestParts<S> for Paged {
    type Rejection = PageError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, PageError> {
        paging_of(parts)
            .map(Paged)
            .map_err(|(f, r)| PageError::bad_request(f, &r))
    }
}

/// `Paged` for the API: a bad value gets the envelope (400) naming the parameter.
pub struct ApiPaged(pub Paging);

impl<S: Send + Sync> FromRequestParts<S> for ApiPaged {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        paging_of(parts)
            .map(ApiPaged)
            .map_err(|(f, r)| ApiError::bad_request(f, &r))
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

#[cfg(test)]
mod tests {
    #[test]
    fn serde_messages_name_the_field() {
        assert_eq!(super::field_of("Failed to deserialize the JSON body into the target type: lat: invalid type: string \"x\", expected f64 at line 1 column 10").0, "lat");
        assert_eq!(super::field_of("Failed to deserialize the JSON body into the target type: unknown field `colour`, expected one of ...").0, "colour");
    }
}
