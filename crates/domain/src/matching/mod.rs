//! Matchmaking's rules: what a company publishes (a solution), what a financier publishes (a
//! financing offer), what a project seeks (a need), and how the candidates of a need are ranked
//! with their reasons (`rank.rs`). Amounts are compared across currencies at reference rates
//! (`money.rs`); languages a solution supports beyond the five of the interface are named in
//! `languages.rs`. Pure: the services load the facts and ask.

pub mod languages;
pub mod money;
pub mod rank;

use crate::country::{Country, regions};
use crate::directory::PartialDate;
use crate::error::FieldErrors;
use crate::ids::{OrgId, check_slug, slugify};
use crate::knowledge::PracticeDomain;
use crate::lang::{I18nText, Lang};
use money::Amount;
use serde::{Deserialize, Serialize};

words!(
    /// How a solution is paid for.
    PriceModel { Purchase = "purchase", Subscription = "subscription", Ppp = "ppp" }
);

words!(
    /// What a financing offer is.
    Instrument { Grant = "grant", Loan = "loan", Guarantee = "guarantee", Equity = "equity" }
);

words!(
    /// What a need seeks: a solution to deploy, a peer city to learn from, or funding.
    NeedKind { Solution = "solution", Peer = "peer", Funding = "funding" }
);

words!(
    /// Where a need stands: open to candidates, or met/withdrawn.
    NeedStatus { Open = "open", Closed = "closed" }
);

words!(
    /// Where an interest or an invitation stands. An accepted one is an introduction.
    InterestStatus { Proposed = "proposed", Accepted = "accepted", Declined = "declined" }
);

words!(
    /// What a candidate of a need is.
    CandidateKind { Solution = "solution", Offer = "offer", City = "city" }
);

impl NeedKind {
    /// The kind of candidate this kind of need is met by.
    pub fn candidates(self) -> CandidateKind {
        match self {
            NeedKind::Solution => CandidateKind::Solution,
            NeedKind::Peer => CandidateKind::City,
            NeedKind::Funding => CandidateKind::Offer,
        }
    }
}

words!(
    /// Who began it: a company or financier interested in a need, or the city inviting a
    /// candidate.
    InterestFrom { Candidate = "candidate", City = "city" }
);

/// Where something is offered or eligible: countries and whole UN M49 sub-regions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Reach {
    pub countries: Vec<Country>,
    pub regions: Vec<&'static str>,
}

impl Reach {
    /// Whether `c` is in it, by country first, then by its sub-region.
    pub fn covers(&self, c: Country) -> Option<Covered> {
        if self.countries.contains(&c) {
            return Some(Covered::Country(c));
        }
        let r = c.region()?;
        self.regions.contains(&r).then_some(Covered::Region(r))
    }

    fn read(countries: &[String], given: &[String], field: &str, e: &mut FieldErrors) -> Reach {
        let mut out = Reach::default();
        for c in countries.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
            match Country::parse(c) {
                Ok(c) if !out.countries.contains(&c) => out.countries.push(c),
                Ok(_) => {}
                Err(r) => e.add("countries", r),
            }
        }
        let known = regions();
        for r in given.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
            match known.iter().find(|k| **k == r) {
                Some(k) if !out.regions.contains(k) => out.regions.push(k),
                Some(_) => {}
                None => e.add("regions", format!("'{r}' is not a UN M49 sub-region key")),
            }
        }
        out.countries.sort_by_key(|c| c.code());
        out.regions.sort();
        if out.countries.is_empty() && out.regions.is_empty() && e.is_empty() {
            e.add(field, "name at least one country or sub-region");
        }
        out
    }
}

/// How a country is in a `Reach`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "by", content = "key", rename_all = "snake_case")]
pub enum Covered {
    Country(Country),
    Region(&'static str),
}

/// A city where a solution is deployed.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReferenceInput {
    /// The city, an organization of the directory.
    pub city: String,
    /// When: a year, a month or a day.
    #[serde(default)]
    pub year: Option<String>,
    #[serde(default)]
    pub results: I18nText,
    /// The best-practice case of that deployment, when there is one.
    #[serde(default)]
    pub practice: Option<String>,
}

