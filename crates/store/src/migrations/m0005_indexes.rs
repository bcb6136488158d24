use super::columns::*;
use sea_orm_migration::prelude::*;

/// Indexes for the directory at 100,000 organizations: each list's order with its filter
/// (so a page, deep or not, is read from an index), the map's counts per country, and the
/// newest outbox entry of a topic (what derived caches check).
pub struct M0005Indexes;

impl MigrationName for M0005Indexes {
    fn name(&self) -> &str {
        "m0005_directory_and_outbox_indexes"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0005Indexes {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (table, cols) in [
            ("organizations", &["sort_name", "id"][..]),
            ("organizations", &["country", "sort_name", "id"][..]),
            ("organizations", &["kind", "sort_name", "id"][..]),
            ("organizations", &["country", "lat", "lon"][..]),
            ("memberships", &["network_id", "org_id"][..]),
            ("outbox", &["topic", "id"][..]),
        ] {
            m.create_index(index(table, cols, false)).await?;
        }
        Ok(())
    }
}
