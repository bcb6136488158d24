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

fn sort(mut v: Vec<(f64, Ranked)>) -> Vec<Ranked> {
    v.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    v.into_iter().map(|(_, r)| r).collect()
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
    solutions_scaled(need, items, best(items))
}

/// `solutions`, with text relevance scaled to `best` (the best match of a larger set, of which
/// `items` are the ones a caller kept).
pub fn solutions_scaled(
    need: &NeedFacts,
    items: &[(&SolutionFacts, f32)],
    best: f32,
) -> Vec<Ranked> {
    let text = scaled(best);
    let mut out = Vec::new();
    for (s, t) in items {
        let Some(covered) = s.reach.covers(need.country) else {
            continue;
        };
        let mut reasons = vec![Reason::Serves { covered }];
        let t = text(*t);
        let mut score = 0.50 * t;
        if t > 0.0 {
            reasons.push(Reason::Words { strong: t >= 0.5 });
        }
        if s.domain == need.domain {
            score += 0.15;
            reasons.push(Reason::Domain { domain: s.domain });
        }
        // References near the city: in its country, else in its sub-region.
        let in_country = s
            .references
            .iter()
            .filter(|c| c.country == need.country)
            .count();
        let nearby: Vec<&CityFacts> = s
            .references
            .iter()
            .filter(|c| near(need, c).is_some())
            .collect();
        if !nearby.is_empty() {
            score += 0.10 * (nearby.len().min(3) as f64 / 3.0);
            let covered = if in_country == nearby.len() {
                Covered::Country(need.country)
            } else {
                need.country
                    .region()
                    .map(Covered::Region)
                    .unwrap_or(Covered::Country(need.country))
            };
            reasons.push(Reason::ReferencesNear {
                count: nearby.len(),
                covered,
            });
        }
        if let Some((network, count)) = need
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
            reasons.push(Reason::ReferencesInNetwork {
                count,
                network: network.clone(),
            });
        }
        match (s.price, need.amount) {
            (None, _) => {
                score += 0.05;
                reasons.push(Reason::PriceOnRequest);
            }
            (Some(_), None) => score += 0.05,
            (Some((min, max)), Some(budget)) => {
                let b = budget.in_currency(min.currency);
                if min.value <= b.value {
                    score += 0.10;
                    reasons.push(Reason::PriceFits { min, max, budget });
                } else {
                    reasons.push(Reason::PriceAbove { min, budget });
                }
            }
        }
        let spoken: Vec<&'static str> = s
            .languages
            .iter()
            .copied()
            .filter(|l| need.languages.contains(l))
            .collect();
        if spoken.is_empty() {
            reasons.push(Reason::SpeaksNone);
        } else {
            score += 0.10;
            reasons.push(Reason::Speaks { languages: spoken });
        }
        out.push((
            score,
            Ranked {
                id: s.id.clone(),
                score: percent(score),
                reasons,
            },
        ));
    }
    sort(out)
}

/// Whether the city is eligible for an offer: the hard filter. The funding sought must lie in
/// the ticket range (converted at the reference rates when the currencies differ).
pub fn offer_eligible(need: &NeedFacts, o: &OfferFacts) -> Option<Vec<Reason>> {
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
    Some(vec![
        Reason::Serves { covered },
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
            amount,
            converted: (converted.currency != amount.currency).then_some(converted),
        },
        Reason::Instrument {
            instrument: o.instrument,
        },
    ])
}

/// The offers of `items` the city is eligible for, best first.
pub fn offers(need: &NeedFacts, items: &[(&OfferFacts, f32)]) -> Vec<Ranked> {
    let text = scaled(best(items));
    let mut out = Vec::new();
    for (o, t) in items {
        let Some(mut reasons) = offer_eligible(need, o) else {
            continue;
        };
        let t = text(*t);
        let mut score = 0.40 * t;
        if t > 0.0 {
            reasons.push(Reason::Words { strong: t >= 0.5 });
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
        out.push((
            score,
            Ranked {
                id: o.id.clone(),
                score: percent(score),
                reasons,
            },
        ));
    }
    sort(out)
}

/// The peer cities of `items` (each with the best text relevance of its cases), best first;
/// never the need's own city.
pub fn peers(need: &NeedFacts, items: &[(&PeerFacts, f32)]) -> Vec<Ranked> {
    let text = scaled(best(items));
    let mut out = Vec::new();
    for (p, t) in items {
        if p.city.id == need.city || p.practices + p.finished == 0 {
            continue;
        }
        let mut reasons = Vec::new();
        let t = text(*t);
        let mut score = 0.40 * t;
        if t > 0.0 {
            reasons.push(Reason::Words { strong: t >= 0.5 });
        }
        score += 0.25 * ((p.practices + p.finished).min(3) as f64 / 3.0);
        if p.practices > 0 {
            reasons.push(Reason::Practices {
                count: p.practices,
                domain: need.domain,
            });
        }
        if p.finished > 0 {
            reasons.push(Reason::Finished { count: p.finished });
        }
        let distance = match (need.at, p.city.at) {
            (Some(a), Some(b)) => Some(km(a, b)),
            _ => None,
        };
        match near(need, &p.city) {
            Some(Covered::Country(country)) => {
                score += 0.20;
                reasons.push(Reason::SameCountry { country });
            }
            Some(Covered::Region(region)) => {
                score += 0.12;
                reasons.push(Reason::SameRegion { region });
            }
            None => {
                if distance.is_some_and(|d| d < 2_000.0) {
                    score += 0.06;
                }
            }
        }
        if let Some(d) = distance {
            reasons.push(Reason::Distance {
                km: d.round() as u32,
            });
        }
        if let Some(n) = need.networks.iter().find(|n| p.city.networks.contains(n)) {
            score += 0.10;
            reasons.push(Reason::SharedNetwork { network: n.clone() });
        }
        let written: Vec<&'static str> = p
            .languages
            .iter()
            .copied()
            .filter(|l| need.languages.contains(l))
            .collect();
        if !written.is_empty() {
            score += 0.05;
            reasons.push(Reason::Writes { languages: written });
        }
        out.push((
            score,
            Ranked {
                id: p.city.id.clone(),
                score: percent(score),
                reasons,
            },
        ));
    }
    sort(out)
}

/// The languages a need's ranking counts: the team's and its country's.
pub fn need_languages(team: &[crate::lang::Lang], country: Country) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = team.iter().map(|l| languages::of_lang(*l)).collect();
    v.extend(languages::of_country(country));
    v.sort();
    v.dedup();
    v
}
