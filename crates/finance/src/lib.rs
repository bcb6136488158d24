//! The business case engine of the Smart City Driver: the metrics of yearly and dated cash
//! flows (NPV, every IRR, MIRR, XNPV, XIRR, payback, benefit–cost ratio) and the time value of
//! money (payments of a loan, its interest and principal, the number of periods, the rate).
//! Pure: no I/O, no database, no HTTP. Every figure is checked against numpy-financial and
//! pyxirr (`tests/reference.rs`).

pub mod dated;
pub mod flows;
mod roots;
pub mod tvm;

pub use flows::{Irr, benefit_cost_ratio, discounted_payback, irr, mirr, npv, payback};
