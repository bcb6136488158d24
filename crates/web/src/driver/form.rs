//! The calculator's form read into a business case, and back: numbers as the reader's
//! language writes them (`1234,5` in French), `value*count` repeats, rates in percent; every
//! problem — of the typing or found by the engine — on the form field that holds it, in the
//! reader's language.

use crate::kit::{Ctx, Fields};
use domain::Lang;
use finance::funding::{Bond, ConstructionInterest, Funding, Grant, Loan, Ppp, Repayment};
use finance::model::{Benefit, Line, LineKind, Terms};
use finance::risk::{Correlation, Distribution, Input, Simulation, Target};
use finance::{Currency, FieldError, Model, Money, Problem};
use services::driver::business_case::BusinessCase;
use std::collections::BTreeMap;

/// Rows of uncertain inputs and of correlations on the form.
pub const RISKS: usize = 4;
pub const CORRELATIONS: usize = 2;

/// Amounts in minor units written back for the form: plain numbers in major units with the
/// reader's decimal mark, a run of one value as `value*count`.
pub(super) fn amounts_text(minor: &[i64], digits: u32, lang: Lang) -> String {
    let one = |m: i64| {
        let per = 10_i64.pow(digits);
        let (whole, part) = (m / per, m % per);
        let mark = if lang == Lang::Fr { "," } else { "." };
        let text = if part == 0 {
            whole.to_string()
        } else {
            format!("{whole}{mark}{:0w$}", part, w = digits as usize)
        };
        if text.contains(mark) {
            text.trim_end_matches('0').to_string()
        } else {
            text
        }
    };
    let mut out: Vec<String> = vec![];
    let mut i = 0;
    while i < minor.len() {
        let run = minor[i..].iter().take_while(|m| **m == minor[i]).count();
        out.push(if run > 2 {
            format!("{}*{run}", one(minor[i]))
        } else {
            vec![one(minor[i]); run].join(" ")
        });
        i += run;
    }
    out.join(" ")
}

/// Reads numbers as the reader writes them: in French the comma is the decimal mark and the
/// point groups thousands; elsewhere the other way round.
fn plain_number(lang: Lang, s: &str) -> String {
    let s: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_'))
        .collect();
    if lang == Lang::Fr {
        s.replace('.', "").replace(',', ".")
    } else {
        s.replace(',', "")
    }
}

