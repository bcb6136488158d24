//! The administrators' page: accounts, invitations, the directory import, the audit log.

use crate::kit::extract::Upload;
use crate::kit::{
    AppState, Chrome, CsrfForm, CsrfMultipart, Ctx, PageResult, Paged, Pager, Refused, SignedIn,
    html, no_store, with_status,
};
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use services::accounts::UserView;
use services::directory::{Format, ImportReport};
use std::collections::BTreeMap;

#[derive(Template)]
#[template(path = "accounts/admin.html")]
struct AdminPage {
    c: Chrome,
    users: Vec<UserView>,
    invite_link: Option<String>,
    invite_email: String,
    errors: BTreeMap<String, String>,
    import: Option<ImportReport>,
}

async fn admin_page(
    c: &Ctx,
    s: &AppState,
    invite: Option<(String, String)>,
    errors: BTreeMap<String, String>,
    import: Option<ImportReport>,
) -> PageResult {
    if let Some(r) = c.sign_in_first() {
        return Ok(r);
    }
    let users = s.svc.list_users(&c.actor).await?;
    let failed = !errors.is_empty() || import.as_ref().is_some_and(|r| !r.problems.is_empty());
    let status = if failed {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let (invite_link, invite_email) = match invite {
        Some((link, email)) => (Some(link), email),
        None => (None, String::new()),
    };
    let page = AdminPage {
        c: c.chrome("admin"),
        users,
        invite_link,
        invite_email,
        errors,
        import,
    };
    Ok(no_store(with_status(status, page)?))
}

pub(super) async fn admin(c: Ctx, State(s): State<AppState>) -> PageResult {
    admin_page(&c, &s, None, BTreeMap::new(), None).await
}

pub(super) async fn invite(
    c: Ctx,
    State(s): State<AppState>,
    headers: HeaderMap,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let email = f.raw("email");
    let org = f.0.get("org").cloned();
    match s
        .svc
        .create_invitation(&c.actor, &email, &f.raw("role"), org.as_deref())
        .await
        .or_fields()?
    {
        Ok(secret) => {
            let host = headers
                .get("host")
                .and_then(|h| h.to_str().ok())
                .unwrap_or("localhost");
            let link = format!("http://{host}/invite/{secret}");
            admin_page(&c, &s, Some((link, email)), BTreeMap::new(), None).await
        }
        Err(errors) => admin_page(&c, &s, None, errors, None).await,
    }
}

pub(super) async fn import(
    c: Ctx,
    State(s): State<AppState>,
    CsrfMultipart(f, file): CsrfMultipart,
) -> PageResult {
    let Some(format) = f.get("format").as_deref().and_then(Format::parse) else {
        let errors = services::error::field("format", "choose a format").0;
        return admin_page(&c, &s, None, errors, None).await;
    };
    let Upload { bytes, .. } = file.unwrap_or_default();
    if bytes.is_empty() {
        let errors = services::error::field("file", "is empty").0;
        return admin_page(&c, &s, None, errors, None).await;
    }
    let report = s.svc.import_directory(&c.actor, format, &bytes).await?;
    admin_page(&c, &s, None, BTreeMap::new(), Some(report)).await
}

#[derive(Template)]
#[template(path = "accounts/audit.html")]
struct AuditPage {
    c: Chrome,
    entries: Vec<services::AuditRecord>,
    pager: Pager,
}

pub(super) async fn audit(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Paged(paging): Paged,
) -> PageResult {
    let p = s.svc.audit_log(&c.actor, paging).await?;
    let pager = Pager::of(&c.tr, &[], &p, "/admin/audit");
    html(AuditPage {
        c: c.chrome("admin"),
        entries: p.items,
        pager,
    })
}
