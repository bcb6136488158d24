//! The store's one error, and which field a unique key is about, found by the key's name.

use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A unique key says this thing exists already (the database decided, not a prior check):
    /// the key's name and the field of the input it is about.
    #[error("duplicate: {key} ({field})")]
    Duplicate {
        key: &'static str,
        field: &'static str,
    },
    /// A row this one points to does not exist.
    #[error("missing reference: {0}")]
    MissingReference(String),
    #[error("not found")]
    NotFound,
    #[error("invalid stored data: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Db(DbErr),
    #[error("{0}")]
    Other(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Every unique key of the schema: (name, table, columns, the input field it is about).
/// PostgreSQL names the key in its message; SQLite names the table and columns, which this
/// table turns into the same key. A key missing here is a test failure, not a guess.
pub const UNIQUE_KEYS: &[(&str, &str, &[&str], &str)] = &[
    ("organizations_pkey", "organizations", &["id"], "id"),
    ("networks_pkey", "networks", &["id"], "id"),
    ("memberships_pkey", "memberships", &["id"], "id"),
    (
        "ix_memberships_org_id_network_id_role",
        "memberships",
        &["org_id", "network_id", "role"],
        "role",
    ),
    ("people_pkey", "people", &["id"], "id"),
    ("users_pkey", "users", &["id"], "id"),
    (
        "editor_grants_pkey",
        "editor_grants",
        &["user_id", "org_id"],
        "org",
    ),
    (
        "invitations_pkey",
        "invitations",
        &["token_hash"],
        "invitation",
    ),
    ("sessions_pkey", "sessions", &["id_hash"], "session"),
    ("api_tokens_pkey", "api_tokens", &["id"], "id"),
    ("meta_pkey", "meta", &["key"], "key"),
    ("users_email_key", "users", &["email"], "email"),
    (
        "api_tokens_token_hash_key",
        "api_tokens",
        &["token_hash"],
        "token",
    ),
    ("series_pkey", "series", &["id"], "id"),
    ("events_pkey", "events", &["id"], "id"),
    (
        "event_organizers_pkey",
        "event_organizers",
        &["event_id", "org_id"],
        "co_organizers",
    ),
    (
        "event_links_pkey",
        "event_links",
        &["from_event_id", "to_event_id", "kind"],
        "links",
    ),
    ("event_invitations_pkey", "event_invitations", &["id"], "id"),
    (
        "transcript_cues_pkey",
        "transcript_cues",
        &["transcript_id", "seq"],
        "file",
    ),
    ("registrations_pkey", "registrations", &["id"], "id"),
    (
        "ix_registrations_event_id_email",
        "registrations",
        &["event_id", "email"],
        "email",
    ),
    (
        "ix_registrations_event_id_idempotency_key",
        "registrations",
        &["event_id", "idempotency_key"],
        "idempotency_key",
    ),
    (
        "ix_registrations_manage_hash",
        "registrations",
        &["manage_hash"],
        "registration",
    ),
    (
        "event_speakers_pkey",
        "event_speakers",
        &["event_id", "position"],
        "position",
    ),
    (
        "ix_event_invitations_event_id_email",
        "event_invitations",
        &["event_id", "email"],
        "email",
    ),
    (
        "ix_event_invitations_token_hash",
        "event_invitations",
        &["token_hash"],
        "invitation",
    ),
    ("recordings_pkey", "recordings", &["id"], "id"),
    ("transcripts_pkey", "transcripts", &["id"], "id"),
    (
        "ix_transcripts_event_id_lang",
        "transcripts",
        &["event_id", "lang"],
        "lang",
    ),
    ("practices_pkey", "practices", &["id"], "id"),
    (
        "practice_partners_pkey",
        "practice_partners",
        &["practice_id", "org_id"],
        "partners",
    ),
    (
        "practice_contacts_pkey",
        "practice_contacts",
        &["practice_id", "person_id"],
        "contacts",
    ),
    (
        "practice_events_pkey",
        "practice_events",
        &["practice_id", "event_id"],
        "events",
    ),
    ("collections_pkey", "collections", &["id"], "id"),
    (
        "collection_items_pkey",
        "collection_items",
        &["collection_id", "practice_id"],
        "practice",
    ),
    ("projects_pkey", "projects", &["id"], "id"),
    (
        "project_members_pkey",
        "project_members",
        &["project_id", "user_id"],
        "member",
    ),
    (
        "project_partners_pkey",
        "project_partners",
        &["project_id", "org_id"],
        "org",
    ),
    (
        "project_parts_pkey",
        "project_parts",
        &["project_id", "kind", "part_id"],
        "id",
    ),
    (
        "project_gates_pkey",
        "project_gates",
        &["project_id", "stage"],
        "stage",
    ),
    (
        "readiness_assessments_pkey",
        "readiness_assessments",
        &["id"],
        "id",
    ),
    ("solutions_pkey", "solutions", &["id"], "id"),
    ("offers_pkey", "offers", &["id"], "id"),
    ("needs_pkey", "needs", &["id"], "id"),
    ("interests_pkey", "interests", &["id"], "id"),
    (
        "ix_interests_need_id_candidate_kind_candidate_id",
        "interests",
        &["need_id", "candidate_kind", "candidate_id"],
        "candidate",
    ),
];

/// The unique key a database's message is about.
pub(crate) fn unique_key(msg: &str) -> Option<(&'static str, &'static str)> {
    // PostgreSQL: duplicate key value violates unique constraint "users_email_key"
    if let Some(name) = msg
        .split("unique constraint \"")
        .nth(1)
        .and_then(|r| r.split('"').next())
    {
        return UNIQUE_KEYS.iter().find(|k| k.0 == name).map(|k| (k.0, k.3));
    }
    // SQLite: UNIQUE constraint failed: registrations.event_id, registrations.email
    let cols = msg.split("UNIQUE constraint failed: ").nth(1)?;
    let cols: Vec<(&str, &str)> = cols
        .split(',')
        .filter_map(|c| c.trim().split_once('.'))
        .collect();
    let table = cols.first()?.0;
    UNIQUE_KEYS
        .iter()
        .find(|k| {
            k.1 == table && k.2.len() == cols.len() && k.2.iter().zip(&cols).all(|(a, b)| *a == b.1)
        })
        .map(|k| (k.0, k.3))
}

impl From<DbErr> for StoreError {
    fn from(e: DbErr) -> Self {
        match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(m)) => match unique_key(&m) {
                Some((key, field)) => StoreError::Duplicate { key, field },
                None => {
                    tracing::error!("a unique key this version does not name: {m}");
                    StoreError::Duplicate {
                        key: "unknown",
                        field: "id",
                    }
                }
            },
            Some(sea_orm::SqlErr::ForeignKeyConstraintViolation(m)) => {
                StoreError::MissingReference(m)
            }
            _ => StoreError::Db(e),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_databases_name_the_key() {
        let pg =
            "duplicate key value violates unique constraint \"ix_registrations_event_id_email\"";
        let lite = "UNIQUE constraint failed: registrations.event_id, registrations.email";
        assert_eq!(
            super::unique_key(pg),
            Some(("ix_registrations_event_id_email", "email"))
        );
        assert_eq!(super::unique_key(lite), super::unique_key(pg));
        assert_eq!(
            super::unique_key(
                "UNIQUE constraint failed: memberships.org_id, memberships.network_id, memberships.role"
            ),
            Some(("ix_memberships_org_id_network_id_role", "role"))
        );
    }
}
