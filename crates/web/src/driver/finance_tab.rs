//! A project's Finance tab: the calculator's form on the project's stored business case, its
//! results for everyone who sees the project, and saving for its editors. A saved case is the
//! one the Finance gate checks and the brief shows.

use super::calculator::{ProjectHead, imported, render_for};
use super::form::read;
use super::refill::fields_of;
use super::view::report;
use crate::kit::{AppState, CsrfForm, CsrfMultipart, Ctx, Fields, PageResult, Refused, SignedIn};
use axum::extract::{Path, State};
use domain::driver::TeamRole;
use services::driver::business_case;
use std::collections::BTreeMap;

/// The tab, on the stored case (`f` None) or on a form as typed.
pub async fn page(
    c: &Ctx,
    s: &AppState,
    id: &str,
    f: Option<Fields>,
    errors: BTreeMap<String, String>,
    notice: Option<String>,
) -> PageResult {
    let p = s.svc.project_page(&c.actor, id).await?;
    let can_edit = p.role.is_some_and(|r| r >= TeamRole::Editor);
    let evaluation = s.svc.project_evaluation(&c.actor, id).await?;
    let (fields, left_out) = match (&f, &evaluation) {
        (Some(f), _) => (f.clone(), 0),
        (None, Some(e)) => fields_of(&e.case, c.lang),
        (None, None) => (Fields::default(), 0),
    };
    let r = match (&f, &evaluation) {
        (None, Some(e)) => Some(report(c, e)),
        _ => None,
    };
    let head = ProjectHead {
        id: id.to_string(),
        title: p.project.titles.best(c.lang).to_string(),
        can_edit,
        saved: evaluation.is_some(),
        left_out,
        notice,
    };
    Ok(crate::kit::no_store(render_for(
        c,
        fields,
        errors,
        r,
        Some(head),
    )?))
}

pub(super) async fn show(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    page(&c, &s, &id, None, BTreeMap::new(), None).await
}

/// Saves the form as the project's case, then shows it worked out.
pub(super) async fn save(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let case = match read(&c, &f) {
        Ok(case) => case,
        Err(errors) => return page(&c, &s, &id, Some(f), errors, None).await,
    };
    match s
        .svc
        .save_project_case(&c.actor, &id, case)
        .await
        .or_fields()?
    {
        Ok(()) => {
            page(
                &c,
                &s,
                &id,
                None,
                BTreeMap::new(),
                Some(c.tr.t("driver-case-saved")),
            )
            .await
        }
        Err(errors) => page(&c, &s, &id, Some(f), errors, None).await,
    }
}

/// The form as a workbook (for anyone in the project who may compute).
pub(super) async fn workbook(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    s.svc.project_page(&c.actor, &id).await?;
    let case = match read(&c, &f) {
        Ok(case) => case,
        Err(errors) => return page(&c, &s, &id, Some(f), errors, None).await,
    };
    let e = business_case::evaluate(&s.svc, &c.actor, case).await?;
    Ok(super::api::workbook_download(&e)?)
}

/// Lines from a file into the form (not saved until the form is).
pub(super) async fn import(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfMultipart(f, file): CsrfMultipart,
) -> PageResult {
    let (f, errors) = imported(&c, f, file);
    page(&c, &s, &id, Some(f), errors, None).await
}
