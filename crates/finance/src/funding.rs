//! How the capital costs are paid for: the city's budget, grants, development-bank loans, a
//! public–private partnership paid by availability payments, green bonds. From them: the debt
//! service by year, the check that the sources pay exactly for the uses, the debt service
//! coverage ratio by year against a covenant, and the city's cash position.
//!
//! Everything here is in money of each year (nominal) and in minor units: a debt is repaid in
//! the money of the year it is repaid in, and to the last cent. Grants, loans, bonds and the
//! private partner's capital are drawn during construction, in proportion to that year's
//! capital costs (in year 0 when there is no construction period); the city's budget pays
//! for the rest.

use crate::model::{Model, check_rate};
use crate::problem::{FieldError, Problem};
use serde::{Deserialize, Serialize};

/// How a loan's principal is repaid after its grace period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Repayment {
    /// The same payment (interest and principal) every year.
    #[default]
    Annuity,
    /// The same principal every year, interest falling with the balance.
    EqualPrincipal,
    /// Everything at the end.
    Bullet,
}

/// What happens to the interest during construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConstructionInterest {
    /// Paid each year.
    #[default]
    Paid,
    /// Added to the balance, repaid with the principal.
    Capitalized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Grant {
    pub label: String,
    pub amount: i64,
}

/// A development-bank loan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Loan {
    pub label: String,
    pub principal: i64,
    /// A year's interest rate: 0.03 is 3 %.
    pub rate: f64,
    /// Years from year 0 to the last repayment.
    pub tenor: u32,
    /// The first years, in which no principal is repaid.
    #[serde(default)]
    pub grace: u32,
    #[serde(default)]
    pub repayment: Repayment,
    #[serde(default)]
    pub construction_interest: ConstructionInterest,
}

/// A public–private partnership: a private partner pays part of the capital costs, and the
/// city pays it the same amount every year once the assets are available.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ppp {
    pub label: String,
    pub private_capital: i64,
    /// Paid by the city each year, from the first year after construction.
    pub availability_payment: i64,
    pub years: u32,
}

/// A green bond: raised at once, a coupon every year, the face repaid at maturity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Bond {
    pub label: String,
    pub face: i64,
    pub coupon: f64,
    /// Years from year 0 to the repayment.
    pub maturity: u32,
}

/// The debt service coverage ratio a lender asks for unless told otherwise.
pub const DEFAULT_COVENANT: f64 = 1.2;

fn default_covenant() -> f64 {
    DEFAULT_COVENANT
}

/// The funding mix of a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Funding {
    #[serde(default)]
    pub city_budget: i64,
    #[serde(default)]
    pub grants: Vec<Grant>,
    #[serde(default)]
    pub loans: Vec<Loan>,
    #[serde(default)]
    pub ppps: Vec<Ppp>,
    #[serde(default)]
    pub bonds: Vec<Bond>,
    /// The lowest coverage ratio the lenders accept (1.2 by default).
    #[serde(default = "default_covenant")]
    pub covenant: f64,
}

impl Default for Funding {
    /// Nothing raised yet, and the usual covenant.
    fn default() -> Funding {
        Funding {
            city_budget: 0,
            grants: vec![],
            loans: vec![],
            ppps: vec![],
            bonds: vec![],
            covenant: DEFAULT_COVENANT,
        }
    }
}

/// One year of a debt's schedule, in minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DebtYear {
    pub opening: i64,
    pub drawn: i64,
    /// Interest of the year: paid, or added to the balance during construction.
    pub interest: i64,
    pub capitalized: bool,
    pub principal: i64,
    pub closing: i64,
}

impl DebtYear {
    /// What is paid this year.
    pub fn service(&self) -> i64 {
        self.principal + if self.capitalized { 0 } else { self.interest }
    }
}

/// The lowest coverage ratio and its year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Lowest {
    pub year: usize,
    pub ratio: f64,
}

