//! Monte Carlo risk: distributions on the inputs of a model, optionally rank-correlated, and
//! the distributions of the NPV and the IRR that follow, with a tornado of sensitivities.
//!
//! Reproducible: the trials are cut into blocks of `BLOCK`, and block `b` draws from its own
//! PCG stream of the seed, so trial `i` gets the same numbers whichever thread runs it — the
//! result is the same on 1 thread and on 16.
//!
//! Fast: an input multiplies the lines it names, so with a fixed discount rate a trial's NPV
//! is `Σ multiplier × PV(line, delay)` over the lines, with each line's present value worked
//! out once for every delay; a trial then costs one draw and one product per input. With an
//! uncertain discount rate, or when the IRR is wanted, each trial builds its yearly flows.
//!
//! Correlation uses a Gaussian copula: correlated standard normals (the Cholesky factor of
//! their correlation), each turned into its input's quantile. A rank (Spearman) correlation
//! `ρs` of the inputs needs the normals correlated by `2 sin(π ρs / 6)`.

use crate::flows::{Irr, irr, npv};
use crate::model::{LineKind, Model};
use crate::problem::{FieldError, Problem};
use rand::Rng;
use rand_distr::{
    Distribution as _, LogNormal, Normal, Pert, StandardNormal, Uniform, weighted::WeightedIndex,
};
use serde::{Deserialize, Serialize};
use statrs::distribution::{Beta, ContinuousCDF};

/// Trials by default, and at most.
pub const DEFAULT_TRIALS: u32 = 10_000;
pub const MAX_TRIALS: u32 = 1_000_000;
/// Uncertain inputs at most.
pub const MAX_INPUTS: usize = 50;
/// The longest delay a distribution may give, in years.
pub const MAX_DELAY: usize = 20;
/// Trials per random stream.
const BLOCK: usize = 4096;
/// Bins of the NPV histogram.
pub const BINS: usize = 40;

/// The shape of an uncertain input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "shape", rename_all = "snake_case")]
pub enum Distribution {
    Triangular {
        min: f64,
        mode: f64,
        max: f64,
    },
    /// A smooth three-point estimate (beta-PERT, weight 4 on the most likely value).
    Pert {
        min: f64,
        mode: f64,
        max: f64,
    },
    Normal {
        mean: f64,
        sd: f64,
    },
    /// `exp(N(mu, sigma))`: `mu` and `sigma` are those of the logarithm.
    Lognormal {
        mu: f64,
        sigma: f64,
    },
    Uniform {
        min: f64,
        max: f64,
    },
    /// A delay of `k` years with probability `probabilities[k]` (they are normalized).
    Delay {
        probabilities: Vec<f64>,
    },
}

/// What an input changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "target", content = "line", rename_all = "snake_case")]
pub enum Target {
    /// Multiplies one line (by its index in the model).
    Line(usize),
    /// Multiply every line of a kind.
    Capital,
    Operating,
    Benefits,
    /// Multiplies the carbon price.
    CarbonPrice,
    /// Replaces the discount rate.
    DiscountRate,
    /// Shifts every benefit this many years later (what falls past the horizon is lost).
    BenefitDelay,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Input {
    pub label: String,
    #[serde(flatten)]
    pub target: Target,
    pub distribution: Distribution,
}

/// A rank correlation between two inputs (by index).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Correlation {
    pub a: usize,
    pub b: usize,
    pub rank: f64,
}

