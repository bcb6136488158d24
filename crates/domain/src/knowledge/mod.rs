//! Best-practice cases and collections: the domain taxonomy (the WeGO Awards 2020 categories plus
//! Health), the Sustainable Development Goals, pandemic-response measure types, and validation of
//! what an editor submits. Pure: the services decide who may write and when a draft is public.

use crate::directory::PartialDate;
use crate::error::FieldErrors;
use crate::lang::I18nText;
use serde::{Deserialize, Serialize};

// The WeGO Awards 2020 categories, plus Health.
words!(PracticeDomain {
    EfficientGovernment = "efficient_government",
    EmergingTechnology = "emerging_technology",
    Mobility = "mobility",
    OpenInclusiveCity = "open_inclusive_city",
    SafeCity = "safe_city",
    SustainableCity = "sustainable_city",
    Health = "health",
});

// Kinds of pandemic-response measure in a collection such as the Smart Health Responder.
words!(MeasureType {
    Testing = "testing",
    Tracing = "tracing",
    CitizenInformation = "citizen_information",
    BusinessSupport = "business_support",
    RemoteServices = "remote_services",
    Supplies = "supplies",
    Other = "other",
});

/// The most links a practice may carry.
pub const MAX_LINKS: usize = 20;

/// What an editor submits for a practice.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeInput {
    #[serde(default)]
    pub id: Option<String>,
    /// The city (an organization of the directory).
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    /// Goal numbers 1 to 17.
    #[serde(default)]
    pub sdgs: Vec<u8>,
    #[serde(default)]
    pub titles: I18nText,
    #[serde(default)]
    pub summary: I18nText,
    #[serde(default)]
    pub problem: I18nText,
    #[serde(default)]
    pub solution: I18nText,
    #[serde(default)]
    pub results: I18nText,
    /// Free text ("KRW 1.2 billion over two years"); empty when not known.
    #[serde(default)]
    pub cost: Option<String>,
    /// Partner organizations of the directory.
    #[serde(default)]
    pub partners: Vec<String>,
    /// Contact people of the directory.
    #[serde(default)]
    pub contacts: Vec<String>,
    /// When it started: 2020, 2020-03 or 2020-03-10.
    #[serde(default)]
    pub started: Option<String>,
    #[serde(default)]
    pub ended: Option<String>,
    /// Events where it was presented.
    #[serde(default)]
    pub events: Vec<String>,
    /// Other links (solutions, reports): (label, https address).
    #[serde(default)]
    pub links: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Practice {
    pub id: String,
    pub city: String,
    pub domain: PracticeDomain,
    pub sdgs: Vec<u8>,
    pub titles: I18nText,
    pub summary: I18nText,
    pub problem: I18nText,
    pub solution: I18nText,
    pub results: I18nText,
    pub cost: Option<String>,
    pub partners: Vec<String>,
    pub contacts: Vec<String>,
    pub started: Option<PartialDate>,
    pub ended: Option<PartialDate>,
    pub events: Vec<String>,
    pub links: Vec<(String, String)>,
}

fn ids(field: &str, v: Vec<String>, e: &mut FieldErrors) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in v {
        let s = s.trim().to_string();
        if s.is_empty() {
            continue;
        }
        if let Err(r) = crate::ids::check_slug(&s) {
            e.add(field, format!("'{s}': {r}"));
        } else if !out.contains(&s) {
            out.push(s);
        }
    }
    if out.len() > 50 {
        e.add(field, "must name at most 50");
    }
    out
}

