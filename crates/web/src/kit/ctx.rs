//! What every request carries: its language, who is acting, and the CSRF token; and the two
//! layers that work on every page: the CSRF cookie, and error pages in the request's language.
//!
//! CSRF uses a double-submit token: a random `cd_csrf` cookie (HttpOnly, SameSite=Lax) and the
//! same value in a hidden field of every form; `CsrfForm` refuses a POST whose field does not
//! match before the handler runs. The JSON API takes no cookies at all (Bearer tokens only),
//! so it needs no CSRF token.

use crate::kit::error::{ApiError, PageError};
use crate::kit::i18n::Tr;
use crate::kit::state::AppState;
use crate::kit::view::{Chrome, lang_links};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, AUTHORIZATION, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::auth::Actor;

pub const SESSION_COOKIE: &str = "cd_session";
pub const CSRF_COOKIE: &str = "cd_csrf";

/// A cookie's name as this server sets it: behind HTTPS (`secure`) with the `__Host-` prefix,
/// which browsers accept only from this host, `Secure`, with `Path=/` and no `Domain` — so a
/// neighbouring subdomain cannot plant a session or a CSRF token. The plain name is then
/// ignored.
pub fn cookie_name(name: &'static str, secure: bool) -> std::borrow::Cow<'static, str> {
    if secure {
        format!("__Host-{name}").into()
    } else {
        name.into()
    }
}
pub const LANG_COOKIE: &str = "lang";

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

pub fn set_cookie(name: &str, value: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let s = format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{}",
        if secure { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&s).unwrap_or_else(|_| HeaderValue::from_static("x=; Max-Age=0"))
}

#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

/// Gives every visitor a CSRF cookie the first time, so that the page can embed it in forms.
pub async fn csrf_cookie(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let name = cookie_name(CSRF_COOKIE, state.web.secure_cookies);
    let existing = cookie(req.headers(), &name)
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_string);
    let (token, fresh) = match existing {
        Some(t) => (t, false),
        None => (services::random_hex(32), true),
    };
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let mut res = next.run(req).await;
    if fresh {
        res.headers_mut().append(
            SET_COOKIE,
            set_cookie(&name, &token, 365 * 24 * 3600, state.web.secure_cookies),
        );
    }
    res
}

/// Renders a `PageError` again in the request's language (handlers return it with `?`).
pub async fn error_pages(req: Request, next: Next) -> Response {
    let lang = lang_of(req.uri().query(), req.headers());
    let res = next.run(req).await;
    match res.extensions().get::<PageError>() {
        Some(e) if lang != Lang::En => {
            let mut again = e.render(lang);
            again.headers_mut().extend(
                res.headers()
                    .iter()
                    .filter(|(k, _)| *k == SET_COOKIE)
                    .map(|(k, v)| (k.clone(), v.clone())),
            );
            again
        }
        _ => res,
    }
}

/// `?lang=`, then the `lang` cookie, then `Accept-Language`, then English.
pub fn lang_of(query: Option<&str>, headers: &HeaderMap) -> Lang {
    let from_query = query.and_then(|q| {
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == "lang")
            .and_then(|(_, v)| Lang::parse(v))
    });
    from_query
        .or_else(|| cookie(headers, LANG_COOKIE).and_then(Lang::parse))
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or(Lang::En)
}

/// The context of a page request.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub lang: Lang,
    pub tr: Tr,
    pub actor: Actor,
    pub user_name: Option<String>,
    pub csrf: String,
    /// Path and query of this request (for the language switcher's way back).
    pub here: String,
    pub secure_cookies: bool,
    /// The client's address, when the server knows it (sign-in is throttled per address).
    pub address: Option<String>,
    /// Whether the browser says the request comes from this site's own pages (or says
    /// nothing): `Sec-Fetch-Site` is not `cross-site`/`same-site`, and an `Origin` names the
    /// host the request was sent to. A form from elsewhere is refused even with a token.
    pub same_origin: bool,
}

impl Ctx {
    pub fn is_admin(&self) -> bool {
        self.actor.is_admin()
    }
    pub fn signed_in(&self) -> bool {
        self.actor.user().is_some()
    }
    /// Admins and editors of an organization may start events and practices.
    pub fn edits_something(&self) -> bool {
        self.is_admin() || self.actor.user().is_some_and(|u| !u.editor_of.is_empty())
    }
    /// What the page template's frame needs, with the open section of the navigation.
    pub fn chrome(&self, section: &'static str) -> Chrome {
        Chrome {
            lang: self.lang,
            tr: self.tr.clone(),
            signed_in: self.signed_in(),
            is_admin: self.is_admin(),
            user: self.user_name.clone(),
            csrf: self.csrf.clone(),
            langs: lang_links(self.lang, &self.here),
            section,
        }
    }
    /// True when a submitted CSRF field matches this visitor's cookie.
    pub fn csrf_matches(&self, submitted: Option<&str>) -> bool {
        self.same_origin
            && submitted.is_some_and(|s| constant_time_eq(s.as_bytes(), self.csrf.as_bytes()))
    }
}