fn default_trials() -> u32 {
    DEFAULT_TRIALS
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Simulation {
    pub inputs: Vec<Input>,
    #[serde(default)]
    pub correlations: Vec<Correlation>,
    #[serde(default = "default_trials")]
    pub trials: u32,
    #[serde(default)]
    pub seed: u64,
    /// Whether to find each trial's IRR (it costs a root search per trial).
    #[serde(default = "yes")]
    pub irr: bool,
}

impl Distribution {
    fn problem(&self, is_delay_target: bool) -> Option<&'static str> {
        let finite = |v: &[f64]| v.iter().all(|x| x.is_finite());
        match *self {
            Distribution::Triangular { min, mode, max } | Distribution::Pert { min, mode, max } => {
                if !(finite(&[min, mode, max]) && min <= mode && mode <= max && min < max) {
                    return Some("needs minimum ≤ most likely ≤ maximum, with minimum < maximum");
                }
            }
            Distribution::Normal { mean, sd } => {
                if !finite(&[mean, sd]) || sd <= 0.0 {
                    return Some("needs a standard deviation above zero");
                }
            }
            Distribution::Lognormal { mu, sigma } => {
                if !finite(&[mu, sigma]) || sigma <= 0.0 || mu.abs() > 700.0 {
                    return Some("needs a sigma above zero");
                }
            }
            Distribution::Uniform { min, max } => {
                if !finite(&[min, max]) || min >= max {
                    return Some("needs minimum < maximum");
                }
            }
            Distribution::Delay { ref probabilities } => {
                let sum: f64 = probabilities.iter().sum();
                if probabilities.is_empty()
                    || probabilities.len() > MAX_DELAY + 1
                    || probabilities.iter().any(|p| !p.is_finite() || *p < 0.0)
                    || sum <= 0.0
                {
                    return Some(
                        "needs up to 21 probabilities (0 to 20 years), none negative, not all zero",
                    );
                }
            }
        }
        let is_delay = matches!(self, Distribution::Delay { .. });
        match (is_delay, is_delay_target) {
            (true, false) => Some("a delay distribution can only shift the benefits"),
            (false, true) => {
                Some("the benefit delay needs a delay distribution (years and their probabilities)")
            }
            _ => None,
        }
    }

    /// The value below which a share `u` of the draws fall.
    pub fn quantile(&self, u: f64) -> f64 {
        let u = u.clamp(1e-15, 1.0 - 1e-15);
        let phi_inv = |u: f64| -std::f64::consts::SQRT_2 * statrs::function::erf::erfc_inv(2.0 * u);
        match *self {
            Distribution::Triangular { min, mode, max } => {
                let f = (mode - min) / (max - min);
                if u < f {
                    min + (u * (max - min) * (mode - min)).sqrt()
                } else {
                    max - ((1.0 - u) * (max - min) * (max - mode)).sqrt()
                }
            }
            Distribution::Pert { min, mode, max } => {
                let (a, b) = pert_shape(min, mode, max);
                match Beta::new(a, b) {
                    Ok(beta) => min + (max - min) * beta.inverse_cdf(u),
                    Err(_) => mode,
                }
            }
            Distribution::Normal { mean, sd } => mean + sd * phi_inv(u),
            Distribution::Lognormal { mu, sigma } => (mu + sigma * phi_inv(u)).exp(),
            Distribution::Uniform { min, max } => min + u * (max - min),
            Distribution::Delay { ref probabilities } => {
                let sum: f64 = probabilities.iter().sum();
                let mut cum = 0.0;
                for (k, p) in probabilities.iter().enumerate() {
                    cum += p / sum;
                    if u <= cum {
                        return k as f64;
                    }
                }
                (probabilities.len() - 1) as f64
            }
        }
    }
}

fn pert_shape(min: f64, mode: f64, max: f64) -> (f64, f64) {
    (
        1.0 + 4.0 * (mode - min) / (max - min),
        1.0 + 4.0 * (max - mode) / (max - min),
    )
}

/// A sampler for an input drawn on its own.
enum Sampler {
    /// By its quantile, without a branch, so that a column of draws vectorizes.
    Triangular {
        min: f64,
        max: f64,
        /// The share of draws below the mode, and the two products under the square roots.
        below: f64,
        a: f64,
        b: f64,
    },
    Pert(Pert<f64>),
    Normal(Normal<f64>),
    Lognormal(LogNormal<f64>),
    Uniform(Uniform<f64>),
    Delay(WeightedIndex<f64>),
    /// An input drawn through the copula.
    Correlated,
}

impl Sampler {
    fn new(d: &Distribution) -> Sampler {
        // The parameters were checked by `problems()`; a sampler that still cannot be built
        // falls back to the copula's quantile, which needs no construction.
        let built = match *d {
            Distribution::Triangular { min, mode, max } => Some(Sampler::Triangular {
                min,
                max,
                below: (mode - min) / (max - min),
                a: (max - min) * (mode - min),
                b: (max - min) * (max - mode),
            }),
            Distribution::Pert { min, mode, max } => {
                Pert::new(min, max).with_mode(mode).ok().map(Sampler::Pert)
            }
            Distribution::Normal { mean, sd } => Normal::new(mean, sd).ok().map(Sampler::Normal),
            Distribution::Lognormal { mu, sigma } => {
                LogNormal::new(mu, sigma).ok().map(Sampler::Lognormal)
            }
            Distribution::Uniform { min, max } => Uniform::new(min, max).ok().map(Sampler::Uniform),
            Distribution::Delay { ref probabilities } => {
                WeightedIndex::new(probabilities).ok().map(Sampler::Delay)
            }
        };
        built.unwrap_or(Sampler::Correlated)
    }

