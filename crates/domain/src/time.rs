//! Instants are stored as microseconds since the Unix epoch (UTC): exact, sortable,
//! and identical on SQLite and PostgreSQL.

use chrono::{DateTime, TimeZone, Utc};

pub type Micros = i64;

pub fn to_micros(t: DateTime<Utc>) -> Micros {
    t.timestamp_micros()
}

pub fn from_micros(m: Micros) -> DateTime<Utc> {
    Utc.timestamp_micros(m).single().unwrap_or_default()
}

pub fn now_micros() -> Micros {
    to_micros(Utc::now())
}

/// RFC 3339 in UTC, as the API writes times.
pub fn rfc3339(m: Micros) -> String {
    from_micros(m).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
