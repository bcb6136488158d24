//! Every function checked against implementations that are not ours, on thousands of random
//! cases: numpy-financial 1.0.0 (npv, irr, mirr, pmt, ipmt, ppmt, nper, rate) and pyxirr
//! 0.10.8 (xnpv, xirr), whose answers `tools/finance_fixtures.py` writes to the JSON file that
//! CITYDRIVER_FINANCE_FIXTURES names (the script's header says which cases it leaves out and
//! why). Skipped when that is not set, unless CITYDRIVER_REQUIRE_FINANCE_FIXTURES=1 (CI),
//! where it fails.
//!
//! The tolerance is 1e-9 relative, with a floor: a figure is compared to 1e-9 of itself or
//! of a thousandth of the size of the terms it is computed from, whichever is larger. Where the
//! terms cancel more than a thousandfold (an NPV near zero, the interest of the last period of
//! a loan, a rate near 0 %, which is a growth factor near 1 less 1), each implementation's
//! rounding, up to n·ε of the terms' size in its own order of summation (1e-14 for 50 flows),
//! is all that is left of the figure, and the floor lets it pass: 1e-12 of the terms' size,
//! which a wrong sign, term or period would miss by orders of magnitude. The sizes are below
//! (`npv_size` and the rest); the worst errors printed are relative to that scale.

use chrono::NaiveDate;
use citydriver_finance::dated::{xirr, xnpv};
use citydriver_finance::tvm::{self, When};
use citydriver_finance::{Irr, irr, mirr, npv};
use serde::{Deserialize, Deserializer};

const RELATIVE: f64 = 1e-9;
/// The floor, as a share of the size of the terms a figure is computed from.
const FLOOR_SHARE: f64 = 1e-3;
/// pyxirr's own xirr is compared to this. It stops its Newton iteration at a step below
/// 1e-9 absolute, which leaves it up to 3e-7 relative from the root here; the root itself
/// (pyxirr's, sharpened on pyxirr's xnpv by the script) is compared to 1e-9.
const PYXIRR_RELATIVE: f64 = 1e-6;
/// The fewest cases of each function that must be compared for the check to count.
const AT_LEAST: usize = 1000;

#[derive(Deserialize)]
struct Fixtures {
    versions: serde_json::Value,
    excluded: serde_json::Value,
    npv: Vec<NpvCase>,
    irr: Vec<IrrCase>,
    mirr: Vec<MirrCase>,
    pmt: Vec<LoanCase>,
    ipmt: Vec<LoanCase>,
    ppmt: Vec<LoanCase>,
    nper: Vec<NperCase>,
    rate: Vec<RateCase>,
    xnpv: Vec<XnpvCase>,
    xirr: Vec<XirrCase>,
}

#[derive(Deserialize, Debug)]
struct NpvCase {
    #[serde(deserialize_with = "exact")]
    rate: f64,
    #[serde(deserialize_with = "exact_list")]
    flows: Vec<f64>,
    #[serde(deserialize_with = "exact")]
    want: f64,
}

#[derive(Deserialize, Debug)]
struct IrrCase {
    #[serde(deserialize_with = "exact_list")]
    flows: Vec<f64>,
    /// Every real root numpy.roots finds, as rates above −1, lowest first.
    #[serde(deserialize_with = "exact_list")]
    roots: Vec<f64>,
    /// numpy_financial.irr, where the root is unique.
    #[serde(deserialize_with = "exact_option")]
    npf: Option<f64>,
}

#[derive(Deserialize, Debug)]
struct MirrCase {
    #[serde(deserialize_with = "exact_list")]
    flows: Vec<f64>,
    #[serde(deserialize_with = "exact")]
    finance_rate: f64,
    #[serde(deserialize_with = "exact")]
    reinvest_rate: f64,
    #[serde(deserialize_with = "exact")]
    want: f64,
}

