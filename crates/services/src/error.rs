//! The error every use case returns. `web` maps each variant to one HTTP status and envelope.

use domain::FieldErrors;
use domain::auth::Denied;
use store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// 422: fields that failed validation.
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// 400: the request itself is malformed (unparseable file, wrong encoding), with fields.
    #[error("malformed input")]
    Malformed(FieldErrors),
    /// 401 / 403.
    #[error("refused")]
    Denied(Denied),
    /// 404.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// 409: exists already or conflicts with the current state, with the field.
    #[error("conflict")]
    Conflict(FieldErrors),
    /// 429: too many tries; wait this many seconds.
    #[error("too many tries: wait {0} s")]
    Throttled(u64),
    /// 500: logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

pub type ServiceResult<T> = Result<T, ServiceError>;

impl From<StoreError> for ServiceError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ServiceError::NotFound("record"),
            StoreError::Duplicate { field, .. } => {
                let mut f = FieldErrors::new();
                f.add(field, "already exists");
                ServiceError::Conflict(f)
            }
            StoreError::MissingReference(_) => {
                let mut f = FieldErrors::new();
                f.add("reference", "points to something that does not exist");
                ServiceError::Invalid(f)
            }
            other => ServiceError::Internal(other.to_string()),
        }
    }
}

impl From<Denied> for ServiceError {
    fn from(d: Denied) -> Self {
        ServiceError::Denied(d)
    }
}

pub fn field(field: &str, reason: &str) -> FieldErrors {
    let mut f = FieldErrors::new();
    f.add(field, reason);
    f
}
