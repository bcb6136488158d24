//! The cost and benefit model of a project, by year, and its metrics.
//!
//! Year 0 is the year of the start date (the first year of construction); a flow of year `t`
//! is discounted by `(1+r)^t`, so the first year is not discounted (numpy-financial's
//! convention; the exported workbook writes `=B + NPV(r, C…)` to say the same in a
//! spreadsheet). Costs and benefits are entered as positive amounts; the kind of a line gives
//! its sign.

use crate::dated::{xirr, xnpv};
use crate::flows::{Irr, benefit_cost_ratio, discounted_payback, irr, mirr, npv, payback};
use crate::money::{Currency, MAX_MINOR, Money};
use crate::problem::{FieldError, Problem};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The longest horizon a model may have, in years.
pub const MAX_HORIZON: u32 = 50;
/// The most lines a model may have.
pub const MAX_LINES: usize = 200;

/// Whether the amounts are in today's prices (real) or in the money of each year (nominal).
/// The discount rate is in the same terms as the amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Terms {
    #[default]
    Real,
    Nominal,
}

/// What a benefit is. Cash benefits (energy bills saved, costs avoided, revenue) can pay debt;
/// time saved and CO₂ avoided are worth money to the city's people but bring none in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Benefit {
    EnergySaved,
    TimeSaved,
    AvoidedCosts,
    Revenue,
    /// Tonnes of CO₂ avoided, valued at the model's carbon price.
    Co2,
    Other,
}

impl Benefit {
    pub const ALL: [Benefit; 6] = [
        Benefit::EnergySaved,
        Benefit::TimeSaved,
        Benefit::AvoidedCosts,
        Benefit::Revenue,
        Benefit::Co2,
        Benefit::Other,
    ];

    /// Whether the benefit is money the city receives or no longer spends.
    pub fn is_cash(self) -> bool {
        matches!(
            self,
            Benefit::EnergySaved | Benefit::AvoidedCosts | Benefit::Revenue
        )
    }

    pub fn key(self) -> &'static str {
        match self {
            Benefit::EnergySaved => "energy_saved",
            Benefit::TimeSaved => "time_saved",
            Benefit::AvoidedCosts => "avoided_costs",
            Benefit::Revenue => "revenue",
            Benefit::Co2 => "co2",
            Benefit::Other => "other",
        }
    }
}

/// What a line of the model is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind", content = "benefit")]
pub enum LineKind {
    /// Investment: equipment, works, software bought.
    Capital,
    /// Running costs: staff, maintenance, licences, energy used.
    Operating,
    Benefit(Benefit),
    /// What the assets are still worth at the end of the horizon.
    Residual,
}

impl LineKind {
    pub fn is_cost(self) -> bool {
        matches!(self, LineKind::Capital | LineKind::Operating)
    }

    pub fn key(self) -> &'static str {
        match self {
            LineKind::Capital => "capital",
            LineKind::Operating => "operating",
            LineKind::Benefit(b) => b.key(),
            LineKind::Residual => "residual",
        }
    }

    /// The kind named by `key` (as `key()` writes it).
    pub fn from_key(key: &str) -> Option<LineKind> {
        let key = key.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        match key.as_str() {
            "capital" | "capex" => Some(LineKind::Capital),
            "operating" | "opex" => Some(LineKind::Operating),
            "residual" => Some(LineKind::Residual),
            _ => Benefit::ALL
                .into_iter()
                .find(|b| b.key() == key)
                .map(LineKind::Benefit),
        }
    }
}

/// One line of the model: an amount for each year from year 0 (missing years are zero). Money
/// lines count minor units of the model's currency; a CO₂ line counts kilograms avoided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Line {
    pub label: String,
    #[serde(flatten)]
    pub kind: LineKind,
    pub amounts: Vec<i64>,
}

/// A project's business case: what it costs and brings, year by year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Model {
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "KRW"))]
    pub currency: Currency,
    /// The first day of year 0.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub start: NaiveDate,
    /// How many years the model covers (year 0 to `horizon - 1`), at most 50.
    pub horizon: u32,
    /// How many of the first years are construction: loans may capitalize their interest then.
    pub construction_years: u32,
    #[serde(default)]
    pub terms: Terms,
    /// A year's rate: 0.05 is 5 %.
    pub discount_rate: f64,
    #[serde(default)]
    pub inflation: f64,
    /// The value of a tonne of CO₂ avoided, in minor units.
    #[serde(default)]
    pub carbon_price: i64,
    /// The rate at which the MIRR finances the negative flows (the discount rate if unset).
    #[serde(default)]
    pub finance_rate: Option<f64>,
    /// The rate at which the MIRR reinvests the positive flows (the discount rate if unset).
    #[serde(default)]
    pub reinvest_rate: Option<f64>,
    pub lines: Vec<Line>,
}

