//! What a simulation gives: the summaries of the NPV and the IRR, the histogram and the
//! tornado; and how they are worked out from the trials.

use super::input::BINS;
use serde::Serialize;

/// The summary of a distribution of outcomes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Summary {
    pub mean: f64,
    pub sd: f64,
    /// The standard error of the mean, `sd / √n`: how far the mean may be from the one that
    /// infinitely many trials would give. Small beside the mean means N is enough.
    pub sem: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub min: f64,
    pub max: f64,
    pub count: usize,
}

/// Counts of trials in equal bins from `lo` to `lo + width × counts.len()`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Histogram {
    pub lo: f64,
    pub width: f64,
    pub counts: Vec<u32>,
}

/// One bar of the tornado: the NPV with one input at its P10 and at its P90, the others at
/// their base values.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Bar {
    pub input: usize,
    pub label: String,
    pub low: f64,
    pub high: f64,
    pub npv_low: f64,
    pub npv_high: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IrrOutcome {
    /// Over the trials with exactly one IRR.
    pub summary: Option<Summary>,
    /// Trials whose flows have several IRRs, and none.
    pub ambiguous: usize,
    pub none: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Outcome {
    pub trials: usize,
    pub seed: u64,
    /// The NPV with every input at its base value.
    pub base_npv: f64,
    pub npv: Summary,
    /// The share of trials with an NPV below zero.
    pub p_negative: f64,
    pub histogram: Histogram,
    pub irr: Option<IrrOutcome>,
    /// Widest swing first.
    pub tornado: Vec<Bar>,
    /// Every trial's NPV, in trial order.
    #[serde(skip)]
    pub npvs: Vec<f64>,
}

/// P10, P50 and P90 without sorting everything: each is found by selection in the part of
/// the values above the previous one.
fn percentiles(values: &[f64]) -> [f64; 3] {
    let n = values.len();
    let mut v = values.to_vec();
    let mut out = [0.0; 3];
    let mut from = 0;
    for (o, q) in out.iter_mut().zip([0.1, 0.5, 0.9]) {
        let pos = q * (n - 1) as f64;
        let i = pos.floor() as usize;
        let frac = pos - pos.floor();
        let (_, at, right) = v[from..].select_nth_unstable_by(i - from, f64::total_cmp);
        let a = *at;
        let b = if frac > 0.0 {
            right.iter().copied().fold(f64::INFINITY, f64::min)
        } else {
            a
        };
        *o = a + frac * (b - a);
        from = i;
    }
    out
}

pub(super) fn summarize(values: &[f64]) -> Option<Summary> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    let var = if n > 1 {
        values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1) as f64
    } else {
        0.0
    };
    let [p10, p50, p90] = percentiles(values);
    Some(Summary {
        mean,
        sd: var.sqrt(),
        sem: (var / n as f64).sqrt(),
        p10,
        p50,
        p90,
        min: values.iter().copied().fold(f64::INFINITY, f64::min),
        max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        count: n,
    })
}

pub(super) fn histogram(values: &[f64], min: f64, max: f64) -> Histogram {
    let width = if max > min {
        (max - min) / BINS as f64
    } else {
        1.0
    };
    let mut counts = vec![0_u32; BINS];
    for v in values {
        let b = (((v - min) / width) as usize).min(BINS - 1);
        counts[b] += 1;
    }
    Histogram {
        lo: min,
        width,
        counts,
    }
}
