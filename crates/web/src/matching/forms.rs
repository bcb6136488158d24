//! The publishers' forms: a solution (company editors) and a financing offer (financiers'
//! editors), new and edit, and their deletion. A refused form comes back as typed, every wrong
//! field named.

use crate::kit::{
    AppState, Chrome, CsrfForm, Ctx, Fields, PageError, PageResult, Refused, SignedIn, form_page,
};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::knowledge::PracticeDomain;
use domain::matching::{
    Instrument, OfferInput, PriceModel, ReferenceInput, Solution, SolutionInput,
};
use std::collections::BTreeMap;

/// Which form: a solution or an offer.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum What {
    Solution,
    Offer,
}

impl What {
    fn path(self) -> &'static str {
        match self {
            What::Solution => "solutions",
            What::Offer => "offers",
        }
    }
}

#[derive(Template)]
#[template(path = "matching/form.html")]
struct FormPage {
    c: Chrome,
    what: &'static str,
    /// Some(id) when editing.
    editing: Option<String>,
    f: Fields,
    errors: BTreeMap<String, String>,
    /// Organizations the user edits (a datalist; admins may type any).
    orgs: Vec<String>,
    domains: Vec<&'static str>,
    regions: Vec<&'static str>,
    currencies: Vec<&'static str>,
    models: Vec<&'static str>,
    instruments: Vec<&'static str>,
    langs: Vec<(&'static str, &'static str)>,
}

impl FormPage {
    fn v(&self, k: &str) -> String {
        self.f.raw(k)
    }
    fn on(&self, k: &str) -> bool {
        self.f.has(k)
    }
    fn is_solution(&self) -> bool {
        self.what == "solutions"
    }
    fn action(&self) -> String {
        match &self.editing {
            Some(id) => format!("/{}/{id}/edit", self.what),
            None => format!("/{}/new", self.what),
        }
    }
    /// The errors of a field and of its items (`references[2].city` under `references`).
    fn errors_of(&self, name: &str) -> Vec<String> {
        self.errors
            .iter()
            .filter(|(k, _)| {
                k.as_str() == name
                    || k.starts_with(&format!("{name}["))
                    || k.starts_with(&format!("{name}."))
            })
            .map(|(k, v)| format!("{k}: {v}"))
            .collect()
    }
}

async fn render(
    c: &Ctx,
    what: What,
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
        c: c.chrome("solutions"),
        what: what.path(),
        editing,
        f,
        errors: errors.clone(),
        orgs: u.editor_of.iter().map(|o| o.as_str().to_string()).collect(),
        domains: PracticeDomain::ALL.iter().map(|d| d.as_str()).collect(),
        regions: domain::country::regions().to_vec(),
        currencies: domain::matching::money::currencies().collect(),
        models: PriceModel::ALL.iter().map(|m| m.as_str()).collect(),
        instruments: Instrument::ALL.iter().map(|m| m.as_str()).collect(),
        langs: Lang::ALL
            .iter()
            .map(|l| (l.tag(), l.native_name()))
            .collect(),
    };
    form_page(&errors, page)
}

/// The checked boxes `{prefix}{value}` of a set of values.
fn checked(f: &Fields, prefix: &str, values: &[&str]) -> Vec<String> {
    values
        .iter()
        .filter(|v| f.has(&format!("{prefix}{v}")))
        .map(|v| v.to_string())
        .collect()
}

/// A whole number typed with or without separators (`120,000`, `120 000`); a word stays as
/// typed so that validation names the field.
pub(super) fn number(f: &Fields, k: &str) -> Result<Option<i64>, (String, String)> {
    let Some(v) = f.get(k) else { return Ok(None) };
    let digits: String = v
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '_' | '\''))
        .collect();
    digits
        .parse::<i64>()
        .map(Some)
        .map_err(|_| (k.to_string(), "is not a whole number".to_string()))
}

/// One reference a line: `city | year | results | practice` (the last three optional).
fn references(text: &str, lang: Lang) -> Vec<ReferenceInput> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.split('|').map(str::trim);
            let city = parts.next().unwrap_or_default().to_string();
            let year = parts.next().filter(|s| !s.is_empty()).map(str::to_string);
            let results = parts.next().unwrap_or_default();
            let practice = parts.next().filter(|s| !s.is_empty()).map(str::to_string);
            ReferenceInput {
                city,
                year,
                results: if results.is_empty() {
                    domain::I18nText::new()
                } else {
                    domain::I18nText::new().with(lang, results)
                },
                practice,
            }
        })
        .collect()
}

fn solution_input(f: &Fields, lang: Lang) -> Result<SolutionInput, (String, String)> {
    Ok(SolutionInput {
        id: f.get("id"),
        company: f.get("org"),
        titles: f.i18n("title"),
        description: f.i18n("description"),
        domain: f.get("domain"),
        countries: f.list("countries"),
        regions: checked(f, "region_", domain::country::regions()),
        price_min: number(f, "price_min")?,
        price_max: number(f, "price_max")?,
        currency: f.get("currency"),
        price_model: f.get("price_model"),
        languages: f.list("languages"),
        references: references(&f.raw("references"), lang),
    })
}

