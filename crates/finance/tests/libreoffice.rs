//! The exported workbook, recalculated by LibreOffice, gives the NPV, IRR, MIRR, XNPV, XIRR and
//! DSCR that citydriver computed. The workbook is written *without* citydriver's results in
//! its formulas, so every figure read back is LibreOffice's own.
//!
//! Needs Debian's `libreoffice-calc` (`soffice`); without it the test says so and passes,
//! unless `CITYDRIVER_REQUIRE_LIBREOFFICE=1` (as in CI), when it fails.

use calamine::{Data, Reader, Xlsx};
use citydriver_finance::funding::{ConstructionInterest, Funding, Grant, Loan, Repayment};
use citydriver_finance::risk::{Distribution, Input, Simulation, Target};
use citydriver_finance::workbook::{Contents, write};
use citydriver_finance::{Benefit, Currency, Line, LineKind, Model, Terms};
use std::path::Path;
use std::process::Command;

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn model() -> Model {
    let years = 25;
    let ramp = |from: usize, v: i64| -> Vec<i64> {
        (0..years)
            .map(|t| if t >= from { v + 1_000 * t as i64 } else { 0 })
            .collect()
    };
    Model {
        currency: Currency::from_code("JPY").unwrap(),
        start: chrono::NaiveDate::from_ymd_opt(2027, 4, 1).unwrap(),
        horizon: years as u32,
        construction_years: 2,
        terms: Terms::Real,
        discount_rate: 0.04,
        inflation: 0.015,
        carbon_price: 5_000,
        finance_rate: Some(0.05),
        reinvest_rate: Some(0.03),
        lines: vec![
            Line {
                label: "Sensors and network".into(),
                kind: LineKind::Capital,
                amounts: vec![90_000_000, 60_000_000],
            },
            Line {
                label: "Operation".into(),
                kind: LineKind::Operating,
                amounts: ramp(2, 2_000_000),
            },
            Line {
                label: "Energy saved".into(),
                kind: LineKind::Benefit(Benefit::EnergySaved),
                amounts: ramp(2, 9_000_000),
            },
            Line {
                label: "Time saved".into(),
                kind: LineKind::Benefit(Benefit::TimeSaved),
                amounts: ramp(3, 4_000_000),
            },
            Line {
                label: "CO₂ avoided".into(),
                kind: LineKind::Benefit(Benefit::Co2),
                amounts: ramp(2, 300_000),
            },
            Line {
                label: "Residual value".into(),
                kind: LineKind::Residual,
                amounts: (0..years)
                    .map(|t| if t == years - 1 { 20_000_000 } else { 0 })
                    .collect(),
            },
        ],
    }
}

