//! What a project's team does on its page: add, change and delete parts (one set of handlers
//! for every kind), sign the stage's gate, assess readiness, and manage the team and partners.
//! A refused form comes back on its tab with its fields as typed and each error named.

use super::part_form::{body_of, fields_of};
use super::projects::{Refusal, kinds_of, render_project};
use crate::kit::{
    AppState, Chrome, CsrfForm, CsrfMultipart, Ctx, Fields, PageError, PageResult, Refused,
    form_page,
};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::driver::parts::PartKind;
use serde_json::Value;
use std::collections::BTreeMap;

/// The project's tab `section` again, with the refused form `form` as typed and its errors.
async fn refused_on(
    c: &Ctx,
    s: &AppState,
    id: &str,
    section: &str,
    form: impl Into<String>,
    f: Fields,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let refusal = Refusal {
        form: form.into(),
        f,
        errors,
    };
    render_project(c, s, id, section, refusal, None).await
}

/// The tab that lists a kind of part.
pub fn section_of(kind: PartKind) -> &'static str {
    super::projects::SECTIONS
        .iter()
        .find(|s| kinds_of(s).contains(&kind))
        .copied()
        .unwrap_or("plan")
}

fn kind_of(k: &str) -> Result<PartKind, PageError> {
    PartKind::parse(k).map_err(|_| PageError::not_found())
}

/// Where to go back to: the tab the form was on (`back`), else the kind's.
fn back(f: &Fields, kind: PartKind) -> &'static str {
    let b = f.get("back").unwrap_or_default();
    super::projects::SECTIONS
        .iter()
        .find(|s| **s == b)
        .copied()
        .unwrap_or_else(|| section_of(kind))
}

fn to_tab(id: &str, section: &str) -> PageResult {
    let path = if section == "overview" {
        format!("/projects/{id}")
    } else {
        format!("/projects/{id}/{section}")
    };
    Ok(Redirect::to(&path).into_response())
}

/// The body of a submitted form. With `only` (a comma-separated list of fields), the stored
/// body is kept and only those fields are replaced: moving a task on the board sends its
/// status alone, the Discover tab sends the plan's problem alone.
async fn submitted_body(
    c: &Ctx,
    s: &AppState,
    id: &str,
    kind: PartKind,
    part: Option<&str>,
    f: &Fields,
) -> Result<Value, PageError> {
    let body = body_of(kind, f, c.lang);
    let Some(only) = f.get("only") else {
        return Ok(body);
    };
    let stored = s
        .svc
        .parts_of_kind(&c.actor, id, kind)
        .await?
        .into_iter()
        .find(|p| Some(p.id.as_str()) == part || (kind.is_single() && part.is_none()))
        .map(|p| p.body)
        .unwrap_or_else(|| Value::Object(Default::default()));
    let mut merged = stored;
    for name in only.split(',').map(str::trim) {
        let mut from = &body;
        for k in name.split('.') {
            from = &from[k];
        }
        let mut to = &mut merged;
        let mut path = name.split('.').peekable();
        while let Some(k) = path.next() {
            if !to.is_object() {
                *to = Value::Object(Default::default());
            }
            if path.peek().is_none() {
                to[k] = from.clone();
                break;
            }
            to = &mut to[k];
        }
    }
    Ok(merged)
}

async fn save(
    c: Ctx,
    s: AppState,
    id: String,
    kind: &str,
    part: Option<String>,
    f: Fields,
) -> PageResult {
    let kind = kind_of(kind)?;
    let body = submitted_body(&c, &s, &id, kind, part.as_deref(), &f).await?;
    let section = back(&f, kind);
    match s
        .svc
        .save_part(&c.actor, &id, kind, part.as_deref(), body)
        .await
        .or_fields()?
    {
        Ok(_) => to_tab(&id, section),
        Err(errors) => {
            if let Some(part) = part.filter(|_| f.get("only").is_none()) {
                return part_page(&c, &s, &id, kind, &part, f, errors).await;
            }
            refused_on(&c, &s, &id, section, kind.as_str().to_string(), f, errors).await
        }
    }
}

pub(super) async fn create(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, kind)): Path<(String, String)>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    save(c, s, id, &kind, None, f).await
}

pub(super) async fn update(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, kind, part)): Path<(String, String, String)>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    save(c, s, id, &kind, Some(part), f).await
}

pub(super) async fn delete(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, kind, part)): Path<(String, String, String)>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let kind = kind_of(&kind)?;
    s.svc.delete_part(&c.actor, &id, kind, &part).await?;
    to_tab(&id, back(&f, kind))
}

/// Closing the loop: the project in Operate becomes a draft best-practice case, opened for
/// the team to read over and publish.
pub(super) async fn to_practice(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    match s
        .svc
        .practice_from_project(&c.actor, &id)
        .await
        .or_fields()?
    {
        Ok(p) => Ok(Redirect::to(&format!("/practices/{}/edit", p.id)).into_response()),
        Err(errors) => refused_on(&c, &s, &id, "operate", "practice", f, errors).await,
    }
}

/// Dated KPI values from an uploaded CSV file or workbook; the Operate tab again, saying what
/// was taken, or naming each bad line (nothing is taken then).
pub(super) async fn import_kpis(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfMultipart(f, file): CsrfMultipart,
) -> PageResult {
    let Some(file) = file.filter(|u| !u.bytes.is_empty()) else {
        let mut errors = BTreeMap::new();
        errors.insert("file".to_string(), c.tr.t("finance-import-no-file"));
        return refused_on(&c, &s, &id, "operate", "kpi_import", f, errors).await;
    };
    match s
        .svc
        .import_kpi_values(&c.actor, &id, &file.file_name, &file.bytes)
        .await
        .or_fields()?
    {
        Ok(r) => {
            let (kpis, values) = (r.kpis.to_string(), r.values.to_string());
            let notice = c.tr.ts(
                "driver-kpi-imported",
                &[("kpis", &kpis), ("values", &values)],
            );
            render_project(&c, &s, &id, "operate", Refusal::default(), Some(notice)).await
        }
        Err(errors) => refused_on(&c, &s, &id, "operate", "kpi_import", f, errors).await,
    }
}