/// A rate must be above −100 % (below, money would be worth less than nothing) and at most
/// `max`.
pub(crate) fn check_rate(errors: &mut Vec<FieldError>, field: &str, rate: f64, max: f64) {
    if !rate.is_finite() || rate <= -1.0 || rate > max {
        errors.push(FieldError::new(
            field,
            Problem::RateOutOfRange { min: -1.0, max },
        ));
    }
}

impl Model {
    /// Every problem of the model, each naming its field; empty when it can be evaluated.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut errors = vec![];
        if self.horizon == 0 || self.horizon > MAX_HORIZON {
            errors.push(FieldError::new(
                "horizon",
                Problem::OutOfRange {
                    min: 1.0,
                    max: f64::from(MAX_HORIZON),
                },
            ));
        }
        if self.construction_years > self.horizon {
            errors.push(FieldError::new(
                "construction_years",
                Problem::LongerThanHorizon,
            ));
        }
        check_rate(&mut errors, "discount_rate", self.discount_rate, 1.0);
        check_rate(&mut errors, "inflation", self.inflation, 1.0);
        if let Some(r) = self.finance_rate {
            check_rate(&mut errors, "finance_rate", r, 1.0);
        }
        if let Some(r) = self.reinvest_rate {
            check_rate(&mut errors, "reinvest_rate", r, 1.0);
        }
        if self.carbon_price < 0 || self.carbon_price > MAX_MINOR {
            errors.push(FieldError::new("carbon_price", Problem::Negative));
        }
        if self.start.year() < 1900 || self.start.year() > 2200 {
            errors.push(FieldError::new(
                "start",
                Problem::OutOfRange {
                    min: 1900.0,
                    max: 2200.0,
                },
            ));
        }
        if self.lines.len() > MAX_LINES {
            errors.push(FieldError::new(
                "lines",
                Problem::TooMany { max: MAX_LINES },
            ));
        }
        for (i, line) in self.lines.iter().enumerate() {
            let label = line.label.trim();
            if label.is_empty() {
                errors.push(FieldError::new(
                    format!("lines[{i}].label"),
                    Problem::Required,
                ));
            } else if label.chars().count() > 200 {
                errors.push(FieldError::new(
                    format!("lines[{i}].label"),
                    Problem::TooLong { max: 200 },
                ));
            }
            if line.amounts.len() > self.horizon as usize {
                errors.push(FieldError::new(
                    format!("lines[{i}].amounts"),
                    Problem::LongerThanHorizon,
                ));
            }
            for (t, &a) in line.amounts.iter().enumerate() {
                if a < 0 {
                    errors.push(FieldError::new(
                        format!("lines[{i}].amounts[{t}]"),
                        Problem::Negative,
                    ));
                } else if a > MAX_MINOR {
                    errors.push(FieldError::new(
                        format!("lines[{i}].amounts[{t}]"),
                        Problem::TooLarge,
                    ));
                }
            }
        }
        errors
    }

    fn years(&self) -> usize {
        self.horizon.min(MAX_HORIZON) as usize
    }

    fn major(&self, minor: i64) -> f64 {
        Money::new(minor, self.currency).major()
    }

    /// The value in major units, in the model's terms, of one line in each year.
    pub fn line_values(&self, line: &Line) -> Vec<f64> {
        let mut v = vec![0.0; self.years()];
        for (t, &a) in line.amounts.iter().enumerate().take(v.len()) {
            v[t] = match line.kind {
                // Kilograms × minor units per tonne.
                LineKind::Benefit(Benefit::Co2) => {
                    self.major(self.carbon_price) * a as f64 / 1000.0
                }
                _ => self.major(a),
            };
        }
        v
    }

    /// The yearly totals, in the model's terms.
    pub fn yearly(&self) -> Yearly {
        let n = self.years();
        let mut y = Yearly {
            capital: vec![0.0; n],
            operating: vec![0.0; n],
            benefits: vec![0.0; n],
            cash_benefits: vec![0.0; n],
            residual: vec![0.0; n],
        };
        for line in &self.lines {
            let values = self.line_values(line);
            let into = match line.kind {
                LineKind::Capital => &mut y.capital,
                LineKind::Operating => &mut y.operating,
                LineKind::Benefit(_) => &mut y.benefits,
                LineKind::Residual => &mut y.residual,
            };
            add(into, &values);
            if let LineKind::Benefit(b) = line.kind
                && b.is_cash()
            {
                add(&mut y.cash_benefits, &values);
            }
        }
        y
    }

    /// The factor that turns an amount of year `t` in the model's terms into money of that
    /// year (nominal): `(1+i)^t` for a real model, 1 for a nominal one.
    pub fn to_nominal(&self, t: usize) -> f64 {
        match self.terms {
            Terms::Real => (1.0 + self.inflation).powi(t as i32),
            Terms::Nominal => 1.0,
        }
    }

    /// The date of year `t`'s flows: the start date's anniversary.
    pub fn date_of_year(&self, t: usize) -> NaiveDate {
        self.start
            .checked_add_months(chrono::Months::new(12 * t as u32))
            .unwrap_or(self.start)
    }

    /// Every metric of the model. Call `problems()` first: an invalid model gives figures
    /// that mean nothing.
    pub fn metrics(&self) -> Metrics {
        let y = self.yearly();
        let net = y.net();
        let r = self.discount_rate;
        let costs = y.costs();
        let benefits = y.gains();
        let dated: Vec<(NaiveDate, f64)> = net
            .iter()
            .enumerate()
            .map(|(t, &c)| (self.date_of_year(t), c))
            .collect();
        let irr = irr(&net);
        Metrics {
            npv: npv(r, &net),
            break_even_rate: break_even_rate(r, &irr),
            irr,
            mirr: mirr(
                &net,
                self.finance_rate.unwrap_or(r),
                self.reinvest_rate.unwrap_or(r),
            ),
            xnpv: xnpv(r, &dated),
            xirr: xirr(&dated),
            payback: payback(&net),
            discounted_payback: discounted_payback(r, &net),
            benefit_cost_ratio: benefit_cost_ratio(r, &benefits, &costs),
            pv_costs: npv(r, &costs),
            pv_benefits: npv(r, &benefits),
        }
    }
}

