use super::columns::*;
use sea_orm_migration::prelude::*;

pub struct M0007Matching;

impl MigrationName for M0007Matching {
    fn name(&self) -> &str {
        "m0007_matching"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0007Matching {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("solutions")
                .col(key("id").primary_key())
                .col(key("company_org_id"))
                .col(key("domain"))
                .col(text("countries"))
                .col(text("regions"))
                .col(key("price_model"))
                .col(text("body"))
                .col(key("created_by"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk(
                    "solutions",
                    "company_org_id",
                    "organizations",
                    "id",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index("solutions", &["company_org_id"], false))
            .await?;
        m.create_index(index("solutions", &["domain"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("offers")
                .col(key("id").primary_key())
                .col(key("financier_org_id"))
                .col(key("instrument"))
                .col(text("countries"))
                .col(text("regions"))
                .col(text("domains"))
                .col(text("body"))
                .col(key("created_by"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("offers", "financier_org_id", "organizations", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("offers", &["financier_org_id"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("needs")
                .col(key("id").primary_key())
                .col(key("project_id"))
                .col(key("kind"))
                .col(key("status"))
                .col(text("body"))
                .col(key("created_by"))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk("needs", "project_id", "projects", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("needs", &["project_id"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("interests")
                .col(key("id").primary_key())
                .col(key("need_id"))
                .col(key("candidate_kind"))
                .col(key("candidate_id"))
                .col(key("org_id"))
                .col(key("initiated_by"))
                .col(key("status"))
                .col(text("message"))
                .col(key("created_by"))
                .col(instant("created_at"))
                .col(key_null("answered_by"))
                .col(instant_null("answered_at"))
                .foreign_key(&mut fk("interests", "need_id", "needs", "id"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "interests",
            &["need_id", "candidate_kind", "candidate_id"],
            true,
        ))
        .await?;
        m.create_index(index("interests", &["org_id"], false))
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["interests", "needs", "offers", "solutions"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
