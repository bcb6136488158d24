//! The business case as a spreadsheet whose cells hold formulas, so that a financier can
//! rework the model: change the discount rate or a cost and the NPV, IRR, MIRR, XNPV, XIRR and
//! coverage ratios follow. Each formula also carries the value citydriver computed, for
//! viewers that do not recalculate.
//!
//! Sheets: Inputs (the rates and settings, as named cells), Cash flows (one row per line, the
//! totals and the metrics), Funding (sources, the debt schedules, DSCR against the covenant,
//! the city's cash), Monte Carlo (the summary, the inputs and the histogram).

use crate::funding::{Funding, FundingPlan};
use crate::model::{Benefit, LineKind, Metrics, Model};
use crate::money::Money;
use crate::risk::{Distribution, Outcome, Simulation, Target};
use rust_xlsxwriter::utility::{row_col_to_cell, row_col_to_cell_absolute};
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet, XlsxError};

/// What goes into the workbook beside the model.
pub struct Contents<'a> {
    pub model: &'a Model,
    pub metrics: &'a Metrics,
    pub funding: Option<(&'a Funding, &'a FundingPlan)>,
    pub risk: Option<(&'a Simulation, &'a Outcome)>,
    /// Whether each formula carries the value citydriver computed (for viewers that do not
    /// recalculate). Without, every figure on the sheet is the spreadsheet's own.
    pub results: bool,
}

/// Where the cash-flow sheet puts things, for the formulas that point at them.
const FIRST_YEAR_COL: u16 = 3;
const LINES_ROW: u32 = 3;

/// The formats of the workbook, and whether formulas carry citydriver's results.
struct Style {
    bold: Format,
    percent: Format,
    money: Format,
    ratio: Format,
    results: bool,
}

impl Style {
    fn formula(&self, text: String, result: f64) -> Formula {
        self.formula_showing(
            text,
            if result.is_finite() {
                result.to_string()
            } else {
                String::new()
            },
        )
    }

    fn formula_showing(&self, text: String, result: String) -> Formula {
        let f = Formula::new(text);
        if self.results {
            f.set_result(result)
        } else {
            f
        }
    }
}

fn money_format(model: &Model) -> Format {
    let d = model.currency.digits() as usize;
    let pattern = if d == 0 {
        "#,##0".to_string()
    } else {
        format!("#,##0.{}", "0".repeat(d))
    };
    Format::new().set_num_format(pattern)
}

/// The workbook, as the bytes of an `.xlsx` file.
pub fn write(c: &Contents) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let st = Style {
        bold: Format::new().set_bold(),
        percent: Format::new().set_num_format("0.00%"),
        money: money_format(c.model),
        ratio: Format::new().set_num_format("0.00"),
        results: c.results,
    };
    inputs_sheet(wb.add_worksheet(), c, &st)?;
    for (name, row) in [
        ("DiscountRate", 6),
        ("Inflation", 7),
        ("CarbonPrice", 8),
        ("FinanceRate", 9),
        ("ReinvestRate", 10),
        ("Covenant", 11),
    ] {
        wb.define_name(name, &format!("=Inputs!$B${row}"))?;
    }
    cash_flow_sheet(wb.add_worksheet(), c, &st)?;
    if let Some((funding, plan)) = c.funding {
        funding_sheet(wb.add_worksheet(), c.model, funding, plan, &st)?;
    }
    if let Some((sim, outcome)) = c.risk {
        risk_sheet(wb.add_worksheet(), c.model, sim, outcome, &st)?;
    }
    wb.save_to_buffer()
}