/// A deployment reference, checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    pub city: OrgId,
    pub year: Option<PartialDate>,
    pub results: I18nText,
    pub practice: Option<String>,
}

/// What a company's editor submits for a solution.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SolutionInput {
    #[serde(default)]
    pub id: Option<String>,
    /// The company that offers it.
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub titles: I18nText,
    #[serde(default)]
    pub description: I18nText,
    #[serde(default)]
    pub domain: Option<String>,
    /// ISO 3166-1 alpha-2 codes of the countries where it is offered.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Whole UN M49 sub-regions where it is offered (`south-eastern-asia`).
    #[serde(default)]
    pub regions: Vec<String>,
    /// The price range in whole units of `currency`; both empty when the price is on request.
    #[serde(default)]
    pub price_min: Option<i64>,
    #[serde(default)]
    pub price_max: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    /// `purchase`, `subscription` or `ppp`.
    #[serde(default)]
    pub price_model: Option<String>,
    /// Languages its interface and support come in (ISO 639-1, e.g. `vi`, `th`, `en`).
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub references: Vec<ReferenceInput>,
}

/// A solution's own values, checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Solution {
    pub id: String,
    pub company: OrgId,
    pub titles: I18nText,
    pub description: I18nText,
    pub domain: PracticeDomain,
    pub reach: Reach,
    pub price: Option<(Amount, Amount)>,
    pub price_model: PriceModel,
    pub languages: Vec<&'static str>,
    pub references: Vec<Reference>,
}

/// What a financier's editor submits for a financing offer.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OfferInput {
    #[serde(default)]
    pub id: Option<String>,
    /// The development agency, bank or fund that offers it.
    #[serde(default)]
    pub financier: Option<String>,
    #[serde(default)]
    pub titles: I18nText,
    #[serde(default)]
    pub description: I18nText,
    /// `grant`, `loan`, `guarantee` or `equity`.
    #[serde(default)]
    pub instrument: Option<String>,
    /// Eligible countries (alpha-2) and whole sub-regions.
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    /// Eligible domains; none means every domain.
    #[serde(default)]
    pub domains: Vec<String>,
    /// The ticket size range in whole units of `currency`.
    #[serde(default)]
    pub ticket_min: Option<i64>,
    #[serde(default)]
    pub ticket_max: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    /// Rate, tenor, grace, conditions, in words.
    #[serde(default)]
    pub terms: I18nText,
}

/// A financing offer's own values, checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offer {
    pub id: String,
    pub financier: OrgId,
    pub titles: I18nText,
    pub description: I18nText,
    pub instrument: Instrument,
    pub reach: Reach,
    pub domains: Vec<PracticeDomain>,
    pub ticket: (Amount, Amount),
    pub terms: I18nText,
}

/// What a project's team submits for a need.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NeedInput {
    #[serde(default)]
    pub id: Option<String>,
    /// `solution`, `peer` or `funding`.
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub titles: I18nText,
    #[serde(default)]
    pub description: I18nText,
    /// The budget of a solution, or the funding sought, in whole units of `currency`.
    #[serde(default)]
    pub amount: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    /// For funding: the instruments the city would take; none means any.
    #[serde(default)]
    pub instruments: Vec<String>,
    /// `open` (the default) or `closed`.
    #[serde(default)]
    pub status: Option<String>,
}

/// A need's own values, checked (its project gives the domain, the country and the languages).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Need {
    pub id: String,
    pub kind: NeedKind,
    pub titles: I18nText,
    pub description: I18nText,
    pub amount: Option<Amount>,
    pub instruments: Vec<Instrument>,
    pub status: NeedStatus,
}

