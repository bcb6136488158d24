//! The time value of money, with numpy-financial's signs: money paid out is negative, `pv` is
//! what is received at the start, `fv` what is left at the end; payments at the end of each
//! period unless `When::Begin`.

use serde::{Deserialize, Serialize};

/// When in each period a payment falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    #[default]
    End,
    Begin,
}

impl When {
    fn w(self) -> f64 {
        match self {
            When::End => 0.0,
            When::Begin => 1.0,
        }
    }
}

/// The growth of one payment a period over `nper` periods, to the end.
fn annuity_factor(rate: f64, nper: f64, when: When) -> f64 {
    if rate == 0.0 {
        nper
    } else {
        (1.0 + rate * when.w()) * ((1.0 + rate).powf(nper) - 1.0) / rate
    }
}

/// The payment each period that takes `pv` to `fv` in `nper` periods.
pub fn pmt(rate: f64, nper: f64, pv: f64, fv: f64, when: When) -> f64 {
    -(fv + pv * (1.0 + rate).powf(nper)) / annuity_factor(rate, nper, when)
}

/// The value after `nper` periods.
pub fn fv(rate: f64, nper: f64, pmt: f64, pv: f64, when: When) -> f64 {
    -(pv * (1.0 + rate).powf(nper) + pmt * annuity_factor(rate, nper, when))
}

/// The value today of `nper` payments and `fv` at the end.
pub fn pv(rate: f64, nper: f64, pmt: f64, fv: f64, when: When) -> f64 {
    -(fv + pmt * annuity_factor(rate, nper, when)) / (1.0 + rate).powf(nper)
}

/// The interest part of the payment of period `per` (from 1).
pub fn ipmt(rate: f64, per: f64, nper: f64, pv: f64, fv: f64, when: When) -> f64 {
    let total = pmt(rate, nper, pv, fv, when);
    let interest = self::fv(rate, per - 1.0, total, pv, when) * rate;
    match when {
        When::End => interest,
        When::Begin if per == 1.0 => 0.0,
        When::Begin => interest / (1.0 + rate),
    }
}

/// The principal part of the payment of period `per`.
pub fn ppmt(rate: f64, per: f64, nper: f64, pv: f64, fv: f64, when: When) -> f64 {
    pmt(rate, nper, pv, fv, when) - ipmt(rate, per, nper, pv, fv, when)
}

/// How many periods of `pmt` take `pv` to `fv`. At a zero rate it is `-(fv + pv) / pmt`
/// (numpy-financial 1.0.0 returns `(pv - fv) / pmt` there, the wrong sign of `pv`).
pub fn nper(rate: f64, pmt: f64, pv: f64, fv: f64, when: When) -> f64 {
    if rate == 0.0 {
        return -(fv + pv) / pmt;
    }
    let z = pmt * (1.0 + rate * when.w()) / rate;
    ((-fv + z) / (pv + z)).ln() / (1.0 + rate).ln()
}

/// The rate per period at which `nper` payments of `pmt` take `pv` to `fv`: Newton's method
/// from `guess` (numpy-financial's, 0.1 by default), until its steps stop shrinking. None when
/// it does not settle in 100 steps. Near a zero rate the formula's `(1+r)^n − 1` loses digits
/// (numpy-financial's too), and the rate is good to about `2ε / (r·n)` absolute only.
pub fn rate(nper: f64, pmt: f64, pv: f64, fv: f64, when: When, guess: Option<f64>) -> Option<f64> {
    let w = when.w();
    let mut r = guess.unwrap_or(0.1);
    let mut last_step = f64::INFINITY;
    for _ in 0..100 {
        let t1 = (1.0 + r).powf(nper);
        let t2 = (1.0 + r).powf(nper - 1.0);
        let g = fv + t1 * pv + pmt * (t1 - 1.0) * (r * w + 1.0) / r;
        let gp = nper * t2 * pv - pmt * (t1 - 1.0) * (r * w + 1.0) / (r * r)
            + nper * pmt * t2 * (r * w + 1.0) / r
            + pmt * (t1 - 1.0) * w / r;
        let next = r - g / gp;
        if !next.is_finite() {
            return None;
        }
        // The steps shrink quadratically down to the rounding of `g`, which only at the
        // root of a well-conditioned case is a few ulps of the rate: a step that no longer
        // shrinks, once below 1e-9, is that rounding, and the rate is as good as it gets.
        let step = (next - r).abs();
        if step <= 4.0 * f64::EPSILON * next.abs() || (step >= last_step && last_step <= 1e-9) {
            return Some(next);
        }
        last_step = step;
        r = next;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loan_is_repaid_by_its_payments() {
        let (rate, n, principal) = (0.05, 10.0, 1_000_000.0);
        let p = pmt(rate, n, principal, 0.0, When::End);
        let repaid: f64 = (1..=10)
            .map(|k| -ppmt(rate, k as f64, n, principal, 0.0, When::End))
            .sum();
        assert!((repaid - principal).abs() < 1e-6, "{repaid}");
        let paid: f64 = (1..=10)
            .map(|k| {
                ipmt(rate, k as f64, n, principal, 0.0, When::End)
                    + ppmt(rate, k as f64, n, principal, 0.0, When::End)
            })
            .sum();
        assert!((paid - 10.0 * p).abs() < 1e-6);
        assert!((nper(rate, p, principal, 0.0, When::End) - n).abs() < 1e-9);
        assert!((super::rate(n, p, principal, 0.0, When::End, None).unwrap() - rate).abs() < 1e-12);
        assert!((pv(rate, n, p, 0.0, When::End) - principal).abs() < 1e-6);
    }

    #[test]
    fn rate_settles_where_the_last_ulps_wobble() {
        // Newton's steps here stop shrinking before they are below 1e-15 of the rate (the
        // rounding of g is larger), which was the test, and the rate was said not to exist.
        // The root is checked by the function whose zero it is.
        let (n, p, pv, fv) = (
            221.0,
            -488.48114975837086,
            1923.4574047221458,
            61818.72702823338,
        );
        let r = rate(n, p, pv, fv, When::End, None).unwrap();
        assert!((r + 0.005_532_693_672_354_9).abs() < 1e-15, "{r}");
        assert!((super::fv(r, n, p, pv, When::End) - fv).abs() < 1e-9 * fv);
    }

    #[test]
    fn at_a_zero_rate_money_adds_up() {
        assert_eq!(pmt(0.0, 4.0, 100.0, 0.0, When::End), -25.0);
        assert_eq!(nper(0.0, -25.0, 100.0, 0.0, When::End), 4.0);
        assert_eq!(fv(0.0, 4.0, -25.0, 100.0, When::Begin), 0.0);
    }
}
