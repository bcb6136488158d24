use super::columns::*;
use sea_orm_migration::prelude::*;

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
