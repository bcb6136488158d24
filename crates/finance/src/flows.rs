//! Metrics of a series of yearly flows, the first at time 0: NPV, every IRR, MIRR, payback and
//! the benefit–cost ratio. The conventions are numpy-financial's (`npv` discounts the first
//! flow by `(1+r)^0`, unlike a spreadsheet's NPV, which starts at 1).

use crate::roots::{Poly, Terms, bracketed_root, positive_root_bounds, roots};
use serde::Serialize;

/// The net present value of `flows` at `rate`: `Σ flows[t] / (1+rate)^t`.
pub fn npv(rate: f64, flows: &[f64]) -> f64 {
    let x = 1.0 / (1.0 + rate);
    flows.iter().rev().fold(0.0, |acc, &c| acc * x + c)
}

/// The rates at which the NPV of a series is zero. Sent as `{"kind": "none" | "one" |
/// "several", "rates": [...]}`, the rates always a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(into = "IrrRates")]
pub enum Irr {
    /// No rate above −100 % makes the NPV zero: the flows never change sign, or the NPV stays
    /// on one side of zero.
    None,
    /// Exactly one rate.
    One(f64),
    /// Several rates (the flows change sign more than once): the IRR is ambiguous, and a
    /// decision should rest on the NPV. All of them, lowest first.
    Several(Vec<f64>),
}

/// How an `Irr` is sent.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = Irr))]
pub struct IrrRates {
    /// `none`: no rate zeroes the NPV; `one`; `several`: the IRR is ambiguous, decide on the
    /// NPV.
    pub kind: IrrKind,
    /// Lowest first.
    pub rates: Vec<f64>,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum IrrKind {
    None,
    One,
    Several,
}

impl From<Irr> for IrrRates {
    fn from(irr: Irr) -> IrrRates {
        let kind = match irr {
            Irr::None => IrrKind::None,
            Irr::One(_) => IrrKind::One,
            Irr::Several(_) => IrrKind::Several,
        };
        IrrRates {
            kind,
            rates: irr.rates().to_vec(),
        }
    }
}

impl Irr {
    /// The rates of the roots `x = 1/(1+r)` of an NPV, lowest first.
    pub(crate) fn from_roots(xs: Vec<f64>) -> Irr {
        let mut rates: Vec<f64> = xs.into_iter().map(|x| 1.0 / x - 1.0).collect();
        rates.sort_by(f64::total_cmp);
        match rates.len() {
            0 => Irr::None,
            1 => Irr::One(rates[0]),
            _ => Irr::Several(rates),
        }
    }

    /// Every rate, lowest first.
    pub fn rates(&self) -> &[f64] {
        match self {
            Irr::None => &[],
            Irr::One(r) => std::slice::from_ref(r),
            Irr::Several(v) => v,
        }
    }

