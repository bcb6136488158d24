use super::columns::*;
use sea_orm_migration::prelude::*;

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