/// The form read into a case, or the message of every bad field by its form name.
pub(super) fn read(c: &Ctx, f: &Fields) -> Result<BusinessCase, BTreeMap<String, String>> {
    let lang = c.lang;
    let mut errors: BTreeMap<String, String> = BTreeMap::new();
    let mut bad = |field: &str, problem: String| {
        errors.entry(field.to_string()).or_insert(problem);
    };
    let number = |field: &str, bad: &mut dyn FnMut(&str, String)| -> Option<f64> {
        let raw = f.get(field)?;
        match plain_number(lang, &raw).parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            _ => {
                bad(field, c.tr.ts("finance-error-number", &[("value", &raw)]));
                None
            }
        }
    };
    let whole = |field: &str, default: u32, bad: &mut dyn FnMut(&str, String)| -> u32 {
        match f.get(field) {
            None => default,
            Some(raw) => raw.parse::<u32>().unwrap_or_else(|_| {
                bad(field, c.tr.ts("finance-error-whole", &[("value", &raw)]));
                default
            }),
        }
    };
    let rate =
        |field: &str, bad: &mut dyn FnMut(&str, String)| number(field, bad).map(|p| p / 100.0);

    let currency = match Currency::from_code(&f.get("currency").unwrap_or_default()) {
        Ok(cur) => Some(cur),
        Err(_) => {
            bad(
                "currency",
                c.tr.ts("finance-error-currency", &[("value", &f.raw("currency"))]),
            );
            None
        }
    };
    let cur = currency.unwrap_or(Currency::from_code("USD").map_err(|_| BTreeMap::new())?);
    let money = |field: &str, raw: &str, bad: &mut dyn FnMut(&str, String)| -> Option<i64> {
        match Money::parse(&plain_number(lang, raw), cur) {
            Ok(m) if m.minor >= 0 => Some(m.minor),
            Ok(_) => {
                bad(field, problem_text(c, &Problem::Negative));
                None
            }
            Err(e) => {
                bad(
                    field,
                    c.tr.ts(
                        "finance-error-amount",
                        &[
                            ("value", raw),
                            ("currency", cur.code()),
                            ("reason", &e.to_string()),
                        ],
                    ),
                );
                None
            }
        }
    };
    let start = match f
        .get("start")
        .map(|s| chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d"))
    {
        Some(Ok(d)) => d,
        _ => {
            bad("start", c.tr.t("finance-error-date"));
            chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default()
        }
    };
    let horizon = whole("horizon", 20, &mut bad);
    let construction_years = whole("construction_years", 0, &mut bad);
    let terms = if f.get("terms").as_deref() == Some("nominal") {
        Terms::Nominal
    } else {
        Terms::Real
    };
    let discount_rate = rate("discount_rate", &mut bad).unwrap_or(f64::NAN);
    let inflation = rate("inflation", &mut bad).unwrap_or(0.0);
    let carbon_price = f
        .get("carbon_price")
        .and_then(|raw| money("carbon_price", &raw, &mut bad))
        .unwrap_or(0);
    if f.get("discount_rate").is_none() {
        bad("discount_rate", problem_text(c, &Problem::Required));
    }

    let mut lines = vec![];
    let mut line_rows = vec![];
    for i in 0..finance::model::MAX_LINES {
        let label = f.get(&format!("line{i}_label"));
        let amounts = f.get(&format!("line{i}_amounts"));
        if label.is_none() && amounts.is_none() {
            continue;
        }
        let field = format!("line{i}_amounts");
        let kind = LineKind::from_key(&f.get(&format!("line{i}_kind")).unwrap_or_default())
            .unwrap_or(LineKind::Capital);
        let mut values = vec![];
        for token in amounts
            .unwrap_or_default()
            .split([' ', ';', '\t', '\n'])
            .filter(|t| !t.is_empty())
        {
            let (value, count) = match token.split_once('*') {
                Some((v, n)) => match n.trim().parse::<usize>() {
                    Ok(n) if n <= 50 => (v, n),
                    _ => {
                        bad(&field, c.tr.ts("finance-error-repeat", &[("value", token)]));
                        continue;
                    }
                },
                None => (token, 1),
            };
            let minor = if kind == LineKind::Benefit(Benefit::Co2) {
                // Tonnes with up to three decimals, kept in kilograms.
                Money::parse(
                    &plain_number(lang, value),
                    Currency::from_code("KWD").map_err(|_| BTreeMap::new())?,
                )
                .ok()
                .filter(|m| m.minor >= 0)
                .map(|m| m.minor)
                .or_else(|| {
                    bad(&field, c.tr.ts("finance-error-number", &[("value", value)]));
                    None
                })
            } else {
                money(&field, value, &mut bad)
            };
            values.extend(std::iter::repeat_n(minor.unwrap_or(0), count));
        }
        line_rows.push(i);
        lines.push(Line {
            label: label.unwrap_or_default(),
            kind,
            amounts: values,
        });
    }
    if lines.is_empty() {
        bad("line0_label", c.tr.t("finance-error-no-lines"));
    }
    let model = Model {
        currency: cur,
        start,
        horizon,
        construction_years,
        terms,
        discount_rate,
        inflation,
        carbon_price,
        finance_rate: rate("finance_rate", &mut bad),
        reinvest_rate: rate("reinvest_rate", &mut bad),
        lines,
    };

    // Funding, when any source is given.
    let amount =
        |k: &str, bad: &mut dyn FnMut(&str, String)| f.get(k).and_then(|raw| money(k, &raw, bad));
    let grant = amount("grant_amount", &mut bad);
    let loan = amount("loan_principal", &mut bad);
    let bond = amount("bond_face", &mut bad);
    let ppp = amount("ppp_private", &mut bad);
    let typed_budget = amount("city_budget", &mut bad);
    let funding = if [grant, loan, bond, ppp, typed_budget]
        .iter()
        .any(Option::is_some)
    {
        let mut funding = Funding {
            city_budget: 0,
            grants: grant
                .map(|amount| Grant {
                    label: f
                        .get("grant_label")
                        .unwrap_or_else(|| c.tr.t("finance-grant")),
                    amount,
                })
                .into_iter()
                .collect(),
            loans: loan
                .map(|principal| Loan {
                    label: f
                        .get("loan_label")
                        .unwrap_or_else(|| c.tr.t("finance-loan")),
                    principal,
                    rate: rate("loan_rate", &mut bad).unwrap_or(0.0),
                    tenor: whole("loan_tenor", 0, &mut bad),
                    grace: whole("loan_grace", 0, &mut bad),
                    repayment: match f.get("loan_repayment").as_deref() {
                        Some("equal_principal") => Repayment::EqualPrincipal,
                        Some("bullet") => Repayment::Bullet,
                        _ => Repayment::Annuity,
                    },
                    construction_interest: if f.get("loan_idc").as_deref() == Some("capitalized") {
                        ConstructionInterest::Capitalized
                    } else {
                        ConstructionInterest::Paid
                    },
                })
                .into_iter()
                .collect(),
            ppps: ppp
                .map(|private_capital| Ppp {
                    label: f.get("ppp_label").unwrap_or_else(|| c.tr.t("finance-ppp")),
                    private_capital,
                    availability_payment: amount("ppp_payment", &mut bad).unwrap_or(0),
                    years: whole("ppp_years", 0, &mut bad),
                })
                .into_iter()
                .collect(),
            bonds: bond
                .map(|face| Bond {
                    label: f
                        .get("bond_label")
                        .unwrap_or_else(|| c.tr.t("finance-bond")),
                    face,
                    coupon: rate("bond_coupon", &mut bad).unwrap_or(0.0),
                    maturity: whole("bond_maturity", 0, &mut bad),
                })
                .into_iter()
                .collect(),
            covenant: number("covenant", &mut bad).unwrap_or(finance::funding::DEFAULT_COVENANT),
        };
        // A blank budget pays for what the other sources leave.
        funding.city_budget = match typed_budget {
            Some(b) => b,
            None if model.problems().is_empty() => {
                (Funding::uses(&model).iter().sum::<i64>() - funding.sources()).max(0)
            }
            None => 0,
        };
        Some(funding)
    } else {
        None
    };

    // Uncertain inputs.
    let mut inputs = vec![];
    let mut risk_rows = vec![];
    for i in 0..RISKS {
        let Some(label) = f.get(&format!("risk{i}_label")) else {
            continue;
        };
        let key = |s: &str| format!("risk{i}_{s}");
        let target = match f.get(&key("target")).as_deref() {
            Some("operating") => Target::Operating,
            Some("benefits") => Target::Benefits,
            Some("carbon_price") => Target::CarbonPrice,
            Some("discount_rate") => Target::DiscountRate,
            Some("benefit_delay") => Target::BenefitDelay,
            _ => Target::Capital,
        };
        let p =
            |s: &str, bad: &mut dyn FnMut(&str, String)| number(&key(s), bad).unwrap_or(f64::NAN);
        // A rate's distribution is typed in percent, like every rate of the form.
        let scale = if target == Target::DiscountRate {
            0.01
        } else {
            1.0
        };
        let distribution = match f.get(&key("shape")).as_deref() {
            Some("pert") => Distribution::Pert {
                min: p("a", &mut bad) * scale,
                mode: p("b", &mut bad) * scale,
                max: p("c", &mut bad) * scale,
            },
            Some("normal") => Distribution::Normal {
                mean: p("a", &mut bad) * scale,
                sd: p("b", &mut bad) * scale,
            },
            Some("lognormal") => Distribution::Lognormal {
                mu: p("a", &mut bad),
                sigma: p("b", &mut bad),
            },
            Some("uniform") => Distribution::Uniform {
                min: p("a", &mut bad) * scale,
                max: p("b", &mut bad) * scale,
            },
            Some("delay") => Distribution::Delay {
                probabilities: f
                    .get(&key("a"))
                    .unwrap_or_default()
                    .split([' ', ';'])
                    .filter(|t| !t.is_empty())
                    .map(|t| plain_number(lang, t).parse::<f64>().unwrap_or(f64::NAN))
                    .collect(),
            },
            _ => Distribution::Triangular {
                min: p("a", &mut bad) * scale,
                mode: p("b", &mut bad) * scale,
                max: p("c", &mut bad) * scale,
            },
        };
        risk_rows.push(i);
        inputs.push(Input {
            label,
            target,
            distribution,
        });
    }
    // Rank correlations between two of those rows (numbered from 1 on the form).
    let mut correlations = vec![];
    let mut correlation_rows = vec![];
    for k in 0..CORRELATIONS {
        let key = |s: &str| format!("corr{k}_{s}");
        let (Some(a), Some(b)) = (f.get(&key("a")), f.get(&key("b"))) else {
            continue;
        };
        let input_of = |row: &str| {
            row.parse::<usize>()
                .ok()
                .and_then(|r| risk_rows.iter().position(|x| *x + 1 == r))
        };
        let Some(rank) = number(&key("rank"), &mut bad) else {
            bad(&key("rank"), problem_text(c, &Problem::Required));
            continue;
        };
        match (input_of(&a), input_of(&b)) {
            (Some(a), Some(b)) => {
                correlation_rows.push(k);
                correlations.push(Correlation { a, b, rank });
            }
            _ => bad(&key("a"), problem_text(c, &Problem::UnknownInput)),
        }
    }
    let simulation = (!inputs.is_empty()).then(|| Simulation {
        inputs,
        correlations,
        trials: whole("trials", finance::risk::DEFAULT_TRIALS, &mut bad),
        seed: u64::from(whole("seed", 1, &mut bad)),
        irr: true,
    });

    // What the engine finds wrong, on the form field that holds it.
    if errors.is_empty() {
        let place = |e: &FieldError| form_field(&e.field, &line_rows, &risk_rows);
        for e in model.problems() {
            errors
                .entry(place(&e))
                .or_insert(problem_text(c, &e.problem));
        }
        if errors.is_empty() {
            for e in funding.iter().flat_map(|x| x.problems(&model)) {
                errors
                    .entry(funding_field(&e.field))
                    .or_insert(problem_text(c, &e.problem));
            }
            for e in simulation.iter().flat_map(|s| s.problems(&model)) {
                errors
                    .entry(risk_field(&e.field, &risk_rows, &correlation_rows))
                    .or_insert(problem_text(c, &e.problem));
            }
        }
    }
    if errors.is_empty() {
        Ok(BusinessCase {
            model,
            funding,
            simulation,
        })
    } else {
        Err(errors)
    }
}

