//! The readiness self-assessment: the five dimensions of the WeGO–TM Forum smart city maturity
//! model, three questions each (their wording is the web's, in five languages), each answered
//! with a level from 0 (not started) to 4 (leading). A dimension scores the mean of its levels
//! on 0–100. The benchmark places a city among the others that share their results, and only
//! among five or more, so that no percentile points at one city.

use crate::error::FieldErrors;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

words!(
    /// The five dimensions, in the model's order.
    Dimension {
        Leadership = "leadership",
        Stakeholders = "stakeholders",
        Data = "data",
        Infrastructure = "infrastructure",
        Smartness = "smartness",
    }
);

/// One question: its id (the key of its wording in the web's locales) and its dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub dimension: Dimension,
}

const fn q(id: &'static str, dimension: Dimension) -> Question {
    Question { id, dimension }
}

/// Every question, by dimension.
pub const QUESTIONS: [Question; 15] = [
    q("leadership-strategy", Dimension::Leadership),
    q("leadership-owner", Dimension::Leadership),
    q("leadership-budget", Dimension::Leadership),
    q("stakeholders-citizens", Dimension::Stakeholders),
    q("stakeholders-business", Dimension::Stakeholders),
    q("stakeholders-services", Dimension::Stakeholders),
    q("data-open", Dimension::Data),
    q("data-sharing", Dimension::Data),
    q("data-privacy", Dimension::Data),
    q("infrastructure-network", Dimension::Infrastructure),
    q("infrastructure-platform", Dimension::Infrastructure),
    q("infrastructure-security", Dimension::Infrastructure),
    q("smartness-mobility", Dimension::Smartness),
    q("smartness-energy", Dimension::Smartness),
    q("smartness-services", Dimension::Smartness),
];

/// The highest level of an answer (levels are 0 to 4).
pub const TOP_LEVEL: u8 = 4;

/// Fewer sharing cities than this, and the benchmark says so instead of a percentile.
pub const MIN_PEERS: usize = 5;

pub type Scores = BTreeMap<Dimension, f64>;

/// The score of each dimension from a complete set of answers; the errors name each question
/// left out or answered outside 0–4, and any answer to a question that does not exist.
pub fn score(answers: &BTreeMap<String, u8>) -> Result<Scores, FieldErrors> {
    let mut e = FieldErrors::new();
    for k in answers.keys() {
        if !QUESTIONS.iter().any(|q| q.id == k) {
            e.add(
                format!("answers.{k}"),
                "is not a question of the assessment",
            );
        }
    }
    let mut sums: BTreeMap<Dimension, (f64, f64)> = BTreeMap::new();
    for q in QUESTIONS {
        match answers.get(q.id) {
            None => e.add(format!("answers.{}", q.id), "is not answered"),
            Some(l) if *l > TOP_LEVEL => {
                e.add(format!("answers.{}", q.id), "is a level from 0 to 4")
            }
            Some(l) => {
                let s = sums.entry(q.dimension).or_default();
                s.0 += f64::from(*l);
                s.1 += 1.0;
            }
        }
    }
    if !e.is_empty() {
        return Err(e);
    }
    Ok(sums
        .into_iter()
        .map(|(d, (sum, n))| {
            (
                d,
                (sum / n / f64::from(TOP_LEVEL) * 100.0 * 10.0).round() / 10.0,
            )
        })
        .collect())
}

/// Where `value` stands among `others`, 0 to 100: the share below it, with ties counted half.
pub fn percentile(value: f64, others: &[f64]) -> f64 {
    if others.is_empty() {
        return 50.0;
    }
    let below = others.iter().filter(|o| **o < value).count() as f64;
    let equal = others.iter().filter(|o| **o == value).count() as f64;
    ((below + equal / 2.0) / others.len() as f64 * 100.0).round()
}

/// A city's place per dimension among the peers that share, or why there is none.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Benchmark {
    /// Too few cities share for a percentile that would not point at one of them.
    TooFew { peers: usize },
    Percentiles {
        peers: usize,
        percentiles: BTreeMap<Dimension, f64>,
        /// The median score of the peers, per dimension.
        medians: BTreeMap<Dimension, f64>,
    },
}

/// The benchmark of `own` against the peers' latest shared scores (the city itself excluded
/// by the caller).
pub fn benchmark(own: &Scores, peers: &[Scores]) -> Benchmark {
    if peers.len() < MIN_PEERS {
        return Benchmark::TooFew { peers: peers.len() };
    }
    let mut percentiles = BTreeMap::new();
    let mut medians = BTreeMap::new();
    for d in Dimension::ALL {
        let mut others: Vec<f64> = peers.iter().filter_map(|p| p.get(d).copied()).collect();
        others.sort_by(f64::total_cmp);
        if let Some(v) = own.get(d) {
            percentiles.insert(*d, percentile(*v, &others));
        }
        if !others.is_empty() {
            let n = others.len();
            let m = if n % 2 == 1 {
                others[n / 2]
            } else {
                (others[n / 2 - 1] + others[n / 2]) / 2.0
            };
            medians.insert(*d, m);
        }
    }
    Benchmark::Percentiles {
        peers: peers.len(),
        percentiles,
        medians,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(level: u8) -> BTreeMap<String, u8> {
        QUESTIONS
            .iter()
            .map(|q| (q.id.to_string(), level))
            .collect()
    }

    #[test]
    fn scores_need_every_answer_in_range() {
        let s = score(&answers(2)).unwrap();
        assert_eq!(s.len(), 5);
        assert!(s.values().all(|v| *v == 50.0));
        let mut a = answers(4);
        a.insert("data-open".into(), 1);
        let s = score(&a).unwrap();
        assert_eq!(s[&Dimension::Data], 75.0, "(1 + 4 + 4) / 3 / 4");
        assert_eq!(s[&Dimension::Leadership], 100.0);
        a.remove("leadership-owner");
        a.insert("data-privacy".into(), 9);
        a.insert("colour".into(), 1);
        let e = score(&a).unwrap_err();
        for f in [
            "answers.leadership-owner",
            "answers.data-privacy",
            "answers.colour",
        ] {
            assert!(e.0.contains_key(f), "{f}: {e:?}");
        }
    }

    #[test]
    fn fewer_than_five_peers_give_no_percentile() {
        let own = score(&answers(3)).unwrap();
        let peers: Vec<Scores> = (0..4).map(|l| score(&answers(l)).unwrap()).collect();
        assert_eq!(benchmark(&own, &peers), Benchmark::TooFew { peers: 4 });
        let mut peers = peers;
        peers.push(score(&answers(4)).unwrap());
        match benchmark(&own, &peers) {
            Benchmark::Percentiles {
                peers,
                percentiles,
                medians,
            } => {
                assert_eq!(peers, 5);
                // Others 0, 25, 50, 75, 100: three below 75, one equal → (3 + 0.5) / 5.
                assert_eq!(percentiles[&Dimension::Data], 70.0);
                assert_eq!(medians[&Dimension::Data], 50.0);
            }
            b => panic!("{b:?}"),
        }
    }

    #[test]
    fn percentiles_count_ties_half() {
        assert_eq!(percentile(50.0, &[50.0, 50.0]), 50.0);
        assert_eq!(percentile(10.0, &[20.0, 30.0]), 0.0);
        assert_eq!(percentile(40.0, &[20.0, 30.0]), 100.0);
    }
}
