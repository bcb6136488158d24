//! citydriver's domain: the pure types and rules every other layer speaks.
//! It does no I/O, knows no database, HTTP or HTML; everything here is unit-testable.

/// A closed vocabulary: an enum whose values have one spelling each, in the API, the database
/// and the URLs (`as_str`, `parse` with an error that lists the allowed words, `ALL`).
/// The using module imports `serde::{Deserialize, Serialize}`.
macro_rules! words {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $s)] $variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str { match self { $($name::$variant => $s),+ } }
            pub fn parse(s: &str) -> Result<Self, String> {
                match s.trim() {
                    $($s => Ok($name::$variant),)+
                    other => Err(format!("'{}' is not one of: {}", other, [$($s),+].join(", "))),
                }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub mod auth;
pub mod country;
pub mod directory;
pub mod driver;
pub mod error;
pub mod events;
pub mod ids;
pub mod knowledge;
pub mod lang;
pub mod matching;
pub mod paging;
pub mod secret;
pub mod time;

pub use error::{DomainError, FieldErrors};
pub use lang::{I18nText, Lang};
pub use paging::{Page, Paging};
pub use secret::Secret;
