//! Ranking the candidates of a need, with the reasons of each rank in words a page can say.
//!
//! Eligibility is a hard filter, never a soft score: a solution not offered in the need's
//! country, an offer the city is not eligible for (country, domain, ticket size, instrument) and
//! the need's own city never reach the list. Among the eligible, a score from 0 to 100 weighs
//! how well the texts match (the search index's relevance, scaled to the best candidate's) with
//! what a matchmaking team would look at: references near the city and in its networks, the
//! price against the budget, the languages, the domain. The weights are in one place each
//! (`score`); every point of a score comes with a reason.

use super::money::Amount;
use super::{Covered, Instrument, Reach, languages};
use crate::country::Country;
use crate::knowledge::PracticeDomain;
use serde::Serialize;
use std::ops::Range;

/// The need, as the ranking sees it: its project's city, domain and languages.
#[derive(Debug, Clone)]
pub struct NeedFacts {
    pub city: String,
    pub country: Country,
    pub at: Option<(f64, f64)>,
    pub domain: PracticeDomain,
    /// The networks the city is a member of.
    pub networks: Vec<String>,
    /// The team's working languages and the country's own, as codes.
    pub languages: Vec<&'static str>,
    pub amount: Option<Amount>,
    pub instruments: Vec<Instrument>,
}

/// A city, as far as a ranking needs it.
#[derive(Debug, Clone)]
pub struct CityFacts {
    pub id: String,
    pub country: Country,
    pub at: Option<(f64, f64)>,
    pub networks: Vec<String>,
}

/// A published solution.
#[derive(Debug, Clone)]
pub struct SolutionFacts {
    pub id: String,
    pub domain: PracticeDomain,
    pub reach: Reach,
    pub price: Option<(Amount, Amount)>,
    pub languages: Vec<&'static str>,
    /// The cities of its references.
    pub references: Vec<CityFacts>,
}

/// A published financing offer.
#[derive(Debug, Clone)]
pub struct OfferFacts {
    pub id: String,
    pub instrument: Instrument,
    pub reach: Reach,
    /// None: every domain.
    pub domains: Vec<PracticeDomain>,
    pub ticket: (Amount, Amount),
}

/// A city that has done it: its published practices and finished projects in the need's domain.
#[derive(Debug, Clone)]
pub struct PeerFacts {
    pub city: CityFacts,
    pub practices: usize,
    pub finished: usize,
    /// The languages its cases are written in, as codes.
    pub languages: Vec<&'static str>,
}

/// Why a candidate is where it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// Offered (or eligible) in the city's country, by country or by sub-region.
    Serves {
        covered: Covered,
    },
    /// In the need's domain.
    Domain {
        domain: PracticeDomain,
    },
    /// Every domain is eligible.
    AnyDomain,
    /// Its texts share the need's words; `strong` at half the best candidate's relevance or more.
    Words {
        strong: bool,
    },
    /// Deployed in cities of the need's country or sub-region.
    ReferencesNear {
        count: usize,
        covered: Covered,
    },
    /// Deployed in cities of a network the need's city belongs to.
    ReferencesInNetwork {
        count: usize,
        network: String,
    },
    /// The price range against the budget.
    PriceFits {
        min: Amount,
        max: Amount,
        budget: Amount,
    },
    PriceAbove {
        min: Amount,
        budget: Amount,
    },
    PriceOnRequest,
    /// Languages it supports that the team or the country speaks.
    Speaks {
        languages: Vec<&'static str>,
    },
    /// None of them.
    SpeaksNone,
    /// The funding sought, in the offer's range (`converted` when the currencies differ).
    TicketFits {
        min: Amount,
        max: Amount,
        amount: Amount,
        converted: Option<Amount>,
    },
    Instrument {
        instrument: Instrument,
    },
    /// A peer's published cases and finished projects in the domain.
    Practices {
        count: usize,
        domain: PracticeDomain,
    },
    Finished {
        count: usize,
    },
    SameCountry {
        country: Country,
    },
    SameRegion {
        region: &'static str,
    },
    Distance {
        km: u32,
    },
    SharedNetwork {
        network: String,
    },
    /// A peer whose cases are written in a language of the team.
    Writes {
        languages: Vec<&'static str>,
    },
}

/// A ranked candidate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub id: String,
    /// 0 to 100.
    pub score: u8,
    pub reasons: Vec<Reason>,
}

