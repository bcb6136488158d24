//! citydriver's use cases. One function per thing a user does; each checks on the server who
//! is acting, runs in one transaction, and writes its audit record and outbox entries in that
//! same transaction. It knows nothing of HTTP or HTML (that is `web`).

pub mod accounts;
pub mod csv;
pub mod demo;
mod derived;
pub mod directory;
pub mod driver;
pub mod error;
pub mod events;
pub mod knowledge;
pub mod mail;
pub mod matching;
pub mod search;
mod state;
pub mod testing;
pub mod workers;
mod write;

pub use domain::Page;
pub use error::{ServiceError, ServiceResult};
pub use state::{Config, Services, random_hex, secret_hash};
pub use store::audit::AuditRecord;
pub use store::directory::OrgFilter;
pub use store::knowledge::PracticeFilter;
pub use store::portability as store_counts;
pub use store::{Store, sqlite_path};