/// The form field of a model's field: `lines[2].amounts[4]` is on the row the third line came
/// from.
fn form_field(field: &str, line_rows: &[usize], _risk_rows: &[usize]) -> String {
    if let Some(rest) = field.strip_prefix("lines[")
        && let Some((n, tail)) = rest.split_once(']')
        && let Ok(n) = n.parse::<usize>()
    {
        let row = line_rows.get(n).copied().unwrap_or(n);
        let part = if tail.starts_with(".label") {
            "label"
        } else {
            "amounts"
        };
        return format!("line{row}_{part}");
    }
    field.to_string()
}

fn funding_field(field: &str) -> String {
    let simple = |prefix: &str| field.split_once("].").map(|(_, f)| format!("{prefix}_{f}"));
    let mapped = if field.starts_with("grants[") {
        simple("grant")
    } else if field.starts_with("loans[") {
        simple("loan")
    } else if field.starts_with("bonds[") {
        simple("bond")
    } else if field.starts_with("ppps[") {
        simple("ppp").map(|f| {
            f.replace("availability_payment", "payment")
                .replace("private_capital", "private")
        })
    } else {
        None
    };
    match (mapped, field) {
        (Some(m), _) => m,
        (None, "sources") => "city_budget".into(),
        (None, f) => f.to_string(),
    }
}