    /// Fills `out` with draws (an input drawn through the copula is left for it to fill).
    fn fill<R: Rng>(&self, rng: &mut R, out: &mut [f64]) {
        match self {
            Sampler::Triangular {
                min,
                max,
                below,
                a,
                b,
            } => {
                for o in out.iter_mut() {
                    *o = unit(rng.next_u64());
                }
                for o in out.iter_mut() {
                    let u = *o;
                    let low = min + (u * a).sqrt();
                    let high = max - ((1.0 - u) * b).sqrt();
                    *o = if u < *below { low } else { high };
                }
            }
            Sampler::Pert(d) => out.iter_mut().for_each(|o| *o = d.sample(rng)),
            Sampler::Normal(d) => out.iter_mut().for_each(|o| *o = d.sample(rng)),
            Sampler::Lognormal(d) => out.iter_mut().for_each(|o| *o = d.sample(rng)),
            Sampler::Uniform(d) => out.iter_mut().for_each(|o| *o = d.sample(rng)),
            Sampler::Delay(d) => out.iter_mut().for_each(|o| *o = d.sample(rng) as f64),
            Sampler::Correlated => {}
        }
    }
}

/// The lower triangular `L` with `L Lᵀ = c`, or None if `c` is not positive definite.
fn cholesky(c: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
    let n = c.len();
    let mut l = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i][k] * l[j][k]).sum();
            if i == j {
                let d = c[i][i] - s;
                if d <= 1e-12 {
                    return None;
                }
                l[i][i] = d.sqrt();
            } else {
                l[i][j] = (c[i][j] - s) / l[j][j];
            }
        }
    }
    Some(l)
}

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

/// A block of trials: its number, where its NPVs go, and where its IRRs go if wanted.
type Block<'a> = (usize, &'a mut [f64], Option<&'a mut [Option<Irr>]>);

/// The model prepared for many evaluations.
struct Prepared<'a> {
    sim: &'a Simulation,
    /// Each line's signed values, in the model's terms.
    lines: Vec<Vec<f64>>,
    /// The inputs that multiply each line.
    factors: Vec<Vec<usize>>,
    /// Whether the benefit delay moves the line.
    shifts: Vec<bool>,
    rate_input: Option<usize>,
    delay_input: Option<usize>,
    base_rate: f64,
    /// `pv[j][d]`: the present value at the base rate of line `j` delayed `d` years.
    pv: Vec<Vec<f64>>,
    samplers: Vec<Sampler>,
    /// The inputs drawn through the copula, and the Cholesky factor of their normals.
    correlated: Vec<usize>,
    chol: Vec<Vec<f64>>,
}

impl Simulation {
    /// Every problem of the simulation on `model`, each naming its field.
    pub fn problems(&self, model: &Model) -> Vec<FieldError> {
        let mut errors = vec![];
        if self.trials == 0 || self.trials > MAX_TRIALS {
            errors.push(FieldError::new(
                "trials",
                Problem::OutOfRange {
                    min: 1.0,
                    max: f64::from(MAX_TRIALS),
                },
            ));
        }
        if self.inputs.len() > MAX_INPUTS {
            errors.push(FieldError::new(
                "inputs",
                Problem::TooMany { max: MAX_INPUTS },
            ));
        }
        let mut delays = 0;
        let mut rates = 0;
        for (i, input) in self.inputs.iter().enumerate() {
            if let Target::Line(j) = input.target
                && j >= model.lines.len()
            {
                errors.push(FieldError::new(
                    format!("inputs[{i}].line"),
                    Problem::UnknownInput,
                ));
            }
            delays += usize::from(input.target == Target::BenefitDelay);
            rates += usize::from(input.target == Target::DiscountRate);
            if let Some(reason) = input
                .distribution
                .problem(input.target == Target::BenefitDelay)
            {
                errors.push(FieldError::new(
                    format!("inputs[{i}].distribution"),
                    Problem::BadDistribution { reason },
                ));
            } else if input.target == Target::DiscountRate
                && input.distribution.quantile(1e-6) <= -1.0
            {
                errors.push(FieldError::new(
                    format!("inputs[{i}].distribution"),
                    Problem::BadDistribution {
                        reason: "a discount rate must stay above −100 %",
                    },
                ));
            }
        }
        if delays > 1 || rates > 1 {
            errors.push(FieldError::new(
                "inputs",
                Problem::BadDistribution {
                    reason: "one benefit delay and one discount rate at most",
                },
            ));
        }
        for (k, c) in self.correlations.iter().enumerate() {
            if c.a >= self.inputs.len() || c.b >= self.inputs.len() || c.a == c.b {
                errors.push(FieldError::new(
                    format!("correlations[{k}]"),
                    Problem::UnknownInput,
                ));
            } else if !c.rank.is_finite() || c.rank.abs() > 1.0 {
                errors.push(FieldError::new(
                    format!("correlations[{k}].rank"),
                    Problem::OutOfRange {
                        min: -1.0,
                        max: 1.0,
                    },
                ));
            }
        }
        if errors.is_empty() && !self.correlations.is_empty() && self.copula().is_none() {
            errors.push(FieldError::new(
                "correlations",
                Problem::InconsistentCorrelations,
            ));
        }
        errors
    }

