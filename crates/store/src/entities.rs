//! The tables, as sea-orm entities, each kept in its capability's folder
//! (`directory/entities.rs`, …) and gathered here for what reads them all (export and import).
//! Column types are chosen to mean the same on SQLite and PostgreSQL: text, 64-bit integers
//! (instants are microseconds since the epoch), doubles, booleans, and JSON kept as text so that
//! an export is byte-for-byte the same from either.

pub use crate::accounts::entities::*;
pub use crate::directory::entities::*;
pub use crate::driver::entities::*;
pub use crate::events::entities::*;
pub use crate::knowledge::entities::*;
pub use crate::matching::entities::*;
pub use crate::system_entities::*;
