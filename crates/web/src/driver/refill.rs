//! A stored business case written back into the calculator's form — the reverse of
//! `form::read` — so that a project's Finance tab opens on its case as it was saved. What the
//! form cannot hold (a second loan, a fifth uncertain input: cases sent through the API) is
//! counted, so that the page can say the form shows only part of it.

use super::form::{CORRELATIONS, RISKS, amounts_text};
use crate::kit::Fields;
use domain::Lang;
use finance::funding::{ConstructionInterest, Repayment};
use finance::model::{Benefit, LineKind, Terms};
use finance::risk::{Distribution, Target};
use services::driver::business_case::BusinessCase;

fn num(v: f64, lang: Lang) -> String {
    let s = format!("{}", (v * 1e9).round() / 1e9);
    if lang == Lang::Fr {
        s.replace('.', ",")
    } else {
        s
    }
}

fn pct(v: f64, lang: Lang) -> String {
    num(v * 100.0, lang)
}

/// The form's fields for `case`, and how many of its items the form could not show.
pub fn fields_of(case: &BusinessCase, lang: Lang) -> (Fields, usize) {
    let mut f = Fields::default();
    let m = &case.model;
    let digits = m.currency.digits();
    let money = |minor: i64| amounts_text(&[minor], digits, lang);
    let mut left_out = 0;
    f.put("currency", m.currency.code());
    f.put("start", m.start.format("%Y-%m-%d").to_string());
    f.put("horizon", m.horizon.to_string());
    f.put("construction_years", m.construction_years.to_string());
    f.put(
        "terms",
        if m.terms == Terms::Nominal {
            "nominal"
        } else {
            "real"
        },
    );
    f.put("discount_rate", pct(m.discount_rate, lang));
    f.put("inflation", pct(m.inflation, lang));
    f.put("carbon_price", money(m.carbon_price));
    if let Some(r) = m.finance_rate {
        f.put("finance_rate", pct(r, lang));
    }
    if let Some(r) = m.reinvest_rate {
        f.put("reinvest_rate", pct(r, lang));
    }
    for (i, line) in m.lines.iter().enumerate() {
        f.put(&format!("line{i}_label"), line.label.clone());
        f.put(&format!("line{i}_kind"), line.kind.key());
        let d = if line.kind == LineKind::Benefit(Benefit::Co2) {
            3
        } else {
            digits
        };
        f.put(
            &format!("line{i}_amounts"),
            amounts_text(&line.amounts, d, lang),
        );
    }
    if let Some(fu) = &case.funding {
        f.put("city_budget", money(fu.city_budget));
        f.put("covenant", num(fu.covenant, lang));
        if let Some(g) = fu.grants.first() {
            f.put("grant_label", g.label.clone());
            f.put("grant_amount", money(g.amount));
        }
        if let Some(l) = fu.loans.first() {
            f.put("loan_label", l.label.clone());
            f.put("loan_principal", money(l.principal));
            f.put("loan_rate", pct(l.rate, lang));
            f.put("loan_tenor", l.tenor.to_string());
            f.put("loan_grace", l.grace.to_string());
            f.put(
                "loan_repayment",
                match l.repayment {
                    Repayment::Annuity => "annuity",
                    Repayment::EqualPrincipal => "equal_principal",
                    Repayment::Bullet => "bullet",
                },
            );
            f.put(
                "loan_idc",
                if l.construction_interest == ConstructionInterest::Capitalized {
                    "capitalized"
                } else {
                    "paid"
                },
            );
        }
        if let Some(b) = fu.bonds.first() {
            f.put("bond_label", b.label.clone());
            f.put("bond_face", money(b.face));
            f.put("bond_coupon", pct(b.coupon, lang));
            f.put("bond_maturity", b.maturity.to_string());
        }
        if let Some(p) = fu.ppps.first() {
            f.put("ppp_label", p.label.clone());
            f.put("ppp_private", money(p.private_capital));
            f.put("ppp_payment", money(p.availability_payment));
            f.put("ppp_years", p.years.to_string());
        }
        left_out += fu.grants.len().saturating_sub(1)
            + fu.loans.len().saturating_sub(1)
            + fu.bonds.len().saturating_sub(1)
            + fu.ppps.len().saturating_sub(1);
    }
    if let Some(s) = &case.simulation {
        f.put("trials", s.trials.to_string());
        f.put("seed", s.seed.to_string());
        let mut rows = 0;
        for input in &s.inputs {
            let target = match input.target {
                Target::Capital => "capital",
                Target::Operating => "operating",
                Target::Benefits => "benefits",
                Target::CarbonPrice => "carbon_price",
                Target::DiscountRate => "discount_rate",
                Target::BenefitDelay => "benefit_delay",
                _ => {
                    left_out += 1;
                    continue;
                }
            };
            if rows == RISKS {
                left_out += 1;
                continue;
            }
            let i = rows;
            rows += 1;
            let scale = if input.target == Target::DiscountRate {
                100.0
            } else {
                1.0
            };
            let key = |s: &str| format!("risk{i}_{s}");
            f.put(&key("label"), input.label.clone());
            f.put(&key("target"), target);
            let (shape, a, b, c) = match &input.distribution {
                Distribution::Triangular { min, mode, max } => {
                    ("triangular", *min, *mode, Some(*max))
                }
                Distribution::Pert { min, mode, max } => ("pert", *min, *mode, Some(*max)),
                Distribution::Normal { mean, sd } => ("normal", *mean, *sd, None),
                Distribution::Lognormal { mu, sigma } => {
                    f.put(&key("shape"), "lognormal");
                    f.put(&key("a"), num(*mu, lang));
                    f.put(&key("b"), num(*sigma, lang));
                    continue;
                }
                Distribution::Uniform { min, max } => ("uniform", *min, *max, None),
                Distribution::Delay { probabilities } => {
                    f.put(&key("shape"), "delay");
                    let p: Vec<String> = probabilities.iter().map(|p| num(*p, lang)).collect();
                    f.put(&key("a"), p.join(" "));
                    continue;
                }
            };
            f.put(&key("shape"), shape);
            f.put(&key("a"), num(a * scale, lang));
            f.put(&key("b"), num(b * scale, lang));
            if let Some(c) = c {
                f.put(&key("c"), num(c * scale, lang));
            }
        }
        for (k, corr) in s.correlations.iter().enumerate() {
            if k == CORRELATIONS {
                left_out += s.correlations.len() - CORRELATIONS;
                break;
            }
            f.put(&format!("corr{k}_a"), (corr.a + 1).to_string());
            f.put(&format!("corr{k}_b"), (corr.b + 1).to_string());
            f.put(&format!("corr{k}_rank"), num(corr.rank, lang));
        }
    }
    (f, left_out)
}
