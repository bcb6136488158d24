//! Drawing the inputs: a sampler per input drawn on its own, a column of draws at a time;
//! the Gaussian copula of the correlated ones; the random numbers of each block of trials.

use super::input::{Distribution, Simulation};
use rand::Rng;
use rand_distr::{Distribution as _, LogNormal, Normal, Pert, Uniform};

/// A sampler for an input drawn on its own.
pub(super) enum Sampler {
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
    /// The probabilities' running sums but the last: a draw's delay is how many of them a
    /// uniform number reaches (no branch; a zero probability is never drawn).
    Delay(Vec<f64>),
    /// An input drawn through the copula.
    Correlated,
}

impl Sampler {
    pub(super) fn new(d: &Distribution) -> Sampler {
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
                let total: f64 = probabilities.iter().sum();
                (total > 0.0 && probabilities.iter().all(|p| *p >= 0.0)).then(|| {
                    let mut sum = 0.0;
                    let mut below: Vec<f64> = probabilities
                        .iter()
                        .map(|p| {
                            sum += p;
                            sum / total
                        })
                        .collect();
                    // Past the last: what is left of [0, 1) by rounding goes to the last delay.
                    below.pop();
                    Sampler::Delay(below)
                })
            }
        };
        built.unwrap_or(Sampler::Correlated)
    }

    /// Fills `out` with draws (an input drawn through the copula is left for it to fill).
    /// `twin` is a second stream that a sampler may draw from beside `rng`, so that the
    /// processor works on two streams at once.
    pub(super) fn fill<R: Rng>(&self, rng: &mut R, twin: &mut R, out: &mut [f64]) {
        match self {
            Sampler::Triangular {
                min,
                max,
                below,
                a,
                b,
            } => {
                // Single precision is plenty for a draw (its error is 1e-7 of the value, the
                // Monte Carlo's a thousand times more) and twice as fast: two uniforms from
                // each 64 random bits, four square roots in one instruction, and only one
                // square root per draw, of the side of the mode the draw falls on.
                let (min, max, below, a, b) = (
                    *min as f32,
                    *max as f32,
                    *below as f32,
                    *a as f32,
                    *b as f32,
                );
                let mut u = [0.0_f32; 64];
                for chunk in out.chunks_mut(64) {
                    for four in u[..chunk.len().next_multiple_of(4)].chunks_exact_mut(4) {
                        let (x, y) = (rng.next_u64(), twin.next_u64());
                        four[0] = unit32(x as u32);
                        four[1] = unit32((x >> 32) as u32);
                        four[2] = unit32(y as u32);
                        four[3] = unit32((y >> 32) as u32);
                    }
                    // The sides are chosen by bit masks: a branch (which the compiler makes of
                    // a choice before a square root) would stop the loop from vectorizing.
                    let pick = |low: u32, x: f32, y: f32| {
                        f32::from_bits((x.to_bits() & low) | (y.to_bits() & !low))
                    };
                    for u in u.iter_mut() {
                        let low = 0_u32.wrapping_sub(u32::from(*u < below));
                        let s = pick(low, *u * a, (1.0 - *u) * b).sqrt();
                        *u = pick(low, min + s, max - s);
                    }
                    for (o, &u) in chunk.iter_mut().zip(&u) {
                        *o = f64::from(u);
                    }
                }
            }
            Sampler::Pert(d) => out.iter_mut().for_each(|o| *o = d.sample(rng)),
            Sampler::Normal(d) => out.iter_mut().for_each(|o| *o = d.sample(rng)),
            Sampler::Lognormal(d) => out.iter_mut().for_each(|o| *o = d.sample(rng)),
            Sampler::Uniform(d) => out.iter_mut().for_each(|o| *o = d.sample(rng)),
            Sampler::Delay(below) => {
                for o in out.iter_mut() {
                    *o = unit(rng.next_u64());
                }
                for o in out.iter_mut() {
                    let u = *o;
                    *o = below.iter().map(|b| f64::from(u8::from(u >= *b))).sum();
                }
            }
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

/// The correlated inputs and the Cholesky factor of their normals' correlation.
pub(super) fn copula(sim: &Simulation) -> Option<(Vec<usize>, Vec<Vec<f64>>)> {
    let mut members: Vec<usize> = sim.correlations.iter().flat_map(|c| [c.a, c.b]).collect();
    members.sort_unstable();
    members.dedup();
    let n = members.len();
    let mut c = vec![vec![0.0; n]; n];
    for (i, row) in c.iter_mut().enumerate() {
        row[i] = 1.0;
    }
    for k in &sim.correlations {
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

/// A uniform number in [0, 1) from 52 random bits: they become the mantissa of a number in
/// [1, 2), less 1 — two cheap steps where a conversion from an integer would take several.
fn unit(bits: u64) -> f64 {
    f64::from_bits(0x3ff0_0000_0000_0000 | (bits >> 12)) - 1.0
}

/// The same from 23 random bits, in single precision.
fn unit32(bits: u32) -> f32 {
    f32::from_bits(0x3f80_0000 | (bits >> 9)) - 1.0
}

/// The random numbers of block `b` of a run seeded `seed`, as two streams: the first from
/// `first_rng`, its twin 2¹²⁸ steps ahead (the generator's jump), which the first never reaches.
pub(super) fn block_rngs(
    seed: u64,
    b: usize,
) -> (
    rand_xoshiro::Xoshiro256PlusPlus,
    rand_xoshiro::Xoshiro256PlusPlus,
) {
    let first = first_rng(seed, b);
    let mut twin = first.clone();
    twin.jump();
    (first, twin)
}

/// The first stream of block `b` of a run seeded `seed`: xoshiro256++ (fast, and its steps
/// are shifts and exclusive ors that do not wait on a multiplication), its state made from
/// the seed and the block by SplitMix64 as its authors advise, so that neighbouring blocks and
/// seeds start far apart.
fn first_rng(seed: u64, b: usize) -> rand_xoshiro::Xoshiro256PlusPlus {
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
