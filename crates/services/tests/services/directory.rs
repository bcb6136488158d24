//! The directory's use cases: the demo's facts, editors' rights and the audit log, field errors, imports.

use super::common::*;

#[tokio::test]
async fn demo_loads_once_with_the_facts() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        let c = svc.load_demo_if_empty().await.unwrap().unwrap();
        assert!(c.organizations >= 40, "{b}");
        assert!(
            svc.load_demo_if_empty().await.unwrap().is_none(),
            "{b}: second load does nothing"
        );
        let ascn = svc.network_page("ascn").await.unwrap();
        let pilots = ascn
            .members
            .iter()
            .filter(|(m, _)| m.role == domain::directory::MembershipRole::PilotCity)
            .count();
        assert_eq!(pilots, 26, "{b}");
        let neascn = svc.network_page("neascn").await.unwrap();
        assert_eq!(
            neascn.network.status,
            domain::directory::NetworkStatus::Forming
        );
        assert_eq!(neascn.parent.unwrap().id, "wego");
        let seoul = svc.get_org("seoul").await.unwrap();
        assert_eq!(seoul.names.get_exact(Lang::Ko), Some("서울특별시"));
    }
}

#[tokio::test]
async fn editors_edit_their_organization_only_and_everything_is_audited() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let before = svc
            .audit_log(&admin, Paging::of(1, 500))
            .await
            .unwrap()
            .total;

        let mut seoul = input("Seoul");
        seoul.names = seoul.names.with(Lang::Ko, "서울");
        let v = svc.update_org(&editor, "seoul", seoul).await.unwrap();
        assert_eq!(v.names.get_exact(Lang::Ko), Some("서울"));

        let err = svc
            .update_org(&editor, "busan", input("Busan!"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, ServiceError::Denied(Denied::Forbidden)),
            "{b}"
        );
        assert_eq!(
            svc.get_org("busan")
                .await
                .unwrap()
                .names
                .get_exact(Lang::En),
            Some("Busan"),
            "{b}: unchanged"
        );

        let err = svc
            .update_org(&Actor::Anonymous, "seoul", input("X"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, ServiceError::Denied(Denied::Unauthenticated)),
            "{b}"
        );
        let err = svc
            .create_org(&editor, input("New City"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, ServiceError::Denied(Denied::Forbidden)),
            "{b}"
        );

        let log = svc.audit_log(&admin, Paging::of(1, 500)).await.unwrap();
        let after = log.total;
        let log = log.items;
        // The update, and the two refusals of the signed-in editor (anonymous refusals are not logged).
        assert_eq!(after - before, 3, "{b}");
        let upd = log
            .iter()
            .find(|e| e.action == "organization.update" && e.outcome == domain::auth::Outcome::Ok)
            .unwrap();
        assert!(
            upd.before.as_deref().unwrap().contains("서울특별시"),
            "{b}: before kept"
        );
        assert!(
            upd.after.as_deref().unwrap().contains("\"서울\""),
            "{b}: after kept"
        );
        assert_eq!(
            log.iter()
                .filter(|e| e.outcome == domain::auth::Outcome::Denied)
                .count(),
            2,
            "{b}"
        );
        assert!(
            svc.audit_log(&editor, Paging::of(1, 10)).await.is_err(),
            "{b}: editors do not read the audit log"
        );
    }
}