    /// The one rate, if there is exactly one.
    pub fn unique(&self) -> Option<f64> {
        match self {
            Irr::One(r) => Some(*r),
            _ => None,
        }
    }
}

/// Every internal rate of return of `flows`: each rate `r > −1` with `npv(r, flows) = 0`.
/// In `x = 1/(1+r)` the NPV is the polynomial `Σ flows[t]·x^t`, whose positive roots are
/// isolated one by one (`roots`); with one sign change in the flows there is exactly one
/// (Descartes' rule of signs), found directly.
pub fn irr(flows: &[f64]) -> Irr {
    if flows.iter().any(|c| !c.is_finite()) {
        return Irr::None;
    }
    // Leading zeros are a factor x^k, which has no positive root; without it the value at
    // the lower bound cannot underflow to a zero that would read as a root.
    let first = flows.iter().position(|&c| c != 0.0).unwrap_or(flows.len());
    let a = flows[first..].to_vec();
    let Some((lo, hi)) = positive_root_bounds(&a) else {
        return Irr::None;
    };
    let p = Poly(a);
    let xs = match sign_changes(&p.0) {
        0 => vec![],
        1 => {
            let rising = p.eval(lo).0 < 0.0;
            vec![bracketed_root(&p, lo, hi, rising)]
        }
        _ => roots(&p, lo, hi),
    };
    Irr::from_roots(xs)
}

/// How many times the sign changes along the non-zero values.
pub fn sign_changes(values: &[f64]) -> usize {
    let mut signs = values.iter().filter(|c| **c != 0.0).map(|c| *c > 0.0);
    let Some(mut last) = signs.next() else {
        return 0;
    };
    signs
        .filter(|&s| {
            let changed = s != last;
            last = s;
            changed
        })
        .count()
}

/// The modified IRR: the negative flows financed at `finance_rate`, the positive ones
/// reinvested at `reinvest_rate`. None when the flows are not of both signs.
pub fn mirr(flows: &[f64], finance_rate: f64, reinvest_rate: f64) -> Option<f64> {
    let n = flows.len();
    let pos: Vec<f64> = flows.iter().map(|&c| c.max(0.0)).collect();
    let neg: Vec<f64> = flows.iter().map(|&c| c.min(0.0)).collect();
    if n < 2 || pos.iter().all(|&c| c == 0.0) || neg.iter().all(|&c| c == 0.0) {
        return None;
    }
    let gained = npv(reinvest_rate, &pos).abs();
    let spent = npv(finance_rate, &neg).abs();
    Some((gained / spent).powf(1.0 / (n - 1) as f64) * (1.0 + reinvest_rate) - 1.0)
}

/// When the cumulative flow first comes back to zero, in fractional years (linear within the
/// year), or None if it does not within the flows. Zero if it is never negative.
pub fn payback(flows: &[f64]) -> Option<f64> {
    let mut cum = 0.0;
    let mut was_negative = false;
    for (t, &c) in flows.iter().enumerate() {
        let before = cum;
        cum += c;
        if before < 0.0 && cum >= 0.0 {
            return Some((t - 1) as f64 + (-before / c));
        }
        was_negative |= cum < 0.0;
    }
    (!was_negative).then_some(0.0)
}

/// The payback of the flows discounted at `rate`.
pub fn discounted_payback(rate: f64, flows: &[f64]) -> Option<f64> {
    let discounted: Vec<f64> = flows
        .iter()
        .enumerate()
        .map(|(t, &c)| c / (1.0 + rate).powi(t as i32))
        .collect();
    payback(&discounted)
}

/// The present value of the benefits over that of the costs (costs as positive amounts); None
/// without costs.
pub fn benefit_cost_ratio(rate: f64, benefits: &[f64], costs: &[f64]) -> Option<f64> {
    let c = npv(rate, costs);
    (c != 0.0).then(|| npv(rate, benefits) / c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_conventional_project_has_one_irr() {
        let flows = [-100.0, 39.0, 59.0, 55.0, 20.0];
        let r = irr(&flows).unique().unwrap();
        // numpy_financial.irr([-100, 39, 59, 55, 20]) = 0.28094842115996066
        assert!((r - 0.280_948_421_159_960_66).abs() < 1e-12, "{r}");
        assert!(npv(r, &flows).abs() < 1e-9);
    }

    #[test]
    fn two_sign_changes_give_both_rates() {
        // -100 + 230x - 132x^2 = 0 at r = 10 % and 20 %.
        let got = irr(&[-100.0, 230.0, -132.0]);
        let Irr::Several(rates) = got else {
            panic!("{got:?}")
        };
        assert_eq!(rates.len(), 2);
        assert!(
            (rates[0] - 0.1).abs() < 1e-12 && (rates[1] - 0.2).abs() < 1e-12,
            "{rates:?}"
        );
    }

    #[test]
    fn no_root_is_said_so() {
        assert_eq!(irr(&[100.0, 50.0]), Irr::None);
        assert_eq!(irr(&[-100.0, 0.0, 0.0]), Irr::None);
        assert_eq!(irr(&[]), Irr::None);
        // Two sign changes, but the NPV stays below zero: 1 - 3x + 3x^2 > 0 has no real root.
        assert_eq!(irr(&[-1.0, 3.0, -3.0]), Irr::None);
        assert_eq!(irr(&[-1.0, f64::NAN, 3.0]), Irr::None);
    }

    #[test]
    fn leading_zeros_do_not_hide_a_root() {
        // -x^45 + 1e8 x^47: the lower bound of the roots is about 1e-8, where x^45 underflows
        // to zero, which read as a root at r = 1e8 before the zeros were divided out.
        let mut flows = vec![0.0; 45];
        flows.extend([-1.0, 0.0, 1e8]);
        let r = irr(&flows).unique().unwrap();
        assert!((r - 9999.0).abs() < 1e-9, "{r}");
    }

    #[test]
    fn payback_is_fractional_and_may_not_come() {
        assert_eq!(payback(&[-100.0, 50.0, 50.0, 50.0]), Some(2.0));
        assert_eq!(payback(&[-100.0, 40.0, 40.0, 40.0]), Some(2.5));
        assert_eq!(payback(&[-100.0, 10.0, 10.0]), None);
        assert_eq!(payback(&[10.0, 10.0]), Some(0.0));
        // Discounted at 10 %: -100 + 45.45 + 41.32 leaves 13.22, and the third year brings 37.57.
        let d = discounted_payback(0.1, &[-100.0, 50.0, 50.0, 50.0]).unwrap();
        assert!(
            (d - (2.0 + (100.0 - 50.0 / 1.1 - 50.0 / 1.21) / (50.0 / 1.331))).abs() < 1e-12,
            "{d}"
        );
        assert_eq!(discounted_payback(0.1, &[-100.0, 40.0, 40.0, 40.0]), None);
    }

    #[test]
    fn mirr_needs_both_signs() {
        // numpy_financial.mirr([-100, 39, 59, 55, 20], 0.1, 0.12) = 0.20437673767455267
        let m = mirr(&[-100.0, 39.0, 59.0, 55.0, 20.0], 0.1, 0.12).unwrap();
        assert!((m - 0.204_376_737_674_552_67).abs() < 1e-12, "{m}");
        assert_eq!(mirr(&[1.0, 2.0], 0.1, 0.1), None);
    }

    fn conventional() -> impl Strategy<Value = Vec<f64>> {
        (1.0..1e7f64, prop::collection::vec(0.0..1e6f64, 1..50)).prop_map(|(c, mut b)| {
            b.insert(0, -c);
            b
        })
    }

    proptest! {
        #[test]
        fn npv_is_zero_at_every_irr(flows in prop::collection::vec(-1e6..1e6f64, 2..40)) {
            let scale: f64 = flows.iter().map(|c| c.abs()).sum();
            for &r in irr(&flows).rates() {
                prop_assert!(r > -1.0);
                let x = 1.0 / (1.0 + r);
                let size: f64 = flows.iter().enumerate().map(|(t, c)| c.abs() * x.powi(t as i32)).sum();
                prop_assert!(npv(r, &flows).abs() <= 1e-8 * size.max(scale * 1e-300), "{r} {flows:?}");
            }
        }

        #[test]
        fn npv_falls_as_the_rate_rises_for_conventional_flows(flows in conventional(), a in -0.5..2.0f64, b in -0.5..2.0f64) {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            prop_assert!(npv(lo, &flows) >= npv(hi, &flows));
        }

        #[test]
        fn a_conventional_project_with_a_positive_total_has_one_positive_irr(flows in conventional()) {
            let total: f64 = flows.iter().sum();
            let got = irr(&flows);
            if total > 0.0 {
                prop_assert!(got.unique().is_some_and(|r| r > 0.0), "{got:?}");
            }
        }
    }
}