    /// The correlated inputs and the Cholesky factor of their normals' correlation.
    fn copula(&self) -> Option<(Vec<usize>, Vec<Vec<f64>>)> {
        let mut members: Vec<usize> = self.correlations.iter().flat_map(|c| [c.a, c.b]).collect();
        members.sort_unstable();
        members.dedup();
        let n = members.len();
        let mut c = vec![vec![0.0; n]; n];
        for (i, row) in c.iter_mut().enumerate() {
            row[i] = 1.0;
        }
        for k in &self.correlations {
            let (i, j) = (
                members.binary_search(&k.a).ok()?,
                members.binary_search(&k.b).ok()?,
            );
            let rho = 2.0 * (std::f64::consts::PI * k.rank / 6.0).sin();
            c[i][j] = rho;
            c[j][i] = rho;
        }
        cholesky(&c).map(|l| (members, l))
    }

    /// Runs the trials on the machine's cores. Call `problems()` first.
    pub fn run(&self, model: &Model) -> Outcome {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        self.run_on(model, threads)
    }

    /// Runs the trials on `threads` threads (the result does not depend on how many).
    pub fn run_on(&self, model: &Model, threads: usize) -> Outcome {
        let p = Prepared::new(model, self);
        let n = self.trials as usize;
        let mut npvs = vec![0.0; n];
        let mut irrs: Vec<Option<Irr>> = if self.irr { vec![None; n] } else { vec![] };
        // Block b goes to thread b mod threads; each block draws from its own stream, so who
        // runs it does not matter.
        let threads = threads.clamp(1, n.div_ceil(BLOCK).max(1));
        let mut irr_blocks = irrs.chunks_mut(BLOCK).map(Some);
        let mut shares: Vec<Vec<Block>> = (0..threads).map(|_| vec![]).collect();
        for (b, block) in npvs.chunks_mut(BLOCK).enumerate() {
            shares[b % threads].push((b, block, irr_blocks.next().flatten()));
        }
        std::thread::scope(|s| {
            for share in shares {
                let p = &p;
                s.spawn(move || {
                    for (b, npv_out, irr_out) in share {
                        p.block(b, npv_out, irr_out);
                    }
                });
            }
        });
        let irr = self.irr.then(|| {
            let unique: Vec<f64> = irrs
                .iter()
                .filter_map(|r| r.as_ref().and_then(Irr::unique))
                .collect();
            IrrOutcome {
                ambiguous: irrs
                    .iter()
                    .filter(|r| matches!(r, Some(Irr::Several(_))))
                    .count(),
                none: irrs
                    .iter()
                    .filter(|r| matches!(r, Some(Irr::None) | None))
                    .count(),
                summary: summarize(&unique),
            }
        });
        let npv_summary = summarize(&npvs).unwrap_or(Summary {
            mean: 0.0,
            sd: 0.0,
            sem: 0.0,
            p10: 0.0,
            p50: 0.0,
            p90: 0.0,
            min: 0.0,
            max: 0.0,
            count: 0,
        });
        Outcome {
            trials: n,
            seed: self.seed,
            base_npv: p.npv_at(&p.base_values()),
            p_negative: npvs.iter().filter(|v| **v < 0.0).count() as f64 / n.max(1) as f64,
            histogram: histogram(&npvs, npv_summary.min, npv_summary.max),
            npv: npv_summary,
            irr,
            tornado: p.tornado(),
            npvs,
        }
    }
}