impl PracticeInput {
    pub fn validate(self) -> Result<Practice, FieldErrors> {
        let mut e = FieldErrors::new();
        let titles = self.titles.normalized_line("titles", true, 300, &mut e);
        let summary = self.summary.normalized("summary", false, 2_000, &mut e);
        let problem = self.problem.normalized("problem", false, 20_000, &mut e);
        let solution = self.solution.normalized("solution", false, 20_000, &mut e);
        let results = self.results.normalized("results", false, 20_000, &mut e);
        let id = match self
            .id
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
        {
            Some(s) => crate::ids::check_slug(&s)
                .map(|_| s)
                .map_err(|r| e.add("id", r))
                .ok(),
            None => titles
                .get_exact(crate::Lang::En)
                .or_else(|| titles.0.values().next().map(String::as_str))
                .and_then(crate::ids::slugify),
        };
        if id.is_none() && !e.0.contains_key("id") && !titles.0.is_empty() {
            e.add(
                "id",
                "cannot be made from the title: give an id of a-z, 0-9 and '-'",
            );
        }
        let city = match self.city.as_deref().map(str::trim) {
            None | Some("") => {
                e.add("city", "is required (an organization of the directory)");
                None
            }
            Some(c) => crate::ids::check_slug(c)
                .map(|_| c.to_string())
                .map_err(|r| e.add("city", r))
                .ok(),
        };
        let domain = match self.domain.as_deref() {
            None | Some("") => {
                e.add("domain", "is required");
                None
            }
            Some(d) => PracticeDomain::parse(d)
                .map_err(|r| e.add("domain", r))
                .ok(),
        };
        let mut sdgs = self.sdgs.clone();
        sdgs.sort_unstable();
        sdgs.dedup();
        if sdgs.iter().any(|g| !(1..=17).contains(g)) {
            e.add("sdgs", "are goal numbers from 1 to 17");
        }
        let cost = self
            .cost
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty());
        if cost.as_ref().is_some_and(|c| c.chars().count() > 300) {
            e.add("cost", "must be at most 300 characters");
        }
        let date = |f: &str, v: Option<String>, e: &mut FieldErrors| {
            v.filter(|s| !s.trim().is_empty())
                .and_then(|s| PartialDate::parse(&s).map_err(|r| e.add(f, r)).ok())
        };
        let started = date("started", self.started, &mut e);
        let ended = date("ended", self.ended, &mut e);
        if let (Some(s), Some(en)) = (&started, &ended)
            && en.as_str() < s.as_str()
        {
            e.add("ended", "is before started");
        }
        let partners = ids("partners", self.partners, &mut e);
        let contacts = ids("contacts", self.contacts, &mut e);
        let events = ids("events", self.events, &mut e);
        let mut links = Vec::new();
        for (label, url) in self.links {
            let (label, url) = (label.trim().to_string(), url.trim().to_string());
            if label.is_empty() && url.is_empty() {
                continue;
            }
            if !url.starts_with("https://") && !url.starts_with("http://") {
                e.add(
                    "links",
                    format!("'{url}' is not an http:// or https:// address"),
                );
            } else if label.chars().count() > 200 || url.len() > 2000 {
                e.add(
                    "links",
                    "a label is at most 200 characters, an address 2000",
                );
            } else {
                links.push((if label.is_empty() { url.clone() } else { label }, url));
            }
        }
        if links.len() > MAX_LINKS {
            e.add("links", format!("at most {MAX_LINKS}"));
        }
        // A case's id begins with its city's, so that an editor's choice of id can only meet
        // the cases of the city they edit: another city's draft never answers "already
        // exists", which would tell that it is there.
        let id = match (id, &city) {
            (Some(id), Some(city)) if !id.starts_with(&format!("{city}-")) => {
                let prefixed = format!("{city}-{id}");
                match crate::ids::check_slug(&prefixed) {
                    Ok(()) => Some(prefixed),
                    Err(r) => {
                        e.add("id", format!("with the city's id before it, {r}"));
                        None
                    }
                }
            }
            (id, _) => id,
        };
        match (id, city, domain) {
            (Some(id), Some(city), Some(domain)) if e.is_empty() => Ok(Practice {
                id,
                city,
                domain,
                sdgs,
                titles,
                summary,
                problem,
                solution,
                results,
                cost,
                partners,
                contacts,
                started,
                ended,
                events,
                links,
            }),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn a_practice_is_checked_whole() {
        let ok = PracticeInput {
            city: Some("seoul".into()),
            domain: Some("health".into()),
            sdgs: vec![3, 3, 11],
            titles: I18nText::en("Drive-through testing")
                .with(Lang::Ko, "드라이브 스루 선별진료소"),
            started: Some("2020-02".into()),
            links: vec![(String::new(), "https://example.org/report".into())],
            ..Default::default()
        }
        .validate()
        .unwrap();
        assert_eq!(
            ok.id, "seoul-drive-through-testing",
            "made from the title, after the city"
        );
        assert_eq!(ok.sdgs, vec![3, 11]);
        assert_eq!(ok.links[0].0, "https://example.org/report");
        let bad = PracticeInput {
            city: Some("Seoul City".into()),
            domain: Some("wellness".into()),
            sdgs: vec![0, 18],
            titles: I18nText::new(),
            started: Some("2021".into()),
            ended: Some("2020".into()),
            partners: vec!["Not A Slug".into()],
            links: vec![("x".into(), "javascript:alert(1)".into())],
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        for f in [
            "city", "domain", "sdgs", "titles", "ended", "partners", "links",
        ] {
            assert!(bad.0.contains_key(f), "{f}: {bad:?}");
        }
    }
}
