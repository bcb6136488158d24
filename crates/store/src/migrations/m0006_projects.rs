use super::columns::*;
use sea_orm_migration::prelude::*;

pub struct M0006Projects;

impl MigrationName for M0006Projects {
    fn name(&self) -> &str {
        "m0006_projects"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0006Projects {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("projects")
                .col(key("id").primary_key())
                .col(key("city_org_id"))
                .col(key("domain"))
                .col(key("sdgs"))
                .col(text("titles"))
                .col(text("summary"))
                .col(key("visibility"))
                .col(key_null("network_id"))
                .col(text("district"))
                .col(ColumnDef::new("lat").double().null())
                .col(ColumnDef::new("lon").double().null())
                .col(key("languages"))
                .col(key("stage"))
                .col(instant_null("completed_at"))
                .col(key_null("practice_id"))
                .col(key("created_by"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("projects", "city_org_id", "organizations", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("projects", &["city_org_id"], false))
            .await?;
        m.create_index(index("projects", &["visibility"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("project_members")
                .col(key("project_id"))
                .col(key("user_id"))
                .col(key("role"))
                .col(instant("added_at"))
                .primary_key(Index::create().col("project_id").col("user_id"))
                .foreign_key(&mut fk("project_members", "project_id", "projects", "id"))
                .foreign_key(&mut fk("project_members", "user_id", "users", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("project_members", &["user_id"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("project_partners")
                .col(key("project_id"))
                .col(key("org_id"))
                .col(key("role"))
                .col(key("status"))
                .col(key("invited_by"))
                .col(instant("invited_at"))
                .col(instant_null("answered_at"))
                .primary_key(Index::create().col("project_id").col("org_id"))
                .foreign_key(&mut fk("project_partners", "project_id", "projects", "id"))
                .foreign_key(&mut fk("project_partners", "org_id", "organizations", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("project_partners", &["org_id"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("project_parts")
                .col(key("project_id"))
                .col(key("kind"))
                .col(key("part_id"))
                .col(text("body"))
                .col(key("updated_by"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .primary_key(Index::create().col("project_id").col("kind").col("part_id"))
                .foreign_key(&mut fk("project_parts", "project_id", "projects", "id"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("project_gates")
                .col(key("project_id"))
                .col(key("stage"))
                .col(key("signed_by"))
                .col(instant("signed_at"))
                .col(text("checklist"))
                .col(text("note"))
                .primary_key(Index::create().col("project_id").col("stage"))
                .foreign_key(&mut fk("project_gates", "project_id", "projects", "id"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("readiness_assessments")
                .col(key("id").primary_key())
                .col(key("city_org_id"))
                .col(key_null("project_id"))
                .col(key("taken_by"))
                .col(instant("taken_at"))
                .col(text("answers"))
                .col(text("scores"))
                .col(ColumnDef::new("shared").boolean().not_null())
                .foreign_key(&mut fk(
                    "readiness_assessments",
                    "city_org_id",
                    "organizations",
                    "id",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index("readiness_assessments", &["city_org_id"], false))
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "readiness_assessments",
            "project_gates",
            "project_parts",
            "project_partners",
            "project_members",
            "projects",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
