//! Templates a project may start from: smart street lighting, waste collection, traffic
//! management, online public services, health emergency response. Each prefills the plan's
//! problem, objectives, use cases, typical stakeholders and their ties, risks and KPIs, in the
//! five languages (`data/templates/*.json`, our own wording). Targets are suggestions the
//! team edits; no KPI is tied to a standard's code, since a template cannot know which one
//! the city reports.

use super::parts::{self, PartKind};
use crate::knowledge::PracticeDomain;
use crate::lang::{I18nText, Lang};
use serde::Deserialize;
use serde_json::Value;
use std::sync::LazyLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub id: String,
    pub domain: PracticeDomain,
    pub sdgs: Vec<u8>,
    pub names: I18nText,
    pub about: I18nText,
    parts: Vec<TemplatePart>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplatePart {
    kind: PartKind,
    id: String,
    body: Value,
}

const FILES: [&str; 5] = [
    include_str!("../../data/templates/street_lighting.json"),
    include_str!("../../data/templates/waste_collection.json"),
    include_str!("../../data/templates/traffic_management.json"),
    include_str!("../../data/templates/online_services.json"),
    include_str!("../../data/templates/health_emergency.json"),
];

static ALL: LazyLock<Vec<Template>> = LazyLock::new(|| {
    FILES
        .iter()
        .filter_map(|f| serde_json::from_str(f).ok())
        .collect()
});

/// The templates, in the order they are offered.
pub fn all() -> &'static [Template] {
    &ALL
}

pub fn get(id: &str) -> Option<&'static Template> {
    all().iter().find(|t| t.id == id)
}

/// The ids of the templates, for an error message.
pub fn ids() -> String {
    all()
        .iter()
        .map(|t| t.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Template {
    /// The parts a new project starts with, checked, their texts kept in `langs` only (all
    /// five when `langs` is empty) so that a team edits only the languages it works in.
    pub fn parts(&self, langs: &[Lang]) -> Vec<(PartKind, String, Value)> {
        self.parts
            .iter()
            .filter_map(|p| {
                let mut body = p.body.clone();
                if !langs.is_empty() {
                    keep_languages(&mut body, langs);
                }
                let body = parts::check(p.kind, body).ok()?;
                Some((p.kind, p.id.clone(), body))
            })
            .collect()
    }
}

/// In every object whose keys are all language tags (a text in several languages), drops the
/// languages not in `langs`.
fn keep_languages(v: &mut Value, langs: &[Lang]) {
    match v {
        Value::Object(map) => {
            let is_text = !map.is_empty()
                && map
                    .iter()
                    .all(|(k, v)| Lang::parse(k).is_some() && v.is_string());
            if is_text {
                map.retain(|k, _| Lang::parse(k).is_some_and(|l| langs.contains(&l)));
            } else {
                map.values_mut().for_each(|v| keep_languages(v, langs));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| keep_languages(v, langs)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_read_and_every_part_passes_its_kind_check() {
        assert_eq!(all().len(), FILES.len(), "a template file does not parse");
        for t in all() {
            for p in &t.parts {
                parts::check(p.kind, p.body.clone())
                    .unwrap_or_else(|e| panic!("{} {}: {e:?}", t.id, p.id));
            }
            assert_eq!(t.parts(&[]).len(), t.parts.len());
            for kind in [
                PartKind::Plan,
                PartKind::Objective,
                PartKind::UseCase,
                PartKind::Stakeholder,
                PartKind::Risk,
                PartKind::Kpi,
            ] {
                assert!(
                    t.parts.iter().any(|p| p.kind == kind),
                    "{} has no {kind}",
                    t.id
                );
            }
            assert!(super::super::sdgs(t.sdgs.clone(), &mut Default::default()) == t.sdgs);
        }
    }

    /// Every text of every template is written in the five languages.
    #[test]
    fn every_text_is_in_the_five_languages() {
        fn texts(v: &Value, out: &mut Vec<Value>) {
            match v {
                Value::Object(m) if m.contains_key("en") => out.push(v.clone()),
                Value::Object(m) => m.values().for_each(|v| texts(v, out)),
                Value::Array(a) => a.iter().for_each(|v| texts(v, out)),
                _ => {}
            }
        }
        for f in FILES {
            let mut found = Vec::new();
            texts(&serde_json::from_str(f).unwrap(), &mut found);
            assert!(found.len() > 20);
            for t in found {
                let t: I18nText = serde_json::from_value(t).unwrap();
                for l in Lang::ALL {
                    let s = t.get_exact(l).unwrap_or_default();
                    assert!(!s.trim().is_empty(), "{t:?} lacks {l:?}");
                }
            }
        }
    }

    #[test]
    fn relationships_tie_stakeholders_of_the_same_template() {
        for t in all() {
            let stakeholders: Vec<&str> = t
                .parts
                .iter()
                .filter(|p| p.kind == PartKind::Stakeholder)
                .map(|p| p.id.as_str())
                .collect();
            for p in t.parts.iter().filter(|p| p.kind == PartKind::Relationship) {
                for end in ["from", "to"] {
                    let s = p.body[end].as_str().unwrap();
                    assert!(stakeholders.contains(&s), "{} {}: {s}", t.id, p.id);
                }
            }
        }
    }

    #[test]
    fn a_korean_team_gets_the_korean_texts_only() {
        let t = get("street_lighting").unwrap();
        let parts = t.parts(&[Lang::Ko]);
        let (_, _, risk) = parts.iter().find(|(k, _, _)| *k == PartKind::Risk).unwrap();
        let title = risk["title"].as_object().unwrap();
        assert_eq!(title.keys().collect::<Vec<_>>(), vec!["ko"]);
        // Not a text: the role of a stakeholder is kept whatever the languages.
        let (_, _, s) = parts
            .iter()
            .find(|(k, _, _)| *k == PartKind::Stakeholder)
            .unwrap();
        assert_eq!(s["role"], "owner");
        assert!(get("no-such-template").is_none());
    }
}
