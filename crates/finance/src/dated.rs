//! Flows on dates rather than years, with the spreadsheet's convention (and pyxirr's): each
//! flow is discounted by `(1+r)^(days/365)`, days counted from the first flow's date.

use crate::flows::Irr;
use crate::roots::{Powers, Terms, bracketed_root, roots};
use chrono::NaiveDate;

fn years_from_first(flows: &[(NaiveDate, f64)]) -> Vec<f64> {
    let Some(&(first, _)) = flows.first() else {
        return vec![];
    };
    flows
        .iter()
        .map(|(d, _)| (*d - first).num_days() as f64 / 365.0)
        .collect()
}

/// The net present value at `rate` of dated flows, at the first flow's date.
pub fn xnpv(rate: f64, flows: &[(NaiveDate, f64)]) -> f64 {
    years_from_first(flows)
        .iter()
        .zip(flows)
        .map(|(t, (_, c))| c / (1.0 + rate).powf(*t))
        .sum()
}

/// Every rate `r > −1` at which the XNPV is zero, searched for `r` from −1 + 10⁻¹⁵ (closer to
/// −100 % a float cannot tell a rate from it) to 10³⁰⁰, and where `(1+r)` to the power of
/// the flows' span in years stays within 10^±300. With `x = 1/(1+r)` the XNPV is a sum
/// of real powers of `x`, whose roots are isolated like a polynomial's. Flows a few days apart
/// that double the money have rates of 10¹² and more; pyxirr and a spreadsheet answer them, and
/// "no rate" would be wrong.
pub fn xirr(flows: &[(NaiveDate, f64)]) -> Irr {
    if flows.iter().any(|(_, c)| !c.is_finite()) || flows.len() < 2 {
        return Irr::None;
    }
    // Measured from the earliest date, so that every exponent is at least 0 (the roots do not
    // move: that only multiplies the XNPV by a power of x).
    let earliest = flows.iter().map(|(d, _)| *d).min().unwrap_or_default();
    let mut terms: Vec<(f64, f64)> = flows
        .iter()
        .map(|(d, c)| (*c, (*d - earliest).num_days() as f64 / 365.0))
        .collect();
    terms.sort_by(|a, b| a.1.total_cmp(&b.1));
    // Flows on the same day are one flow.
    terms.dedup_by(|later, kept| {
        let same = later.1 == kept.1;
        if same {
            kept.0 += later.0;
        }
        same
    });
    let longest = terms.last().map_or(0.0, |t| t.1);
    // Every power of x within 10^±300: beyond, one would overflow, or all would underflow to
    // zero, and a zero at the end of the search reads as a root there (and hides the turn).
    let reach = 10f64.powf(300.0 / longest.max(1e-9));
    let lo = 1e-300_f64.max(1.0 / reach);
    let hi = 1e15_f64.min(reach);
    let f = Powers(terms);
    let signs: Vec<f64> = f.0.iter().map(|t| t.0).collect();
    let xs = match crate::flows::sign_changes(&signs) {
        0 => vec![],
        1 => {
            let (a, b) = (f.eval(lo).0, f.eval(hi).0);
            if (a < 0.0) == (b < 0.0) {
                vec![]
            } else {
                vec![bracketed_root(&f, lo, hi, a < 0.0)]
            }
        }
        _ => roots(&f, lo, hi),
    };
    Irr::from_roots(xs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_spreadsheet_example() {
        // The classic XIRR example: pyxirr.xirr gives 0.3733625335188315.
        let flows = [
            (d(2008, 1, 1), -10000.0),
            (d(2008, 3, 1), 2750.0),
            (d(2008, 10, 30), 4250.0),
            (d(2009, 2, 15), 3250.0),
            (d(2009, 4, 1), 2750.0),
        ];
        let r = xirr(&flows).unique().unwrap();
        assert!((r - 0.373_362_533_518_831_5).abs() < 1e-10, "{r}");
        assert!(xnpv(r, &flows).abs() < 1e-7);
    }

    #[test]
    fn money_doubled_in_ten_days_has_its_astronomical_rate() {
        // (1+r)^(10/365) = 2; pyxirr answers it too, and "no rate" would be wrong.
        let flows = [(d(2008, 3, 4), -1000.0), (d(2008, 3, 14), 2000.0)];
        let r = xirr(&flows).unique().unwrap();
        let want = 2f64.powf(36.5) - 1.0;
        assert!((r - want).abs() < 1e-12 * want, "{r} {want}");
    }

    #[test]
    fn every_root_of_flows_over_thirteen_years() {
        // Over 12.4 years the smallest x searched once made every power underflow to zero,
        // which read as a root at the end of the search and hid both of these.
        let flows = [
            (d(2014, 12, 10), 14617.164286020074),
            (d(2016, 5, 2), 3115.6293389989987),
            (d(2016, 7, 16), 3927.437627556265),
            (d(2020, 7, 16), 16292.563900516529),
            (d(2021, 10, 20), 8293.65136380702),
            (d(2024, 12, 29), -12835.001029922783),
            (d(2026, 4, 22), -12702.017567604522),
            (d(2027, 5, 3), 7874.440934579907),
            (d(2027, 5, 3), -4722.6544861343245),
        ];
        let got = xirr(&flows);
        assert_eq!(got.rates().len(), 2, "{got:?}");
        for &r in got.rates() {
            assert!(xnpv(r, &flows).abs() < 1e-8, "{r}");
        }
    }

    #[test]
    fn one_sign_only_has_no_rate() {
        assert_eq!(
            xirr(&[(d(2020, 1, 1), 5.0), (d(2021, 1, 1), 5.0)]),
            Irr::None
        );
        assert_eq!(xirr(&[(d(2020, 1, 1), -5.0)]), Irr::None);
    }
}
