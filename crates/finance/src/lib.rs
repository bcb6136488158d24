//! The business case engine of the Smart City Driver: the cost and benefit model of a project
//! and its metrics (NPV, every IRR, MIRR, XNPV, XIRR, payback, benefit–cost ratio, the
//! break-even rate), the time value of money (payments of a loan, its interest and principal,
//! the number of periods, the rate), and money in minor units of an ISO 4217 currency.
//! Pure: no I/O, no database, no HTTP. Every figure is checked against numpy-financial and
//! pyxirr (`tests/reference.rs`).

pub mod dated;
pub mod flows;
pub mod funding;
pub mod model;
pub mod money;
pub mod problem;
pub mod risk;
mod roots;
pub mod tvm;
pub mod workbook;

pub use flows::{Irr, benefit_cost_ratio, discounted_payback, irr, mirr, npv, payback};
pub use funding::{Funding, FundingPlan};
pub use model::{Benefit, Line, LineKind, Metrics, Model, Terms};
pub use money::{Currency, Money, MoneyError};
pub use problem::{FieldError, Problem};
