//! The tables, as sea-orm entities. Column types are chosen to mean the same on SQLite and
//! PostgreSQL: text, 64-bit integers (instants are microseconds since the epoch), doubles,
//! booleans, and JSON kept as text so that an export is byte-for-byte the same from either.

macro_rules! no_relations {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    };
}

pub mod organization {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
    #[sea_orm(table_name = "organizations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub kind: String,
        /// JSON object: language tag -> name.
        pub names: String,
        /// Lower-cased display name used for ordering lists.
        pub sort_name: String,
        pub country: String,
        pub region: Option<String>,
        pub lat: Option<f64>,
        pub lon: Option<f64>,
        pub website: Option<String>,
        pub description: String,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod network {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "networks")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub names: String,
        pub sort_name: String,
        pub parent_id: Option<String>,
        pub relation: Option<String>,
        pub scope: String,
        pub status: String,
        pub secretariat_org_id: Option<String>,
        pub founded: Option<String>,
        pub description: String,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod membership {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "memberships")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub org_id: String,
        pub network_id: String,
        pub role: String,
        pub since: Option<String>,
        pub until: Option<String>,
        pub note: Option<String>,
        pub created_at: i64,
    }
    no_relations!();
}

pub mod person {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "people")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub org_id: String,
        pub name: String,
        /// JSON object: language tag -> position title.
        pub position: String,
        pub as_of: Option<String>,
        /// Private: shown only to editors of the organization and admins.
        pub email: Option<String>,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod user {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "users")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        #[sea_orm(unique)]
        pub email: String,
        pub display_name: String,
        /// argon2id PHC string.
        pub password_hash: String,
        pub role: String,
        pub lang: Option<String>,
        pub disabled: bool,
        pub created_at: i64,
    }
    no_relations!();
}

pub mod editor_grant {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "editor_grants")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub org_id: String,
        pub created_at: i64,
    }
    no_relations!();
}

pub mod invitation {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "invitations")]
    pub struct Model {
        /// SHA-256 of the secret in the invitation link; the secret itself is never stored.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub email: String,
        pub role: String,
        pub org_id: Option<String>,
        pub created_by: String,
        pub created_at: i64,
        pub expires_at: i64,
        pub accepted_at: Option<i64>,
    }
    no_relations!();
}

pub mod session {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "sessions")]
    pub struct Model {
        /// SHA-256 of the cookie value.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id_hash: String,
        pub user_id: String,
        pub created_at: i64,
        pub expires_at: i64,
    }
    no_relations!();
}

pub mod api_token {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "api_tokens")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub user_id: String,
        pub name: String,
        #[sea_orm(unique)]
        pub token_hash: String,
        /// Space-separated scopes.
        pub scopes: String,
        pub created_at: i64,
        pub revoked_at: Option<i64>,
    }
    no_relations!();
}

pub mod audit {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "audit_log")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub at: i64,
        pub actor: String,
        pub action: String,
        pub target_type: String,
        pub target_id: String,
        /// "ok" or "denied".
        pub outcome: String,
        pub before: Option<String>,
        pub after: Option<String>,
    }
    no_relations!();
}

pub mod outbox {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "outbox")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub at: i64,
        pub topic: String,
        pub key: String,
        pub payload: String,
    }
    no_relations!();
}

pub mod meta {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "meta")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        pub value: String,
    }
    no_relations!();
}

pub mod series {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "series")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub names: String,
        pub description: String,
        pub organizer_org_id: Option<String>,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod event {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "events")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub series_id: Option<String>,
        pub part: Option<i32>,
        pub titles: String,
        pub description: String,
        pub format: String,
        /// UTC microseconds; with `time_known = false` the local midnights of the date.
        pub starts_at: i64,
        pub ends_at: i64,
        pub time_zone: String,
        pub time_known: bool,
        pub capacity: Option<i64>,
        pub moderated: bool,
        pub audience: String,
        pub audience_value: Option<String>,
        /// Private: shown to registered people only.
        pub online_url: Option<String>,
        pub languages: String,
        pub status: String,
        /// Bumped by every registration change: the row lock that serializes them.
        pub seat_version: i64,
        pub created_at: i64,
        pub updated_at: i64,
        /// Registration accepted from / until (UTC microseconds); none: from creation / until the end.
        pub registration_opens_at: Option<i64>,
        pub registration_closes_at: Option<i64>,
        /// The reminder goes this many minutes before the start; none: no reminder.
        pub reminder_minutes: Option<i32>,
        /// Languages interpreted into, comma-separated BCP 47 tags.
        pub interpretation: Option<String>,
        /// online, in_person or mixed; none: not known.
        pub attendance_mode: Option<String>,
        /// The address, for events in person; none: not known (or online).
        pub venue: Option<String>,
    }
    no_relations!();
}