#[derive(Deserialize, Debug)]
struct LoanCase {
    #[serde(deserialize_with = "exact")]
    rate: f64,
    #[serde(deserialize_with = "exact")]
    nper: f64,
    #[serde(deserialize_with = "exact")]
    pv: f64,
    #[serde(deserialize_with = "exact")]
    fv: f64,
    when: When,
    #[serde(default, deserialize_with = "exact_option")]
    per: Option<f64>,
    #[serde(deserialize_with = "exact")]
    want: f64,
}

#[derive(Deserialize, Debug)]
struct NperCase {
    #[serde(deserialize_with = "exact")]
    rate: f64,
    #[serde(deserialize_with = "exact")]
    pmt: f64,
    #[serde(deserialize_with = "exact")]
    pv: f64,
    #[serde(deserialize_with = "exact")]
    fv: f64,
    when: When,
    #[serde(deserialize_with = "exact")]
    want: f64,
}

#[derive(Deserialize, Debug)]
struct RateCase {
    #[serde(deserialize_with = "exact")]
    nper: f64,
    #[serde(deserialize_with = "exact")]
    pmt: f64,
    #[serde(deserialize_with = "exact")]
    pv: f64,
    #[serde(deserialize_with = "exact")]
    fv: f64,
    when: When,
    #[serde(deserialize_with = "exact")]
    want: f64,
}

#[derive(Deserialize, Debug)]
struct XnpvCase {
    #[serde(deserialize_with = "exact")]
    rate: f64,
    dates: Vec<NaiveDate>,
    #[serde(deserialize_with = "exact_list")]
    amounts: Vec<f64>,
    #[serde(deserialize_with = "exact")]
    want: f64,
}

#[derive(Deserialize, Debug)]
struct XirrCase {
    dates: Vec<NaiveDate>,
    #[serde(deserialize_with = "exact_list")]
    amounts: Vec<f64>,
    /// pyxirr.xirr, good to about 1e-9 absolute (its Newton iteration stops at a step
    /// below that).
    #[serde(deserialize_with = "exact_option")]
    pyxirr: Option<f64>,
    /// The flows in date order change sign once, so there is exactly one root: pyxirr's,
    /// sharpened to where pyxirr's own xnpv changes sign.
    #[serde(deserialize_with = "exact_option")]
    root: Option<f64>,
    /// They change sign several times: every root, from the script's own search.
    #[serde(deserialize_with = "exact_list_option")]
    roots: Option<Vec<f64>>,
}

/// A float written as its shortest decimal text ("inf", "-inf" and "nan" too, where a
/// reference has no answer), which `str::parse` reads back exactly: serde_json's default
/// parsing of a JSON number may land one ulp off, and an ill-conditioned case would notice.
struct Exact(f64);

impl<'de> Deserialize<'de> for Exact {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Exact, D::Error> {
        let text = String::deserialize(d)?;
        text.parse()
            .map(Exact)
            .map_err(|_| serde::de::Error::custom(format!("not a float: {text}")))
    }
}

fn exact<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    Ok(Exact::deserialize(d)?.0)
}

fn exact_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<f64>, D::Error> {
    Ok(Vec::<Exact>::deserialize(d)?
        .into_iter()
        .map(|x| x.0)
        .collect())
}

fn exact_list_option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<f64>>, D::Error> {
    Ok(Option::<Vec<Exact>>::deserialize(d)?.map(|v| v.into_iter().map(|x| x.0).collect()))
}

fn exact_option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Ok(Option::<Exact>::deserialize(d)?.map(|x| x.0))
}

/// The comparisons of one function: how many, the worst, and the first few that failed.
struct Tally {
    name: &'static str,
    compared: usize,
    worst: f64,
    worst_case: String,
    mismatches: Vec<String>,
    failed: usize,
}

impl Tally {
    fn new(name: &'static str) -> Tally {
        Tally {
            name,
            compared: 0,
            worst: 0.0,
            worst_case: String::new(),
            mismatches: vec![],
            failed: 0,
        }
    }

    /// Counts a comparison: whether `got` is within 1e-9 of `want`, or of a thousandth of
    /// `size`.
    fn close(&mut self, got: f64, want: f64, size: f64, case: &dyn std::fmt::Debug) -> bool {
        self.compared += 1;
        self.within(RELATIVE, got, want, size, case)
    }