/// The funding worked out year by year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FundingPlan {
    /// The capital costs of each year, in money of that year (minor units).
    pub uses: Vec<i64>,
    /// What each grant, loan, bond and partnership pays in each year; the city's budget pays
    /// the rest.
    pub drawn_external: Vec<i64>,
    pub city_budget: Vec<i64>,
    pub loans: Vec<Vec<DebtYear>>,
    pub bonds: Vec<Vec<DebtYear>>,
    pub availability_payments: Vec<i64>,
    /// Interest, principal, coupons, redemptions and availability payments paid each year.
    pub debt_service: Vec<i64>,
    /// Cash benefits less operating costs: what is there to pay the debt service with.
    pub cash_available: Vec<i64>,
    /// `cash_available / debt_service`, in the years with debt service.
    pub dscr: Vec<Option<f64>>,
    pub min_dscr: Option<Lowest>,
    pub covenant: f64,
    /// The years whose ratio is below the covenant.
    pub years_below_covenant: Vec<usize>,
    /// The city's cash each year: cash benefits less operating and capital costs, plus what
    /// outside sources pay in, less the debt service.
    pub city_cash: Vec<i64>,
    pub city_cash_cumulative: Vec<i64>,
}

fn round(x: f64) -> i64 {
    x.round() as i64
}

/// Splits `amount` over the years in proportion to `weights`, in whole minor units that add up
/// to `amount` exactly (each cumulative share rounded).
fn pro_rata(amount: i64, weights: &[i64]) -> Vec<i64> {
    let total: i128 = weights.iter().map(|&w| i128::from(w.max(0))).sum();
    if total == 0 {
        let mut v = vec![0; weights.len()];
        if let Some(first) = v.first_mut() {
            *first = amount;
        }
        return v;
    }
    let mut cum_w = 0_i128;
    let mut given = 0_i64;
    weights
        .iter()
        .map(|&w| {
            cum_w += i128::from(w.max(0));
            let upto = ((i128::from(amount) * cum_w * 2 + total) / (2 * total)) as i64;
            let part = upto - given;
            given = upto;
            part
        })
        .collect()
}

/// The schedule of a loan drawn as `drawn` says.
pub fn loan_schedule(loan: &Loan, drawn: &[i64], construction_years: usize) -> Vec<DebtYear> {
    let years = drawn.len();
    let tenor = (loan.tenor as usize).min(years);
    let grace = (loan.grace as usize).min(tenor.saturating_sub(1));
    let mut balance = 0_i64;
    let mut rows = Vec::with_capacity(years);
    for (t, &draw) in drawn.iter().enumerate() {
        let opening = balance;
        balance += draw;
        let interest = round(balance as f64 * loan.rate);
        let capitalized = t < construction_years
            && loan.construction_interest == ConstructionInterest::Capitalized;
        if capitalized {
            balance += interest;
        }
        let left = tenor.saturating_sub(t);
        let principal = if t + 1 >= tenor {
            // The last year (or after it, a draw that came late) repays what is left.
            balance
        } else if t < grace {
            0
        } else {
            match loan.repayment {
                Repayment::Bullet => 0,
                Repayment::EqualPrincipal => round(balance as f64 / left as f64),
                Repayment::Annuity => {
                    let r = loan.rate;
                    let payment = if r == 0.0 {
                        balance as f64 / left as f64
                    } else {
                        balance as f64 * r / (1.0 - (1.0 + r).powi(-(left as i32)))
                    };
                    round(payment - balance as f64 * r).clamp(0, balance)
                }
            }
        };
        balance -= principal;
        rows.push(DebtYear {
            opening,
            drawn: draw,
            interest,
            capitalized,
            principal,
            closing: balance,
        });
    }
    rows
}

fn bond_schedule(bond: &Bond, drawn: &[i64]) -> Vec<DebtYear> {
    let maturity = (bond.maturity as usize).clamp(1, drawn.len());
    let mut balance = 0_i64;
    drawn
        .iter()
        .enumerate()
        .map(|(t, &draw)| {
            let opening = balance;
            balance += draw;
            let interest = if t < maturity {
                round(balance as f64 * bond.coupon)
            } else {
                0
            };
            let principal = if t + 1 >= maturity { balance } else { 0 };
            balance -= principal;
            DebtYear {
                opening,
                drawn: draw,
                interest,
                capitalized: false,
                principal,
                closing: balance,
            }
        })
        .collect()
}

impl Funding {
    /// The capital costs of each year of `model`, in money of that year, in minor units.
    pub fn uses(model: &Model) -> Vec<i64> {
        let per = model.currency.minor_per_major() as f64;
        let y = model.yearly();
        y.capital
            .iter()
            .enumerate()
            .map(|(t, c)| round(c * model.to_nominal(t) * per))
            .collect()
    }

