use super::columns::*;
use sea_orm_migration::prelude::*;

pub struct M0003EventsMore;

impl MigrationName for M0003EventsMore {
    fn name(&self) -> &str {
        "m0003_speakers_invitations_recordings_transcripts"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0003EventsMore {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER.
        for c in [
            instant_null("registration_opens_at"),
            instant_null("registration_closes_at"),
            ColumnDef::new("reminder_minutes")
                .integer()
                .null()
                .to_owned(),
            text_null("interpretation"),
            key_null("attendance_mode"),
            text_null("venue"),
        ] {
            m.alter_table(Table::alter().table("events").add_column(c).to_owned())
                .await?;
        }
        m.alter_table(
            Table::alter()
                .table("registrations")
                .add_column(instant_null("reminded_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("event_speakers")
                .col(key("event_id"))
                .col(ColumnDef::new("position").integer().not_null())
                .col(text("name"))
                .col(key_null("person_id"))
                .col(key_null("org_id"))
                .col(key("mode"))
                .col(text_null("topic"))
                .primary_key(Index::create().col("event_id").col("position"))
                .foreign_key(&mut fk("event_speakers", "event_id", "events", "id"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("event_invitations")
                .col(key("id").primary_key())
                .col(key("event_id"))
                .col(ColumnDef::new("email").string_len(320).not_null())
                .col(text("name"))
                .col(key("lang"))
                .col(key("token_hash"))
                .col(key_null("registration_id"))
                .col(instant("invited_at"))
                .foreign_key(&mut fk("event_invitations", "event_id", "events", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("event_invitations", &["event_id", "email"], true))
            .await?;
        m.create_index(index("event_invitations", &["token_hash"], true))
            .await?;
        m.create_table(
            Table::create()
                .table("recordings")
                .col(key("id").primary_key())
                .col(key("event_id"))
                .col(text("url"))
                .col(key_null("lang"))
                .col(text_null("title"))
                .col(instant("created_at"))
                .foreign_key(&mut fk("recordings", "event_id", "events", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("recordings", &["event_id"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("transcripts")
                .col(key("id").primary_key())
                .col(key("event_id"))
                .col(key_null("recording_id"))
                .col(key("lang"))
                .col(key("source"))
                .col(ColumnDef::new("sample").boolean().not_null())
                .col(ColumnDef::new("cue_count").integer().not_null())
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("transcripts", "event_id", "events", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("transcripts", &["event_id", "lang"], true))
            .await?;
        m.create_table(
            Table::create()
                .table("transcript_cues")
                .col(key("transcript_id"))
                .col(ColumnDef::new("seq").integer().not_null())
                .col(ColumnDef::new("start_ms").big_integer().not_null())
                .col(ColumnDef::new("end_ms").big_integer().not_null())
                .col(text_null("voice"))
                .col(text("text"))
                .primary_key(Index::create().col("transcript_id").col("seq"))
                .foreign_key(&mut fk(
                    "transcript_cues",
                    "transcript_id",
                    "transcripts",
                    "id",
                ))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "transcript_cues",
            "transcripts",
            "recordings",
            "event_invitations",
            "event_speakers",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