fn trimmed(v: &Option<String>) -> Option<String> {
    v.as_ref()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn org(v: &Option<String>, field: &str, e: &mut FieldErrors) -> Option<OrgId> {
    match trimmed(v) {
        None => {
            e.add(field, "is required (an organization of the directory)");
            None
        }
        Some(c) => OrgId::parse(&c).map_err(|r| e.add(field, r)).ok(),
    }
}

fn required<T>(
    v: &Option<String>,
    field: &str,
    parse: impl Fn(&str) -> Result<T, String>,
    e: &mut FieldErrors,
) -> Option<T> {
    match trimmed(v) {
        None => {
            e.add(field, "is required");
            None
        }
        Some(s) => parse(&s).map_err(|r| e.add(field, r)).ok(),
    }
}

/// An id given, or made from the title, with the owner's id before it (as a project's has its
/// city's): an owner choosing an id only meets their own, so "already exists" reveals nothing.
fn owned_id(
    given: &Option<String>,
    titles: &I18nText,
    owner: Option<&OrgId>,
    e: &mut FieldErrors,
) -> Option<String> {
    let id = match trimmed(given) {
        Some(s) => check_slug(&s).map(|_| s).map_err(|r| e.add("id", r)).ok(),
        None => titles
            .get_exact(Lang::En)
            .or_else(|| titles.0.values().next().map(String::as_str))
            .and_then(slugify),
    };
    if id.is_none() && !e.0.contains_key("id") && !titles.0.is_empty() {
        e.add(
            "id",
            "cannot be made from the title: give an id of a-z, 0-9 and '-'",
        );
    }
    match (id, owner) {
        (Some(id), Some(o)) if !id.starts_with(&format!("{}-", o.as_str())) => {
            let prefixed = format!("{}-{id}", o.as_str());
            // An id made from the title is shortened to fit; one the user typed is not.
            let cut = if trimmed(given).is_none() {
                let cut: String = prefixed.chars().take(crate::ids::MAX_SLUG).collect();
                cut.trim_end_matches('-').to_string()
            } else {
                prefixed
            };
            check_slug(&cut)
                .map(|_| cut)
                .map_err(|r| e.add("id", format!("with the owner's id before it, {r}")))
                .ok()
        }
        (id, _) => id,
    }
}

/// A range of whole amounts, both or neither given, from ≤ to.
fn range(
    min: Option<i64>,
    max: Option<i64>,
    currency: &Option<String>,
    names: [&str; 3],
    needed: bool,
    e: &mut FieldErrors,
) -> Option<(Amount, Amount)> {
    let [f_min, f_max, f_cur] = names;
    let (lo, hi) = match (min, max) {
        (None, None) if !needed => return None,
        (None, None) => {
            e.add(f_min, "is required");
            return None;
        }
        (Some(lo), None) => (lo, lo),
        (None, Some(hi)) => (0, hi),
        (Some(lo), Some(hi)) => (lo, hi),
    };
    if lo < 0 {
        e.add(f_min, "is zero or more");
    }
    if hi < lo {
        e.add(f_max, format!("is at least {f_min}"));
    }
    if hi <= 0 && needed {
        e.add(f_max, "is more than zero");
    }
    let c = required(currency, f_cur, money::currency, e)?;
    e.is_empty()
        .then_some((Amount::new(lo, c), Amount::new(hi, c)))
}

impl SolutionInput {
    pub fn validate(self) -> Result<Solution, FieldErrors> {
        let mut e = FieldErrors::new();
        let company = org(&self.company, "company", &mut e);
        let titles = self.titles.normalized_line("titles", true, 200, &mut e);
        let description = self
            .description
            .normalized("description", true, 4_000, &mut e);
        let domain = required(&self.domain, "domain", PracticeDomain::parse, &mut e);
        let reach = Reach::read(&self.countries, &self.regions, "countries", &mut e);
        let price = range(
            self.price_min,
            self.price_max,
            &self.currency,
            ["price_min", "price_max", "currency"],
            false,
            &mut e,
        );
        let price_model = required(&self.price_model, "price_model", PriceModel::parse, &mut e);
        let mut langs = Vec::new();
        for l in self
            .languages
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
        {
            match languages::code(l) {
                Some(c) if !langs.contains(&c) => langs.push(c),
                Some(_) => {}
                None => e.add(
                    "languages",
                    format!("'{l}' is not one of: {}", languages::codes().join(", ")),
                ),
            }
        }
        if langs.is_empty() && !e.0.contains_key("languages") {
            e.add("languages", "name at least one language it supports");
        }
        if self.references.len() > 100 {
            e.add("references", "are at most 100");
        }
        let mut references = Vec::new();
        for (i, r) in self.references.iter().enumerate() {
            let f = |name: &str| format!("references[{i}].{name}");
            let city = match OrgId::parse(r.city.trim()) {
                Ok(c) => Some(c),
                Err(why) => {
                    e.add(f("city"), why);
                    None
                }
            };
            let year = match trimmed(&r.year) {
                None => None,
                Some(y) => PartialDate::parse(&y)
                    .map_err(|why| e.add(f("year"), why))
                    .ok(),
            };
            let results = r
                .results
                .clone()
                .normalized(&f("results"), false, 1_000, &mut e);
            let practice = trimmed(&r.practice);
            if let Some(p) = &practice
                && let Err(why) = check_slug(p)
            {
                e.add(f("practice"), why);
            }
            if let Some(city) = city {
                references.push(Reference {
                    city,
                    year,
                    results,
                    practice,
                });
            }
        }
        let id = owned_id(&self.id, &titles, company.as_ref(), &mut e);
        match (id, company, domain, price_model) {
            (Some(id), Some(company), Some(domain), Some(price_model)) if e.is_empty() => {
                langs.sort();
                Ok(Solution {
                    id,
                    company,
                    titles,
                    description,
                    domain,
                    reach,
                    price,
                    price_model,
                    languages: langs,
                    references,
                })
            }
            _ => Err(e),
        }
    }
}

impl OfferInput {
    pub fn validate(self) -> Result<Offer, FieldErrors> {
        let mut e = FieldErrors::new();
        let financier = org(&self.financier, "financier", &mut e);
        let titles = self.titles.normalized_line("titles", true, 200, &mut e);
        let description = self
            .description
            .normalized("description", true, 4_000, &mut e);
        let terms = self.terms.normalized("terms", false, 2_000, &mut e);
        let instrument = required(&self.instrument, "instrument", Instrument::parse, &mut e);
        let reach = Reach::read(&self.countries, &self.regions, "countries", &mut e);
        let mut domains = Vec::new();
        for d in self
            .domains
            .iter()
            .map(|d| d.trim())
            .filter(|d| !d.is_empty())
        {
            match PracticeDomain::parse(d) {
                Ok(d) if !domains.contains(&d) => domains.push(d),
                Ok(_) => {}
                Err(r) => e.add("domains", r),
            }
        }
        domains.sort();
        let ticket = range(
            self.ticket_min,
            self.ticket_max,
            &self.currency,
            ["ticket_min", "ticket_max", "currency"],
            true,
            &mut e,
        );
        let id = owned_id(&self.id, &titles, financier.as_ref(), &mut e);
        match (id, financier, instrument, ticket) {
            (Some(id), Some(financier), Some(instrument), Some(ticket)) if e.is_empty() => {
                Ok(Offer {
                    id,
                    financier,
                    titles,
                    description,
                    instrument,
                    reach,
                    domains,
                    ticket,
                    terms,
                })
            }
            _ => Err(e),
        }
    }
}

/// A need's id: the project's before it, or, when the two would not fit in an id, the project's
/// first 47 characters (room for 16 of the need's own, and `need-` with 8 hex digits).
fn need_id(project: &str, id: String) -> String {
    let whole = format!("{project}-");
    let cut: String = project.chars().take(crate::ids::MAX_SLUG - 17).collect();
    let cut = format!("{}-", cut.trim_end_matches('-'));
    if id.starts_with(&whole) || id.starts_with(&cut) {
        id
    } else if whole.len() + id.len() <= crate::ids::MAX_SLUG {
        whole + &id
    } else {
        cut + &id
    }
}

impl NeedInput {
    /// Checks a need of `project` (whose id starts the need's).
    pub fn validate(self, project: &str) -> Result<Need, FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = required(&self.kind, "kind", NeedKind::parse, &mut e);
        let titles = self.titles.normalized_line("titles", true, 200, &mut e);
        let description = self
            .description
            .normalized("description", false, 2_000, &mut e);
        let status = match trimmed(&self.status) {
            None => Some(NeedStatus::Open),
            Some(s) => NeedStatus::parse(&s).map_err(|r| e.add("status", r)).ok(),
        };
        let amount = match self.amount {
            None => {
                if kind == Some(NeedKind::Funding) {
                    e.add("amount", "is required: the funding sought");
                }
                None
            }
            Some(a) if a <= 0 => {
                e.add("amount", "is more than zero");
                None
            }
            Some(a) => required(&self.currency, "currency", money::currency, &mut e)
                .map(|c| Amount::new(a, c)),
        };
        let mut instruments = Vec::new();
        for i in self
            .instruments
            .iter()
            .map(|i| i.trim())
            .filter(|i| !i.is_empty())
        {
            match Instrument::parse(i) {
                Ok(i) if !instruments.contains(&i) => instruments.push(i),
                Ok(_) => {}
                Err(r) => e.add("instruments", r),
            }
        }
        instruments.sort();
        if kind.is_some_and(|k| k != NeedKind::Funding) && !instruments.is_empty() {
            e.add("instruments", "are for a need of funding");
        }
        let id = match trimmed(&self.id) {
            Some(s) => check_slug(&s).map(|_| s).map_err(|r| e.add("id", r)).ok(),
            None => None,
        };
        let id = id.and_then(|id| {
            let id = need_id(project, id);
            check_slug(&id)
                .map(|_| id)
                .map_err(|r| e.add("id", format!("with the project's id before it, {r}")))
                .ok()
        });
        match (kind, status) {
            (Some(kind), Some(status)) if e.is_empty() => Ok(Need {
                id: id.unwrap_or_default(),
                kind,
                titles,
                description,
                amount,
                instruments,
                status,
            }),
            _ => Err(e),
        }
    }
}