#[tokio::test]
async fn bad_input_names_the_field_and_writes_nothing() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, _) = people(&svc).await;
        let n = svc
            .list_orgs(&Default::default(), Paging::of(1, 1))
            .await
            .unwrap()
            .total;
        let mut i = input("Nowhere");
        i.country = Some("XX".into());
        match svc.create_org(&admin, i).await.unwrap_err() {
            ServiceError::Invalid(f) => assert!(f.0.contains_key("country"), "{b}"),
            e => panic!("{b}: {e:?}"),
        }
        match svc
            .create_org(&admin, input(&"n".repeat(10_000_000)))
            .await
            .unwrap_err()
        {
            ServiceError::Invalid(f) => assert!(f.0.contains_key("names.en"), "{b}"),
            e => panic!("{b}: {e:?}"),
        }
        match svc.create_org(&admin, input("Seoul")).await.unwrap_err() {
            ServiceError::Conflict(f) => assert!(f.0.contains_key("id"), "{b}: {f:?}"),
            e => panic!("{b}: {e:?}"),
        }
        assert_eq!(
            svc.list_orgs(&Default::default(), Paging::of(1, 1))
                .await
                .unwrap()
                .total,
            n,
            "{b}"
        );
    }
}

#[tokio::test]
async fn import_is_all_or_nothing_with_line_numbers() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let n = svc
            .list_orgs(&Default::default(), Paging::of(1, 1))
            .await
            .unwrap()
            .total;
        let csv = "id,kind,country,name_en,name_ja,lat,lon\n\
                   osaka,local_government,JP,Osaka,大阪市,34.69,135.50\n\
                   atlantis,local_government,XX,Atlantis,,,\n\
                   osaka,local_government,JP,Osaka again,,,\n\
                   seoul,local_government,KR,Seoul,,,\n\
                   nagoya,city,JP,Nagoya,,abc,\n";
        let r = svc
            .import_directory(&admin, Format::OrganizationsCsv, csv.as_bytes())
            .await
            .unwrap();
        let found: Vec<(u64, &str)> = r
            .problems
            .iter()
            .map(|p| (p.line.unwrap(), p.field.as_str()))
            .collect();
        for want in [
            (3, "country"),
            (4, "id"),
            (5, "id"),
            (6, "kind"),
            (6, "lat"),
        ] {
            assert!(found.contains(&want), "{b}: {want:?} missing in {found:?}");
        }
        assert_eq!(
            svc.list_orgs(&Default::default(), Paging::of(1, 1))
                .await
                .unwrap()
                .total,
            n,
            "{b}: nothing written"
        );

        let mut bytes =
            b"id,kind,country,name_en\nlyon,local_government,FR,Lyon\nx,company,FR,".to_vec();
        bytes.extend_from_slice(&[0xff, 0xfe, b'\n']);
        let r = svc
            .import_directory(&admin, Format::OrganizationsCsv, &bytes)
            .await
            .unwrap();
        assert_eq!(
            (r.problems[0].line, r.problems[0].reason.as_str()),
            (Some(3), "is not valid UTF-8"),
            "{b}"
        );

        let good = "id,kind,country,name_en,name_fr\nlyon,local_government,FR,Lyon,Lyon\n";
        let r = svc
            .import_directory(&admin, Format::OrganizationsCsv, good.as_bytes())
            .await
            .unwrap();
        assert_eq!((r.organizations, r.problems.len()), (1, 0), "{b}");
        let members = "org,network,role,since\nlyon,wego,member,2021\nlyon,nonet,member,\n";
        let r = svc
            .import_directory(&admin, Format::MembershipsCsv, members.as_bytes())
            .await
            .unwrap();
        assert_eq!(r.problems.len(), 1, "{b}: {:?}", r.problems);
        assert_eq!(r.problems[0].line, Some(3));
        let json = r#"{"organizations":[{"id":"nice","kind":"local_government","country":"FR","names":{"fr":"Nice"}}],
                       "memberships":[{"org":"nice","network":"wego","role":"member"}]}"#;
        let r = svc
            .import_directory(&admin, Format::Json, json.as_bytes())
            .await
            .unwrap();
        assert_eq!(
            (r.organizations, r.memberships),
            (1, 1),
            "{b}: {:?}",
            r.problems
        );
        assert!(
            svc.import_directory(&editor, Format::Json, json.as_bytes())
                .await
                .is_err(),
            "{b}: admins only"
        );
    }
}
