//! accounts

pub mod entities;
mod queries;

pub use queries::*;