/// The canonical input of a checked value: what is stored, and read back through `validate`
/// (the same rules on the way in and out).
impl Solution {
    pub fn to_input(&self) -> SolutionInput {
        SolutionInput {
            id: Some(self.id.clone()),
            company: Some(self.company.as_str().to_string()),
            titles: self.titles.clone(),
            description: self.description.clone(),
            domain: Some(self.domain.as_str().to_string()),
            countries: self
                .reach
                .countries
                .iter()
                .map(|c| c.code().to_string())
                .collect(),
            regions: self.reach.regions.iter().map(|r| r.to_string()).collect(),
            price_min: self.price.map(|(a, _)| a.value),
            price_max: self.price.map(|(_, b)| b.value),
            currency: self.price.map(|(a, _)| a.currency.to_string()),
            price_model: Some(self.price_model.as_str().to_string()),
            languages: self.languages.iter().map(|l| l.to_string()).collect(),
            references: self
                .references
                .iter()
                .map(|r| ReferenceInput {
                    city: r.city.as_str().to_string(),
                    year: r.year.as_ref().map(|y| y.as_str().to_string()),
                    results: r.results.clone(),
                    practice: r.practice.clone(),
                })
                .collect(),
        }
    }
}

impl Offer {
    pub fn to_input(&self) -> OfferInput {
        OfferInput {
            id: Some(self.id.clone()),
            financier: Some(self.financier.as_str().to_string()),
            titles: self.titles.clone(),
            description: self.description.clone(),
            instrument: Some(self.instrument.as_str().to_string()),
            countries: self
                .reach
                .countries
                .iter()
                .map(|c| c.code().to_string())
                .collect(),
            regions: self.reach.regions.iter().map(|r| r.to_string()).collect(),
            domains: self
                .domains
                .iter()
                .map(|d| d.as_str().to_string())
                .collect(),
            ticket_min: Some(self.ticket.0.value),
            ticket_max: Some(self.ticket.1.value),
            currency: Some(self.ticket.0.currency.to_string()),
            terms: self.terms.clone(),
        }
    }
}

impl Need {
    pub fn to_input(&self) -> NeedInput {
        NeedInput {
            id: Some(self.id.clone()),
            kind: Some(self.kind.as_str().to_string()),
            titles: self.titles.clone(),
            description: self.description.clone(),
            amount: self.amount.map(|a| a.value),
            currency: self.amount.map(|a| a.currency.to_string()),
            instruments: self
                .instruments
                .iter()
                .map(|i| i.as_str().to_string())
                .collect(),
            status: Some(self.status.as_str().to_string()),
        }
    }
}

#[cfg(test)]
mod tests;