fn inputs_sheet(ws: &mut Worksheet, c: &Contents, st: &Style) -> Result<(), XlsxError> {
    let (bold, money, percent) = (&st.bold, &st.money, &st.percent);
    let m = c.model;
    ws.set_name("Inputs")?;
    ws.set_column_width(0, 34)?;
    ws.set_column_width(1, 16)?;
    ws.write_string_with_format(0, 0, "Business case", bold)?;
    let rate = |r: Option<f64>| r.unwrap_or(m.discount_rate);
    let rows: [(&str, Option<f64>, Option<String>); 11] = [
        ("Currency", None, Some(m.currency.code().to_string())),
        ("Start", None, Some(m.start.to_string())),
        ("Horizon (years)", Some(f64::from(m.horizon)), None),
        (
            "Construction (years)",
            Some(f64::from(m.construction_years)),
            None,
        ),
        ("Discount rate", Some(m.discount_rate), None),
        ("Inflation", Some(m.inflation), None),
        (
            "Carbon price per tonne",
            Some(Money::new(m.carbon_price, m.currency).major()),
            None,
        ),
        ("MIRR finance rate", Some(rate(m.finance_rate)), None),
        ("MIRR reinvestment rate", Some(rate(m.reinvest_rate)), None),
        (
            "Covenant (lowest DSCR)",
            Some(
                c.funding
                    .map_or(crate::funding::DEFAULT_COVENANT, |f| f.0.covenant),
            ),
            None,
        ),
        (
            "Terms",
            None,
            Some(match m.terms {
                crate::model::Terms::Real => "real (today's prices)".to_string(),
                crate::model::Terms::Nominal => "nominal (money of each year)".to_string(),
            }),
        ),
    ];
    for (i, (label, number, text)) in rows.iter().enumerate() {
        let r = 1 + i as u32;
        ws.write_string(r, 0, *label)?;
        match (number, text) {
            (Some(v), _) if (5..=6).contains(&r) || (8..=9).contains(&r) => {
                ws.write_number_with_format(r, 1, *v, percent)?;
            }
            (Some(v), _) if r == 7 => {
                ws.write_number_with_format(r, 1, *v, money)?;
            }
            (Some(v), _) => {
                ws.write_number(r, 1, *v)?;
            }
            (None, Some(t)) => {
                ws.write_string(r, 1, t)?;
            }
            (None, None) => {}
        }
    }
    ws.write_string(
        13,
        0,
        "Change a rate here, or an amount on the Cash flows sheet: the formulas follow.",
    )?;
    Ok(())
}

/// The row of each total on the cash-flow sheet, below the lines.
struct Totals {
    costs: u32,
    benefits: u32,
    net: u32,
    dates: u32,
}

