//! A business case as the reader sees it: each metric with its one-line explanation, the
//! funding table by year, the Monte Carlo summary and the charts, every number written as the
//! reader's language writes it. Shared by the calculator and, with issue 9, a project's
//! Finance tab and its brief.

use crate::kit::Ctx;
use crate::kit::chart::{self, Swing, Years};
use crate::kit::number::{axis_unit, decimal, money, percent};
use finance::Irr;
use services::driver::business_case::Evaluation;

/// One metric: its name, its value written out, and what it means.
pub struct Metric {
    pub name: String,
    pub value: String,
    pub explain: String,
    /// A warning beside it (an ambiguous IRR).
    pub warn: Option<String>,
}

/// One row of the funding table: its name and a cell per year.
pub struct Row {
    pub name: String,
    pub cells: Vec<String>,
    /// Which cells to mark (years below the covenant).
    pub marked: Vec<bool>,
}

pub struct Report {
    pub metrics: Vec<Metric>,
    pub years: Vec<String>,
    pub funding: Vec<Row>,
    pub funding_note: Option<String>,
    pub risk: Vec<Metric>,
    pub cash_chart: String,
    pub funding_chart: Option<String>,
    pub dscr_chart: Option<String>,
    pub histogram: Option<String>,
    pub tornado: Option<String>,
}

fn irr_text(c: &Ctx, irr: &Irr) -> (String, Option<String>) {
    let pct = |r: f64| percent(c.lang, r, 2);
    match irr {
        Irr::None => (c.tr.t("finance-irr-none"), None),
        Irr::One(r) => (pct(*r), None),
        Irr::Several(rates) => {
            let all: Vec<String> = rates.iter().map(|r| pct(*r)).collect();
            (all.join(" · "), Some(c.tr.t("finance-irr-several")))
        }
    }
}

fn years_text(c: &Ctx, y: Option<f64>) -> String {
    match y {
        Some(y) => {
            c.tr.ts("finance-years", &[("years", &decimal(c.lang, y, 1))])
        }
        None => c.tr.t("finance-not-within-horizon"),
    }
}