    /// Every problem of the funding of `model`, each naming its field.
    pub fn problems(&self, model: &Model) -> Vec<FieldError> {
        let mut errors = vec![];
        let horizon = model.horizon;
        let amount = |errors: &mut Vec<FieldError>, field: String, a: i64| {
            if a < 0 {
                errors.push(FieldError::new(field, Problem::Negative));
            } else if a > crate::money::MAX_MINOR {
                errors.push(FieldError::new(field, Problem::TooLarge));
            }
        };
        amount(&mut errors, "city_budget".into(), self.city_budget);
        for (i, g) in self.grants.iter().enumerate() {
            amount(&mut errors, format!("grants[{i}].amount"), g.amount);
        }
        for (i, l) in self.loans.iter().enumerate() {
            amount(&mut errors, format!("loans[{i}].principal"), l.principal);
            check_rate(&mut errors, &format!("loans[{i}].rate"), l.rate, 1.0);
            if l.tenor == 0 || l.tenor > horizon {
                errors.push(FieldError::new(
                    format!("loans[{i}].tenor"),
                    Problem::LongerThanHorizon,
                ));
            }
            if l.grace >= l.tenor.max(1) {
                errors.push(FieldError::new(
                    format!("loans[{i}].grace"),
                    Problem::GraceNotShorterThanTenor,
                ));
            }
        }
        for (i, p) in self.ppps.iter().enumerate() {
            amount(
                &mut errors,
                format!("ppps[{i}].private_capital"),
                p.private_capital,
            );
            amount(
                &mut errors,
                format!("ppps[{i}].availability_payment"),
                p.availability_payment,
            );
            if model.construction_years + p.years > horizon {
                errors.push(FieldError::new(
                    format!("ppps[{i}].years"),
                    Problem::LongerThanHorizon,
                ));
            }
        }
        for (i, b) in self.bonds.iter().enumerate() {
            amount(&mut errors, format!("bonds[{i}].face"), b.face);
            check_rate(&mut errors, &format!("bonds[{i}].coupon"), b.coupon, 1.0);
            if b.maturity == 0 || b.maturity > horizon {
                errors.push(FieldError::new(
                    format!("bonds[{i}].maturity"),
                    Problem::LongerThanHorizon,
                ));
            }
        }
        if !self.covenant.is_finite() || self.covenant <= 0.0 || self.covenant > 10.0 {
            errors.push(FieldError::new(
                "covenant",
                Problem::OutOfRange {
                    min: 0.0,
                    max: 10.0,
                },
            ));
        }
        if errors.is_empty() {
            let uses: i64 = Funding::uses(model).iter().sum();
            let gap = uses - self.sources();
            if gap != 0 {
                errors.push(FieldError::new(
                    "sources",
                    Problem::SourcesNotEqualUses {
                        gap: crate::money::Money::new(gap, model.currency).major(),
                        currency: model.currency.code(),
                    },
                ));
            }
        }
        errors
    }

    /// Everything raised, in minor units.
    pub fn sources(&self) -> i64 {
        self.city_budget
            + self.grants.iter().map(|g| g.amount).sum::<i64>()
            + self.loans.iter().map(|l| l.principal).sum::<i64>()
            + self.ppps.iter().map(|p| p.private_capital).sum::<i64>()
            + self.bonds.iter().map(|b| b.face).sum::<i64>()
    }