fn add(into: &mut [f64], values: &[f64]) {
    for (a, b) in into.iter_mut().zip(values) {
        *a += b;
    }
}

/// The model's totals by year, in major units, in the model's terms.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Yearly {
    pub capital: Vec<f64>,
    pub operating: Vec<f64>,
    /// Every benefit (cash or not), without the residual value.
    pub benefits: Vec<f64>,
    /// The benefits that are cash.
    pub cash_benefits: Vec<f64>,
    pub residual: Vec<f64>,
}

impl Yearly {
    /// Capital and operating costs, by year.
    pub fn costs(&self) -> Vec<f64> {
        self.capital
            .iter()
            .zip(&self.operating)
            .map(|(a, b)| a + b)
            .collect()
    }

    /// Benefits and the residual value, by year.
    pub fn gains(&self) -> Vec<f64> {
        self.benefits
            .iter()
            .zip(&self.residual)
            .map(|(a, b)| a + b)
            .collect()
    }

    /// Benefits and residual value less costs.
    pub fn net(&self) -> Vec<f64> {
        self.gains()
            .iter()
            .zip(self.costs())
            .map(|(g, c)| g - c)
            .collect()
    }
}

/// What a business case shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Metrics {
    pub npv: f64,
    #[cfg_attr(feature = "openapi", schema(value_type = crate::flows::IrrRates))]
    pub irr: Irr,
    pub mirr: Option<f64>,
    /// The NPV of the flows dated on the start date's anniversaries (actual/365).
    pub xnpv: f64,
    #[cfg_attr(feature = "openapi", schema(value_type = crate::flows::IrrRates))]
    pub xirr: Irr,
    /// Years until the cumulative flow is back to zero; None if not within the horizon.
    pub payback: Option<f64>,
    pub discounted_payback: Option<f64>,
    pub benefit_cost_ratio: Option<f64>,
    /// The nearest rate to the discount rate at which the NPV changes sign: how far the
    /// discount rate can move before the verdict does. None if no rate changes it.
    pub break_even_rate: Option<f64>,
    pub pv_costs: f64,
    pub pv_benefits: f64,
}

