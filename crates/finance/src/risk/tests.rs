//! The simulation's tests: reproducibility, the fast path against the flows, the summary
//! against the draws, the copula's rank correlation, bad inputs, quantiles.

use super::sample::block_rngs;
use super::*;
use crate::model::tests::street_lights;
use rand::Rng;
use rand_distr::StandardNormal;

/// The value below which a share `q` of `sorted` lies, interpolated between neighbours
/// (NumPy's default, "linear").
fn percentile_of_sorted(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let (i, frac) = (pos.floor() as usize, pos - pos.floor());
    if frac > 0.0 && i + 1 < sorted.len() {
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

/// The binned percentiles are the exact order statistics, whatever the pieces and threads,
/// on awkward values: one, two, all equal, duplicates, an outlier that puts nearly everything
/// in one bin, a NaN-free infinity.
#[test]
fn the_binned_percentiles_are_exact() {
    let mut rng = block_rngs(7, 0).0;
    let spread: Vec<f64> = (0..10_000)
        .map(|_| rng.sample::<f64, _>(StandardNormal))
        .collect();
    let mut outlier = spread.clone();
    outlier[17] = 1e12;
    let steps: Vec<f64> = (0..5_000).map(|i| f64::from(i % 7) - 3.0).collect();
    let cases = [
        vec![5.0],
        vec![2.0, -1.0],
        vec![7.0; 3_000],
        steps,
        spread,
        outlier,
        vec![1.0, f64::INFINITY, -2.0],
    ];
    for values in cases {
        let mut sorted = values.clone();
        sorted.sort_by(f64::total_cmp);
        for (piece, threads) in [(1, 1), (64, 2), (4096, 3)] {
            let partials: Vec<_> = values.chunks(piece).map(outcome::Partial::of).collect();
            let (s, h, negative) =
                outcome::distribution(&values, &partials, piece, threads).unwrap();
            for (q, got) in [(0.1, s.p10), (0.5, s.p50), (0.9, s.p90)] {
                let want = percentile_of_sorted(&sorted, q);
                assert!(
                    got == want || (got.is_nan() && want.is_nan()),
                    "{q}: {got} {want}"
                );
            }
            assert_eq!(s.count, values.len());
            assert_eq!((s.min, s.max), (sorted[0], sorted[sorted.len() - 1]));
            assert_eq!(negative, values.iter().filter(|v| **v < 0.0).count());
            assert_eq!(h.counts.iter().sum::<u32>() as usize, values.len());
            let mean = values.iter().sum::<f64>() / values.len() as f64;
            if mean.is_finite() {
                assert!((s.mean - mean).abs() <= 1e-9 * mean.abs().max(1.0));
            }
        }
    }
    assert!(outcome::distribution(&[], &[], 4096, 2).is_none());
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
    let (mut rng, _) = block_rngs(1, 1);
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

/// Draws of `d` by its sampler, as the trials make them.
fn draws(d: &Distribution, n: usize) -> Vec<f64> {
    let sampler = super::sample::Sampler::new(d);
    let (mut rng, mut twin) = block_rngs(7, 0);
    let mut out = vec![0.0; n];
    for chunk in out.chunks_mut(256) {
        sampler.fill(&mut rng, &mut twin, chunk);
    }
    out
}

#[test]
fn sampled_delays_follow_their_probabilities_and_a_zero_is_never_drawn() {
    let d = Distribution::Delay {
        probabilities: vec![0.4, 0.0, 0.3, 0.2, 0.1],
    };
    let n = 200_000;
    let mut count = [0_usize; 5];
    for v in draws(&d, n) {
        count[v as usize] += 1;
    }
    assert_eq!(count[1], 0);
    for (k, p) in [0.4, 0.0, 0.3, 0.2, 0.1].into_iter().enumerate() {
        // Four standard errors of a share of 200,000.
        let share = count[k] as f64 / n as f64;
        assert!(
            (share - p).abs() < 4.0 * (p * (1.0 - p) / n as f64).sqrt() + 1e-12,
            "{k}: {share}"
        );
    }
}

#[test]
fn sampled_triangular_draws_stay_in_range_and_match_its_quantiles() {
    let t = tri(0.8, 1.0, 1.5);
    let mut v = draws(&t, 100_001);
    assert!(v.iter().all(|x| (0.8..=1.5).contains(x)));
    v.sort_by(f64::total_cmp);
    for q in [0.05, 0.25, 0.5, 0.75, 0.95] {
        let got = percentile_of_sorted(&v, q);
        assert!(
            (got - t.quantile(q)).abs() < 0.005,
            "{q}: {got} vs {}",
            t.quantile(q)
        );
    }
}