#[derive(Template)]
#[template(path = "driver/part_form.html")]
struct PartPage {
    c: Chrome,
    project: String,
    title: String,
    kind: PartKind,
    part: String,
    views: Vec<super::part_form::FieldView>,
    errors: BTreeMap<String, String>,
    back: &'static str,
}

async fn part_page(
    c: &Ctx,
    s: &AppState,
    id: &str,
    kind: PartKind,
    part: &str,
    f: Fields,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let p = s.svc.project_page(&c.actor, id).await?;
    let mut langs = p.project.languages.clone();
    for l in Lang::ALL {
        if !langs.contains(&l)
            && (l == c.lang || f.0.keys().any(|k| k.ends_with(&format!("_{}", l.tag()))))
        {
            langs.push(l);
        }
    }
    langs.sort();
    let chrome = c.chrome("projects");
    let stakeholders: Vec<(String, String)> = p
        .parts
        .stakeholders
        .iter()
        .map(|(i, x)| (i.clone(), p.stakeholder_name(x, c.lang)))
        .collect();
    let members: Vec<(String, String)> = p
        .members
        .iter()
        .map(|m| (m.user_id.clone(), m.display_name.clone()))
        .collect();
    let page = PartPage {
        views: super::part_form::views(&chrome, kind, &f, &errors, &langs, &stakeholders, &members),
        c: chrome,
        project: id.to_string(),
        title: p.project.titles.best(c.lang).to_string(),
        kind,
        part: part.to_string(),
        errors: errors.clone(),
        back: section_of(kind),
    };
    Ok(crate::kit::no_store(form_page(&errors, page)?))
}

/// The form of one stored part, to change it.
pub(super) async fn edit_form(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, kind, part)): Path<(String, String, String)>,
) -> PageResult {
    let kind = kind_of(&kind)?;
    let stored = s
        .svc
        .parts_of_kind(&c.actor, &id, kind)
        .await?
        .into_iter()
        .find(|p| p.id == part)
        .ok_or_else(PageError::not_found)?;
    let f = fields_of(kind, &stored.body, c.lang);
    part_page(&c, &s, &id, kind, &part, f, BTreeMap::new()).await
}

/// Shows a refused team form on the overview, or goes back to it.
async fn done(
    c: &Ctx,
    s: &AppState,
    id: &str,
    form: &str,
    f: Fields,
    r: Result<(), BTreeMap<String, String>>,
) -> PageResult {
    let section = f.get("back").unwrap_or_else(|| "overview".into());
    match r {
        Ok(()) => to_tab(id, &section),
        Err(errors) => refused_on(c, s, id, &section, form, f, errors).await,
    }
}

pub(super) async fn sign_gate(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let r = s
        .svc
        .sign_gate(
            &c.actor,
            &id,
            &f.get("stage").unwrap_or_default(),
            &f.get("note").unwrap_or_default(),
        )
        .await
        .map(|_| ())
        .or_fields()?;
    done(&c, &s, &id, "gate", f, r).await
}

pub(super) async fn add_member(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let r = s
        .svc
        .set_team_member(
            &c.actor,
            &id,
            &f.get("email").unwrap_or_default(),
            &f.get("role").unwrap_or_default(),
        )
        .await
        .or_fields()?;
    done(&c, &s, &id, "team", f, r).await
}

pub(super) async fn remove_member(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let r = s
        .svc
        .remove_team_member(&c.actor, &id, &f.get("user").unwrap_or_default())
        .await
        .or_fields()?;
    done(&c, &s, &id, "team", f, r).await
}

pub(super) async fn invite_partner(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let r = s
        .svc
        .invite_partner(
            &c.actor,
            &id,
            &f.get("org").unwrap_or_default(),
            &f.get("role").unwrap_or_default(),
        )
        .await
        .or_fields()?;
    done(&c, &s, &id, "partner", f, r).await
}

pub(super) async fn answer_partner(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let accept = f.get("accept").as_deref() == Some("1");
    s.svc
        .answer_partner(&c.actor, &id, &f.get("org").unwrap_or_default(), accept)
        .await?;
    if accept {
        to_tab(&id, "overview")
    } else {
        Ok(Redirect::to("/projects").into_response())
    }
}

pub(super) async fn remove_partner(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let r = s
        .svc
        .remove_partner(&c.actor, &id, &f.get("org").unwrap_or_default())
        .await
        .or_fields()?;
    done(&c, &s, &id, "partner", f, r).await
}

pub(super) async fn assess(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let mut answers = BTreeMap::new();
    let mut errors = BTreeMap::new();
    for q in domain::driver::readiness::QUESTIONS {
        match f.get(&format!("q_{}", q.id)).map(|v| v.parse::<u8>()) {
            Some(Ok(l)) => {
                answers.insert(q.id.to_string(), l);
            }
            Some(Err(_)) => {
                errors.insert(
                    format!("answers.{}", q.id),
                    c.tr.t("driver-readiness-level-error"),
                );
            }
            None => {}
        }
    }
    let r = if errors.is_empty() {
        s.svc
            .assess_readiness(&c.actor, &id, answers, f.has("shared"))
            .await
            .map(|_| ())
            .or_fields()?
    } else {
        Err(errors)
    };
    let mut f = f;
    f.put("back", "discover");
    done(&c, &s, &id, "readiness", f, r).await
}
