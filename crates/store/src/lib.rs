//! citydriver's database: one schema on embedded SQLite or PostgreSQL, reached through sea-orm.
//! It owns the tables, migrations, queries, the outbox and the audit log, and whole-database
//! export/import. It knows nothing of HTTP, HTML or who is allowed to do what (that is `services`).

/// The `Relation` and `ActiveModelBehavior` of an entity that declares no relations.
macro_rules! no_relations {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    };
}

pub mod accounts;
pub mod audit;
pub mod directory;
pub mod driver;
pub mod entities;
mod error;
pub mod events;
pub mod knowledge;
pub mod matching;
mod migrations;
pub mod outbox;
pub mod portability;
mod system_entities;
pub mod testing;

pub use sea_orm::{
    ConnectionTrait as Conn, DatabaseTransaction as Tx, DbBackend, TransactionTrait,
};

/// One page of a query by the one paging rule (`domain::Paging`), with the total.
pub(crate) async fn fetch_page<'db, C, S>(
    db: &'db C,
    q: S,
    paging: domain::Paging,
) -> Result<domain::Page<<S::Selector as sea_orm::SelectorTrait>::Item>>
where
    C: Conn,
    S: sea_orm::PaginatorTrait<'db, C>,
{
    let p = q.paginate(db, paging.per_page);
    let total = p.num_items().await?;
    let items = p.fetch_page(paging.page - 1).await?;
    Ok(paging.page_of(items, total))
}

use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

pub use error::{Result, StoreError, UNIQUE_KEYS};

/// A handle on the database. Cheap to clone (a pool inside).
#[derive(Clone, Debug)]
pub struct Store {
    pub db: DatabaseConnection,
    url: String,
}

/// The URL sea-orm opens: `postgres://…` as given; for SQLite, a bare path, `sqlite:path`,
/// `sqlite://relative.db` or `sqlite:///absolute/path.db` (the forms sqlx, SeaORM and most
/// frameworks write), opened read-write and created when missing; `sqlite::memory:` as given.
pub fn normalize_url(url: &str) -> String {
    if url.starts_with("postgres://")
        || url.starts_with("postgresql://")
        || url.contains(":memory:")
    {
        return url.to_string();
    }
    match sqlite_path(url) {
        Some(path) => {
            let query = url.split_once('?').map(|(_, q)| q).unwrap_or("");
            let mut params: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
            if !params.iter().any(|p| p.starts_with("mode=")) {
                params.push("mode=rwc");
            }
            format!("sqlite://{}?{}", path.display(), params.join("&"))
        }
        None => url.to_string(),
    }
}

/// The file of a SQLite database URL or path (none for PostgreSQL or a database in memory).
pub fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    if url.starts_with("postgres://")
        || url.starts_with("postgresql://")
        || url.contains(":memory:")
    {
        return None;
    }
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty()).then(|| std::path::PathBuf::from(path))
}

impl Store {
    /// Connects without migrating. SQLite gets WAL and a busy timeout so that concurrent
    /// writers wait for each other instead of failing with "database is locked".
    pub async fn connect(url: &str) -> Result<Store> {
        let url = normalize_url(url);
        let mut opt = ConnectOptions::new(url.clone());
        opt.sqlx_logging(false)
            .acquire_timeout(Duration::from_secs(30));
        if url.starts_with("sqlite:") {
            opt.max_connections(8)
                .min_connections(1)
                .map_sqlx_sqlite_opts(|o| {
                    o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                        .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                        .busy_timeout(Duration::from_secs(30))
                        .foreign_keys(true)
                });
        } else {
            opt.max_connections(20).min_connections(1);
        }
        let db = Database::connect(opt).await?;
        Ok(Store { db, url })
    }

    /// Connects and brings the schema up to date.
    pub async fn open(url: &str) -> Result<Store> {
        let s = Store::connect(url).await?;
        s.migrate().await?;
        Ok(s)
    }

    pub async fn migrate(&self) -> Result<()> {
        migrations::Migrator::up(&self.db, None).await?;
        Ok(())
    }

    /// Names of the migrations applied, oldest first.
    pub async fn applied_migrations(&self) -> Result<Vec<String>> {
        Ok(migrations::Migrator::get_applied_migrations(&self.db)
            .await?
            .into_iter()
            .map(|m| m.name().to_string())
            .collect())
    }

    pub fn backend(&self) -> DbBackend {
        self.db.get_database_backend()
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// A write transaction. On SQLite it is `BEGIN IMMEDIATE`: the write lock is taken (waiting
    /// up to the busy timeout) before the first read, so a transaction that reads then writes
    /// never fails with "database is locked" when another writer committed in between.
    pub async fn begin(&self) -> Result<Tx> {
        use sea_orm::TransactionTrait;
        Ok(self
            .db
            .begin_with_options(sea_orm::TransactionOptions {
                isolation_level: None,
                access_mode: None,
                sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
            })
            .await?)
    }

    /// The connection pool's use: (connections open, of which idle).
    pub fn pool_use(&self) -> (u32, u32) {
        match self.backend() {
            DbBackend::Sqlite => {
                let p = self.db.get_sqlite_connection_pool();
                (p.size(), p.num_idle() as u32)
            }
            _ => {
                let p = self.db.get_postgres_connection_pool();
                (p.size(), p.num_idle() as u32)
            }
        }
    }

    /// Cheap liveness check for `/healthz`.
    pub async fn ping(&self) -> Result<()> {
        self.db.ping().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_url;

    #[test]
    fn every_sqlite_form_opens_a_file() {
        assert_eq!(normalize_url("city.db"), "sqlite://city.db?mode=rwc");
        assert_eq!(
            normalize_url("sqlite://city.db"),
            "sqlite://city.db?mode=rwc"
        );
        assert_eq!(
            normalize_url("sqlite:///srv/c.db"),
            "sqlite:///srv/c.db?mode=rwc"
        );
        assert_eq!(normalize_url("sqlite:c.db"), "sqlite://c.db?mode=rwc");
        assert_eq!(
            normalize_url("sqlite://c.db?mode=ro"),
            "sqlite://c.db?mode=ro"
        );
        assert_eq!(normalize_url("sqlite::memory:"), "sqlite::memory:");
        assert_eq!(normalize_url("postgres://u@h/db"), "postgres://u@h/db");
    }
}