pub mod event_organizer {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "event_organizers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub org_id: String,
        /// organizer or co_organizer
        pub role: String,
    }
    no_relations!();
}

pub mod event_link {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "event_links")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub from_event_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub to_event_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub kind: String,
    }
    no_relations!();
}

pub mod registration {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "registrations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub event_id: String,
        pub email: String,
        pub name: String,
        pub org_id: Option<String>,
        pub org_name: Option<String>,
        pub attendee_type: String,
        pub lang: String,
        pub time_zone: String,
        pub status: String,
        /// Order in the waiting list (microseconds of the last time it entered a queue).
        pub queued_at: i64,
        pub idempotency_key: Option<String>,
        /// SHA-256 of the secret in the self-service link.
        pub manage_hash: String,
        pub checked_in_at: Option<i64>,
        pub created_at: i64,
        pub updated_at: i64,
        /// When the reminder was put in the outbox (at most once).
        pub reminded_at: Option<i64>,
    }
    no_relations!();
}

pub mod event_speaker {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "event_speakers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub position: i32,
        pub name: String,
        pub person_id: Option<String>,
        pub org_id: Option<String>,
        /// live or prerecorded
        pub mode: String,
        pub topic: Option<String>,
    }
    no_relations!();
}

pub mod event_invitation {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "event_invitations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub event_id: String,
        /// The only address the invitation's link registers.
        pub email: String,
        pub name: String,
        pub lang: String,
        /// SHA-256 of the link's secret.
        pub token_hash: String,
        pub registration_id: Option<String>,
        pub invited_at: i64,
    }
    no_relations!();
}

pub mod recording {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "recordings")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub event_id: String,
        pub url: String,
        pub lang: Option<String>,
        pub title: Option<String>,
        pub created_at: i64,
    }
    no_relations!();
}

pub mod transcript {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "transcripts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub event_id: String,
        pub recording_id: Option<String>,
        pub lang: String,
        /// webvtt, srt or plain
        pub source: String,
        /// A sample written for the demo, not a record of what was said.
        pub sample: bool,
        pub cue_count: i32,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod transcript_cue {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "transcript_cues")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub transcript_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub seq: i32,
        pub start_ms: i64,
        pub end_ms: i64,
        pub voice: Option<String>,
        pub text: String,
    }
    no_relations!();
}

pub mod practice {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "practices")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub city_org_id: String,
        pub domain: String,
        /// Goal numbers, comma-separated.
        pub sdgs: String,
        /// JSON objects: language tag -> text.
        pub titles: String,
        pub summary: String,
        pub problem: String,
        pub solution: String,
        pub results: String,
        pub cost: Option<String>,
        pub started: Option<String>,
        pub ended: Option<String>,
        /// JSON list of [label, address].
        pub links: String,
        /// None: a draft, seen only by the city's editors and admins.
        pub published_at: Option<i64>,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod practice_partner {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "practice_partners")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub practice_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub org_id: String,
    }
    no_relations!();
}

pub mod practice_contact {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "practice_contacts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub practice_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub person_id: String,
    }
    no_relations!();
}

pub mod practice_event {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "practice_events")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub practice_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: String,
    }
    no_relations!();
}

pub mod collection {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "collections")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub names: String,
        pub description: String,
        pub curator_org_id: Option<String>,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod collection_item {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "collection_items")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub collection_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub practice_id: String,
        pub measure_type: String,
        /// The date the item speaks of: 2020, 2020-03 or 2020-03-10.
        pub dated: String,
        /// JSON object: language tag -> the dated update's text.
        pub note: String,
        pub added_at: i64,
    }
    no_relations!();
}
