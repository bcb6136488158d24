//! The catalogue's pages: solutions and financing offers, listed with filters, and each on a
//! page of its own. Anyone reads them; the publisher's editors see their buttons.

use super::words;
use crate::kit::{AppState, Chrome, Ctx, PageError, PageResult, Paged, Pager, html};
use askama::Template;
use axum::extract::{Path, Query, State};
use domain::country::Country;
use domain::knowledge::PracticeDomain;
use domain::matching::{Offer, Solution};
use services::directory::OrgView;
use services::matching::{CatalogueFilter, OfferPage, SolutionPage, Stored};
use std::collections::HashMap;

/// The filters a list reads from its query: `q`, `domain`, `country`, `org`.
pub(super) fn filter(q: &HashMap<String, String>) -> Result<CatalogueFilter, PageError> {
    let get = |k: &str| {
        q.get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    if let Some(d) = get("domain") {
        PracticeDomain::parse(&d).map_err(|r| PageError::bad_request("domain", &r))?;
    }
    let country = match get("country") {
        None => None,
        Some(c) => Some(Country::parse(&c).map_err(|r| PageError::bad_request("country", &r))?),
    };
    Ok(CatalogueFilter {
        org: get("org"),
        domain: get("domain"),
        country,
        q: get("q"),
    })
}

/// The filters in force, as (name, value), for the pager and the form.
fn active(f: &CatalogueFilter) -> Vec<(&'static str, String)> {
    [
        ("q", f.q.clone()),
        ("domain", f.domain.clone()),
        ("country", f.country.map(|c| c.code().to_string())),
        ("org", f.org.clone()),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k, v)))
    .collect()
}

/// What both lists show around their items.
struct ListFrame {
    f: CatalogueFilter,
    domains: Vec<&'static str>,
    /// Countries by name in the reader's language, for the filter.
    countries: Vec<(&'static str, &'static str)>,
    can_write: bool,
}

fn frame<T>(c: &Ctx, f: CatalogueFilter, page: &domain::Page<T>, path: &str) -> (ListFrame, Pager) {
    let mut countries: Vec<(&'static str, &'static str)> = domain::country::all()
        .iter()
        .map(|i| (i.alpha2, i.name(c.lang)))
        .collect();
    countries.sort_by(|a, b| a.1.cmp(b.1));
    let pager = Pager::of(&c.tr, &active(&f), page, path);
    let x = ListFrame {
        f,
        domains: PracticeDomain::ALL.iter().map(|d| d.as_str()).collect(),
        countries,
        can_write: c.edits_something(),
    };
    (x, pager)
}

impl ListFrame {
    fn q(&self) -> &str {
        self.f.q.as_deref().unwrap_or("")
    }
    fn is_domain(&self, d: &str) -> bool {
        self.f.domain.as_deref() == Some(d)
    }
    fn is_country(&self, code: &str) -> bool {
        self.f.country.is_some_and(|c| c.code() == code)
    }
    fn filtered(&self) -> bool {
        !active(&self.f).is_empty()
    }
}

#[derive(Template)]
#[template(path = "matching/solutions.html")]
struct SolutionsPage {
    c: Chrome,
    list: domain::Page<(Stored<Solution>, OrgView)>,
    x: ListFrame,
    pager: Pager,
}

impl SolutionsPage {
    fn served(&self, s: &Solution) -> String {
        served(&self.c, &s.reach)
    }
    fn price(&self, s: &Solution) -> String {
        match &s.price {
            Some(p) => words::range(self.c.lang, p),
            None => self.c.t("solution-price-on-request"),
        }
    }
}

/// At most four places by name, and how many more.
fn served(c: &Chrome, r: &domain::matching::Reach) -> String {
    let all = words::reach(&c.tr, c.lang, r);
    let more = all.len().saturating_sub(4);
    let mut s = all.into_iter().take(4).collect::<Vec<_>>().join(", ");
    if more > 0 {
        s.push_str(&c.tr.tn("served-more", "count", more as i64));
    }
    s
}

pub(super) async fn solutions(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
    Paged(paging): Paged,
) -> PageResult {
    let f = filter(&q)?;
    let list = s.svc.solutions(&f, paging).await?;
    let (x, pager) = frame(&c, f, &list, "/solutions");
    html(SolutionsPage {
        c: c.chrome("solutions"),
        list,
        x,
        pager,
    })
}

#[derive(Template)]
#[template(path = "matching/offers.html")]
struct OffersPage {
    c: Chrome,
    list: domain::Page<(Stored<Offer>, OrgView)>,
    x: ListFrame,
    pager: Pager,
}

impl OffersPage {
    fn served(&self, o: &Offer) -> String {
        served(&self.c, &o.reach)
    }
    fn ticket(&self, o: &Offer) -> String {
        words::range(self.c.lang, &o.ticket)
    }
}

pub(super) async fn offers(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
    Paged(paging): Paged,
) -> PageResult {
    let f = filter(&q)?;
    let list = s.svc.offers(&f, paging).await?;
    let (x, pager) = frame(&c, f, &list, "/offers");
    html(OffersPage {
        c: c.chrome("solutions"),
        list,
        x,
        pager,
    })
}

#[derive(Template)]
#[template(path = "matching/solution.html")]
struct SolutionView {
    c: Chrome,
    p: SolutionPage,
}

impl SolutionView {
    fn served(&self) -> Vec<String> {
        words::reach(&self.c.tr, self.c.lang, &self.p.solution.value.reach)
    }
    fn price(&self) -> String {
        match &self.p.solution.value.price {
            Some(p) => words::range(self.c.lang, p),
            None => self.c.t("solution-price-on-request"),
        }
    }
    fn languages(&self) -> String {
        words::languages(self.c.lang, &self.p.solution.value.languages)
    }
    fn city(&self, i: &usize) -> Option<&OrgView> {
        self.p.cities.get(*i).and_then(|c| c.as_ref())
    }
}

pub(super) async fn solution(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let p = s.svc.solution_page(&c.actor, &id).await?;
    html(SolutionView {
        c: c.chrome("solutions"),
        p,
    })
}

#[derive(Template)]
#[template(path = "matching/offer.html")]
struct OfferView {
    c: Chrome,
    p: OfferPage,
}

impl OfferView {
    fn served(&self) -> Vec<String> {
        words::reach(&self.c.tr, self.c.lang, &self.p.offer.value.reach)
    }
    fn ticket(&self) -> String {
        words::range(self.c.lang, &self.p.offer.value.ticket)
    }
}

pub(super) async fn offer(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    let p = s.svc.offer_page(&c.actor, &id).await?;
    html(OfferView {
        c: c.chrome("solutions"),
        p,
    })
}
