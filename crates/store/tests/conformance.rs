//! The store conformance suite: every test runs on SQLite, and on PostgreSQL when
//! `CITYDRIVER_TEST_PG` names a server. Each test gets a fresh database.

use citydriver_store::directory::{self, OrgFilter};
use citydriver_store::entities::{membership, network, organization};
use citydriver_store::testing::{backends, fresh};
use citydriver_store::{Store, StoreError};

fn org(id: &str, country: &str, kind: &str, names: &str) -> organization::Model {
    organization::Model {
        id: id.into(),
        kind: kind.into(),
        names: names.into(),
        sort_name: id.into(),
        country: country.into(),
        region: None,
        lat: Some(37.5665),
        lon: Some(126.978),
        website: None,
        description: "{}".into(),
        created_at: 1,
        updated_at: 1,
    }
}

async fn seed(s: &Store) {
    directory::insert_org(
        &s.db,
        org(
            "seoul",
            "KR",
            "local_government",
            r#"{"en":"Seoul","ko":"서울"}"#,
        ),
    )
    .await
    .unwrap();
    directory::insert_org(
        &s.db,
        org(
            "busan",
            "KR",
            "local_government",
            r#"{"en":"Busan","ko":"부산"}"#,
        ),
    )
    .await
    .unwrap();
    directory::insert_org(
        &s.db,
        org("nec", "JP", "company", r#"{"en":"NEC","ja":"日本電気"}"#),
    )
    .await
    .unwrap();
    directory::insert_network(
        &s.db,
        network::Model {
            id: "wego".into(),
            names: r#"{"en":"WeGO"}"#.into(),
            sort_name: "wego".into(),
            parent_id: None,
            relation: None,
            scope: "global".into(),
            status: "active".into(),
            secretariat_org_id: None,
            founded: Some("2010".into()),
            description: "{}".into(),
            created_at: 1,
            updated_at: 1,
        },
    )
    .await
    .unwrap();
    directory::insert_membership(
        &s.db,
        membership::Model {
            id: "m1".into(),
            org_id: "seoul".into(),
            network_id: "wego".into(),
            role: "founding_member".into(),
            since: Some("2010".into()),
            until: None,
            note: None,
            created_at: 1,
        },
    )
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
                "m0004_practices_collections"
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
        let err = directory::insert_org(&s.db, org("seoul", "KR", "local_government", "{}"))
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::Duplicate(_)), "{b}: {err:?}");
        assert_eq!(directory::count_orgs(&s.db).await.unwrap(), 3, "{b}");
        let err = directory::insert_membership(
            &s.db,
            membership::Model {
                id: "m2".into(),
                org_id: "seoul".into(),
                network_id: "wego".into(),
                role: "founding_member".into(),
                since: None,
                until: None,
                note: None,
                created_at: 1,
            },
        )
        .await
        .unwrap_err();
        assert!(matches!(err, StoreError::Duplicate(_)), "{b}: {err:?}");
        let err = directory::insert_membership(
            &s.db,
            membership::Model {
                id: "m3".into(),
                org_id: "nowhere".into(),
                network_id: "wego".into(),
                role: "member".into(),
                since: None,
                until: None,
                note: None,
                created_at: 1,
            },
        )
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
            outcome: "ok",
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
                outcome: "ok",
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