impl<'a> Prepared<'a> {
    fn new(model: &Model, sim: &'a Simulation) -> Prepared<'a> {
        let lines: Vec<Vec<f64>> = model
            .lines
            .iter()
            .map(|l| {
                let sign = if l.kind.is_cost() { -1.0 } else { 1.0 };
                model.line_values(l).into_iter().map(|v| sign * v).collect()
            })
            .collect();
        let factors: Vec<Vec<usize>> = model
            .lines
            .iter()
            .enumerate()
            .map(|(j, line)| {
                sim.inputs
                    .iter()
                    .enumerate()
                    .filter(|(_, input)| match input.target {
                        Target::Line(k) => k == j,
                        Target::Capital => line.kind == LineKind::Capital,
                        Target::Operating => line.kind == LineKind::Operating,
                        Target::Benefits => matches!(line.kind, LineKind::Benefit(_)),
                        Target::CarbonPrice => {
                            line.kind == LineKind::Benefit(crate::model::Benefit::Co2)
                        }
                        Target::DiscountRate | Target::BenefitDelay => false,
                    })
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect();
        let shifts: Vec<bool> = model
            .lines
            .iter()
            .map(|l| matches!(l.kind, LineKind::Benefit(_)))
            .collect();
        let position = |t: Target| sim.inputs.iter().position(|i| i.target == t);
        let delay_input = position(Target::BenefitDelay);
        let max_delay = delay_input.map_or(0, |i| match &sim.inputs[i].distribution {
            Distribution::Delay { probabilities } => probabilities.len() - 1,
            _ => 0,
        });
        let base_rate = model.discount_rate;
        let pv = lines
            .iter()
            .zip(&shifts)
            .map(|(v, &shifts)| {
                (0..=max_delay)
                    .map(|d| {
                        if shifts {
                            npv(base_rate, &delayed(v, d))
                        } else {
                            npv(base_rate, v)
                        }
                    })
                    .collect()
            })
            .collect();
        let (correlated, chol) = if sim.correlations.is_empty() {
            (vec![], vec![])
        } else {
            sim.copula().unwrap_or_default()
        };
        let samplers = sim
            .inputs
            .iter()
            .enumerate()
            .map(|(i, input)| {
                if correlated.contains(&i) {
                    Sampler::Correlated
                } else {
                    Sampler::new(&input.distribution)
                }
            })
            .collect();
        Prepared {
            sim,
            lines,
            factors,
            shifts,
            rate_input: position(Target::DiscountRate),
            delay_input,
            base_rate,
            pv,
            samplers,
            correlated,
            chol,
        }
    }

    /// Every input at its base value: multipliers at 1, no delay, the model's rate.
    fn base_values(&self) -> Vec<f64> {
        self.sim
            .inputs
            .iter()
            .map(|i| match i.target {
                Target::DiscountRate => self.base_rate,
                Target::BenefitDelay => 0.0,
                _ => 1.0,
            })
            .collect()
    }

    fn multiplier(&self, j: usize, values: &[f64]) -> f64 {
        self.factors[j].iter().map(|&k| values[k]).product()
    }

    fn delay(&self, values: &[f64]) -> usize {
        self.delay_input.map_or(0, |i| values[i] as usize)
    }

    /// The yearly net flows of one trial.
    fn flows(&self, values: &[f64], out: &mut [f64]) {
        out.fill(0.0);
        let d = self.delay(values);
        for (j, line) in self.lines.iter().enumerate() {
            let m = self.multiplier(j, values);
            let shift = if self.shifts[j] { d } else { 0 };
            for (o, v) in out.iter_mut().skip(shift).zip(line) {
                *o += m * v;
            }
        }
    }

    fn npv_at(&self, values: &[f64]) -> f64 {
        match self.rate_input {
            None => {
                let d = self.delay(values);
                (0..self.lines.len())
                    .map(|j| self.multiplier(j, values) * self.pv[j][d.min(self.pv[j].len() - 1)])
                    .sum()
            }
            Some(i) => {
                let mut flows = vec![0.0; self.lines.first().map_or(0, Vec::len)];
                self.flows(values, &mut flows);
                npv(values[i], &flows)
            }
        }
    }

    /// Runs the trials of block `b`, a slice of `SLICE` trials at a time: each input's draws
    /// for the slice as a column, then the NPVs line by line.
    fn block(&self, b: usize, npv_out: &mut [f64], mut irr_out: Option<&mut [Option<Irr>]>) {
        const SLICE: usize = 256;
        let mut rng = block_rng(self.sim.seed, b);
        let k = self.sim.inputs.len();
        let mut cols = vec![vec![0.0; SLICE]; k];
        let mut values = vec![0.0; k];
        let mut normals = vec![0.0; self.correlated.len()];
        let mut m = vec![0.0; SLICE];
        let mut delays = vec![0_usize; SLICE];
        let years = self.lines.first().map_or(0, Vec::len);
        let mut flows = vec![0.0; years];
        let fast = self.rate_input.is_none() && irr_out.is_none();
        for (s, out) in npv_out.chunks_mut(SLICE).enumerate() {
            let len = out.len();
            for (col, sampler) in cols.iter_mut().zip(&self.samplers) {
                sampler.fill(&mut rng, &mut col[..len]);
            }
            if !self.correlated.is_empty() {
                // A trial's correlated inputs come from the same normals, so this goes trial by
                // trial across the columns.
                #[expect(
                    clippy::needless_range_loop,
                    reason = "t indexes several columns at once"
                )]
                for t in 0..len {
                    for z in normals.iter_mut() {
                        *z = rng.sample(StandardNormal);
                    }
                    for (row, &i) in self.chol.iter().zip(&self.correlated) {
                        let z: f64 = row.iter().zip(&normals).map(|(l, n)| l * n).sum();
                        let u = 0.5 * statrs::function::erf::erfc(-z / std::f64::consts::SQRT_2);
                        cols[i][t] = self.sim.inputs[i].distribution.quantile(u);
                    }
                }
            }
            if let Some(i) = self.rate_input {
                cols[i].iter_mut().for_each(|v| *v = v.max(-0.99));
            }
            if let Some(i) = self.delay_input {
                for (d, v) in delays.iter_mut().zip(cols[i].iter_mut()) {
                    *v = v.round().clamp(0.0, MAX_DELAY as f64);
                    *d = *v as usize;
                }
            }
            if fast {
                out.fill(0.0);
                for (j, pv) in self.pv.iter().enumerate() {
                    let factor: &[f64] = match self.factors[j].as_slice() {
                        [] => {
                            m[..len].fill(1.0);
                            &m[..len]
                        }
                        [only] => &cols[*only][..len],
                        several => {
                            m[..len].fill(1.0);
                            for &f in several {
                                m[..len].iter_mut().zip(&cols[f]).for_each(|(a, c)| *a *= c);
                            }
                            &m[..len]
                        }
                    };
                    if let [p] = pv.as_slice() {
                        out.iter_mut().zip(factor).for_each(|(o, a)| *o += a * p);
                    } else {
                        let last = pv.len() - 1;
                        for ((o, a), &d) in out.iter_mut().zip(factor).zip(&delays) {
                            *o += a * pv[d.min(last)];
                        }
                    }
                }
            } else {
                for t in 0..len {
                    for (v, col) in values.iter_mut().zip(&cols) {
                        *v = col[t];
                    }
                    self.flows(&values, &mut flows);
                    let rate = self.rate_input.map_or(self.base_rate, |i| values[i]);
                    out[t] = npv(rate, &flows);
                    if let Some(irrs) = irr_out.as_deref_mut() {
                        irrs[s * SLICE + t] = Some(irr(&flows));
                    }
                }
            }
        }
    }

    fn tornado(&self) -> Vec<Bar> {
        let base = self.base_values();
        let mut bars: Vec<Bar> = self
            .sim
            .inputs
            .iter()
            .enumerate()
            .map(|(i, input)| {
                let (low, high) = (
                    input.distribution.quantile(0.1),
                    input.distribution.quantile(0.9),
                );
                let at = |v: f64| {
                    let mut values = base.clone();
                    values[i] = v;
                    self.npv_at(&values)
                };
                Bar {
                    input: i,
                    label: input.label.clone(),
                    low,
                    high,
                    npv_low: at(low),
                    npv_high: at(high),
                }
            })
            .collect();
        bars.sort_by(|a, b| {
            (b.npv_high - b.npv_low)
                .abs()
                .total_cmp(&(a.npv_high - a.npv_low).abs())
        });
        bars
    }
}

/// A uniform number in [0, 1) from 52 random bits: they become the mantissa of a number in
/// [1, 2), less 1 — two cheap steps where a conversion from an integer would take several.
fn unit(bits: u64) -> f64 {
    f64::from_bits(0x3ff0_0000_0000_0000 | (bits >> 12)) - 1.0
}

/// The random numbers of block `b` of a run seeded `seed`: xoshiro256++ (fast, and its steps
/// are shifts and exclusive ors that do not wait on a multiplication), its state made from
/// the seed and the block by SplitMix64 as its authors advise, so that neighbouring blocks and
/// seeds start far apart.
fn block_rng(seed: u64, b: usize) -> rand_xoshiro::Xoshiro256PlusPlus {
    use rand::SeedableRng;
    let mut z = seed
        ^ (b as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(32);
    let mut next = || {
        z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut x = z;
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        x ^ (x >> 31)
    };
    let mut state = [0_u8; 32];
    for chunk in state.chunks_mut(8) {
        chunk.copy_from_slice(&next().to_le_bytes());
    }
    rand_xoshiro::Xoshiro256PlusPlus::from_seed(state)
}

/// `v` moved `d` years later; what moves past the end is lost.
fn delayed(v: &[f64], d: usize) -> Vec<f64> {
    let mut out = vec![0.0; v.len()];
    for (o, x) in out.iter_mut().skip(d).zip(v) {
        *o = *x;
    }
    out
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

fn summarize(values: &[f64]) -> Option<Summary> {
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

fn histogram(values: &[f64], min: f64, max: f64) -> Histogram {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::street_lights;

    /// The value below which a share `q` of `sorted` lies, interpolated between neighbours
    /// (NumPy's default, "linear").
    pub(super) fn percentile_of_sorted(sorted: &[f64], q: f64) -> f64 {
        let pos = q * (sorted.len() - 1) as f64;
        let (i, frac) = (pos.floor() as usize, pos - pos.floor());
        if i + 1 < sorted.len() {
            sorted[i] + frac * (sorted[i + 1] - sorted[i])
        } else {
            sorted[i]
        }
    }

    fn tri(min: f64, mode: f64, max: f64) -> Distribution {
        Distribution::Triangular { min, mode, max }
    }

    fn sim(inputs: Vec<Input>) -> Simulation {
        Simulation {
            inputs,
            correlations: vec![],
            trials: 20_000,
            seed: 7,
            irr: true,
        }
    }

    fn input(label: &str, target: Target, distribution: Distribution) -> Input {
        Input {
            label: label.into(),
            target,
            distribution,
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_result_on_one_and_two_threads() {
        let m = street_lights();
        let mut s = sim(vec![
            input("works", Target::Line(0), tri(0.9, 1.0, 1.6)),
            input(
                "energy",
                Target::Line(2),
                Distribution::Pert {
                    min: 0.6,
                    mode: 1.0,
                    max: 1.1,
                },
            ),
            input(
                "rate",
                Target::DiscountRate,
                Distribution::Normal {
                    mean: 0.045,
                    sd: 0.01,
                },
            ),
            input(
                "delay",
                Target::BenefitDelay,
                Distribution::Delay {
                    probabilities: vec![0.6, 0.3, 0.1],
                },
            ),
        ]);
        s.correlations.push(Correlation {
            a: 0,
            b: 1,
            rank: -0.5,
        });
        assert!(s.problems(&m).is_empty(), "{:?}", s.problems(&m));
        let one = s.run_on(&m, 1);
        let two = s.run_on(&m, 2);
        assert_eq!(one.npvs, two.npvs);
        assert_eq!(one, two);
        s.seed = 8;
        assert_ne!(s.run_on(&m, 2).npvs, one.npvs);
    }

    #[test]
    fn the_fast_path_and_the_yearly_flows_agree() {
        let m = street_lights();
        let mut s = sim(vec![
            input("capital", Target::Capital, tri(0.8, 1.0, 1.5)),
            input("benefits", Target::Benefits, tri(0.7, 1.0, 1.1)),
            input(
                "delay",
                Target::BenefitDelay,
                Distribution::Delay {
                    probabilities: vec![0.5, 0.25, 0.25],
                },
            ),
        ]);
        s.irr = false;
        let fast = s.run_on(&m, 2);
        s.irr = true;
        let full = s.run_on(&m, 2);
        for (a, b) in fast.npvs.iter().zip(&full.npvs) {
            assert!((a - b).abs() <= 1e-9 * a.abs().max(1.0), "{a} {b}");
        }
        // Each trial's IRR, where unique, zeroes its NPV... which the summary cannot show, so
        // check the distribution sits where the NPVs say: a negative NPV at 4.5 % means an IRR
        // below 4.5 %.
        let irr = full.irr.unwrap();
        assert!(irr.summary.unwrap().count + irr.ambiguous + irr.none == full.trials);
    }

    #[test]
    fn the_summary_matches_the_draws() {
        let m = street_lights();
        let s = sim(vec![input("capital", Target::Capital, tri(0.8, 1.0, 1.5))]);
        let o = s.run_on(&m, 2);
        let mut sorted = o.npvs.clone();
        sorted.sort_by(f64::total_cmp);
        for (q, got) in [(0.1, o.npv.p10), (0.5, o.npv.p50), (0.9, o.npv.p90)] {
            assert_eq!(got, percentile_of_sorted(&sorted, q));
        }
        assert_eq!(o.histogram.counts.iter().sum::<u32>() as usize, o.trials);
        let negative = sorted.iter().filter(|v| **v < 0.0).count() as f64 / o.trials as f64;
        assert_eq!(o.p_negative, negative);
        // Capital costs only rise the multiplier's mean above 1, so the mean NPV is below the
        // base; its standard error shrinks as √n.
        assert!(o.npv.mean < o.base_npv);
        assert!(o.npv.sem < o.npv.sd / 100.0);
        // The tornado's one bar: capital at its P10 and P90.
        assert_eq!(o.tornado.len(), 1);
        assert!(o.tornado[0].npv_low > o.tornado[0].npv_high);
    }

    #[test]
    fn rank_correlation_is_what_was_asked() {
        // Draws of two inputs, correlated through the copula, compared by their ranks.
        let m = street_lights();
        let mut s = sim(vec![
            input("a", Target::Line(0), tri(0.5, 1.0, 2.0)),
            input(
                "b",
                Target::Line(1),
                Distribution::Lognormal {
                    mu: 0.0,
                    sigma: 0.3,
                },
            ),
        ]);
        s.correlations.push(Correlation {
            a: 0,
            b: 1,
            rank: 0.7,
        });
        let p = Prepared::new(&m, &s);
        let mut rng = block_rng(1, 1);
        let n = 20_000;
        let (mut xs, mut ys) = (vec![], vec![]);
        for _ in 0..n {
            let z0: f64 = rng.sample(StandardNormal);
            let z1: f64 = rng.sample(StandardNormal);
            let zs = [z0, z1];
            let v: Vec<f64> = p
                .chol
                .iter()
                .zip(&p.correlated)
                .map(|(row, &i)| {
                    let z: f64 = row.iter().zip(&zs).map(|(l, n)| l * n).sum();
                    s.inputs[i]
                        .distribution
                        .quantile(0.5 * statrs::function::erf::erfc(-z / std::f64::consts::SQRT_2))
                })
                .collect();
            xs.push(v[0]);
            ys.push(v[1]);
        }
        let rank = |v: &[f64]| {
            let mut idx: Vec<usize> = (0..v.len()).collect();
            idx.sort_by(|a, b| v[*a].total_cmp(&v[*b]));
            let mut r = vec![0.0; v.len()];
            for (k, i) in idx.into_iter().enumerate() {
                r[i] = k as f64;
            }
            r
        };
        let (rx, ry) = (rank(&xs), rank(&ys));
        let mean = (n - 1) as f64 / 2.0;
        let cov: f64 = rx
            .iter()
            .zip(&ry)
            .map(|(a, b)| (a - mean) * (b - mean))
            .sum();
        let var: f64 = rx.iter().map(|a| (a - mean).powi(2)).sum();
        let spearman = cov / var;
        assert!((spearman - 0.7).abs() < 0.02, "{spearman}");
    }

    #[test]
    fn bad_inputs_are_named() {
        let m = street_lights();
        let mut s = sim(vec![
            input("a", Target::Line(9), tri(1.0, 0.5, 2.0)),
            input("d", Target::BenefitDelay, tri(0.0, 1.0, 2.0)),
            input(
                "r",
                Target::DiscountRate,
                Distribution::Uniform {
                    min: -1.5,
                    max: 0.1,
                },
            ),
        ]);
        s.trials = 2_000_000;
        s.correlations.push(Correlation {
            a: 0,
            b: 0,
            rank: 0.5,
        });
        let fields: Vec<String> = s.problems(&m).into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "trials",
                "inputs[0].line",
                "inputs[0].distribution",
                "inputs[1].distribution",
                "inputs[2].distribution",
                "correlations[0]"
            ]
        );
        let mut s = sim(vec![
            input("a", Target::Line(0), tri(0.5, 1.0, 2.0)),
            input("b", Target::Line(1), tri(0.5, 1.0, 2.0)),
            input("c", Target::Line(2), tri(0.5, 1.0, 2.0)),
        ]);
        s.correlations = vec![
            Correlation {
                a: 0,
                b: 1,
                rank: 0.95,
            },
            Correlation {
                a: 1,
                b: 2,
                rank: 0.95,
            },
            Correlation {
                a: 0,
                b: 2,
                rank: -0.95,
            },
        ];
        let p = s.problems(&m);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].problem, Problem::InconsistentCorrelations);
    }

    #[test]
    fn quantiles_invert_the_distributions() {
        let t = tri(0.8, 1.0, 1.5);
        assert!((t.quantile(0.5) - 1.0 - 0.0).abs() < 0.1);
        assert!((t.quantile((1.0 - 0.8) / (1.5 - 0.8)) - 1.0).abs() < 1e-12);
        let n = Distribution::Normal {
            mean: 10.0,
            sd: 2.0,
        };
        assert!((n.quantile(0.5) - 10.0).abs() < 1e-12);
        assert!((n.quantile(0.9) - (10.0 + 2.0 * 1.281_551_565_544_600_5)).abs() < 1e-9);
        let pert = Distribution::Pert {
            min: 0.0,
            mode: 0.5,
            max: 1.0,
        };
        assert!((pert.quantile(0.5) - 0.5).abs() < 1e-9);
        let d = Distribution::Delay {
            probabilities: vec![2.0, 1.0, 1.0],
        };
        assert_eq!(
            [d.quantile(0.2), d.quantile(0.6), d.quantile(0.9)],
            [0.0, 1.0, 2.0]
        );
    }
}