    /// Whether `got` is within `tolerance` of `want` or of a thousandth of `size`, keeping
    /// the worst and the failures (without counting a comparison). NaN is "no answer",
    /// which agrees only with itself, as an infinity does.
    fn within(
        &mut self,
        tolerance: f64,
        got: f64,
        want: f64,
        size: f64,
        case: &dyn std::fmt::Debug,
    ) -> bool {
        let scale = want.abs().max(FLOOR_SHARE * size);
        let error = if got == want || (got.is_nan() && want.is_nan()) {
            0.0
        } else {
            (got - want).abs() / scale
        };
        // NaN fails: !(NaN <= x). Errors are reported as shares of the tolerance's scale.
        let ok = error <= tolerance;
        let error = if error.is_nan() { f64::INFINITY } else { error };
        if error > self.worst || self.worst_case.is_empty() {
            self.worst = error;
            self.worst_case = format!("got {got:e}, want {want:e}: {case:?}");
        }
        if !ok {
            self.fail(format!("got {got:e}, want {want:e}: {case:?}"));
        }
        ok
    }

    /// Records a disagreement that is not a matter of digits (an answer against none).
    fn fail(&mut self, message: String) {
        self.failed += 1;
        if self.mismatches.len() < 5 {
            self.mismatches.push(message);
        }
    }

    fn report(&self) -> String {
        format!(
            "{}: {} compared, worst relative error {:.2e}; {} failed",
            self.name, self.compared, self.worst, self.failed
        )
    }
}

/// The size of the terms a rate `r` is computed from: it is a growth factor less one.
fn rate_size(r: f64) -> f64 {
    (1.0 + r).abs() + 1.0
}

/// The size of the terms of an NPV at `rate`.
fn npv_size(rate: f64, flows: &[f64]) -> f64 {
    let abs: Vec<f64> = flows.iter().map(|c| c.abs()).collect();
    npv(rate, &abs).abs()
}

fn w(when: When) -> f64 {
    match when {
        When::End => 0.0,
        When::Begin => 1.0,
    }
}

/// `Σ_{k<n} (1+r)^k · (1 + r·w)`: what one payment a period grows to in `n` periods.
fn annuity(rate: f64, n: f64, when: When) -> f64 {
    if rate == 0.0 {
        n
    } else {
        (1.0 + rate * w(when)) * ((1.0 + rate).powf(n) - 1.0) / rate
    }
}

/// The size of the terms of the payment `-(fv + pv·(1+r)^n) / annuity`.
fn pmt_size(c: &LoanCase) -> f64 {
    (c.fv.abs() + c.pv.abs() * (1.0 + c.rate).powf(c.nper)) / annuity(c.rate, c.nper, c.when).abs()
}

/// The size of the terms of the interest of period `per`: the rate times the balance after
/// `per - 1` periods, `pv·(1+r)^k + pmt·annuity(k)`, which nears zero at the end of a loan.
fn ipmt_size(c: &LoanCase, per: f64) -> f64 {
    let k = per - 1.0;
    let pmt = tvm::pmt(c.rate, c.nper, c.pv, c.fv, c.when);
    let balance =
        c.pv.abs() * (1.0 + c.rate).powf(k) + pmt.abs() * annuity(c.rate, k, c.when).abs();
    let interest = c.rate.abs() * balance;
    match c.when {
        When::End => interest,
        When::Begin => interest / (1.0 + c.rate).abs(),
    }
}

/// The size of the terms of `ln((z - fv) / (z + pv)) / ln(1+r)` with `z = pmt·(1 + r·w)/r`:
/// the sensitivity of each logarithm to the rounding of its argument.
fn nper_size(c: &NperCase) -> f64 {
    let z = c.pmt * (1.0 + c.rate * w(c.when)) / c.rate;
    let a = (z.abs() + c.fv.abs()) / (z - c.fv).abs();
    let b = (z.abs() + c.pv.abs()) / (z + c.pv).abs();
    (a + b) / (1.0 + c.rate).ln().abs()
}

