//! `citydriver match-eval`: the matchmaking evaluation set (`eval/matching/set.json`) ranked by
//! the ranking the pages use and by a plain text-only baseline, scored with nDCG@10 and
//! precision@5 (the rules of `eval/matching/README.md`).
//!
//! The solutions are checked by the same validation as a company's form, indexed in memory as
//! the reindex writes them (`services::search::solution_doc`), and each need is ranked by
//! `services::matching::ranking::Solutions::rank` — the code `/needs/{id}` runs.

use anyhow::{Context, bail};
use domain::country::Country;
use domain::knowledge::PracticeDomain;
use domain::matching::money::{self, Amount};
use domain::matching::rank::{self, CityFacts, NeedFacts};
use domain::matching::{NeedInput, SolutionInput};
use domain::{I18nText, Lang};
use serde::Deserialize;
use services::matching::ranking::{self, Solutions};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

#[derive(Deserialize)]
struct Set {
    cities: Vec<City>,
    companies: Vec<Company>,
    solutions: Vec<SolutionInput>,
    needs: Vec<EvalNeed>,
}

#[derive(Deserialize)]
struct City {
    id: String,
    country: String,
    lat: Option<f64>,
    lon: Option<f64>,
    #[serde(default)]
    networks: Vec<String>,
}

#[derive(Deserialize)]
struct Company {
    id: String,
    names: I18nText,
    country: String,
}

#[derive(Deserialize)]
struct EvalNeed {
    id: String,
    city: String,
    lang: String,
    domain: String,
    titles: I18nText,
    #[serde(default)]
    description: I18nText,
    budget: Option<i64>,
    currency: Option<String>,
    languages: Vec<String>,
    judgments: BTreeMap<String, u8>,
}

/// The systems compared, in the order of the report.
const SYSTEMS: [(&str, &str); 4] = [
    (
        "citydriver",
        "the ranking of /needs/{id}: eligibility, then text, domain, references, price, languages",
    ),
    (
        "text + eligibility",
        "the index's text relevance, solutions not offered in the country removed",
    ),
    (
        "text only",
        "the index's text relevance alone (the baseline)",
    ),
    (
        "search box",
        "the need's text typed into the search box, solutions only",
    ),
];

/// nDCG@10 with gain = grade, normalised by the need's judged grades in descending order.
fn ndcg10(ranked: &[String], judged: &BTreeMap<String, u8>) -> f64 {
    let dcg = |grades: &mut dyn Iterator<Item = u8>| -> f64 {
        grades
            .take(10)
            .enumerate()
            .map(|(i, g)| f64::from(g) / ((i + 2) as f64).log2())
            .fold(0.0, |a, b| a + b)
    };
    let mut ideal: Vec<u8> = judged.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let best = dcg(&mut ideal.into_iter());
    if best == 0.0 {
        return 0.0;
    }
    dcg(&mut ranked.iter().map(|id| judged.get(id).copied().unwrap_or(0))) / best
}

/// The share of the first five with grade ≥ 2, over five even when fewer are returned.
fn precision5(ranked: &[String], judged: &BTreeMap<String, u8>) -> f64 {
    ranked
        .iter()
        .take(5)
        .filter(|id| judged.get(*id).copied().unwrap_or(0) >= 2)
        .count() as f64
        / 5.0
}

