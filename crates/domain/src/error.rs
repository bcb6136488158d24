//! Validation errors that name the field and the reason, shared by every layer above.

use std::collections::BTreeMap;

/// Field name -> human-readable reason (English; the web layer may translate the code).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct FieldErrors(pub BTreeMap<String, String>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn add(&mut self, field: impl Into<String>, reason: impl Into<String>) {
        self.0.entry(field.into()).or_insert_with(|| reason.into());
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `Ok(())` when no field failed, the errors otherwise.
    pub fn into_result(self) -> Result<(), DomainError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(DomainError::Invalid(self))
        }
    }
    /// One field and its reason.
    pub fn single_field(field: &str, reason: &str) -> FieldErrors {
        let mut e = Self::new();
        e.add(field, reason);
        e
    }
    pub fn single(field: &str, reason: &str) -> DomainError {
        let mut e = Self::new();
        e.add(field, reason);
        DomainError::Invalid(e)
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DomainError {
    #[error("invalid input: {0:?}")]
    Invalid(FieldErrors),
}