/// Counts one comparison of our rates against a reference set: the same number, each close.
fn same_rates(t: &mut Tally, ours: &Irr, want: &[f64], case: &dyn std::fmt::Debug) {
    t.compared += 1;
    let got = ours.rates();
    if got.len() != want.len() {
        t.fail(format!("rates {got:?}, want {want:?}: {case:?}"));
        return;
    }
    for (&g, &r) in got.iter().zip(want) {
        if !t.within(RELATIVE, g, r, rate_size(r), case) {
            return;
        }
    }
}

fn compare(f: &Fixtures) -> Vec<Tally> {
    let mut npv_t = Tally::new("npv");
    for c in &f.npv {
        npv_t.close(npv(c.rate, &c.flows), c.want, npv_size(c.rate, &c.flows), c);
    }

    // The root sets, and numpy_financial.irr where there is one root.
    let mut roots_t = Tally::new("irr (every root, against numpy.roots)");
    let mut irr_t = Tally::new("irr (one root, against numpy_financial.irr)");
    for c in &f.irr {
        let ours = irr(&c.flows);
        same_rates(&mut roots_t, &ours, &c.roots, c);
        if let Some(want) = c.npf {
            match ours.unique() {
                Some(got) => _ = irr_t.close(got, want, rate_size(want), c),
                None => {
                    irr_t.compared += 1;
                    irr_t.fail(format!("{ours:?}, want One({want:e}): {c:?}"));
                }
            }
        }
    }

    let mut mirr_t = Tally::new("mirr");
    for c in &f.mirr {
        let got = mirr(&c.flows, c.finance_rate, c.reinvest_rate).unwrap_or(f64::NAN);
        mirr_t.close(got, c.want, rate_size(c.want), c);
    }

    let mut pmt_t = Tally::new("pmt");
    for c in &f.pmt {
        let got = tvm::pmt(c.rate, c.nper, c.pv, c.fv, c.when);
        pmt_t.close(got, c.want, pmt_size(c), c);
    }
    let mut ipmt_t = Tally::new("ipmt");
    let mut ppmt_t = Tally::new("ppmt");
    for (t, cases, principal) in [(&mut ipmt_t, &f.ipmt, false), (&mut ppmt_t, &f.ppmt, true)] {
        for c in cases {
            let per = c.per.expect("ipmt and ppmt cases have a period");
            let (got, size) = if principal {
                let got = tvm::ppmt(c.rate, per, c.nper, c.pv, c.fv, c.when);
                (got, pmt_size(c) + ipmt_size(c, per))
            } else {
                let got = tvm::ipmt(c.rate, per, c.nper, c.pv, c.fv, c.when);
                (got, ipmt_size(c, per))
            };
            t.close(got, c.want, size, c);
        }
    }

    let mut nper_t = Tally::new("nper");
    for c in &f.nper {
        let got = tvm::nper(c.rate, c.pmt, c.pv, c.fv, c.when);
        nper_t.close(got, c.want, nper_size(c), c);
    }

    let mut rate_t = Tally::new("rate");
    for c in &f.rate {
        let got = tvm::rate(c.nper, c.pmt, c.pv, c.fv, c.when, None).unwrap_or(f64::NAN);
        rate_t.close(got, c.want, rate_size(c.want), c);
    }

    let mut xnpv_t = Tally::new("xnpv");
    for c in &f.xnpv {
        let flows: Vec<(NaiveDate, f64)> = c
            .dates
            .iter()
            .copied()
            .zip(c.amounts.iter().copied())
            .collect();
        let abs: Vec<(NaiveDate, f64)> = flows.iter().map(|&(d, a)| (d, a.abs())).collect();
        xnpv_t.close(xnpv(c.rate, &flows), c.want, xnpv(c.rate, &abs).abs(), c);
    }

    let mut xirr_t = Tally::new("xirr (one root, against pyxirr's sharpened)");
    let mut pyxirr_t = Tally::new("xirr (against pyxirr's own figure, to 1e-6)");
    let mut xroots_t = Tally::new("xirr (every root, against an independent search)");
    for c in &f.xirr {
        let flows: Vec<(NaiveDate, f64)> = c
            .dates
            .iter()
            .copied()
            .zip(c.amounts.iter().copied())
            .collect();
        let ours = xirr(&flows);
        if let Some(want) = c.root {
            match ours.unique() {
                Some(got) => _ = xirr_t.close(got, want, rate_size(want), c),
                None => {
                    xirr_t.compared += 1;
                    xirr_t.fail(format!("{ours:?}, want One({want:e}): {c:?}"));
                }
            }
        }
        if let Some(roots) = &c.roots {
            same_rates(&mut xroots_t, &ours, roots, c);
        }
        // pyxirr's one figure, where it finds one, must be one of ours, to its own accuracy.
        if let Some(p) = c.pyxirr {
            pyxirr_t.compared += 1;
            let nearest = ours
                .rates()
                .iter()
                .copied()
                .min_by(|a, b| (a - p).abs().total_cmp(&(b - p).abs()))
                .unwrap_or(f64::NAN);
            pyxirr_t.within(PYXIRR_RELATIVE, nearest, p, rate_size(p), c);
        }
    }

    vec![
        npv_t, roots_t, irr_t, mirr_t, pmt_t, ipmt_t, ppmt_t, nper_t, rate_t, xnpv_t, xirr_t,
        pyxirr_t, xroots_t,
    ]
}

