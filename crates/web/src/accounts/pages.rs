//! Signing in and out, signing up through an invitation, and the account page.

use crate::kit::ctx::{SESSION_COOKIE, cookie, cookie_name, set_cookie};
use crate::kit::{
    AppState, Chrome, CsrfForm, Ctx, PageError, PageResult, Refused, SignedIn, form_page, html,
    no_store, with_status,
};
use crate::site::local_path;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect};
use domain::auth::Scope;
use services::ServiceError;
use services::accounts::{InvitationView, SignUp, TokenView, UserView};
use std::collections::{BTreeMap, HashMap};

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    c: Chrome,
    failed: bool,
    /// Why this try was not even checked: too many failures.
    throttled: Option<String>,
    email: String,
    next: String,
}

pub(super) async fn login_form(c: Ctx, Query(q): Query<HashMap<String, String>>) -> PageResult {
    html(LoginPage {
        c: c.chrome("login"),
        failed: false,
        throttled: None,
        email: String::new(),
        next: local_path(q.get("next").map(String::as_str)),
    })
}

fn session_cookie(c: &Ctx, secret: &str, ttl: i64) -> HeaderValue {
    set_cookie(
        &cookie_name(SESSION_COOKIE, c.secure_cookies),
        secret,
        ttl,
        c.secure_cookies,
    )
}

pub(super) async fn login(c: Ctx, State(s): State<AppState>, CsrfForm(f): CsrfForm) -> PageResult {
    let email = f.raw("email");
    let next = local_path(f.get("next").as_deref());
    match s
        .svc
        .login_from(&email, &f.raw("password"), c.address.as_deref())
        .await
    {
        Ok(secret) => {
            let mut res = Redirect::to(&next).into_response();
            res.headers_mut().append(
                SET_COOKIE,
                session_cookie(&c, &secret, s.svc.config.session_ttl_secs),
            );
            Ok(res)
        }
        Err(ServiceError::Invalid(_)) => with_status(
            StatusCode::UNAUTHORIZED,
            LoginPage {
                c: c.chrome("login"),
                failed: true,
                throttled: None,
                email,
                next,
            },
        ),
        Err(ServiceError::Throttled(secs)) => {
            let mut res = with_status(
                StatusCode::TOO_MANY_REQUESTS,
                LoginPage {
                    c: c.chrome("login"),
                    failed: false,
                    throttled: Some(c.tr.ts("login-throttled", &[("seconds", &secs.to_string())])),
                    email,
                    next,
                },
            )?;
            res.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from(secs),
            );
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

pub(super) async fn logout(
    c: Ctx,
    State(s): State<AppState>,
    headers: HeaderMap,
    _: CsrfForm,
) -> PageResult {
    if let Some(secret) = cookie(&headers, &cookie_name(SESSION_COOKIE, c.secure_cookies)) {
        s.svc.logout(secret).await?;
    }
    let mut res = Redirect::to("/").into_response();
    res.headers_mut()
        .append(SET_COOKIE, session_cookie(&c, "", 0));
    Ok(res)
}

#[derive(Template)]
#[template(path = "accounts/signup.html")]
struct SignupPage {
    c: Chrome,
    token: String,
    role_name: String,
    org: Option<String>,
    fixed_email: Option<String>,
    email: String,
    display_name: String,
    errors: BTreeMap<String, String>,
}

fn signup_page(
    c: &Ctx,
    token: &str,
    inv: &InvitationView,
    form: &SignUp,
    errors: BTreeMap<String, String>,
) -> PageResult {
    form_page(
        &errors.clone(),
        SignupPage {
            c: c.chrome("login"),
            token: token.to_string(),
            role_name: if inv.role == domain::auth::Role::Admin {
                c.tr.t("role-admin")
            } else {
                c.tr.t("role-member-account")
            },
            org: inv.org_id.clone(),
            fixed_email: inv.email.clone(),
            email: form.email.clone(),
            display_name: form.display_name.clone(),
            errors,
        },
    )
}

/// The invitation of a link, or a 404 that says the link is not (or no longer) valid.
async fn invitation_or_404(s: &AppState, token: &str) -> Result<InvitationView, PageError> {
    s.svc.invitation_info(token).await.map_err(|e| match e {
        ServiceError::NotFound(_) => PageError::new(StatusCode::NOT_FOUND, "signup-invalid"),
        e => e.into(),
    })
}

pub(super) async fn signup_form(
    c: Ctx,
    State(s): State<AppState>,
    Path(token): Path<String>,
) -> PageResult {
    let inv = invitation_or_404(&s, &token).await?;
    signup_page(&c, &token, &inv, &SignUp::default(), BTreeMap::new())
}

pub(super) async fn signup(
    c: Ctx,
    State(s): State<AppState>,
    Path(token): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let inv = invitation_or_404(&s, &token).await?;
    let form = SignUp {
        email: f.raw("email"),
        display_name: f.raw("display_name"),
        password: f.raw("password"),
    };
    match s
        .svc
        .accept_invitation(&token, form.clone())
        .await
        .or_fields()?
    {
        Ok(secret) => {
            let mut res = Redirect::to("/account").into_response();
            res.headers_mut().append(
                SET_COOKIE,
                session_cookie(&c, &secret, s.svc.config.session_ttl_secs),
            );
            Ok(res)
        }
        Err(errors) => signup_page(&c, &token, &inv, &form, errors),
    }
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    c: Chrome,
    user: UserView,
    tokens: Vec<TokenView>,
    new_token: Option<String>,
    errors: BTreeMap<String, String>,
    /// The address of the user's own calendar feed (a secret).
    feed: String,
}

async fn account_page(
    c: &Ctx,
    s: &AppState,
    new_token: Option<String>,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let Some(user) = s.svc.user_view(&c.actor).await? else {
        return Ok(c
            .sign_in_first()
            .unwrap_or_else(|| Redirect::to("/login").into_response()));
    };
    let tokens = s.svc.list_tokens(&c.actor).await?;
    let feed = format!(
        "/feeds/{}/{}/calendar.ics",
        user.id,
        s.svc.feed_secret(&user.id).await?
    );
    let page = AccountPage {
        c: c.chrome("account"),
        user,
        tokens,
        new_token,
        errors: errors.clone(),
        feed,
    };
    // A page showing a secret must not be cached.
    Ok(no_store(form_page(&errors, page)?))
}

pub(super) async fn account(SignedIn(c): SignedIn, State(s): State<AppState>) -> PageResult {
    account_page(&c, &s, None, BTreeMap::new()).await
}

pub(super) async fn create_token(
    c: Ctx,
    State(s): State<AppState>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let scopes: Vec<&str> = [
        ("scope_read", "read"),
        ("scope_write", "write:directory"),
        ("scope_admin", "admin"),
    ]
    .into_iter()
    .filter(|(field, _)| f.has(field))
    .map(|(_, scope)| scope)
    .collect();
    match s
        .svc
        .create_token(&c.actor, &f.raw("name"), &scopes.join(" "))
        .await
        .or_fields()?
    {
        Ok((_, secret)) => account_page(&c, &s, Some(secret), BTreeMap::new()).await,
        Err(errors) => account_page(&c, &s, None, errors).await,
    }
}

pub(super) async fn revoke_token(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    _: CsrfForm,
) -> PageResult {
    s.svc.revoke_token(&c.actor, &id).await?;
    Ok(Redirect::to("/account").into_response())
}