fn offer_input(f: &Fields) -> Result<OfferInput, (String, String)> {
    let domains: Vec<&str> = PracticeDomain::ALL.iter().map(|d| d.as_str()).collect();
    Ok(OfferInput {
        id: f.get("id"),
        financier: f.get("org"),
        titles: f.i18n("title"),
        description: f.i18n("description"),
        instrument: f.get("instrument"),
        countries: f.list("countries"),
        regions: checked(f, "region_", domain::country::regions()),
        domains: checked(f, "domain_", &domains),
        ticket_min: number(f, "ticket_min")?,
        ticket_max: number(f, "ticket_max")?,
        currency: f.get("currency"),
        terms: f.i18n("terms"),
    })
}

/// The form of a stored solution.
fn solution_fields(s: &Solution) -> Fields {
    let mut f = Fields::default();
    f.put("org", s.company.as_str());
    f.put_i18n("title", &s.titles);
    f.put_i18n("description", &s.description);
    f.put("domain", s.domain.as_str());
    put_reach(&mut f, &s.reach);
    if let Some((lo, hi)) = &s.price {
        f.put("price_min", lo.value.to_string());
        f.put("price_max", hi.value.to_string());
        f.put("currency", lo.currency);
    }
    f.put("price_model", s.price_model.as_str());
    f.put("languages", s.languages.join(", "));
    let refs: Vec<String> = s
        .references
        .iter()
        .map(|r| {
            let results = r.results.0.values().next().cloned().unwrap_or_default();
            format!(
                "{} | {} | {} | {}",
                r.city.as_str(),
                r.year.as_ref().map(|y| y.as_str()).unwrap_or_default(),
                results,
                r.practice.clone().unwrap_or_default()
            )
        })
        .collect();
    f.put("references", refs.join("\n"));
    f
}

fn put_reach(f: &mut Fields, r: &domain::matching::Reach) {
    let codes: Vec<&str> = r.countries.iter().map(|c| c.code()).collect();
    f.put("countries", codes.join(", "));
    for g in &r.regions {
        f.put(&format!("region_{g}"), "1");
    }
}

pub(super) async fn new_form(what: What, c: Ctx) -> PageResult {
    let mut f = Fields::default();
    if let Some(o) = c.actor.user().and_then(|u| u.editor_of.first()) {
        f.put("org", o.as_str());
    }
    f.put("currency", "USD");
    render(&c, what, None, f, BTreeMap::new()).await
}

pub(super) async fn new_solution(SignedIn(c): SignedIn) -> PageResult {
    new_form(What::Solution, c).await
}

pub(super) async fn new_offer(SignedIn(c): SignedIn) -> PageResult {
    new_form(What::Offer, c).await
}

pub(super) async fn edit_solution(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let p = s.svc.solution_page(&c.actor, &id).await?;
    if !p.editable {
        return Err(PageError::forbidden());
    }
    let f = solution_fields(&p.solution.value);
    render(&c, What::Solution, Some(id), f, BTreeMap::new()).await
}

pub(super) async fn edit_offer(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let p = s.svc.offer_page(&c.actor, &id).await?;
    if !p.editable {
        return Err(PageError::forbidden());
    }
    let o = &p.offer.value;
    let mut f = Fields::default();
    f.put("org", o.financier.as_str());
    f.put_i18n("title", &o.titles);
    f.put_i18n("description", &o.description);
    f.put_i18n("terms", &o.terms);
    f.put("instrument", o.instrument.as_str());
    put_reach(&mut f, &o.reach);
    for d in &o.domains {
        f.put(&format!("domain_{d}"), "1");
    }
    f.put("ticket_min", o.ticket.0.value.to_string());
    f.put("ticket_max", o.ticket.1.value.to_string());
    f.put("currency", o.ticket.0.currency);
    render(&c, What::Offer, Some(id), f, BTreeMap::new()).await
}

async fn save(c: Ctx, s: AppState, what: What, existing: Option<String>, f: Fields) -> PageResult {
    let svc = &s.svc;
    let saved = match what {
        What::Solution => match solution_input(&f, c.lang) {
            Err(e) => Err(e),
            Ok(i) => Ok(match &existing {
                Some(id) => svc.update_solution(&c.actor, id, i).await,
                None => svc.create_solution(&c.actor, i).await,
            }
            .map(|s| s.value.id)),
        },
        What::Offer => match offer_input(&f) {
            Err(e) => Err(e),
            Ok(i) => Ok(match &existing {
                Some(id) => svc.update_offer(&c.actor, id, i).await,
                None => svc.create_offer(&c.actor, i).await,
            }
            .map(|o| o.value.id)),
        },
    };
    let errors = match saved {
        Err((field, reason)) => BTreeMap::from([(field, reason)]),
        Ok(r) => match r.or_fields()? {
            Ok(id) => {
                return Ok(Redirect::to(&format!("/{}/{id}", what.path())).into_response());
            }
            Err(errors) => errors,
        },
    };
    render(&c, what, existing, f, errors).await
}

pub(super) async fn create_solution(
    c: Ctx,
    State(s): State<AppState>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    save(c, s, What::Solution, None, f).await
}

pub(super) async fn update_solution(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    save(c, s, What::Solution, Some(id), f).await
}

pub(super) async fn create_offer(
    c: Ctx,
    State(s): State<AppState>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    save(c, s, What::Offer, None, f).await
}

pub(super) async fn update_offer(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    save(c, s, What::Offer, Some(id), f).await
}

pub(super) async fn delete_solution(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    s.svc.delete_solution(&c.actor, &id).await?;
    Ok(Redirect::to("/solutions").into_response())
}

pub(super) async fn delete_offer(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    s.svc.delete_offer(&c.actor, &id).await?;
    Ok(Redirect::to("/offers").into_response())
}
