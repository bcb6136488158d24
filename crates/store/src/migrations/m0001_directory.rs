use super::columns::*;
use sea_orm_migration::prelude::*;

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