/// See `Ctx::same_origin`. The configured public address counts as this site too (behind a proxy that rewrites
/// `Host`).
fn same_origin(headers: &axum::http::HeaderMap, public_url: &str) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if matches!(header("sec-fetch-site"), Some("cross-site" | "same-site")) {
        return false;
    }
    match (header("origin"), header("host")) {
        (None, _) => true,
        (Some(origin), _) if origin.eq_ignore_ascii_case(public_url.trim_end_matches('/')) => true,
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host)),
        (Some(_), None) => false,
    }
}

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(c) = parts.extensions.get::<Ctx>() {
            return Ok(c.clone());
        }
        let lang = lang_of(parts.uri.query(), &parts.headers);
        let session = cookie_name(SESSION_COOKIE, state.web.secure_cookies);
        let actor = match cookie(&parts.headers, &session) {
            Some(s) if !s.is_empty() => state.svc.session_actor(s).await?,
            _ => Actor::Anonymous,
        };
        let user_name = match &actor {
            Actor::User(u) => Some(u.email.clone()),
            Actor::Anonymous => None,
        };
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let here = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        let ctx = Ctx {
            lang,
            tr: Tr::new(lang),
            actor,
            user_name,
            csrf,
            here,
            secure_cookies: state.web.secure_cookies,
            same_origin: same_origin(&parts.headers, &state.web.public_url),
            address: parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip().to_string()),
        };
        // A form extractor and the handler both ask: the session is looked up once.
        parts.extensions.insert(ctx.clone());
        Ok(ctx)
    }
}

/// Who calls the JSON API: the account of a Bearer token, or anonymous (for reads and for
/// the few writes anyone may make, such as registering for an event).
#[derive(Clone, Debug)]
pub struct ApiActor(pub Actor);

impl FromRequestParts<AppState> for ApiActor {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some(h) = parts.headers.get(AUTHORIZATION) else {
            return Ok(ApiActor(Actor::Anonymous));
        };
        let token = h
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        match token {
            Some(t) if !t.is_empty() => match state.svc.token_actor(t).await? {
                Some(a) => Ok(ApiActor(a)),
                None => Err(ApiError::unauthenticated("the token is unknown or revoked")),
            },
            _ => Err(ApiError::unauthenticated(
                "use 'Authorization: Bearer <token>'",
            )),
        }
    }
}

/// The account of a Bearer token, required: an anonymous call is refused (401) before its
/// body is read, so a malformed body never tells an anonymous caller more than "sign in".
#[derive(Clone, Debug)]
pub struct ApiUser(pub Actor);

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match ApiActor::from_request_parts(parts, state).await?.0 {
            Actor::Anonymous => Err(ApiError::unauthenticated("authentication is required")),
            a => Ok(ApiUser(a)),
        }
    }
}

impl Ctx {
    /// For a visitor, the way to sign in first and come back here; none for an account.
    pub fn sign_in_first(&self) -> Option<Response> {
        (!self.signed_in()).then(|| {
            Redirect::to(&format!(
                "/login?next={}",
                crate::kit::view::enc(&self.here)
            ))
            .into_response()
        })
    }
}

/// The request of a signed-in account. A page that takes it never runs for a visitor: they are
/// sent to sign in and brought back to the page.
pub struct SignedIn(pub Ctx);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let c = Ctx::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match c.sign_in_first() {
            Some(r) => Err(r),
            None => Ok(SignedIn(c)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{constant_time_eq, same_origin};

    #[test]
    fn a_form_from_another_site_is_told_apart() {
        let same_origin_ =
            |h: &axum::http::HeaderMap| same_origin(h, "https://citydriver.example.org");
        let h = |pairs: &[(&'static str, &'static str)]| {
            let mut m = axum::http::HeaderMap::new();
            for (k, v) in pairs {
                m.insert(*k, v.parse().unwrap());
            }
            m
        };
        assert!(same_origin_(&h(&[])));
        assert!(same_origin_(&h(&[
            ("host", "cd.test"),
            ("origin", "https://cd.test")
        ])));
        assert!(same_origin_(&h(&[("sec-fetch-site", "same-origin")])));
        assert!(same_origin_(&h(&[("sec-fetch-site", "none")])));
        assert!(!same_origin_(&h(&[("sec-fetch-site", "cross-site")])));
        assert!(!same_origin_(&h(&[
            ("host", "cd.test"),
            ("origin", "https://evil.example")
        ])));
        assert!(!same_origin_(&h(&[
            ("host", "cd.test"),
            ("origin", "null")
        ])));
        // Behind a proxy that rewrites Host, the configured address is this site.
        assert!(same_origin_(&h(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "https://citydriver.example.org")
        ])));
    }

    #[test]
    fn a_token_must_match_byte_for_byte_whatever_its_length() {
        let token = b"0123456789abcdef0123456789abcdef";
        assert!(constant_time_eq(token, token));
        // Wrong tokens of the same length: one byte off at each end, and every byte off.
        let mut first = *token;
        first[0] = b'x';
        let mut last = *token;
        last[31] = b'x';
        assert!(!constant_time_eq(&first, token));
        assert!(!constant_time_eq(&last, token));
        assert!(!constant_time_eq(&[b'z'; 32], token));
        assert!(!constant_time_eq(b"", token));
        assert!(!constant_time_eq(&token[..31], token));
    }
}