fn cash_flow_sheet(ws: &mut Worksheet, c: &Contents, st: &Style) -> Result<(), XlsxError> {
    let (bold, money, percent, ratio) = (&st.bold, &st.money, &st.percent, &st.ratio);
    let m = c.model;
    let years = m.horizon as u16;
    let last_col = FIRST_YEAR_COL + years - 1;
    ws.set_name("Cash flows")?;
    ws.set_column_width(0, 30)?;
    ws.set_column_width(1, 16)?;
    ws.set_freeze_panes(LINES_ROW, FIRST_YEAR_COL)?;
    ws.write_string_with_format(
        0,
        0,
        format!("Amounts in {} ({})", m.currency.code(), term_words(m)),
        bold,
    )?;
    ws.write_string_with_format(1, 0, "Line", bold)?;
    ws.write_string_with_format(1, 1, "Kind", bold)?;
    ws.write_string_with_format(1, 2, "Sign", bold)?;
    ws.write_string_with_format(2, 0, "Year", bold)?;
    for t in 0..years {
        let col = FIRST_YEAR_COL + t;
        ws.write_number_with_format(1, col, f64::from(t), bold)?;
        ws.write_number(
            2,
            col,
            f64::from(chrono::Datelike::year(&m.date_of_year(usize::from(t)))),
        )?;
    }
    for (i, line) in m.lines.iter().enumerate() {
        let r = LINES_ROW + i as u32;
        ws.write_string(r, 0, &line.label)?;
        ws.write_string(r, 1, line.kind.key())?;
        ws.write_number(r, 2, if line.kind.is_cost() { -1.0 } else { 1.0 })?;
        for t in 0..years {
            let a = line.amounts.get(usize::from(t)).copied().unwrap_or(0);
            let col = FIRST_YEAR_COL + t;
            if line.kind == LineKind::Benefit(Benefit::Co2) {
                // Tonnes × the carbon price, so that a new price revalues the line.
                let tonnes = a as f64 / 1000.0;
                let value = tonnes * Money::new(m.carbon_price, m.currency).major();
                ws.write_formula_with_format(
                    r,
                    col,
                    st.formula(format!("={tonnes}*CarbonPrice"), value),
                    money,
                )?;
            } else {
                ws.write_number_with_format(r, col, Money::new(a, m.currency).major(), money)?;
            }
        }
    }
    let end = LINES_ROW + m.lines.len().max(1) as u32 - 1;
    let y = m.yearly();
    let (costs, gains) = (y.costs(), y.gains());
    let t = Totals {
        costs: end + 2,
        benefits: end + 3,
        net: end + 4,
        dates: end + 6,
    };
    ws.write_string_with_format(t.costs, 0, "Costs", bold)?;
    ws.write_string_with_format(t.benefits, 0, "Benefits and residual value", bold)?;
    ws.write_string_with_format(t.net, 0, "Net flow", bold)?;
    ws.write_string_with_format(t.net + 1, 0, "Cumulative", bold)?;
    ws.write_string_with_format(t.dates, 0, "Date of the flows (for XNPV, XIRR)", bold)?;
    let signs = format!("$C${}:$C${}", LINES_ROW + 1, end + 1);
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    let mut cumulative = 0.0;
    for k in 0..years {
        let col = FIRST_YEAR_COL + k;
        let ku = usize::from(k);
        let range = format!(
            "{}:{}",
            row_col_to_cell(LINES_ROW, col),
            row_col_to_cell(end, col)
        );
        let (cost, benefit) = (costs[ku], gains[ku]);
        ws.write_formula_with_format(
            t.costs,
            col,
            st.formula(format!("=SUMIF({signs},\"<0\",{range})"), cost),
            money,
        )?;
        ws.write_formula_with_format(
            t.benefits,
            col,
            st.formula(format!("=SUMIF({signs},\">0\",{range})"), benefit),
            money,
        )?;
        let net = benefit - cost;
        cumulative += net;
        ws.write_formula_with_format(
            t.net,
            col,
            st.formula(
                format!(
                    "={}-{}",
                    row_col_to_cell(t.benefits, col),
                    row_col_to_cell(t.costs, col)
                ),
                net,
            ),
            money,
        )?;
        let cum = if k == 0 {
            format!("={}", row_col_to_cell(t.net, col))
        } else {
            format!(
                "={}+{}",
                row_col_to_cell(t.net + 1, col - 1),
                row_col_to_cell(t.net, col)
            )
        };
        ws.write_formula_with_format(t.net + 1, col, st.formula(cum, cumulative), money)?;
        let d = m.date_of_year(ku);
        let serial = excel_serial(d);
        ws.write_formula_with_format(
            t.dates,
            col,
            st.formula(
                format!(
                    "=DATE({},{},{})",
                    chrono::Datelike::year(&d),
                    chrono::Datelike::month(&d),
                    chrono::Datelike::day(&d)
                ),
                serial,
            ),
            &date_format,
        )?;
    }
    let row_range = |row: u32, from: u16| {
        format!(
            "{}:{}",
            row_col_to_cell_absolute(row, from),
            row_col_to_cell_absolute(row, last_col)
        )
    };
    let first = |row: u32| row_col_to_cell_absolute(row, FIRST_YEAR_COL);
    let npv_of = |row: u32| {
        if years > 1 {
            format!(
                "{}+NPV(DiscountRate,{})",
                first(row),
                row_range(row, FIRST_YEAR_COL + 1)
            )
        } else {
            first(row)
        }
    };
    let k = c.metrics;
    let at = t.dates + 2;
    ws.write_string_with_format(at, 0, "Metrics", bold)?;
    ws.write_string_with_format(at, 2, "How to read it", bold)?;
    let net_range = row_range(t.net, FIRST_YEAR_COL);
    let date_range = row_range(t.dates, FIRST_YEAR_COL);
    let irr_note = match &k.irr {
        crate::flows::Irr::None => {
            "No rate makes the NPV zero: the spreadsheet's IRR returns an error.".to_string()
        }
        crate::flows::Irr::One(_) => "The one rate at which the NPV is zero.".to_string(),
        crate::flows::Irr::Several(rates) => format!(
            "Ambiguous: the NPV is zero at {} — the spreadsheet's IRR shows only one of them; decide on the NPV.",
            rates
                .iter()
                .map(|r| format!("{:.4}%", r * 100.0))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let rows: Vec<(&str, String, f64, &Format, String)> = vec![
        (
            "NPV",
            format!("={}", npv_of(t.net)),
            k.npv,
            money,
            "The value today of every flow, discounted at the discount rate: above zero, the project is worth more than it costs.".into(),
        ),
        ("IRR", format!("=IRR({net_range})"), k.irr.rates().first().copied().unwrap_or(f64::NAN), percent, irr_note),
        (
            "MIRR",
            format!("=MIRR({net_range},FinanceRate,ReinvestRate)"),
            k.mirr.unwrap_or(f64::NAN),
            percent,
            "The return with costs financed at the finance rate and gains reinvested at the reinvestment rate.".into(),
        ),
        (
            "XNPV",
            format!("=XNPV(DiscountRate,{net_range},{date_range})"),
            k.xnpv,
            money,
            "The NPV of the flows on their dates (days / 365).".into(),
        ),
        (
            "XIRR",
            format!("=XIRR({net_range},{date_range})"),
            k.xirr.rates().first().copied().unwrap_or(f64::NAN),
            percent,
            "The IRR of the flows on their dates.".into(),
        ),
        (
            "Benefit-cost ratio",
            format!("=({})/({})", npv_of(t.benefits), npv_of(t.costs)),
            k.benefit_cost_ratio.unwrap_or(f64::NAN),
            ratio,
            "The present value of the benefits over that of the costs: above 1, benefits outweigh costs.".into(),
        ),
    ];
    for (i, (label, text, value, format, note)) in rows.into_iter().enumerate() {
        let r = at + 1 + i as u32;
        ws.write_string(r, 0, label)?;
        ws.write_formula_with_format(r, 1, st.formula(text, value), format)?;
        ws.write_string(r, 2, note)?;
    }
    let r = at + 7;
    let years_text = |p: Option<f64>| {
        p.map_or("not within the horizon".to_string(), |p| {
            format!("{p:.2} years")
        })
    };
    ws.write_string(r, 0, "Payback")?;
    ws.write_string(r, 1, years_text(k.payback))?;
    ws.write_string(
        r,
        2,
        "When the cumulative flow is back to zero (worked out by citydriver).",
    )?;
    ws.write_string(r + 1, 0, "Discounted payback")?;
    ws.write_string(r + 1, 1, years_text(k.discounted_payback))?;
    ws.write_string(r + 1, 2, "The same with every flow discounted.")?;
    Ok(())
}

fn term_words(m: &Model) -> &'static str {
    match m.terms {
        crate::model::Terms::Real => "real terms",
        crate::model::Terms::Nominal => "nominal terms",
    }
}

/// A date as a spreadsheet's serial number (days since 1899-12-30).
fn excel_serial(d: chrono::NaiveDate) -> f64 {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default();
    (d - epoch).num_days() as f64
}

fn funding_sheet(
    ws: &mut Worksheet,
    m: &Model,
    funding: &Funding,
    plan: &FundingPlan,
    st: &Style,
) -> Result<(), XlsxError> {
    let (bold, money, ratio) = (&st.bold, &st.money, &st.ratio);
    ws.set_name("Funding")?;
    ws.set_column_width(0, 34)?;
    let major = |minor: i64| Money::new(minor, m.currency).major();
    ws.write_string_with_format(
        0,
        0,
        format!("Sources of funding ({}, nominal)", m.currency.code()),
        bold,
    )?;
    let mut sources: Vec<(String, i64)> = vec![("City budget".into(), funding.city_budget)];
    sources.extend(
        funding
            .grants
            .iter()
            .map(|g| (format!("Grant: {}", g.label), g.amount)),
    );
    sources.extend(
        funding
            .loans
            .iter()
            .map(|l| (format!("Loan: {}", l.label), l.principal)),
    );
    sources.extend(
        funding
            .ppps
            .iter()
            .map(|p| (format!("PPP: {}", p.label), p.private_capital)),
    );
    sources.extend(
        funding
            .bonds
            .iter()
            .map(|b| (format!("Green bond: {}", b.label), b.face)),
    );
    for (i, (label, amount)) in sources.iter().enumerate() {
        ws.write_string(1 + i as u32, 0, label)?;
        ws.write_number_with_format(1 + i as u32, 1, major(*amount), money)?;
    }
    let n = sources.len() as u32;
    ws.write_string_with_format(1 + n, 0, "Sources", bold)?;
    ws.write_formula_with_format(
        1 + n,
        1,
        st.formula(format!("=SUM(B2:B{})", 1 + n), major(funding.sources())),
        money,
    )?;
    ws.write_string_with_format(2 + n, 0, "Uses (capital costs)", bold)?;
    ws.write_number_with_format(2 + n, 1, major(plan.uses.iter().sum()), money)?;

    let top = n + 4;
    ws.write_string_with_format(top, 0, "Year", bold)?;
    let years = plan.uses.len() as u16;
    for t in 0..years {
        ws.write_number_with_format(top, 1 + t, f64::from(t), bold)?;
    }
    let mut row = top + 1;
    let put = |ws: &mut Worksheet,
               row: &mut u32,
               label: String,
               values: &[i64]|
     -> Result<u32, XlsxError> {
        ws.write_string(*row, 0, label)?;
        for (t, v) in values.iter().enumerate() {
            ws.write_number_with_format(*row, 1 + t as u16, major(*v), money)?;
        }
        *row += 1;
        Ok(*row - 1)
    };
    put(ws, &mut row, "Capital costs".into(), &plan.uses)?;
    put(
        ws,
        &mut row,
        "Paid by outside sources".into(),
        &plan.drawn_external,
    )?;
    put(
        ws,
        &mut row,
        "Paid by the city's budget".into(),
        &plan.city_budget,
    )?;
    let mut service_rows = vec![];
    for (loan, s) in funding.loans.iter().zip(&plan.loans) {
        put(
            ws,
            &mut row,
            format!("{}: drawn", loan.label),
            &s.iter().map(|y| y.drawn).collect::<Vec<_>>(),
        )?;
        put(
            ws,
            &mut row,
            format!("{}: interest", loan.label),
            &s.iter().map(|y| y.interest).collect::<Vec<_>>(),
        )?;
        put(
            ws,
            &mut row,
            format!("{}: principal", loan.label),
            &s.iter().map(|y| y.principal).collect::<Vec<_>>(),
        )?;
        put(
            ws,
            &mut row,
            format!("{}: balance", loan.label),
            &s.iter().map(|y| y.closing).collect::<Vec<_>>(),
        )?;
        service_rows.push(put(
            ws,
            &mut row,
            format!("{}: debt service", loan.label),
            &s.iter().map(|y| y.service()).collect::<Vec<_>>(),
        )?);
    }
    for (bond, s) in funding.bonds.iter().zip(&plan.bonds) {
        service_rows.push(put(
            ws,
            &mut row,
            format!("{}: coupon and redemption", bond.label),
            &s.iter().map(|y| y.service()).collect::<Vec<_>>(),
        )?);
    }
    if !funding.ppps.is_empty() {
        service_rows.push(put(
            ws,
            &mut row,
            "Availability payments".into(),
            &plan.availability_payments,
        )?);
    }
    let cash_row = put(
        ws,
        &mut row,
        "Cash available for debt service".into(),
        &plan.cash_available,
    )?;
    let ds_row = row;
    let dscr_row = row + 1;
    let below_row = row + 2;
    ws.write_string_with_format(ds_row, 0, "Debt service", bold)?;
    ws.write_string_with_format(dscr_row, 0, "DSCR", bold)?;
    ws.write_string_with_format(below_row, 0, "Below the covenant", bold)?;
    for t in 0..years {
        let col = 1 + t;
        let tu = usize::from(t);
        let sum = if service_rows.is_empty() {
            "=0".to_string()
        } else {
            format!(
                "={}",
                service_rows
                    .iter()
                    .map(|r| row_col_to_cell(*r, col))
                    .collect::<Vec<_>>()
                    .join("+")
            )
        };
        ws.write_formula_with_format(
            ds_row,
            col,
            st.formula(sum, major(plan.debt_service[tu])),
            money,
        )?;
        let (ds, ca) = (row_col_to_cell(ds_row, col), row_col_to_cell(cash_row, col));
        let dscr = plan.dscr[tu];
        ws.write_formula_with_format(
            dscr_row,
            col,
            st.formula_showing(
                format!("=IF({ds}>0,{ca}/{ds},\"\")"),
                dscr.map_or(String::new(), |d| d.to_string()),
            ),
            ratio,
        )?;
        let below = plan.years_below_covenant.contains(&tu);
        ws.write_formula(
            below_row,
            col,
            st.formula_showing(
                format!(
                    "=IF(AND({ds}>0,{}<Covenant),\"below\",\"\")",
                    row_col_to_cell(dscr_row, col)
                ),
                if below { "below" } else { "" }.to_string(),
            ),
        )?;
    }
    row = below_row + 1;
    put(ws, &mut row, "The city's cash".into(), &plan.city_cash)?;
    put(
        ws,
        &mut row,
        "The city's cash, cumulative".into(),
        &plan.city_cash_cumulative,
    )?;
    Ok(())
}

fn risk_sheet(
    ws: &mut Worksheet,
    m: &Model,
    sim: &Simulation,
    o: &Outcome,
    st: &Style,
) -> Result<(), XlsxError> {
    let (bold, money) = (&st.bold, &st.money);
    ws.set_name("Monte Carlo")?;
    ws.set_column_width(0, 34)?;
    ws.write_string_with_format(
        0,
        0,
        format!("Monte Carlo: {} trials, seed {}", o.trials, o.seed),
        bold,
    )?;
    let rows = [
        ("NPV with every input at its base", o.base_npv),
        ("Mean NPV", o.npv.mean),
        ("Standard error of the mean", o.npv.sem),
        ("Standard deviation", o.npv.sd),
        ("P10", o.npv.p10),
        ("P50", o.npv.p50),
        ("P90", o.npv.p90),
    ];
    for (i, (label, v)) in rows.iter().enumerate() {
        ws.write_string(1 + i as u32, 0, *label)?;
        ws.write_number_with_format(1 + i as u32, 1, *v, money)?;
    }
    ws.write_string(8, 0, "Probability of a negative NPV")?;
    ws.write_number_with_format(8, 1, o.p_negative, &Format::new().set_num_format("0.0%"))?;
    ws.write_string_with_format(10, 0, "Uncertain input", bold)?;
    for (c, h) in [
        "Changes",
        "Distribution",
        "NPV at its P10",
        "NPV at its P90",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(10, 1 + c as u16, *h, bold)?;
    }
    for (i, input) in sim.inputs.iter().enumerate() {
        let r = 11 + i as u32;
        ws.write_string(r, 0, &input.label)?;
        let target = match input.target {
            Target::Line(j) => {
                format!("line: {}", m.lines.get(j).map_or("?", |l| l.label.as_str()))
            }
            Target::Capital => "capital costs".into(),
            Target::Operating => "operating costs".into(),
            Target::Benefits => "benefits".into(),
            Target::CarbonPrice => "carbon price".into(),
            Target::DiscountRate => "discount rate".into(),
            Target::BenefitDelay => "delay of the benefits (years)".into(),
        };
        ws.write_string(r, 1, target)?;
        ws.write_string(r, 2, describe(&input.distribution))?;
        if let Some(bar) = o.tornado.iter().find(|b| b.input == i) {
            ws.write_number_with_format(r, 3, bar.npv_low, money)?;
            ws.write_number_with_format(r, 4, bar.npv_high, money)?;
        }
    }
    let h = 12 + sim.inputs.len() as u32;
    ws.write_string_with_format(h, 0, "NPV from", bold)?;
    ws.write_string_with_format(h, 1, "to", bold)?;
    ws.write_string_with_format(h, 2, "Trials", bold)?;
    for (i, count) in o.histogram.counts.iter().enumerate() {
        let r = h + 1 + i as u32;
        let lo = o.histogram.lo + i as f64 * o.histogram.width;
        ws.write_number_with_format(r, 0, lo, money)?;
        ws.write_number_with_format(r, 1, lo + o.histogram.width, money)?;
        ws.write_number(r, 2, f64::from(*count))?;
    }
    Ok(())
}

fn describe(d: &Distribution) -> String {
    match d {
        Distribution::Triangular { min, mode, max } => format!("triangular ({min}, {mode}, {max})"),
        Distribution::Pert { min, mode, max } => format!("PERT ({min}, {mode}, {max})"),
        Distribution::Normal { mean, sd } => format!("normal (mean {mean}, sd {sd})"),
        Distribution::Lognormal { mu, sigma } => format!("lognormal (mu {mu}, sigma {sigma})"),
        Distribution::Uniform { min, max } => format!("uniform ({min}, {max})"),
        Distribution::Delay { probabilities } => format!(
            "delay: {}",
            probabilities
                .iter()
                .enumerate()
                .map(|(k, p)| format!("{k} y: {p}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::street_lights;
    use calamine::{DataType, Reader, Xlsx};

    #[test]
    fn the_workbook_holds_formulas_and_their_values() {
        let m = street_lights();
        let k = m.metrics();
        let bytes = write(&Contents {
            model: &m,
            metrics: &k,
            funding: None,
            risk: None,
            results: true,
        })
        .unwrap();
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), ["Inputs", "Cash flows"]);
        let formulas = book.worksheet_formula("Cash flows").unwrap();
        let all: Vec<&String> = formulas.used_cells().map(|(_, _, f)| f).collect();
        assert!(all.iter().any(|f| f.starts_with("IRR(")), "{all:?}");
        assert!(
            all.iter().any(|f| f.contains("NPV(DiscountRate")),
            "{all:?}"
        );
        let values = book.worksheet_range("Cash flows").unwrap();
        let npv_row = (0..values.height() as u32)
            .find(|r| values.get_value((*r, 0)).is_some_and(|c| *c == "NPV"))
            .unwrap();
        let cached = values
            .get_value((npv_row, 1))
            .and_then(|c| c.as_f64())
            .unwrap();
        assert!((cached - k.npv).abs() < 1e-6 * k.npv.abs());
    }
}