fn cell(range: &calamine::Range<Data>, label: &str, col: u32) -> Data {
    let row = (0..range.height() as u32)
        .find(|r| range.get_value((*r, 0)).is_some_and(|c| *c == label))
        .unwrap_or_else(|| panic!("no row {label}"));
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

fn number(d: &Data) -> f64 {
    match d {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1e-300)
}

#[test]
fn libreoffice_recalculates_the_same_figures() {
    let Some(soffice) = soffice() else {
        assert!(
            std::env::var("CITYDRIVER_REQUIRE_LIBREOFFICE").as_deref() != Ok("1"),
            "soffice is not installed"
        );
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    let m = model();
    assert!(m.problems().is_empty(), "{:?}", m.problems());
    let k = m.metrics();
    let uses: i64 = Funding::uses(&m).iter().sum();
    let funding = Funding {
        city_budget: uses - 50_000_000 - 80_000_000,
        grants: vec![Grant {
            label: "National grant".into(),
            amount: 50_000_000,
        }],
        loans: vec![Loan {
            label: "Development bank".into(),
            principal: 80_000_000,
            rate: 0.021,
            tenor: 15,
            grace: 3,
            repayment: Repayment::Annuity,
            construction_interest: ConstructionInterest::Capitalized,
        }],
        ..Funding::default()
    };
    assert!(
        funding.problems(&m).is_empty(),
        "{:?}",
        funding.problems(&m)
    );
    let plan = funding.plan(&m);
    let sim = Simulation {
        inputs: vec![Input {
            label: "capital".into(),
            target: Target::Capital,
            distribution: Distribution::Triangular {
                min: 0.9,
                mode: 1.0,
                max: 1.4,
            },
        }],
        correlations: vec![],
        trials: 2_000,
        seed: 3,
        irr: true,
    };
    let outcome = sim.run(&m);
    let bytes = write(&Contents {
        model: &m,
        metrics: &k,
        funding: Some((&funding, &plan)),
        risk: Some((&sim, &outcome)),
        results: false,
    })
    .unwrap();

    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("business-case.xlsx");
    std::fs::write(&input, bytes).unwrap();
    let out = dir.path().join("out");
    recalculate(soffice, &input, &out, dir.path());

    let mut book: Xlsx<_> = calamine::open_workbook(out.join("business-case.xlsx")).unwrap();
    let flows = book.worksheet_range("Cash flows").unwrap();
    let npv = number(&cell(&flows, "NPV", 1));
    assert!(
        close(npv, k.npv, 1e-9),
        "NPV: LibreOffice {npv}, citydriver {}",
        k.npv
    );
    let irr = number(&cell(&flows, "IRR", 1));
    let ours = k.irr.unique().expect("one IRR");
    // LibreOffice's IRR stops its Newton iteration at a change below 1e-10.
    assert!(
        close(irr, ours, 1e-7),
        "IRR: LibreOffice {irr}, citydriver {ours}"
    );
    let mirr = number(&cell(&flows, "MIRR", 1));
    assert!(
        close(mirr, k.mirr.unwrap(), 1e-9),
        "MIRR: LibreOffice {mirr}, citydriver {:?}",
        k.mirr
    );
    let xnpv = number(&cell(&flows, "XNPV", 1));
    assert!(
        close(xnpv, k.xnpv, 1e-9),
        "XNPV: LibreOffice {xnpv}, citydriver {}",
        k.xnpv
    );
    let xirr = number(&cell(&flows, "XIRR", 1));
    assert!(
        close(xirr, k.xirr.unique().unwrap(), 1e-7),
        "XIRR: LibreOffice {xirr}, citydriver {:?}",
        k.xirr
    );
    let bcr = number(&cell(&flows, "Benefit-cost ratio", 1));
    assert!(
        close(bcr, k.benefit_cost_ratio.unwrap(), 1e-9),
        "BCR: LibreOffice {bcr}"
    );

    let fund = book.worksheet_range("Funding").unwrap();
    for (t, ours) in plan.dscr.iter().enumerate() {
        let theirs = cell(&fund, "DSCR", 1 + t as u32);
        match ours {
            Some(d) => assert!(
                close(number(&theirs), *d, 1e-12),
                "DSCR year {t}: {theirs:?} vs {d}"
            ),
            None => assert!(
                matches!(theirs, Data::Empty) || theirs.to_string().is_empty(),
                "DSCR year {t}: {theirs:?}"
            ),
        }
        let below = cell(&fund, "Below the covenant", 1 + t as u32) == "below";
        assert_eq!(below, plan.years_below_covenant.contains(&t), "year {t}");
    }
}

/// Opens `input` in LibreOffice headless, recalculating every formula on load, and saves it
/// into `out`.
fn recalculate(soffice: &str, input: &Path, out: &Path, scratch: &Path) {
    // A profile of its own, told to recalculate OOXML files on load (its default is to ask, which
    // headless means never) and kept apart from any other LibreOffice of the machine.
    let profile = scratch.join("profile");
    let user = profile.join("user");
    std::fs::create_dir_all(&user).unwrap();
    std::fs::write(
        user.join("registrymodifications.xcu"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
    )
    .unwrap();
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
        ])
        .arg(out)
        .arg(input)
        .output()
        .unwrap();
    assert!(
        status.status.success() && out.join("business-case.xlsx").exists(),
        "soffice failed: {}\n{}",
        String::from_utf8_lossy(&status.stdout),
        String::from_utf8_lossy(&status.stderr)
    );
}