fn risk_field(field: &str, risk_rows: &[usize], correlation_rows: &[usize]) -> String {
    if let Some(rest) = field.strip_prefix("inputs[")
        && let Some((n, _)) = rest.split_once(']')
        && let Ok(n) = n.parse::<usize>()
    {
        return format!("risk{}_shape", risk_rows.get(n).copied().unwrap_or(n));
    }
    if let Some(rest) = field.strip_prefix("correlations[")
        && let Some((n, _)) = rest.split_once(']')
        && let Ok(n) = n.parse::<usize>()
    {
        return format!("corr{}_rank", correlation_rows.get(n).copied().unwrap_or(n));
    }
    if field == "correlations" {
        // The correlations together cannot hold: shown on the first.
        return format!(
            "corr{}_rank",
            correlation_rows.first().copied().unwrap_or(0)
        );
    }
    field.to_string()
}

/// A problem in the reader's language.
fn problem_text(c: &Ctx, p: &Problem) -> String {
    let pct = |v: f64| crate::kit::number::percent(c.lang, v, 0);
    match p {
        Problem::RateOutOfRange { min, max } => c.tr.ts(
            "finance-problem-rate_out_of_range",
            &[("min", &pct(*min)), ("max", &pct(*max))],
        ),
        Problem::OutOfRange { min, max } => c.tr.ts(
            "finance-problem-out_of_range",
            &[
                ("min", &crate::kit::number::decimal(c.lang, *min, 0)),
                ("max", &crate::kit::number::decimal(c.lang, *max, 0)),
            ],
        ),
        Problem::TooLong { max } | Problem::TooMany { max } => c.tr.ts(
            &format!("finance-problem-{}", p.key()),
            &[("max", &max.to_string())],
        ),
        Problem::SourcesNotEqualUses { gap, currency } => {
            let amount = Currency::from_code(currency)
                .map(|cur| crate::kit::number::money(c.lang, gap.abs(), cur))
                .unwrap_or_default();
            let key = if *gap > 0.0 {
                "finance-problem-sources-short"
            } else {
                "finance-problem-sources-over"
            };
            c.tr.ts(key, &[("gap", &amount)])
        }
        Problem::BadDistribution { reason } => {
            format!("{} ({reason})", c.tr.t("finance-problem-bad_distribution"))
        }
        other => c.tr.t(&format!("finance-problem-{}", other.key())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_the_reader_writes_them() {
        assert_eq!(plain_number(Lang::En, "1,234.5"), "1234.5");
        assert_eq!(plain_number(Lang::Fr, "1.234,5"), "1234.5");
        assert_eq!(plain_number(Lang::Fr, "4,5"), "4.5");
        assert_eq!(plain_number(Lang::Ja, "480000000"), "480000000");
    }

    #[test]
    fn imported_amounts_are_written_back_short() {
        assert_eq!(
            amounts_text(&[0, 0, 5, 5, 5, 5, 7], 0, Lang::En),
            "0 0 5*4 7"
        );
        assert_eq!(amounts_text(&[123_450, 5], 2, Lang::En), "1234.5 0.05");
        assert_eq!(amounts_text(&[123_450], 2, Lang::Fr), "1234,5");
        assert_eq!(amounts_text(&[4500], 3, Lang::Ja), "4.5");
    }

    #[test]
    fn engine_fields_land_on_their_form_fields() {
        assert_eq!(
            form_field("lines[1].amounts[4]", &[0, 3], &[]),
            "line3_amounts"
        );
        assert_eq!(form_field("discount_rate", &[], &[]), "discount_rate");
        assert_eq!(funding_field("loans[0].tenor"), "loan_tenor");
        assert_eq!(funding_field("ppps[0].availability_payment"), "ppp_payment");
        assert_eq!(funding_field("sources"), "city_budget");
        assert_eq!(
            risk_field("inputs[1].distribution", &[0, 2], &[]),
            "risk2_shape"
        );
        assert_eq!(
            risk_field("correlations[0].rank", &[0, 2], &[1]),
            "corr1_rank"
        );
        assert_eq!(risk_field("correlations", &[0, 2], &[1]), "corr1_rank");
    }
}
