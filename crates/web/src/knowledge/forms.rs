//! The editors' form of a practice (new and edit) and its publication.

use super::pages::render_case;
use crate::kit::{
    AppState, Chrome, CsrfForm, Ctx, Fields, PageError, PageResult, Refused, SignedIn, form_page,
};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::knowledge::{PracticeDomain, PracticeInput};
use std::collections::BTreeMap;

#[derive(Template)]
#[template(path = "knowledge/practice_form.html")]
struct FormPage {
    c: Chrome,
    /// Some(id) when editing.
    editing: Option<String>,
    f: Fields,
    errors: BTreeMap<String, String>,
    domains: Vec<&'static str>,
    langs: Vec<(&'static str, &'static str)>,
    /// Cities the user edits; empty for admins (who type any).
    cities: Vec<String>,
}

impl FormPage {
    fn v(&self, k: &str) -> String {
        self.f.raw(k)
    }
}

async fn render_form(
    c: &Ctx,
    editing: Option<String>,
    f: Fields,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let Some(u) = c.actor.user() else {
        return Ok(c
            .sign_in_first()
            .unwrap_or_else(|| Redirect::to("/login").into_response()));
    };
    if !c.is_admin() && u.editor_of.is_empty() {
        return Err(PageError::forbidden());
    }
    let page = FormPage {
        c: c.chrome("practices"),
        editing,
        f,
        errors: errors.clone(),
        domains: PracticeDomain::ALL.iter().map(|d| d.as_str()).collect(),
        langs: Lang::ALL
            .iter()
            .map(|l| (l.tag(), l.native_name()))
            .collect(),
        cities: if c.is_admin() {
            vec![]
        } else {
            u.editor_of.iter().map(|o| o.as_str().to_string()).collect()
        },
    };
    form_page(&errors, page)
}

pub(super) async fn new_form(SignedIn(c): SignedIn) -> PageResult {
    render_form(&c, None, Fields::default(), BTreeMap::new()).await
}

pub(super) async fn edit_form(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let p = s.svc.practice_page(&c.actor, &id).await?;
    if !p.can_edit {
        return Err(PageError::forbidden());
    }
    let x = &p.practice;
    let ids = |v: Vec<&String>| v.into_iter().cloned().collect::<Vec<_>>().join(", ");
    let mut f = Fields::default();
    f.put("city", x.city.clone());
    f.put("domain", x.domain.as_str());
    let sdgs: Vec<String> = x.sdgs.iter().map(u8::to_string).collect();
    f.put("sdgs", sdgs.join(", "));
    f.put("cost", x.cost.clone().unwrap_or_default());
    f.put(
        "started",
        x.started.as_ref().map(|d| d.as_str()).unwrap_or_default(),
    );
    f.put(
        "ended",
        x.ended.as_ref().map(|d| d.as_str()).unwrap_or_default(),
    );
    f.put("partners", ids(p.partners.iter().map(|o| &o.id).collect()));
    f.put("contacts", ids(p.contacts.iter().map(|o| &o.id).collect()));
    f.put("events", ids(p.events.iter().map(|e| &e.id).collect()));
    let links: Vec<String> = x.links.iter().map(|(l, u)| format!("{l} | {u}")).collect();
    f.put("links", links.join("\n"));
    for (name, t) in [
        ("title", &x.titles),
        ("summary", &x.summary),
        ("problem", &x.problem),
        ("solution", &x.solution),
        ("results", &x.results),
    ] {
        f.put_i18n(name, t);
    }
    render_form(&c, Some(id), f, BTreeMap::new()).await
}

/// The form's fields as the service takes them.
fn input(f: &Fields) -> PracticeInput {
    let mut sdgs = Vec::new();
    let mut bad_sdg = false;
    for g in f.list("sdgs") {
        match g.parse::<u8>() {
            Ok(n) => sdgs.push(n),
            Err(_) => bad_sdg = true,
        }
    }
    if bad_sdg {
        sdgs.push(0); // refused by validation, with the field named
    }
    let links = f
        .get("links")
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| match l.rsplit_once('|') {
            Some((label, url)) => (label.trim().to_string(), url.trim().to_string()),
            None => (String::new(), l.trim().to_string()),
        })
        .collect();
    PracticeInput {
        id: f.get("id"),
        city: f.get("city"),
        domain: f.get("domain"),
        sdgs,
        titles: f.i18n("title"),
        summary: f.i18n("summary"),
        problem: f.i18n("problem"),
        solution: f.i18n("solution"),
        results: f.i18n("results"),
        cost: f.get("cost"),
        partners: f.list("partners"),
        contacts: f.list("contacts"),
        started: f.get("started"),
        ended: f.get("ended"),
        events: f.list("events"),
        links,
    }
}

async fn save(c: Ctx, s: AppState, existing: Option<String>, f: Fields) -> PageResult {
    match s
        .svc
        .save_practice(&c.actor, existing.as_deref(), input(&f))
        .await
        .or_fields()?
    {
        Ok(p) => Ok(Redirect::to(&format!("/practices/{}", p.id)).into_response()),
        Err(errors) => render_form(&c, existing, f, errors).await,
    }
}

pub(super) async fn create(c: Ctx, State(s): State<AppState>, CsrfForm(f): CsrfForm) -> PageResult {
    save(c, s, None, f).await
}

pub(super) async fn update(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    save(c, s, Some(id), f).await
}

pub(super) async fn publish(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let on = f.get("publish").is_some_and(|v| v == "1");
    s.svc.publish_practice(&c.actor, &id, on).await?;
    let key = if on {
        "practice-published"
    } else {
        "practice-unpublished"
    };
    render_case(&c, &s, &id, Some(c.tr.t(key))).await
}
