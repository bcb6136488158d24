//! citydriver's domain: the pure types and rules every other layer speaks.
//! It does no I/O, knows no database, HTTP or HTML; everything here is unit-testable.

pub mod auth;
pub mod calendar;
pub mod country;
pub mod directory;
pub mod error;
pub mod events;
pub mod ids;
pub mod lang;
pub mod practices;
pub mod time;
pub mod transcript;

pub use error::{DomainError, FieldErrors};
pub use lang::{I18nText, Lang};
