//! The store conformance suite: every test runs on SQLite, and on PostgreSQL when
//! `CITYDRIVER_TEST_PG` names a server. Each test gets a fresh database.

use citydriver_store::directory::{self, OrgFilter};
use citydriver_store::testing::{backends, fresh};
use citydriver_store::{Store, StoreError};
use domain::directory::{
    Membership, MembershipInput, NetworkInput, Organization, OrganizationInput,
};

fn org(id: &str, country: &str, kind: &str, names: &str) -> Organization {
    OrganizationInput {
        id: Some(id.into()),
        kind: Some(kind.into()),
        names: domain::I18nText::from_json(names).unwrap(),
        country: Some(country.into()),
        lat: Some(37.5665),
        lon: Some(126.978),
        ..Default::default()
    }
    .validate(None)
    .unwrap()
}

fn membership(org: &str, role: &str) -> Membership {
    MembershipInput {
        org: Some(org.into()),
        network: Some("wego".into()),
        role: Some(role.into()),
        since: Some("2010".into()),
        until: None,
    }
    .validate()
    .unwrap()
}

async fn seed(s: &Store) {
    for (id, country, kind, names) in [
        (
            "seoul",
            "KR",
            "local_government",
            r#"{"en":"Seoul","ko":"서울"}"#,
        ),
        (
            "busan",
            "KR",
            "local_government",
            r#"{"en":"Busan","ko":"부산"}"#,
        ),
        ("nec", "JP", "company", r#"{"en":"NEC","ja":"日本電気"}"#),
    ] {
        directory::insert_org(&s.db, &org(id, country, kind, names), 1)
            .await
            .unwrap();
    }
    let wego = NetworkInput {
        id: Some("wego".into()),
        names: domain::I18nText::en("WeGO"),
        scope: Some("global".into()),
        founded: Some("2010".into()),
        ..Default::default()
    }
    .validate()
    .unwrap();
    directory::insert_network(&s.db, &wego, 1).await.unwrap();
    directory::insert_membership(&s.db, &membership("seoul", "founding_member"), None, 1)
        .await
        .unwrap();
}

#[tokio::test]
async fn migrations_apply_and_are_recorded() {
    for b in backends() {
        let (s, _g) = fresh(b).await.unwrap();
        let applied = s.applied_migrations().await.unwrap();
        assert_eq!(
            applied,
            vec![
                "m0001_directory_accounts_audit_outbox",
                "m0002_events_registrations",
                "m0003_speakers_invitations_recordings_transcripts",
                "m0004_practices_collections",
                "m0005_directory_and_outbox_indexes",
                "m0006_projects",
                "m0007_matching",
                "m0008_registration_proof"
            ],
            "{b}"
        );
        // Running them again is a no-op.
        s.migrate().await.unwrap();
        assert!(s.is_empty().await.unwrap());
    }
}

#[tokio::test]
async fn duplicates_are_refused_by_the_database() {
    for b in backends() {
        let (s, _g) = fresh(b).await.unwrap();
        seed(&s).await;
        let err = directory::insert_org(
            &s.db,
            &org("seoul", "KR", "local_government", r#"{"en":"Seoul"}"#),
            1,
        )
        .await
        .unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Duplicate {
                    key: "organizations_pkey",
                    field: "id"
                }
            ),
            "{b}: {err:?}"
        );
        assert_eq!(directory::count_orgs(&s.db).await.unwrap(), 3, "{b}");
        let err =
            directory::insert_membership(&s.db, &membership("seoul", "founding_member"), None, 1)
                .await
                .unwrap_err();
        assert!(
            matches!(err, StoreError::Duplicate { field: "role", .. }),
            "{b}: {err:?}"
        );
        let err = directory::insert_membership(&s.db, &membership("nowhere", "member"), None, 1)
            .await
            .unwrap_err();
        assert!(
            matches!(err, StoreError::MissingReference(_)),
            "{b}: {err:?}"
        );
    }
}

