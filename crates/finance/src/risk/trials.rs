//! Running the trials: the model prepared once (each line's values and present value for
//! every delay, the samplers, the copula), then block by block.

use super::input::{Distribution, MAX_DELAY, Simulation, Target};
use super::outcome::Bar;
use super::sample::{Sampler, block_rngs, copula};
use crate::flows::{Irr, irr, npv};
use crate::model::{LineKind, Model};
use rand::Rng;
use rand_distr::StandardNormal;

/// Trials per random stream.
pub(super) const BLOCK: usize = 4096;

/// A block of trials: its number, where its NPVs go, and where its IRRs go if wanted.
pub(super) type Block<'a> = (usize, &'a mut [f64], Option<&'a mut [Option<Irr>]>);

/// The model prepared for many evaluations.
pub(super) struct Prepared<'a> {
    pub(super) sim: &'a Simulation,
    /// Each line's signed values, in the model's terms.
    pub(super) lines: Vec<Vec<f64>>,
    /// The inputs that multiply each line.
    pub(super) factors: Vec<Vec<usize>>,
    /// Whether the benefit delay moves the line.
    pub(super) shifts: Vec<bool>,
    pub(super) rate_input: Option<usize>,
    pub(super) delay_input: Option<usize>,
    pub(super) base_rate: f64,
    /// `pv[j][d]`: the present value at the base rate of line `j` delayed `d` years.
    pub(super) pv: Vec<Vec<f64>>,
    pub(super) samplers: Vec<Sampler>,
    /// The inputs drawn through the copula, and the Cholesky factor of their normals.
    pub(super) correlated: Vec<usize>,
    pub(super) chol: Vec<Vec<f64>>,
}

impl<'a> Prepared<'a> {
    pub(super) fn new(model: &Model, sim: &'a Simulation) -> Prepared<'a> {
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
            copula(sim).unwrap_or_default()
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
    pub(super) fn base_values(&self) -> Vec<f64> {
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

    pub(super) fn npv_at(&self, values: &[f64]) -> f64 {
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
    pub(super) fn block(
        &self,
        b: usize,
        npv_out: &mut [f64],
        mut irr_out: Option<&mut [Option<Irr>]>,
    ) {
        const SLICE: usize = 256;
        let (mut rng, mut twin) = block_rngs(self.sim.seed, b);
        let k = self.sim.inputs.len();
        let mut cols = vec![vec![0.0; SLICE]; k];
        let mut values = vec![0.0; k];
        let mut normals = vec![0.0; self.correlated.len()];
        let mut m = vec![0.0; SLICE];
        let mut delays = vec![0_usize; SLICE];
        let years = self.lines.first().map_or(0, Vec::len);
        let mut flows = vec![0.0; years];
        let fast = self.rate_input.is_none() && irr_out.is_none();
        // Each line's present value by delay, past its last delay the last one, in a table of a
        // power of two entries.
        const TABLE: usize = (MAX_DELAY + 1).next_power_of_two();
        let tables: Vec<[f64; TABLE]> = self
            .pv
            .iter()
            .map(|pv| std::array::from_fn(|d| pv.get(d).or(pv.last()).copied().unwrap_or(0.0)))
            .collect();
        for (s, out) in npv_out.chunks_mut(SLICE).enumerate() {
            let len = out.len();
            for (col, sampler) in cols.iter_mut().zip(&self.samplers) {
                sampler.fill(&mut rng, &mut twin, &mut col[..len]);
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
                // Whole years from 0 to MAX_DELAY, to the nearest (by adding a half and cutting,
                // which a processor does in an instruction where `round` calls the library).
                for (d, v) in delays.iter_mut().zip(cols[i].iter_mut()) {
                    *d = (v.clamp(0.0, MAX_DELAY as f64) + 0.5) as usize;
                    *v = *d as f64;
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
                        // A delay indexes the line's table without a bounds check.
                        let table = &tables[j];
                        for ((o, a), &d) in out.iter_mut().zip(factor).zip(&delays) {
                            *o += a * table[d & (TABLE - 1)];
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

    pub(super) fn tornado(&self) -> Vec<Bar> {
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

/// `v` moved `d` years later; what moves past the end is lost.
fn delayed(v: &[f64], d: usize) -> Vec<f64> {
    let mut out = vec![0.0; v.len()];
    for (o, x) in out.iter_mut().skip(d).zip(v) {
        *o = *x;
    }
    out
}
