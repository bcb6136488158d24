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

/// What a piece of the outcomes (a block of trials) adds to their summary: worked out by the
/// thread that ran the block while it is in cache, and put together in block order, so that
/// the figures do not depend on how many threads ran.
#[derive(Debug, Clone, Copy)]
pub(super) struct Partial {
    count: usize,
    mean: f64,
    /// The sum of squared deviations from `mean`.
    m2: f64,
    min: f64,
    max: f64,
    negative: usize,
}

impl Partial {
    pub(super) fn of(values: &[f64]) -> Partial {
        let count = values.len();
        let mean = values.iter().sum::<f64>() / count.max(1) as f64;
        Partial {
            count,
            mean,
            m2: values.iter().map(|v| (v - mean).powi(2)).sum(),
            min: values.iter().copied().fold(f64::INFINITY, f64::min),
            max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            negative: values.iter().filter(|v| **v < 0.0).count(),
        }
    }

    /// Both pieces as one (Chan, Golub and LeVeque's update of the mean and the squares).
    fn and(self, o: Partial) -> Partial {
        let count = self.count + o.count;
        if count == 0 {
            return self;
        }
        let delta = o.mean - self.mean;
        let (a, b, n) = (self.count as f64, o.count as f64, count as f64);
        Partial {
            count,
            mean: self.mean + delta * b / n,
            m2: self.m2 + o.m2 + delta * delta * a * b / n,
            min: self.min.min(o.min),
            max: self.max.max(o.max),
            negative: self.negative + o.negative,
        }
    }
}

/// The fine bins in which the percentiles are looked for: with as many, a percentile's bin
/// holds a few dozen of 100,000 trials.
const FINE: usize = 4096;

/// The bin of `v` among `bins` equal ones from `lo`, `width` wide: never decreasing in `v`, so
/// every value of a bin is at most every value of the next.
fn bin(v: f64, lo: f64, width: f64, bins: usize) -> usize {
    (((v - lo) / width) as usize).min(bins - 1)
}

fn width(min: f64, max: f64, bins: usize) -> f64 {
    if max > min {
        (max - min) / bins as f64
    } else {
        1.0
    }
}

/// The summary of `values`, their histogram and how many are below zero; `partials` are those
/// of the values cut in pieces of `piece`, which are counted into bins on `threads` threads.
/// The percentiles are exact order statistics (interpolated as NumPy's default does): the
/// counts in fine bins say which bin holds each, and only that bin's values are sorted.
pub(super) fn distribution(
    values: &[f64],
    partials: &[Partial],
    piece: usize,
    threads: usize,
) -> Option<(Summary, Histogram, usize)> {
    let all = partials.iter().copied().reduce(Partial::and)?;
    let n = all.count;
    if n == 0 {
        return None;
    }
    let (min, max) = (all.min, all.max);
    let var = if n > 1 { all.m2 / (n - 1) as f64 } else { 0.0 };
    let summary = |[p10, p50, p90]: [f64; 3]| Summary {
        mean: all.mean,
        sd: var.sqrt(),
        sem: (var / n as f64).sqrt(),
        p10,
        p50,
        p90,
        min,
        max,
        count: n,
    };
    if !(min.is_finite() && max.is_finite()) {
        let h = histogram(values, min, max);
        return Some((summary(percentiles(values)), h, all.negative));
    }
    let (coarse_w, fine_w) = (width(min, max, BINS), width(min, max, FINE));
    let threads = threads.clamp(1, values.len().div_ceil(piece));
    let counted = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    let mut coarse = vec![0_u32; BINS];
                    let mut fine = vec![0_u32; FINE];
                    for chunk in values.chunks(piece).skip(t).step_by(threads) {
                        for &v in chunk {
                            coarse[bin(v, min, coarse_w, BINS)] += 1;
                            fine[bin(v, min, fine_w, FINE)] += 1;
                        }
                    }
                    (coarse, fine)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .reduce(|(mut c, mut f), (c2, f2)| {
                c.iter_mut().zip(c2).for_each(|(a, b)| *a += b);
                f.iter_mut().zip(f2).for_each(|(a, b)| *a += b);
                (c, f)
            })
    });
    let (coarse, fine) = counted?;
    // The ranks wanted: for each percentile the one at or below its position, and the next
    // when it falls between two.
    let positions = [0.1, 0.5, 0.9].map(|q| q * (n - 1) as f64);
    let mut ranks: Vec<usize> = positions
        .iter()
        .flat_map(|p| [p.floor() as usize, (p.ceil() as usize).min(n - 1)])
        .collect();
    ranks.sort_unstable();
    ranks.dedup();
    // The bin of each rank, and the values of those bins, sorted.
    let mut first = vec![0_usize; FINE];
    let mut seen = 0;
    for (f, c) in first.iter_mut().zip(&fine) {
        *f = seen;
        seen += *c as usize;
    }
    let bin_of = |r: usize| first.partition_point(|&f| f <= r) - 1;
    let mut wanted: Vec<usize> = ranks.iter().map(|&r| bin_of(r)).collect();
    wanted.dedup();
    let mut held: Vec<Vec<f64>> = wanted
        .iter()
        .map(|&b| Vec::with_capacity(fine[b] as usize))
        .collect();
    for &v in values {
        if let Ok(k) = wanted.binary_search(&bin(v, min, fine_w, FINE)) {
            held[k].push(v);
        }
    }
    held.iter_mut()
        .for_each(|h| h.sort_unstable_by(f64::total_cmp));
    let at = |r: usize| {
        let b = bin_of(r);
        let k = wanted.partition_point(|&w| w < b);
        held[k][r - first[b]]
    };
    let percentiles = positions.map(|p| {
        let (a, b) = (at(p.floor() as usize), at((p.ceil() as usize).min(n - 1)));
        a + (p - p.floor()) * (b - a)
    });
    let histogram = Histogram {
        lo: min,
        width: coarse_w,
        counts: coarse,
    };
    Some((summary(percentiles), histogram, all.negative))
}

/// P10, P50 and P90 by selection, for values whose range cannot be cut into bins.
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

fn histogram(values: &[f64], min: f64, max: f64) -> Histogram {
    let width = width(min, max, BINS);
    let mut counts = vec![0_u32; BINS];
    for v in values {
        counts[bin(*v, min, width, BINS)] += 1;
    }
    Histogram {
        lo: min,
        width,
        counts,
    }
}
