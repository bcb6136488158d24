//! What a simulation is told: the distributions of the uncertain inputs, what each changes,
//! their rank correlations, the trials and the seed; and each distribution's quantile.

use serde::{Deserialize, Serialize};
use statrs::distribution::{Beta, ContinuousCDF};

/// Trials by default, and at most.
pub const DEFAULT_TRIALS: u32 = 10_000;
pub const MAX_TRIALS: u32 = 1_000_000;
/// Uncertain inputs at most.
pub const MAX_INPUTS: usize = 50;
/// The longest delay a distribution may give, in years.
pub const MAX_DELAY: usize = 20;
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
    pub(super) fn problem(&self, is_delay_target: bool) -> Option<&'static str> {
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

pub(super) fn pert_shape(min: f64, mode: f64, max: f64) -> (f64, f64) {
    (
        1.0 + 4.0 * (mode - min) / (max - min),
        1.0 + 4.0 * (max - mode) / (max - min),
    )
}