#[tokio::test]
async fn directory_filters_and_pages() {
    for b in backends() {
        let (s, _g) = fresh(b).await.unwrap();
        seed(&s).await;
        let all = directory::list_orgs(&s.db, &OrgFilter::default(), domain::Paging::of(1, 2))
            .await
            .unwrap();
        assert_eq!((all.total, all.items.len()), (3, 2), "{b}");
        assert_eq!(all.items[0].id, "busan");
        let p2 = directory::list_orgs(&s.db, &OrgFilter::default(), domain::Paging::of(2, 2))
            .await
            .unwrap();
        assert_eq!(
            p2.items.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
            ["seoul"],
            "{b}"
        );
        let kr = OrgFilter {
            country: Some("KR".into()),
            ..Default::default()
        };
        assert_eq!(
            directory::list_orgs(&s.db, &kr, domain::Paging::of(1, 50))
                .await
                .unwrap()
                .total,
            2,
            "{b}"
        );
        let wego = OrgFilter {
            network: Some("wego".into()),
            role: Some("founding_member".into()),
            ..Default::default()
        };
        let r = directory::list_orgs(&s.db, &wego, domain::Paging::of(1, 50))
            .await
            .unwrap();
        assert_eq!(
            r.items.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
            ["seoul"],
            "{b}"
        );
        for (q, want) in [("서울", "seoul"), ("日本電気", "nec"), ("BUSAN", "busan")] {
            let f = OrgFilter {
                q: Some(q.into()),
                ..Default::default()
            };
            let r = directory::list_orgs(&s.db, &f, domain::Paging::of(1, 50))
                .await
                .unwrap();
            assert_eq!(
                r.items.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
                [want],
                "{b}: {q}"
            );
        }
        // LIKE wildcards typed by a user are literal.
        let f = OrgFilter {
            q: Some("%".into()),
            ..Default::default()
        };
        assert_eq!(
            directory::list_orgs(&s.db, &f, domain::Paging::of(1, 50))
                .await
                .unwrap()
                .total,
            0,
            "{b}"
        );
    }
}

#[tokio::test]
async fn import_refuses_a_non_empty_database_and_bad_lines() {
    for b in backends() {
        let (s, _g) = fresh(b).await.unwrap();
        let bad = "{\"format\":\"citydriver-export\",\"version\":1}\n{\"table\":\"organizations\",\"row\":{\"id\":\"x\"}}\n";
        let err = s.import(&mut bad.as_bytes()).await.unwrap_err();
        assert!(err.to_string().contains("line 2"), "{b}: {err}");
        assert!(s.is_empty().await.unwrap(), "{b}: nothing written");
        seed(&s).await;
        let mut out = Vec::new();
        s.export(&mut out).await.unwrap();
        let err = s.import(&mut out.as_slice()).await.unwrap_err();
        assert!(err.to_string().contains("empty"), "{b}: {err}");
    }
}

#[tokio::test]
async fn export_import_round_trips_across_backends() {
    let (a, _ga) = fresh("sqlite").await.unwrap();
    seed(&a).await;
    citydriver_store::audit::record(
        &a.db,
        5,
        citydriver_store::audit::Entry {
            actor: "u-1",
            action: "organization.create",
            target_type: "organization",
            target_id: "seoul",
            outcome: domain::auth::Outcome::Ok,
            before: None,
            after: Some("{\"x\":1}".into()),
        },
    )
    .await
    .unwrap();
    let mut first = Vec::new();
    a.export(&mut first).await.unwrap();
    for b in backends() {
        let (s, _g) = fresh(b).await.unwrap();
        s.import(&mut first.as_slice()).await.unwrap();
        let mut second = Vec::new();
        s.export(&mut second).await.unwrap();
        assert_eq!(
            String::from_utf8(first.clone()).unwrap(),
            String::from_utf8(second).unwrap(),
            "{b}"
        );
        // Ids keep counting after an import.
        citydriver_store::audit::record(
            &s.db,
            6,
            citydriver_store::audit::Entry {
                actor: "u-1",
                action: "x",
                target_type: "organization",
                target_id: "busan",
                outcome: domain::auth::Outcome::Ok,
                before: None,
                after: None,
            },
        )
        .await
        .unwrap();
        assert_eq!(
            citydriver_store::audit::count(&s.db).await.unwrap(),
            2,
            "{b}"
        );
    }
}

