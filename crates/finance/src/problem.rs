//! What is wrong with an input, named by its field, so that a form can show the reason beside
//! the field and an API can return it (`lines[3].amounts[5]`, `loans[0].tenor`).

use serde::Serialize;
use std::fmt;

/// One refused field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldError {
    /// The field's path in the model, as its JSON spells it.
    pub field: String,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: Problem) -> FieldError {
        FieldError {
            field: field.into(),
            problem,
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

/// Why a field was refused. `key()` names the message for translation; the parameters are
/// the figures the message quotes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    Required,
    /// A rate as a fraction: −1 is −100 %.
    RateOutOfRange {
        min: f64,
        max: f64,
    },
    OutOfRange {
        min: f64,
        max: f64,
    },
    Negative,
    TooLarge,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    /// A period that ends after the model's last year.
    LongerThanHorizon,
    /// A grace period as long as the loan or longer: it would never be repaid.
    GraceNotShorterThanTenor,
    /// The sources of funding do not pay for the uses: `gap` major units are missing
    /// (negative: too much is raised).
    SourcesNotEqualUses {
        gap: f64,
        currency: &'static str,
    },
    /// A correlation names an input that has no distribution, or itself.
    UnknownInput,
    /// The correlations between the inputs cannot hold together (the matrix is not positive
    /// definite).
    InconsistentCorrelations,
    /// A distribution's parameters out of order (minimum above mode, for instance).
    BadDistribution {
        reason: &'static str,
    },
}

impl Problem {
    pub fn key(&self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::RateOutOfRange { .. } => "rate_out_of_range",
            Problem::OutOfRange { .. } => "out_of_range",
            Problem::Negative => "negative",
            Problem::TooLarge => "too_large",
            Problem::TooLong { .. } => "too_long",
            Problem::TooMany { .. } => "too_many",
            Problem::LongerThanHorizon => "longer_than_horizon",
            Problem::GraceNotShorterThanTenor => "grace_not_shorter_than_tenor",
            Problem::SourcesNotEqualUses { .. } => "sources_not_equal_uses",
            Problem::UnknownInput => "unknown_input",
            Problem::InconsistentCorrelations => "inconsistent_correlations",
            Problem::BadDistribution { .. } => "bad_distribution",
        }
    }
}

/// The message in English, for logs and for API clients that read no other language.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Required => write!(f, "required"),
            Problem::RateOutOfRange { min, max } => {
                write!(
                    f,
                    "must be a rate above {} % and at most {} %",
                    min * 100.0,
                    max * 100.0
                )
            }
            Problem::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Problem::Negative => write!(
                f,
                "must not be negative (enter costs and benefits as positive amounts)"
            ),
            Problem::TooLarge => write!(f, "is too large"),
            Problem::TooLong { max } => write!(f, "must be at most {max} characters"),
            Problem::TooMany { max } => write!(f, "at most {max}"),
            Problem::LongerThanHorizon => write!(f, "goes beyond the model's horizon"),
            Problem::GraceNotShorterThanTenor => {
                write!(f, "the grace period must be shorter than the loan")
            }
            Problem::SourcesNotEqualUses { gap, currency } if *gap > 0.0 => {
                write!(
                    f,
                    "the sources of funding fall short of the capital costs by {gap} {currency}"
                )
            }
            Problem::SourcesNotEqualUses { gap, currency } => {
                write!(
                    f,
                    "the sources of funding exceed the capital costs by {} {currency}",
                    -gap
                )
            }
            Problem::UnknownInput => write!(f, "names no uncertain input"),
            Problem::InconsistentCorrelations => {
                write!(
                    f,
                    "these correlations cannot hold together (the matrix is not positive definite)"
                )
            }
            Problem::BadDistribution { reason } => write!(f, "{reason}"),
        }
    }
}
