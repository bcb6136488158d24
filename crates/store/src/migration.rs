//! Embedded migrations, run at start-up and by `citydriver migrate`.
//! Released migrations are never edited: add a new one. Keep them additive (SQLite's ALTER is limited).

use sea_orm_migration::prelude::*;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(M0001Directory),
            Box::new(M0002Events),
            Box::new(M0003EventsMore),
            Box::new(M0004Practices),
        ]
    }
}

fn text(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().not_null().to_owned()
}
fn text_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().null().to_owned()
}
fn key(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).string_len(128).not_null().to_owned()
}
fn key_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).string_len(128).null().to_owned()
}
fn instant(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().to_owned()
}
fn instant_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().null().to_owned()
}
fn fk(
    from_table: &'static str,
    col: &'static str,
    to: &'static str,
    to_col: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from_table}_{col}"))
        .from(from_table, col)
        .to(to, to_col)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}
fn index(table: &'static str, cols: &[&'static str], unique: bool) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(format!("ix_{table}_{}", cols.join("_")))
        .table(table);
    for c in cols {
        i.col(*c);
    }
    if unique {
        i.unique();
    }
    i.to_owned()
}

pub struct M0001Directory;

impl MigrationName for M0001Directory {
    fn name(&self) -> &str {
        "m0001_directory_accounts_audit_outbox"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0001Directory {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("organizations")
                .col(key("id").primary_key())
                .col(key("kind"))
                .col(text("names"))
                .col(text("sort_name"))
                .col(ColumnDef::new("country").string_len(2).not_null())
                .col(text_null("region"))
                .col(ColumnDef::new("lat").double().null())
                .col(ColumnDef::new("lon").double().null())
                .col(text_null("website"))
                .col(text("description"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("organizations", &["country"], false))
            .await?;
        m.create_index(index("organizations", &["kind"], false))
            .await?;
        m.create_index(index("organizations", &["sort_name"], false))
            .await?;

        m.create_table(
            Table::create()
                .table("networks")
                .col(key("id").primary_key())
                .col(text("names"))
                .col(text("sort_name"))
                .col(key_null("parent_id"))
                .col(key_null("relation"))
                .col(key("scope"))
                .col(key("status"))
                .col(key_null("secretariat_org_id"))
                .col(text_null("founded"))
                .col(text("description"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("networks", "parent_id", "networks", "id"))
                .foreign_key(&mut fk(
                    "networks",
                    "secretariat_org_id",
                    "organizations",
                    "id",
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("memberships")
                .col(key("id").primary_key())
                .col(key("org_id"))
                .col(key("network_id"))
                .col(key("role"))
                .col(text_null("since"))
                .col(text_null("until"))
                .col(text_null("note"))
                .col(instant("created_at"))
                .foreign_key(&mut fk("memberships", "org_id", "organizations", "id"))
                .foreign_key(&mut fk("memberships", "network_id", "networks", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "memberships",
            &["org_id", "network_id", "role"],
            true,
        ))
        .await?;
        m.create_index(index("memberships", &["network_id", "role"], false))
            .await?;

        m.create_table(
            Table::create()
                .table("people")
                .col(key("id").primary_key())
                .col(key("org_id"))
                .col(text("name"))
                .col(text("position"))
                .col(text_null("as_of"))
                .col(text_null("email"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("people", "org_id", "organizations", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("people", &["org_id"], false)).await?;

        m.create_table(
            Table::create()
                .table("users")
                .col(key("id").primary_key())
                .col(
                    ColumnDef::new("email")
                        .string_len(320)
                        .not_null()
                        .unique_key(),
                )
                .col(text("display_name"))
                .col(text("password_hash"))
                .col(key("role"))
                .col(key_null("lang"))
                .col(ColumnDef::new("disabled").boolean().not_null())
                .col(instant("created_at"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("editor_grants")
                .col(key("user_id"))
                .col(key("org_id"))
                .col(instant("created_at"))
                .primary_key(Index::create().col("user_id").col("org_id"))
                .foreign_key(&mut fk("editor_grants", "user_id", "users", "id"))
                .foreign_key(&mut fk("editor_grants", "org_id", "organizations", "id"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("invitations")
                .col(key("token_hash").primary_key())
                .col(ColumnDef::new("email").string_len(320).not_null())
                .col(key("role"))
                .col(key_null("org_id"))
                .col(key("created_by"))
                .col(instant("created_at"))
                .col(instant("expires_at"))
                .col(instant_null("accepted_at"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("sessions")
                .col(key("id_hash").primary_key())
                .col(key("user_id"))
                .col(instant("created_at"))
                .col(instant("expires_at"))
                .foreign_key(&mut fk("sessions", "user_id", "users", "id"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("api_tokens")
                .col(key("id").primary_key())
                .col(key("user_id"))
                .col(text("name"))
                .col(
                    ColumnDef::new("token_hash")
                        .string_len(128)
                        .not_null()
                        .unique_key(),
                )
                .col(text("scopes"))
                .col(instant("created_at"))
                .col(instant_null("revoked_at"))
                .foreign_key(&mut fk("api_tokens", "user_id", "users", "id"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("audit_log")
                .col(
                    ColumnDef::new("id")
                        .big_integer()
                        .not_null()
                        .auto_increment()
                        .primary_key(),
                )
                .col(instant("at"))
                .col(key("actor"))
                .col(key("action"))
                .col(key("target_type"))
                .col(text("target_id"))
                .col(key("outcome"))
                .col(text_null("before"))
                .col(text_null("after"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("outbox")
                .col(
                    ColumnDef::new("id")
                        .big_integer()
                        .not_null()
                        .auto_increment()
                        .primary_key(),
                )
                .col(instant("at"))
                .col(key("topic"))
                .col(text("key"))
                .col(text("payload"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("meta")
                .col(key("key").primary_key())
                .col(text("value"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "meta",
            "outbox",
            "audit_log",
            "api_tokens",
            "sessions",
            "invitations",
            "editor_grants",
            "users",
            "people",
            "memberships",
            "networks",
            "organizations",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

pub struct M0002Events;

impl MigrationName for M0002Events {
    fn name(&self) -> &str {
        "m0002_events_registrations"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0002Events {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("series")
                .col(key("id").primary_key())
                .col(text("names"))
                .col(text("description"))
                .col(key_null("organizer_org_id"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("series", "organizer_org_id", "organizations", "id"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("events")
                .col(key("id").primary_key())
                .col(key_null("series_id"))
                .col(ColumnDef::new("part").integer().null())
                .col(text("titles"))
                .col(text("description"))
                .col(key("format"))
                .col(instant("starts_at"))
                .col(instant("ends_at"))
                .col(key("time_zone"))
                .col(ColumnDef::new("time_known").boolean().not_null())
                .col(ColumnDef::new("capacity").big_integer().null())
                .col(ColumnDef::new("moderated").boolean().not_null())
                .col(key("audience"))
                .col(key_null("audience_value"))
                .col(text_null("online_url"))
                .col(text("languages"))
                .col(key("status"))
                .col(ColumnDef::new("seat_version").big_integer().not_null())
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("events", "series_id", "series", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("events", &["starts_at"], false))
            .await?;
        m.create_index(index("events", &["series_id"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("event_organizers")
                .col(key("event_id"))
                .col(key("org_id"))
                .col(key("role"))
                .primary_key(Index::create().col("event_id").col("org_id"))
                .foreign_key(&mut fk("event_organizers", "event_id", "events", "id"))
                .foreign_key(&mut fk("event_organizers", "org_id", "organizations", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("event_organizers", &["org_id"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("event_links")
                .col(key("from_event_id"))
                .col(key("to_event_id"))
                .col(key("kind"))
                .primary_key(
                    Index::create()
                        .col("from_event_id")
                        .col("to_event_id")
                        .col("kind"),
                )
                .foreign_key(&mut fk("event_links", "from_event_id", "events", "id"))
                .foreign_key(&mut fk("event_links", "to_event_id", "events", "id"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("registrations")
                .col(key("id").primary_key())
                .col(key("event_id"))
                .col(ColumnDef::new("email").string_len(320).not_null())
                .col(text("name"))
                .col(key_null("org_id"))
                .col(text_null("org_name"))
                .col(key("attendee_type"))
                .col(key("lang"))
                .col(key("time_zone"))
                .col(key("status"))
                .col(instant("queued_at"))
                .col(key_null("idempotency_key"))
                .col(key("manage_hash"))
                .col(instant_null("checked_in_at"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("registrations", "event_id", "events", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("registrations", &["event_id", "email"], true))
            .await?;
        m.create_index(index(
            "registrations",
            &["event_id", "idempotency_key"],
            true,
        ))
        .await?;
        m.create_index(index(
            "registrations",
            &["event_id", "status", "queued_at"],
            false,
        ))
        .await?;
        m.create_index(index("registrations", &["manage_hash"], true))
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "registrations",
            "event_links",
            "event_organizers",
            "events",
            "series",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

/// Registration windows, reminders, interpretation, speakers, invitations, recordings, transcripts.
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

/// The knowledge base: best-practice cases and curated collections of them.
pub struct M0004Practices;

impl MigrationName for M0004Practices {
    fn name(&self) -> &str {
        "m0004_practices_collections"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0004Practices {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("practices")
                .col(key("id").primary_key())
                .col(key("city_org_id"))
                .col(key("domain"))
                .col(key("sdgs"))
                .col(text("titles"))
                .col(text("summary"))
                .col(text("problem"))
                .col(text("solution"))
                .col(text("results"))
                .col(text_null("cost"))
                .col(key_null("started"))
                .col(key_null("ended"))
                .col(text("links"))
                .col(instant_null("published_at"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("practices", "city_org_id", "organizations", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("practices", &["city_org_id"], false))
            .await?;
        m.create_index(index("practices", &["domain"], false))
            .await?;
        for (t, col, to) in [
            ("practice_partners", "org_id", "organizations"),
            ("practice_contacts", "person_id", "people"),
            ("practice_events", "event_id", "events"),
        ] {
            m.create_table(
                Table::create()
                    .table(t)
                    .col(key("practice_id"))
                    .col(key(col))
                    .primary_key(Index::create().col("practice_id").col(col))
                    .foreign_key(&mut fk(t, "practice_id", "practices", "id"))
                    .foreign_key(&mut fk(t, col, to, "id"))
                    .to_owned(),
            )
            .await?;
        }
        m.create_table(
            Table::create()
                .table("collections")
                .col(key("id").primary_key())
                .col(text("names"))
                .col(text("description"))
                .col(key_null("curator_org_id"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk(
                    "collections",
                    "curator_org_id",
                    "organizations",
                    "id",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("collection_items")
                .col(key("collection_id"))
                .col(key("practice_id"))
                .col(key("measure_type"))
                .col(key("dated"))
                .col(text("note"))
                .col(instant("added_at"))
                .primary_key(Index::create().col("collection_id").col("practice_id"))
                .foreign_key(&mut fk(
                    "collection_items",
                    "collection_id",
                    "collections",
                    "id",
                ))
                .foreign_key(&mut fk(
                    "collection_items",
                    "practice_id",
                    "practices",
                    "id",
                ))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "collection_items",
            "collections",
            "practice_events",
            "practice_contacts",
            "practice_partners",
            "practices",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