    /// The plan year by year. Call `problems()` first.
    pub fn plan(&self, model: &Model) -> FundingPlan {
        let uses = Funding::uses(model);
        let years = uses.len();
        let construction = (model.construction_years as usize).clamp(1, years.max(1));
        // Outside money follows the capital costs of the construction years.
        let weights: Vec<i64> = uses
            .iter()
            .enumerate()
            .map(|(t, &u)| if t < construction { u } else { 0 })
            .collect();
        let draw = |amount: i64| pro_rata(amount, &weights);
        let mut drawn_external = vec![0_i64; years];
        let add = |into: &mut Vec<i64>, v: &[i64]| {
            for (a, b) in into.iter_mut().zip(v) {
                *a += b;
            }
        };
        let loans: Vec<Vec<DebtYear>> = self
            .loans
            .iter()
            .map(|l| loan_schedule(l, &draw(l.principal), model.construction_years as usize))
            .collect();
        let bonds: Vec<Vec<DebtYear>> = self
            .bonds
            .iter()
            .map(|b| bond_schedule(b, &draw(b.face)))
            .collect();
        for schedule in loans.iter().chain(&bonds) {
            add(
                &mut drawn_external,
                &schedule.iter().map(|y| y.drawn).collect::<Vec<_>>(),
            );
        }
        for g in &self.grants {
            add(&mut drawn_external, &draw(g.amount));
        }
        let mut availability_payments = vec![0_i64; years];
        for p in &self.ppps {
            add(&mut drawn_external, &draw(p.private_capital));
            for t in (model.construction_years as usize..).take(p.years as usize) {
                if t < years {
                    availability_payments[t] += p.availability_payment;
                }
            }
        }
        let city_budget: Vec<i64> = uses
            .iter()
            .zip(&drawn_external)
            .map(|(u, d)| u - d)
            .collect();
        let mut debt_service = availability_payments.clone();
        for schedule in loans.iter().chain(&bonds) {
            add(
                &mut debt_service,
                &schedule.iter().map(DebtYear::service).collect::<Vec<_>>(),
            );
        }
        let per = model.currency.minor_per_major() as f64;
        let y = model.yearly();
        let cash_available: Vec<i64> = (0..years)
            .map(|t| round((y.cash_benefits[t] - y.operating[t]) * model.to_nominal(t) * per))
            .collect();
        let dscr: Vec<Option<f64>> = (0..years)
            .map(|t| {
                (debt_service[t] > 0).then(|| cash_available[t] as f64 / debt_service[t] as f64)
            })
            .collect();
        let min_dscr = dscr
            .iter()
            .enumerate()
            .filter_map(|(t, d)| d.map(|d| (t, d)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(year, ratio)| Lowest { year, ratio });
        let years_below_covenant = dscr
            .iter()
            .enumerate()
            .filter(|(_, d)| d.is_some_and(|d| d < self.covenant))
            .map(|(t, _)| t)
            .collect();
        let city_cash: Vec<i64> = (0..years)
            .map(|t| cash_available[t] - uses[t] + drawn_external[t] - debt_service[t])
            .collect();
        let city_cash_cumulative = city_cash
            .iter()
            .scan(0_i64, |acc, c| {
                *acc += c;
                Some(*acc)
            })
            .collect();
        FundingPlan {
            uses,
            drawn_external,
            city_budget,
            loans,
            bonds,
            availability_payments,
            debt_service,
            cash_available,
            dscr,
            min_dscr,
            covenant: self.covenant,
            years_below_covenant,
            city_cash,
            city_cash_cumulative,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::street_lights;
    use proptest::prelude::*;

    fn loan(principal: i64, rate: f64, tenor: u32, grace: u32, repayment: Repayment) -> Loan {
        Loan {
            label: "ADB".into(),
            principal,
            rate,
            tenor,
            grace,
            repayment,
            construction_interest: ConstructionInterest::Paid,
        }
    }

    #[test]
    fn an_annuity_pays_the_same_each_year_and_matches_pmt() {
        let l = loan(1_000_000, 0.05, 10, 0, Repayment::Annuity);
        let mut drawn = vec![0; 10];
        drawn[0] = 1_000_000;
        let s = loan_schedule(&l, &drawn, 0);
        let payment = -crate::tvm::pmt(0.05, 10.0, 1_000_000.0, 0.0, crate::tvm::When::End);
        for y in &s {
            assert!(
                (y.service() as f64 - payment).abs() <= 1.0,
                "{y:?} {payment}"
            );
        }
        assert_eq!(s.iter().map(|y| y.principal).sum::<i64>(), 1_000_000);
        assert_eq!(s[9].closing, 0);
    }

    #[test]
    fn grace_and_capitalized_interest() {
        let mut l = loan(1_000_000, 0.04, 6, 2, Repayment::EqualPrincipal);
        l.construction_interest = ConstructionInterest::Capitalized;
        let s = loan_schedule(&l, &[600_000, 400_000, 0, 0, 0, 0, 0, 0], 2);
        assert!(s[0].capitalized && s[1].capitalized && !s[2].capitalized);
        assert_eq!(s[0].service() + s[1].service(), 0);
        let capitalized = s[0].interest + s[1].interest;
        assert_eq!(
            s.iter().map(|y| y.principal).sum::<i64>(),
            1_000_000 + capitalized
        );
        assert_eq!(s[2].principal, s[3].principal);
        assert!(s[6..].iter().all(|y| y.service() == 0 && y.closing == 0));
        let b = loan_schedule(&loan(500, 0.1, 3, 0, Repayment::Bullet), &[500, 0, 0], 0);
        assert_eq!(
            b.iter()
                .map(|y| (y.interest, y.principal))
                .collect::<Vec<_>>(),
            [(50, 0), (50, 0), (50, 500)]
        );
    }

    #[test]
    fn pro_rata_adds_up_exactly() {
        assert_eq!(pro_rata(100, &[1, 1, 1]), [33, 34, 33]);
        assert_eq!(pro_rata(7, &[0, 0]), [7, 0]);
        assert_eq!(pro_rata(10, &[3, 0, 1]).iter().sum::<i64>(), 10);
    }

    fn funded() -> (Model, Funding) {
        let m = street_lights();
        let uses: i64 = Funding::uses(&m).iter().sum();
        let f = Funding {
            city_budget: uses - 300_000 - 500_000,
            grants: vec![Grant {
                label: "Ministry".into(),
                amount: 300_000,
            }],
            loans: vec![loan(500_000, 0.03, 8, 2, Repayment::Annuity)],
            covenant: DEFAULT_COVENANT,
            ..Funding::default()
        };
        (m, f)
    }

    #[test]
    fn sources_must_equal_uses() {
        let (m, mut f) = funded();
        assert!(f.problems(&m).is_empty(), "{:?}", f.problems(&m));
        f.city_budget -= 1000;
        let p = f.problems(&m);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].field, "sources");
        assert_eq!(
            p[0].problem,
            Problem::SourcesNotEqualUses {
                gap: 1000.0,
                currency: "KRW"
            }
        );
        assert!(
            p[0].to_string()
                .contains("fall short of the capital costs by 1000 KRW"),
            "{}",
            p[0]
        );
    }

    #[test]
    fn a_loan_longer_than_the_horizon_is_refused() {
        let (m, mut f) = funded();
        f.loans[0].tenor = 11;
        f.loans.push(loan(0, -1.5, 5, 5, Repayment::Annuity));
        let fields: Vec<String> = f.problems(&m).into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["loans[0].tenor", "loans[1].rate", "loans[1].grace"]
        );
    }