fn fixtures() -> Option<Fixtures> {
    let Ok(path) = std::env::var("CITYDRIVER_FINANCE_FIXTURES") else {
        assert!(
            std::env::var("CITYDRIVER_REQUIRE_FINANCE_FIXTURES").as_deref() != Ok("1"),
            "CITYDRIVER_FINANCE_FIXTURES must name the file of tools/finance_fixtures.py"
        );
        eprintln!(
            "skipping: CITYDRIVER_FINANCE_FIXTURES is not set \
             (python3 tools/finance_fixtures.py target/finance-fixtures.json)"
        );
        return None;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}")))
}

#[test]
fn every_function_agrees_with_numpy_financial_and_pyxirr() {
    let Some(f) = fixtures() else { return };
    eprintln!("references: {}; left out: {}", f.versions, f.excluded);
    let tallies = compare(&f);
    let mut failures = vec![];
    for t in &tallies {
        eprintln!("{}", t.report());
        eprintln!("  worst: {}", t.worst_case);
        if t.failed > 0 {
            failures.push(format!(
                "{}\n    {}",
                t.report(),
                t.mismatches.join("\n    ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "disagreements:\n{}",
        failures.join("\n")
    );
    // Enough of each for the agreement to mean something (the root sets of several-sign dated
    // flows are fewer: most random flows change sign once).
    for t in &tallies {
        let least = if t.name.starts_with("xirr (every") {
            200
        } else {
            AT_LEAST
        };
        assert!(
            t.compared >= least,
            "only {} cases: {}",
            t.compared,
            t.report()
        );
    }
}

#[test]
fn a_figure_off_by_more_than_the_tolerance_is_caught() {
    let mut t = Tally::new("check");
    assert!(t.close(1.0 + 5e-10, 1.0, 0.0, &"within"));
    assert!(!t.close(1.0 + 2e-9, 1.0, 0.0, &"outside"));
    assert!(!t.close(f64::NAN, 1.0, 0.0, &"nan"));
    // Near zero the floor is a thousandth of the terms' size: 1e-12 of it.
    assert!(t.close(5e-13, 0.0, 1.0, &"rounding of cancelling terms"));
    assert!(!t.close(2e-12, 0.0, 1.0, &"more than rounding"));
    assert_eq!((t.compared, t.failed), (5, 3));
    // A root too many or too few is a failure, whatever the digits.
    let mut r = Tally::new("roots");
    same_rates(&mut r, &Irr::One(0.1), &[0.1, 0.2], &"missing root");
    same_rates(&mut r, &Irr::Several(vec![0.1, 0.2]), &[0.1, 0.2], &"same");
    assert_eq!(r.failed, 1);
}
