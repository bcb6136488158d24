//! The events tables, as sea-orm entities (column types as in `crate::entities`).

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
        /// Renewed when a cancelled registration is made again: part of the link's HMAC.
        #[serde(default)]
        pub link_generation: i64,
        /// When the registrant's address was proven (the e-mailed link opened, or their own
        /// account or invitation); the personal feed shows proven registrations only.
        #[serde(default)]
        pub address_confirmed_at: Option<i64>,
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