#[tokio::test]
async fn sqlite_backup_is_a_usable_copy() {
    let (s, _g) = fresh("sqlite").await.unwrap();
    seed(&s).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.db");
    s.backup(&path).await.unwrap();
    let copy = Store::open(&path.to_string_lossy()).await.unwrap();
    assert_eq!(directory::count_orgs(&copy.db).await.unwrap(), 3);
    assert!(s.backup(&path).await.is_err(), "never overwrites");
}

/// Every unique key the schema has is named in `UNIQUE_KEYS` with the field it is about: a
/// duplicate is then reported on that field, on both databases, never guessed.
#[tokio::test]
async fn every_unique_key_of_the_schema_is_named() {
    use sea_orm::{ConnectionTrait, Statement};
    use std::collections::BTreeSet;
    for b in backends() {
        let (s, _g) = fresh(b).await.unwrap();
        let known: BTreeSet<(String, Vec<String>)> = citydriver_store::UNIQUE_KEYS
            .iter()
            .map(|(_, t, cols, _)| (t.to_string(), cols.iter().map(|c| c.to_string()).collect()))
            .collect();
        let mut found: BTreeSet<(String, Vec<String>)> = BTreeSet::new();
        let backend = s.db.get_database_backend();
        let q = |sql: &str| Statement::from_string(backend, sql.to_string());
        if b == "sqlite" {
            let tables = s
                .db
                .query_all_raw(q("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'seaql_%'"))
                .await
                .unwrap();
            for t in tables {
                let table: String = t.try_get("", "name").unwrap();
                for i in
                    s.db.query_all_raw(q(&format!("PRAGMA index_list('{table}')")))
                        .await
                        .unwrap()
                {
                    let unique: i32 = i.try_get("", "unique").unwrap();
                    let name: String = i.try_get("", "name").unwrap();
                    if unique == 1 {
                        let cols =
                            s.db.query_all_raw(q(&format!("PRAGMA index_info('{name}')")))
                                .await
                                .unwrap()
                                .iter()
                                .map(|c| c.try_get::<String>("", "name").unwrap())
                                .collect();
                        found.insert((table.clone(), cols));
                    }
                }
                // A rowid table's INTEGER PRIMARY KEY has no index: the outbox and the audit log.
            }
        } else {
            let rows = s
                .db
                .query_all_raw(q("SELECT (SELECT relname FROM pg_class WHERE oid = ix.indexrelid) AS idx, t.relname AS tbl, array_to_string(ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o), ',') AS cols FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace WHERE ix.indisunique AND ns.nspname = current_schema() AND t.relname NOT LIKE 'seaql_%'"))
                .await
                .unwrap();
            for r in rows {
                let table: String = r.try_get("", "tbl").unwrap();
                let cols: String = r.try_get("", "cols").unwrap();
                // The outbox and the audit log number their rows: no input names those ids.
                if (table == "outbox" || table == "audit_log") && cols == "id" {
                    continue;
                }
                // PostgreSQL names the key in its message: the name must be the one listed.
                let idx: String = r.try_get("", "idx").unwrap();
                assert!(
                    citydriver_store::UNIQUE_KEYS.iter().any(|k| k.0 == idx),
                    "{b}: the key {idx} of {table}({cols}) is not named in UNIQUE_KEYS"
                );
                found.insert((table, cols.split(',').map(str::to_string).collect()));
            }
        }
        let missing: Vec<_> = found.difference(&known).collect();
        assert!(
            missing.is_empty(),
            "{b}: unique keys not named in UNIQUE_KEYS: {missing:?}"
        );
    }
}