pub fn report(c: &Ctx, e: &Evaluation) -> Report {
    let m = &e.case.model;
    let cur = m.currency;
    let k = &e.metrics;
    let cash = |v: f64| money(c.lang, v, cur);
    let metric = |key: &str, value: String, warn: Option<String>| Metric {
        name: c.tr.t(&format!("finance-metric-{key}")),
        value,
        explain: c.tr.t(&format!("finance-explain-{key}")),
        warn,
    };
    let (irr, irr_warn) = irr_text(c, &k.irr);
    let (xirr, _) = irr_text(c, &k.xirr);
    let metrics = vec![
        metric("npv", cash(k.npv), None),
        metric("irr", irr, irr_warn),
        metric(
            "mirr",
            k.mirr.map_or("—".into(), |r| percent(c.lang, r, 2)),
            None,
        ),
        metric("xnpv", cash(k.xnpv), None),
        metric("xirr", xirr, None),
        metric("payback", years_text(c, k.payback), None),
        metric(
            "discounted_payback",
            years_text(c, k.discounted_payback),
            None,
        ),
        metric(
            "bcr",
            k.benefit_cost_ratio
                .map_or("—".into(), |b| decimal(c.lang, b, 2)),
            None,
        ),
        metric(
            "break_even",
            k.break_even_rate
                .map_or(c.tr.t("finance-none"), |r| percent(c.lang, r, 2)),
            None,
        ),
    ];
    let years: Vec<String> = (0..m.horizon as usize)
        .map(|t| chrono::Datelike::year(&m.date_of_year(t)).to_string())
        .collect();

    // Cash flows: benefits (with the residual value) up, costs down, the cumulative net line.
    let y = &e.yearly;
    let benefits = y.gains();
    let costs = y.costs();
    let cumulative: Vec<f64> = y
        .net()
        .iter()
        .scan(0.0, |acc, v| {
            *acc += v;
            Some(*acc)
        })
        .collect();
    let biggest = benefits
        .iter()
        .chain(&costs)
        .chain(cumulative.iter())
        .fold(0.0_f64, |a, b| a.max(b.abs()));
    let (scale, unit) = axis_unit(biggest);
    let unit_label = c.tr.ts(
        "finance-unit",
        &[
            ("currency", cur.code()),
            ("scale", &c.tr.t(&format!("finance-scale-{unit}"))),
        ],
    );
    let tick = |v: f64| decimal(c.lang, v / scale, 0);
    let cash_chart = chart::cash_flows(
        &Years {
            title: &c.tr.t("finance-chart-cash"),
            labels: &years,
            unit: &unit_label,
            tick: &tick,
            value: &cash,
        },
        &benefits,
        &costs,
        &cumulative,
        [
            &c.tr.t("finance-benefits"),
            &c.tr.t("finance-costs"),
            &c.tr.t("finance-cumulative"),
        ],
    );

    let (funding, funding_note, funding_chart, dscr_chart) = match (&e.case.funding, &e.funding) {
        (Some(f), Some(p)) => {
            let major = |minor: i64| finance::Money::new(minor, cur).major();
            let row = |key: &str, values: &[i64]| Row {
                name: c.tr.t(key),
                cells: values.iter().map(|v| cash(major(*v))).collect(),
                marked: vec![false; values.len()],
            };
            let mut rows = vec![
                row("finance-row-uses", &p.uses),
                row("finance-row-outside", &p.drawn_external),
                row("finance-row-budget", &p.city_budget),
                row("finance-row-debt-service", &p.debt_service),
                row("finance-row-cash-available", &p.cash_available),
            ];
            rows.push(Row {
                name: c.tr.t("finance-row-dscr"),
                cells: p
                    .dscr
                    .iter()
                    .map(|d| d.map_or(String::new(), |d| decimal(c.lang, d, 2)))
                    .collect(),
                marked: (0..p.dscr.len())
                    .map(|t| p.years_below_covenant.contains(&t))
                    .collect(),
            });
            rows.push(row("finance-row-city-cash", &p.city_cash));
            rows.push(row(
                "finance-row-city-cash-cumulative",
                &p.city_cash_cumulative,
            ));
            let note = if p.years_below_covenant.is_empty() {
                c.tr.ts(
                    "finance-covenant-kept",
                    &[("covenant", &decimal(c.lang, p.covenant, 2))],
                )
            } else {
                let list: Vec<&str> = p
                    .years_below_covenant
                    .iter()
                    .map(|t| years[*t].as_str())
                    .collect();
                c.tr.ts(
                    "finance-covenant-broken",
                    &[
                        ("covenant", &decimal(c.lang, p.covenant, 2)),
                        ("years", &list.join(", ")),
                    ],
                )
            };
            let mut sources: Vec<(String, f64)> =
                vec![(c.tr.t("finance-city-budget"), major(f.city_budget))];
            sources.extend(f.grants.iter().map(|g| (g.label.clone(), major(g.amount))));
            sources.extend(
                f.loans
                    .iter()
                    .map(|l| (l.label.clone(), major(l.principal))),
            );
            sources.extend(
                f.ppps
                    .iter()
                    .map(|x| (x.label.clone(), major(x.private_capital))),
            );
            sources.extend(f.bonds.iter().map(|b| (b.label.clone(), major(b.face))));
            let share = |s: f64| percent(c.lang, s, 0);
            let mix = chart::funding_mix(&c.tr.t("finance-chart-mix"), &sources, &cash, &share);
            let ratio = |v: f64| decimal(c.lang, v, 2);
            let dscr = chart::dscr(
                &Years {
                    title: &c.tr.t("finance-chart-dscr"),
                    labels: &years,
                    unit: "",
                    tick: &ratio,
                    value: &ratio,
                },
                &p.dscr,
                p.covenant,
                &c.tr.t("finance-covenant"),
            );
            (rows, Some(note), Some(mix), Some(dscr))
        }
        _ => (vec![], None, None, None),
    };

    let (risk, histogram, tornado) = match (&e.case.simulation, &e.risk) {
        (Some(_), Some(o)) => {
            let mut rows = vec![
                metric("trials", decimal(c.lang, o.trials as f64, 0), None),
                metric(
                    "npv_mean",
                    format!("{} ± {}", cash(o.npv.mean), cash(o.npv.sem)),
                    None,
                ),
                metric("npv_p10", cash(o.npv.p10), None),
                metric("npv_p50", cash(o.npv.p50), None),
                metric("npv_p90", cash(o.npv.p90), None),
                metric("p_negative", percent(c.lang, o.p_negative, 1), None),
            ];
            if let Some(irr) = &o.irr
                && let Some(s) = &irr.summary
            {
                let spread = format!(
                    "{} · {} · {}",
                    percent(c.lang, s.p10, 1),
                    percent(c.lang, s.p50, 1),
                    percent(c.lang, s.p90, 1)
                );
                let warn = (irr.ambiguous + irr.none > 0).then(|| {
                    c.tr.ts(
                        "finance-irr-trials-without",
                        &[
                            ("ambiguous", &irr.ambiguous.to_string()),
                            ("none", &irr.none.to_string()),
                        ],
                    )
                });
                rows.push(metric("irr_spread", spread, warn));
            }
            let marks = [
                ("P10", o.npv.p10),
                ("P50", o.npv.p50),
                ("P90", o.npv.p90),
                ("0", 0.0),
            ];
            let hist = chart::histogram(
                &c.tr.t("finance-chart-histogram"),
                &o.histogram.counts,
                o.histogram.lo,
                o.histogram.width,
                &marks,
                &cash,
            );
            let swings: Vec<Swing> = o
                .tornado
                .iter()
                .map(|b| Swing {
                    label: &b.label,
                    at_low: b.npv_low,
                    at_high: b.npv_high,
                })
                .collect();
            let torn = chart::tornado(
                &c.tr.t("finance-chart-tornado"),
                &swings,
                o.base_npv,
                [&c.tr.t("finance-at-p10"), &c.tr.t("finance-at-p90")],
                &cash,
            );
            (rows, Some(hist), Some(torn))
        }
        _ => (vec![], None, None),
    };
    Report {
        metrics,
        years,
        funding,
        funding_note,
        risk,
        cash_chart,
        funding_chart,
        dscr_chart,
        histogram,
        tornado,
    }
}