/// The relevance of each candidate's text scaled to the best one's: 0 to 1.
fn scaled(best: f32) -> impl Fn(f32) -> f64 {
    move |s| {
        if best > 0.0 {
            f64::from(s / best).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// The best text relevance of `items`.
fn best<T>(items: &[(&T, f32)]) -> f32 {
    items.iter().map(|(_, t)| *t).fold(0.0f32, f32::max)
}

fn percent(x: f64) -> u8 {
    (x * 100.0).round().clamp(0.0, 100.0) as u8
}

/// Kilometres between two points on the sphere of the Earth (haversine, radius 6371 km).
pub fn km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

/// A page of a ranking: `page` is the window asked for, `total` how many are eligible.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    pub total: usize,
    pub page: Vec<Ranked>,
}

/// Where an assessment's reasons go: nowhere while every candidate is scored, into the list
/// of a candidate the page shows. The reasons are made only when kept.
struct Why(Option<Vec<Reason>>);

impl Why {
    fn say(&mut self, reason: impl FnOnce() -> Reason) {
        if let Some(v) = &mut self.0 {
            v.push(reason());
        }
    }
}

/// Ranks `items` by `assess` (a score from 0 to 1 with its reasons, None when not eligible),
/// best first and ties by id: every item is scored without reasons, then the window is
/// assessed again with them, so a page costs its own reasons and not every candidate's.
fn ranking<T>(
    items: &[(&T, f32)],
    best: f32,
    window: Range<usize>,
    id: impl Fn(&T) -> &str,
    assess: impl Fn(&T, f64, &mut Why) -> Option<f64>,
) -> Ranking {
    let text = scaled(best);
    let mut scored: Vec<(f64, &T, f64)> = items
        .iter()
        .filter_map(|(x, t)| {
            let t = text(*t);
            assess(x, t, &mut Why(None)).map(|s| (s, *x, t))
        })
        .collect();
    let total = scored.len();
    let order = |a: &(f64, &T, f64), b: &(f64, &T, f64)| {
        b.0.total_cmp(&a.0).then_with(|| id(a.1).cmp(id(b.1)))
    };
    let end = window.end.min(total);
    if end < total {
        scored.select_nth_unstable_by(end, order);
        scored.truncate(end);
    }
    scored.sort_unstable_by(order);
    let page = scored
        .into_iter()
        .skip(window.start)
        .map(|(_, x, t)| {
            let mut why = Why(Some(Vec::new()));
            let score = assess(x, t, &mut why).unwrap_or(0.0);
            Ranked {
                id: id(x).to_string(),
                score: percent(score),
                reasons: why.0.unwrap_or_default(),
            }
        })
        .collect();
    Ranking { total, page }
}

fn near(need: &NeedFacts, c: &CityFacts) -> Option<Covered> {
    if c.country == need.country {
        Some(Covered::Country(need.country))
    } else {
        need.country
            .region()
            .filter(|r| c.country.region() == Some(r))
            .map(Covered::Region)
    }
}

/// Whether a solution can be deployed in the need's city: the hard filter.
pub fn solution_eligible(need: &NeedFacts, s: &SolutionFacts) -> bool {
    s.reach.covers(need.country).is_some()
}

/// The solutions of `items` (each with its text relevance) that are offered in the need's
/// country, best first.
pub fn solutions(need: &NeedFacts, items: &[(&SolutionFacts, f32)]) -> Vec<Ranked> {
    solutions_in(need, items, best(items), 0..usize::MAX).page
}

/// The `window` of `solutions`, with text relevance scaled to `best` (the best match of a
/// larger set, of which `items` are the ones a caller kept).
pub fn solutions_in(
    need: &NeedFacts,
    items: &[(&SolutionFacts, f32)],
    best: f32,
    window: Range<usize>,
) -> Ranking {
    ranking(
        items,
        best,
        window,
        |s| &s.id,
        |s, t, why| solution(need, s, t, why),
    )
}

/// A solution's score for the need, None when it is not offered in the need's country.
fn solution(need: &NeedFacts, s: &SolutionFacts, t: f64, why: &mut Why) -> Option<f64> {
    let covered = s.reach.covers(need.country)?;
    why.say(|| Reason::Serves { covered });
    let mut score = 0.50 * t;
    if t > 0.0 {
        why.say(|| Reason::Words { strong: t >= 0.5 });
    }
    if s.domain == need.domain {
        score += 0.15;
        why.say(|| Reason::Domain { domain: s.domain });
    }
    // References near the city: in its country, else in its sub-region.
    let (mut in_country, mut nearby) = (0, 0);
    for c in &s.references {
        if let Some(covered) = near(need, c) {
            nearby += 1;
            in_country += usize::from(matches!(covered, Covered::Country(_)));
        }
    }
    if nearby > 0 {
        score += 0.10 * (nearby.min(3) as f64 / 3.0);
        why.say(|| Reason::ReferencesNear {
            count: nearby,
            covered: if in_country == nearby {
                Covered::Country(need.country)
            } else {
                need.country
                    .region()
                    .map(Covered::Region)
                    .unwrap_or(Covered::Country(need.country))
            },
        });
    }
    if !s.references.is_empty()
        && let Some((network, count)) = need
            .networks
            .iter()
            .map(|n| {
                let k = s
                    .references
                    .iter()
                    .filter(|c| c.networks.contains(n))
                    .count();
                (n, k)
            })
            .filter(|(_, k)| *k > 0)
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
    {
        score += 0.05;
        why.say(|| Reason::ReferencesInNetwork {
            count,
            network: network.clone(),
        });
    }
    match (s.price, need.amount) {
        (None, _) => {
            score += 0.05;
            why.say(|| Reason::PriceOnRequest);
        }
        (Some(_), None) => score += 0.05,
        (Some((min, max)), Some(budget)) => {
            let b = budget.in_currency(min.currency);
            if min.value <= b.value {
                score += 0.10;
                why.say(|| Reason::PriceFits { min, max, budget });
            } else {
                why.say(|| Reason::PriceAbove { min, budget });
            }
        }
    }
    let spoken = |l: &&'static str| need.languages.contains(l);
    if s.languages.iter().any(spoken) {
        score += 0.10;
        why.say(|| Reason::Speaks {
            languages: s.languages.iter().copied().filter(spoken).collect(),
        });
    } else {
        why.say(|| Reason::SpeaksNone);
    }
    Some(score)
}

/// Whether the city is eligible for an offer: the hard filter. The funding sought must lie in
/// the ticket range (converted at the reference rates when the currencies differ).
pub fn offer_eligible(need: &NeedFacts, o: &OfferFacts) -> Option<Vec<Reason>> {
    offer_fit(need, o).map(|fit| fit.reasons(need, o))
}

/// Why an offer is open to the city: where it covers it, and the sum sought in the offer's
/// currency.
struct OfferFit {
    covered: Covered,
    amount: Amount,
    converted: Amount,
}

fn offer_fit(need: &NeedFacts, o: &OfferFacts) -> Option<OfferFit> {
    let covered = o.reach.covers(need.country)?;
    if !o.domains.is_empty() && !o.domains.contains(&need.domain) {
        return None;
    }
    if !need.instruments.is_empty() && !need.instruments.contains(&o.instrument) {
        return None;
    }
    let amount = need.amount?;
    let (min, max) = o.ticket;
    let converted = amount.in_currency(min.currency);
    if converted.value < min.value || converted.value > max.value {
        return None;
    }
    Some(OfferFit {
        covered,
        amount,
        converted,
    })
}

impl OfferFit {
    fn reasons(&self, need: &NeedFacts, o: &OfferFacts) -> Vec<Reason> {
        let (min, max) = o.ticket;
        vec![
            Reason::Serves {
                covered: self.covered,
            },
            if o.domains.is_empty() {
                Reason::AnyDomain
            } else {
                Reason::Domain {
                    domain: need.domain,
                }
            },
            Reason::TicketFits {
                min,
                max,
                amount: self.amount,
                converted: (self.converted.currency != self.amount.currency)
                    .then_some(self.converted),
            },
            Reason::Instrument {
                instrument: o.instrument,
            },
        ]
    }
}

/// The offers of `items` the city is eligible for, best first.
pub fn offers(need: &NeedFacts, items: &[(&OfferFacts, f32)]) -> Vec<Ranked> {
    offers_in(need, items, 0..usize::MAX).page
}

/// The `window` of `offers`.
pub fn offers_in(need: &NeedFacts, items: &[(&OfferFacts, f32)], window: Range<usize>) -> Ranking {
    ranking(
        items,
        best(items),
        window,
        |o| &o.id,
        |o, t, why| offer(need, o, t, why),
    )
}

/// An offer's score for the need, None when the city is not eligible.
fn offer(need: &NeedFacts, o: &OfferFacts, t: f64, why: &mut Why) -> Option<f64> {
    let fit = offer_fit(need, o)?;
    if let Some(v) = &mut why.0 {
        v.extend(fit.reasons(need, o));
    }
    let mut score = 0.40 * t;
    if t > 0.0 {
        why.say(|| Reason::Words { strong: t >= 0.5 });
    }
    // A financier of this domain before one of every domain; a country named before a
    // whole sub-region.
    if !o.domains.is_empty() {
        score += 0.20;
    }
    if o.reach.countries.contains(&need.country) {
        score += 0.15;
    }
    // The sum sought near the middle of the range (in orders of magnitude) fits best.
    if let Some(amount) = need.amount {
        let (min, max) = o.ticket;
        let a = (amount.in_currency(min.currency).value.max(1) as f64).ln();
        let (lo, hi) = (
            (min.value.max(1) as f64).ln(),
            (max.value.max(1) as f64).ln(),
        );
        let fit = if hi > lo {
            1.0 - ((a - (lo + hi) / 2.0).abs() / ((hi - lo) / 2.0)).min(1.0)
        } else {
            1.0
        };
        score += 0.15 * fit;
        if amount.currency == min.currency {
            score += 0.10;
        }
    }
    Some(score)
}

/// The peer cities of `items` (each with the best text relevance of its cases), best first;
/// never the need's own city.
pub fn peers(need: &NeedFacts, items: &[(&PeerFacts, f32)]) -> Vec<Ranked> {
    peers_in(need, items, 0..usize::MAX).page
}

/// The `window` of `peers`.
pub fn peers_in(need: &NeedFacts, items: &[(&PeerFacts, f32)], window: Range<usize>) -> Ranking {
    ranking(
        items,
        best(items),
        window,
        |p| &p.city.id,
        |p, t, why| peer(need, p, t, why),
    )
}

/// A peer's score for the need, None for the need's own city and a city with nothing done.
fn peer(need: &NeedFacts, p: &PeerFacts, t: f64, why: &mut Why) -> Option<f64> {
    if p.city.id == need.city || p.practices + p.finished == 0 {
        return None;
    }
    let mut score = 0.40 * t;
    if t > 0.0 {
        why.say(|| Reason::Words { strong: t >= 0.5 });
    }
    score += 0.25 * ((p.practices + p.finished).min(3) as f64 / 3.0);
    if p.practices > 0 {
        why.say(|| Reason::Practices {
            count: p.practices,
            domain: need.domain,
        });
    }
    if p.finished > 0 {
        why.say(|| Reason::Finished { count: p.finished });
    }
    let distance = match (need.at, p.city.at) {
        (Some(a), Some(b)) => Some(km(a, b)),
        _ => None,
    };
    match near(need, &p.city) {
        Some(Covered::Country(country)) => {
            score += 0.20;
            why.say(|| Reason::SameCountry { country });
        }
        Some(Covered::Region(region)) => {
            score += 0.12;
            why.say(|| Reason::SameRegion { region });
        }
        None => {
            if distance.is_some_and(|d| d < 2_000.0) {
                score += 0.06;
            }
        }
    }
    if let Some(d) = distance {
        why.say(|| Reason::Distance {
            km: d.round() as u32,
        });
    }
    if let Some(n) = need.networks.iter().find(|n| p.city.networks.contains(n)) {
        score += 0.10;
        why.say(|| Reason::SharedNetwork { network: n.clone() });
    }
    let written = |l: &&'static str| need.languages.contains(l);
    if p.languages.iter().any(written) {
        score += 0.05;
        why.say(|| Reason::Writes {
            languages: p.languages.iter().copied().filter(written).collect(),
        });
    }
    Some(score)
}

/// The languages a need's ranking counts: the team's and its country's.
pub fn need_languages(team: &[crate::lang::Lang], country: Country) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = team.iter().map(|l| languages::of_lang(*l)).collect();
    v.extend(languages::of_country(country));
    v.sort();
    v.dedup();
    v
}