/// Of the rates at which the NPV is zero, the one nearest to `rate`.
fn break_even_rate(rate: f64, irr: &Irr) -> Option<f64> {
    irr.rates()
        .iter()
        .copied()
        .min_by(|a, b| (a - rate).abs().total_cmp(&(b - rate).abs()))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn street_lights() -> Model {
        // LED street lights: 1,000,000 won of works over two years, 30,000 a year of
        // maintenance, 180,000 a year of energy saved and 4 t of CO₂ at 30,000 won a tonne.
        let ten = |v: i64| -> Vec<i64> {
            [0, 0]
                .into_iter()
                .chain(std::iter::repeat_n(v, 8))
                .collect()
        };
        Model {
            currency: Currency::from_code("KRW").unwrap(),
            start: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            horizon: 10,
            construction_years: 2,
            terms: Terms::Real,
            discount_rate: 0.045,
            inflation: 0.02,
            carbon_price: 30_000,
            finance_rate: None,
            reinvest_rate: None,
            lines: vec![
                Line {
                    label: "Works".into(),
                    kind: LineKind::Capital,
                    amounts: vec![600_000, 400_000],
                },
                Line {
                    label: "Maintenance".into(),
                    kind: LineKind::Operating,
                    amounts: ten(30_000),
                },
                Line {
                    label: "Energy".into(),
                    kind: LineKind::Benefit(Benefit::EnergySaved),
                    amounts: ten(180_000),
                },
                Line {
                    label: "CO₂".into(),
                    kind: LineKind::Benefit(Benefit::Co2),
                    amounts: ten(4_000),
                },
            ],
        }
    }

    #[test]
    fn the_metrics_of_a_model_follow_from_its_net_flows() {
        let m = street_lights();
        assert!(m.problems().is_empty(), "{:?}", m.problems());
        let y = m.yearly();
        let net = y.net();
        assert_eq!(net[0], -600_000.0);
        // 4 t of CO₂ at 30,000 won a tonne.
        assert_eq!(net[2], 180_000.0 + 120_000.0 - 30_000.0);
        let k = m.metrics();
        assert!((k.npv - npv(0.045, &net)).abs() < 1e-9);
        let r = k.irr.unique().unwrap();
        assert!(npv(r, &net).abs() < 1e-6 && r > 0.045);
        assert_eq!(k.break_even_rate, Some(r));
        assert!((k.benefit_cost_ratio.unwrap() - k.pv_benefits / k.pv_costs).abs() < 1e-12);
        assert!(k.payback.unwrap() > 2.0 && k.payback.unwrap() < k.discounted_payback.unwrap());
        // Cash benefits leave out the CO₂.
        assert_eq!(y.cash_benefits[2], 180_000.0);
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut m = street_lights();
        m.discount_rate = -1.5;
        m.horizon = 60;
        m.lines[1].amounts[3] = -5;
        m.lines[0].label = " ".into();
        let fields: Vec<String> = m.problems().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "horizon",
                "discount_rate",
                "lines[0].label",
                "lines[1].amounts[3]"
            ]
        );
        let mut m = street_lights();
        m.horizon = 5;
        let fields: Vec<String> = m.problems().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["lines[1].amounts", "lines[2].amounts", "lines[3].amounts"]
        );
    }

    #[test]
    fn kinds_are_named_by_their_keys() {
        for k in [LineKind::Capital, LineKind::Operating, LineKind::Residual]
            .into_iter()
            .chain(Benefit::ALL.map(LineKind::Benefit))
        {
            assert_eq!(LineKind::from_key(k.key()), Some(k));
        }
        assert_eq!(LineKind::from_key("CapEx"), Some(LineKind::Capital));
        assert_eq!(
            LineKind::from_key("Energy saved"),
            Some(LineKind::Benefit(Benefit::EnergySaved))
        );
        assert_eq!(LineKind::from_key("lunch"), None);
    }

    #[test]
    fn a_model_travels_as_json() {
        let m = street_lights();
        let json = serde_json::to_value(&m).unwrap();
        assert_eq!(json["lines"][2]["kind"], "benefit");
        assert_eq!(json["lines"][2]["benefit"], "energy_saved");
        assert_eq!(json["currency"], "KRW");
        let back: Model = serde_json::from_value(json).unwrap();
        assert_eq!(back, m);
    }
}
