//! A project's Needs tab: what it seeks (add, change, delete; suggestions from its plan and
//! business case), and for its team the interests, invitations and introductions on record.

use super::words;
use crate::kit::{AppState, Chrome, CsrfForm, Ctx, Fields, PageResult, Refused, form_page};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::matching::{Instrument, InterestFrom, InterestStatus, NeedInput, NeedKind};
use services::directory::OrgView;
use services::matching::{NeedView, NeedsPage};
use std::collections::{BTreeMap, HashMap};

#[derive(Template)]
#[template(path = "matching/needs.html")]
struct NeedsTab {
    c: Chrome,
    p: NeedsPage,
    city: OrgView,
    /// What the plan and the case suggest, not yet stated.
    suggested: Vec<NeedInput>,
    /// The form being edited (`new` or a need's id), its fields and errors.
    editing: String,
    f: Fields,
    errors: BTreeMap<String, String>,
    /// Organization id → name, for the interests.
    orgs: HashMap<String, OrgView>,
    kinds: Vec<&'static str>,
    instruments: Vec<&'static str>,
    currencies: Vec<&'static str>,
    langs: Vec<(&'static str, &'static str)>,
}

impl NeedsTab {
    fn tab_id(&self) -> &str {
        &self.p.project.id
    }
    fn tab_section(&self) -> &str {
        "needs"
    }
    fn v(&self, k: &str) -> String {
        self.f.raw(k)
    }
    fn on(&self, k: &str) -> bool {
        self.f.has(k)
    }
    fn amount(&self, n: &NeedView) -> String {
        n.need
            .amount
            .map(|a| words::amount(self.c.lang, &a))
            .unwrap_or_default()
    }
    fn need_title(&self, id: &str) -> String {
        self.p
            .needs
            .iter()
            .find(|n| n.need.id == id)
            .map(|n| self.c.text(&n.need.titles))
            .unwrap_or_else(|| id.to_string())
    }
    fn org_name(&self, id: &str) -> String {
        self.orgs
            .get(id)
            .map(|o| self.c.text(&o.names))
            .unwrap_or_else(|| id.to_string())
    }
    fn suggestion(&self, n: &NeedInput) -> String {
        self.c.text(&n.titles)
    }
    /// The owners answer the interests of candidates; invitations are answered elsewhere.
    fn answers(&self, i: &services::matching::InterestView) -> bool {
        self.p.owner
            && i.status == InterestStatus::Proposed
            && i.initiated_by == InterestFrom::Candidate
    }
    /// Where a need's form goes: a new one (`""`) or one of the project's.
    fn action(&self, need: &str) -> String {
        if need.is_empty() {
            format!("/projects/{}/needs", self.p.project.id)
        } else {
            format!("/projects/{}/needs/{need}", self.p.project.id)
        }
    }
    fn form_open(&self, which: &str) -> bool {
        self.editing == which
    }
}

async fn render(
    c: &Ctx,
    s: &AppState,
    project: &str,
    editing: &str,
    f: Fields,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let p = s.svc.needs_page(&c.actor, project).await?;
    let city = s.svc.get_org(&p.project.city).await?;
    let suggested = if p.editable {
        s.svc.suggested_needs(&c.actor, project).await?
    } else {
        vec![]
    };
    let mut ids: Vec<String> = p.interests.iter().map(|i| i.org.clone()).collect();
    ids.sort();
    ids.dedup();
    let orgs = s.svc.orgs_named(&ids).await?;
    let page = NeedsTab {
        c: c.chrome("projects"),
        p,
        city,
        suggested,
        editing: editing.to_string(),
        f,
        errors: errors.clone(),
        orgs,
        kinds: NeedKind::ALL.iter().map(|k| k.as_str()).collect(),
        instruments: Instrument::ALL.iter().map(|k| k.as_str()).collect(),
        currencies: domain::matching::money::currencies().collect(),
        langs: Lang::ALL
            .iter()
            .map(|l| (l.tag(), l.native_name()))
            .collect(),
    };
    form_page(&errors, page)
}

pub(super) async fn tab(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    let mut f = Fields::default();
    f.put("currency", "USD");
    render(&c, &s, &id, "", f, BTreeMap::new()).await
}

pub(super) async fn edit_form(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, need)): Path<(String, String)>,
) -> PageResult {
    let p = s.svc.needs_page(&c.actor, &id).await?;
    let n = p
        .needs
        .iter()
        .find(|n| n.need.id == need)
        .ok_or(crate::kit::PageError::not_found())?;
    let mut f = Fields::default();
    f.put("kind", n.need.kind.as_str());
    f.put("status", n.need.status.as_str());
    f.put_i18n("title", &n.need.titles);
    f.put_i18n("description", &n.need.description);
    if let Some(a) = n.need.amount {
        f.put("amount", a.value.to_string());
        f.put("currency", a.currency);
    } else {
        f.put("currency", "USD");
    }
    for i in &n.need.instruments {
        f.put(&format!("instrument_{i}"), "1");
    }
    render(&c, &s, &id, &need, f, BTreeMap::new()).await
}

fn input(f: &Fields) -> Result<NeedInput, (String, String)> {
    let amount = super::forms::number(f, "amount")?;
    let kind = f.get("kind");
    let funding = kind.as_deref() == Some(NeedKind::Funding.as_str());
    Ok(NeedInput {
        id: None,
        kind,
        titles: f.i18n("title"),
        description: f.i18n("description"),
        // An amount and instruments belong to a funding need; other kinds' forms may keep
        // what was typed before the kind was changed, and it is left out.
        amount: if funding { amount } else { None },
        currency: if funding { f.get("currency") } else { None },
        instruments: if funding {
            Instrument::ALL
                .iter()
                .filter(|i| f.has(&format!("instrument_{i}")))
                .map(|i| i.as_str().to_string())
                .collect()
        } else {
            vec![]
        },
        status: f.get("status"),
    })
}

async fn save(c: Ctx, s: AppState, id: String, need: Option<String>, f: Fields) -> PageResult {
    let editing = need.clone().unwrap_or_else(|| "new".into());
    let errors = match input(&f) {
        Err((k, v)) => BTreeMap::from([(k, v)]),
        Ok(i) => match s
            .svc
            .save_need(&c.actor, &id, need.as_deref(), i)
            .await
            .or_fields()?
        {
            Ok(_) => return Ok(Redirect::to(&format!("/projects/{id}/needs")).into_response()),
            Err(e) => e,
        },
    };
    render(&c, &s, &id, &editing, f, errors).await
}

pub(super) async fn create(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    save(c, s, id, None, f).await
}

pub(super) async fn update(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, need)): Path<(String, String)>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    save(c, s, id, Some(need), f).await
}

pub(super) async fn delete(
    c: Ctx,
    State(s): State<AppState>,
    Path((id, need)): Path<(String, String)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    s.svc.delete_need(&c.actor, &id, &need).await?;
    Ok(Redirect::to(&format!("/projects/{id}/needs")).into_response())
}

pub(super) async fn add_suggested(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    match s.svc.add_suggested_needs(&c.actor, &id).await.or_fields()? {
        Ok(_) => Ok(Redirect::to(&format!("/projects/{id}/needs")).into_response()),
        Err(errors) => render(&c, &s, &id, "", Fields::default(), errors).await,
    }
}
