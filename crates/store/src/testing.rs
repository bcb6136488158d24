//! Fresh databases for tests: a temporary SQLite file, and a uniquely named PostgreSQL
//! database on the server named by `CITYDRIVER_TEST_PG` (e.g. `postgres://postgres@127.0.0.1/postgres`).

use crate::{Result, Store};
use sea_orm::{ConnectionTrait, Database};

/// Which backends the suite runs on here: SQLite always, PostgreSQL when configured.
pub fn backends() -> Vec<&'static str> {
    let mut v = vec!["sqlite"];
    if std::env::var("CITYDRIVER_TEST_PG").is_ok_and(|s| !s.is_empty()) {
        v.push("postgres");
    }
    v
}

/// A migrated, empty store of the given backend. Keep the returned guard alive as long as the store.
pub async fn fresh(backend: &str) -> Result<(Store, TestDb)> {
    match backend {
        "sqlite" => {
            let dir = tempfile_dir()?;
            let path = dir.join("test.db");
            let store = Store::open(&path.to_string_lossy()).await?;
            Ok((store, TestDb::Sqlite(dir)))
        }
        _ => {
            let admin_url = std::env::var("CITYDRIVER_TEST_PG")
                .map_err(|_| crate::StoreError::Other("CITYDRIVER_TEST_PG not set".into()))?;
            let name = format!("cd_test_{}", rand::random::<u64>());
            let admin = Database::connect(&admin_url).await?;
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await?;
            admin.close().await?;
            let url = replace_db_name(&admin_url, &name);
            let store = Store::open(&url).await?;
            Ok((store, TestDb::Postgres { admin_url, name }))
        }
    }
}

fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("citydriver-test-{}", rand::random::<u64>()));
    std::fs::create_dir_all(&dir).map_err(|e| crate::StoreError::Other(e.to_string()))?;
    Ok(dir)
}

/// `postgres://u@h:p/db?x` with the database name replaced.
pub fn replace_db_name(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map(|(b, q)| (b, format!("?{q}")))
        .unwrap_or((url, String::new()));
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path_start = base[scheme_end..].find('/').map(|i| i + scheme_end);
    let host = match path_start {
        Some(i) => &base[..i],
        None => base,
    };
    format!("{host}/{name}{query}")
}

/// Removes the test database when dropped (best effort).
pub enum TestDb {
    Sqlite(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match self {
            TestDb::Sqlite(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            TestDb::Postgres { admin_url, name } => {
                // Dropped from a separate thread: we may be inside a runtime that is shutting down.
                let (url, name) = (admin_url.clone(), name.clone());
                let _ = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build();
                    if let Ok(rt) = rt {
                        rt.block_on(async {
                            if let Ok(db) = Database::connect(&url).await {
                                let _ = db
                                    .execute_unprepared(&format!(
                                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                                    ))
                                    .await;
                            }
                        });
                    }
                })
                .join();
            }
        }
    }
}