    #[test]
    fn the_plan_covers_the_debt_and_shows_the_ratio() {
        let (m, f) = funded();
        let p = f.plan(&m);
        // Construction is paid for: by outside money and the city's budget.
        for t in 0..10 {
            assert_eq!(p.drawn_external[t] + p.city_budget[t], p.uses[t]);
        }
        assert_eq!(p.city_budget.iter().sum::<i64>(), f.city_budget);
        // Interest only in the grace years, then the annuity; DSCR where there is debt.
        assert_eq!(p.loans[0][0].principal, 0);
        assert!(p.loans[0][2].principal > 0);
        assert!(p.dscr[0].is_some());
        let lowest = p.min_dscr.unwrap();
        assert_eq!(p.dscr[lowest.year], Some(lowest.ratio));
        // No cash comes in during construction, so the ratio is below the covenant there.
        assert_eq!(p.years_below_covenant, [0, 1]);
        assert_eq!(
            *p.city_cash_cumulative.last().unwrap(),
            p.city_cash.iter().sum::<i64>()
        );
    }

    proptest! {
        #[test]
        fn a_schedule_repays_the_principal_exactly(
            principal in 0i64..1_000_000_000_000,
            rate in 0.0..0.25f64,
            tenor in 1u32..40,
            grace in 0u32..40,
            construction in 0usize..5,
            capitalized in any::<bool>(),
            kind in 0..3,
            years in 1usize..50,
        ) {
            let mut l = loan(principal, rate, tenor, grace.min(tenor - 1), [Repayment::Annuity, Repayment::EqualPrincipal, Repayment::Bullet][kind as usize]);
            if capitalized {
                l.construction_interest = ConstructionInterest::Capitalized;
            }
            let weights: Vec<i64> = (0..years).map(|t| if t < construction.max(1) { 1 + t as i64 } else { 0 }).collect();
            let drawn = pro_rata(principal, &weights);
            let s = loan_schedule(&l, &drawn, construction);
            let capitalized: i64 = s.iter().filter(|y| y.capitalized).map(|y| y.interest).sum();
            prop_assert_eq!(s.iter().map(|y| y.principal).sum::<i64>(), principal + capitalized);
            prop_assert_eq!(s.last().unwrap().closing, 0);
            prop_assert!(s.iter().all(|y| y.principal >= 0 && y.closing >= 0));
        }
    }
}