pub fn run(set: &Path, out: &Path) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(set).with_context(|| format!("reading {}", set.display()))?;
    let set: Set =
        serde_json::from_str(&text).with_context(|| format!("reading {}", set.display()))?;
    let mut places = HashMap::new();
    for c in &set.cities {
        let country = Country::parse(&c.country)
            .map_err(|r| anyhow::anyhow!("city {}: country {r}", c.id))?;
        places.insert(
            c.id.clone(),
            CityFacts {
                id: c.id.clone(),
                country,
                at: c.lat.zip(c.lon),
                networks: c.networks.clone(),
            },
        );
    }
    let companies: HashMap<&str, &Company> =
        set.companies.iter().map(|c| (c.id.as_str(), c)).collect();

    let index = search::SearchIndex::in_memory()?;
    let mut docs = Vec::new();
    let mut facts = Vec::new();
    let mut eligible_of: HashMap<String, rank::SolutionFacts> = HashMap::new();
    for input in set.solutions {
        let id = input.id.clone().unwrap_or_default();
        let mut s = input
            .validate()
            .map_err(|e| anyhow::anyhow!("solution {id}: {:?}", e.0))?;
        // Validation puts the company's id before an id that lacks it; the judgments use the
        // set's own.
        s.id = id.clone();
        let Some(company) = companies.get(s.company.as_str()) else {
            bail!("solution {id}: company {} is not in the set", s.company);
        };
        docs.push(services::search::solution_doc(
            &s,
            company.names.0.values().cloned().collect(),
            Some(company.country.clone()),
        ));
        let f = ranking::solution_facts(s, &places);
        eligible_of.insert(f.id.clone(), f.clone());
        facts.push(f);
    }
    index.apply(&[], &[], &docs, 0)?;
    let catalogue = Solutions::new(facts);

    // system → need → ranked ids
    let mut runs: Vec<BTreeMap<String, Vec<String>>> = vec![BTreeMap::new(); SYSTEMS.len()];
    let mut langs = BTreeMap::new();
    let mut judgments = BTreeMap::new();
    for n in &set.needs {
        let Some(city) = places.get(&n.city) else {
            bail!("need {}: city {} is not in the set", n.id, n.city);
        };
        let need = NeedInput {
            id: Some(n.id.clone()),
            kind: Some("solution".into()),
            titles: n.titles.clone(),
            description: n.description.clone(),
            amount: n.budget,
            currency: n.currency.clone(),
            ..Default::default()
        }
        .validate("eval")
        .map_err(|e| anyhow::anyhow!("need {}: {:?}", n.id, e.0))?;
        let mut team = Vec::new();
        for l in &n.languages {
            team.push(Lang::parse(l).with_context(|| format!("need {}: language {l}", n.id))?);
        }
        let amount = match (n.budget, &n.currency) {
            (Some(v), Some(c)) => Some(Amount::new(
                v,
                money::currency(c).map_err(|r| anyhow::anyhow!("need {}: {r}", n.id))?,
            )),
            _ => None,
        };
        let nf = NeedFacts {
            city: city.id.clone(),
            country: city.country,
            at: city.at,
            domain: PracticeDomain::parse(&n.domain)
                .map_err(|r| anyhow::anyhow!("need {}: domain {r}", n.id))?,
            networks: city.networks.clone(),
            languages: rank::need_languages(&team, city.country),
            amount,
            instruments: vec![],
        };
        let text = ranking::need_text(&need);
        let ours: Vec<String> = catalogue
            .rank(&index, &text, &nf, 0..10)?
            .page
            .into_iter()
            .map(|r| r.id)
            .collect();
        let words: Vec<String> = ranking::relevance(&index, &text, search::Kind::Solution)?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let filtered: Vec<String> = words
            .iter()
            .filter(|id| {
                eligible_of
                    .get(*id)
                    .is_some_and(|s| rank::solution_eligible(&nf, s))
            })
            .cloned()
            .collect();
        let typed: Vec<String> = index
            .search(&search::SearchQuery {
                text: text.clone(),
                kind: Some(search::Kind::Solution),
                page: 1,
                per_page: 10,
                ..Default::default()
            })?
            .hits
            .into_iter()
            .map(|h| h.id.trim_start_matches("solution:").to_string())
            .collect();
        for (i, r) in [ours, filtered, words, typed].into_iter().enumerate() {
            runs[i].insert(n.id.clone(), r.into_iter().take(10).collect());
        }
        langs.insert(n.id.clone(), n.lang.clone());
        judgments.insert(n.id.clone(), n.judgments.clone());
    }

    // Averages over needs, overall and by need language.
    let groups: Vec<String> = std::iter::once("all".to_string())
        .chain(Lang::ALL.iter().map(|l| l.tag().to_string()))
        .collect();
    let mut report = serde_json::Map::new();
    println!(
        "| system | measure | {} |\n|---|---|{}",
        groups.join(" | "),
        "---:|".repeat(groups.len())
    );
    for (i, (name, what)) in SYSTEMS.iter().enumerate() {
        let mut by = serde_json::Map::new();
        for (measure, f) in [
            (
                "nDCG@10",
                ndcg10 as fn(&[String], &BTreeMap<String, u8>) -> f64,
            ),
            ("P@5", precision5),
        ] {
            let mut cells = Vec::new();
            let mut m = serde_json::Map::new();
            for g in &groups {
                let scores: Vec<f64> = runs[i]
                    .iter()
                    .filter(|(id, _)| g == "all" || langs[*id] == *g)
                    .map(|(id, r)| f(r, &judgments[id]))
                    .collect();
                let mean = scores.iter().sum::<f64>() / scores.len().max(1) as f64;
                cells.push(format!("{mean:.3}"));
                m.insert(g.clone(), serde_json::json!(mean));
            }
            println!("| {name} | {measure} | {} |", cells.join(" | "));
            by.insert(measure.to_string(), serde_json::Value::Object(m));
        }
        by.insert("what".into(), serde_json::json!(what));
        by.insert("runs".into(), serde_json::json!(runs[i]));
        report.insert(name.to_string(), serde_json::Value::Object(by));
    }
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(out, serde_json::to_string_pretty(&report)?)?;
    eprintln!(
        "{} solutions, {} needs; rankings and figures in {}",
        docs.len(),
        set.needs.len(),
        out.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
        pairs.iter().map(|(k, g)| (k.to_string(), *g)).collect()
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_ideal_order_scores_one_and_a_swap_scores_less() {
        let j = judged(&[("a", 3), ("b", 2), ("c", 0)]);
        assert!((ndcg10(&ids(&["a", "b"]), &j) - 1.0).abs() < 1e-12);
        // b first: (2 + 3/log2 3) / (3 + 2/log2 3)
        let swapped = (2.0 + 3.0 / 3f64.log2()) / (3.0 + 2.0 / 3f64.log2());
        assert!((ndcg10(&ids(&["b", "a"]), &j) - swapped).abs() < 1e-12);
        assert_eq!(ndcg10(&ids(&["x", "c"]), &j), 0.0);
    }

    #[test]
    fn on_the_set_the_ranking_beats_the_text_only_baseline_in_every_language() {
        let out = std::env::temp_dir().join(format!("match-eval-{}.json", std::process::id()));
        run(Path::new("../../eval/matching/set.json"), &out).unwrap();
        let r: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        std::fs::remove_file(&out).ok();
        for g in ["all", "en", "ko", "ja", "zh-Hans", "fr"] {
            let ours = r["citydriver"]["nDCG@10"][g].as_f64().unwrap();
            let base = r["text only"]["nDCG@10"][g].as_f64().unwrap();
            assert!(ours > base, "{g}: {ours} against {base}");
        }
        let runs = r["citydriver"]["runs"].as_object().unwrap();
        assert_eq!(runs.len(), 48);
        assert!(runs.values().all(|v| !v.as_array().unwrap().is_empty()));
    }

    #[test]
    fn precision_counts_grade_two_and_up_over_five_even_when_fewer_come() {
        let j = judged(&[("a", 3), ("b", 2), ("c", 1)]);
        assert_eq!(precision5(&ids(&["a", "c", "b"]), &j), 0.4);
        assert_eq!(precision5(&ids(&["c"]), &j), 0.0);
    }
}
