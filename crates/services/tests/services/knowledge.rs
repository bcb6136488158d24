//! The knowledge base: drafts, publication, the catalogue and collections.

use super::common::*;

#[tokio::test]
async fn practices_are_private_drafts_until_published_and_collections_list_them() {
    use citydriver_services::PracticeFilter;
    use domain::knowledge::PracticeInput;
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let anon = Actor::Anonymous;
        // The demo: Seoul's four measures of 2020 in the Smart Health Responder.
        let (coll, items) = svc_ok(svc.collection_page(&anon, "smart-health-responder").await);
        assert_eq!(coll.names.best(Lang::Ko), "스마트 헬스 리스폰더", "{b}");
        assert_eq!(items.len(), 4, "{b}");
        assert!(
            items
                .iter()
                .all(|i| i.city.id == "seoul" && i.dated.as_str() == "2020"),
            "{b}"
        );
        // Seoul's editor writes a draft: private to them and admins.
        let input = PracticeInput {
            city: Some("seoul".into()),
            domain: Some("mobility".into()),
            sdgs: vec![11],
            titles: I18nText::en("Night bus routes from call data").with(Lang::Ko, "심야버스 노선"),
            partners: vec!["samsung-sds".into()],
            contacts: vec!["kyong-yul-lee".into()],
            events: vec!["wego-tcs-live-2020".into()],
            started: Some("2013".into()),
            ..Default::default()
        };
        let draft = svc_ok(svc.save_practice(&editor, None, input.clone()).await);
        assert!(draft.published_at.is_none());
        let all = PracticeFilter::default();
        let public = svc_ok(svc.catalogue(&anon, &all, Paging::default()).await);
        assert_eq!(
            public.results.total, 6,
            "{b}: the draft is not counted for the public"
        );
        assert!(!public.results.items.iter().any(|(p, _)| p.id == draft.id));
        assert!(
            public
                .facets
                .iter()
                .all(|(_, v)| v.iter().all(|(k, _)| k != "mobility")),
            "{b}: nor in the facets"
        );
        assert!(
            matches!(
                svc.practice_page(&anon, &draft.id).await,
                Err(ServiceError::NotFound(_))
            ),
            "{b}"
        );
        assert_eq!(
            svc_ok(svc.catalogue(&editor, &all, Paging::default()).await)
                .results
                .total,
            7,
            "{b}"
        );
        assert_eq!(
            svc_ok(svc.catalogue(&admin, &all, Paging::default()).await)
                .results
                .total,
            7,
            "{b}"
        );
        // Nobody else writes Seoul's cases; bad input names its fields and writes nothing.
        let mut busan = input.clone();
        busan.city = Some("busan".into());
        busan.id = Some("busan-case".into());
        assert!(
            matches!(
                svc.save_practice(&editor, None, busan).await,
                Err(ServiceError::Denied(_))
            ),
            "{b}"
        );
        let mut bad = input.clone();
        bad.id = Some("bad-case".into());
        bad.partners = vec!["no-such-org".into()];
        bad.events = vec!["no-such-event".into()];
        match svc.save_practice(&editor, None, bad).await {
            Err(ServiceError::Invalid(f)) => assert!(
                f.0.contains_key("partners") && f.0.contains_key("events"),
                "{b}"
            ),
            other => panic!("{b}: {other:?}"),
        }
        assert!(
            matches!(
                svc.save_practice(&editor, None, input.clone()).await,
                Err(ServiceError::Conflict(_))
            ),
            "{b}"
        );
        // Published: everyone sees it, with facets and filters; the contact's e-mail stays private.
        svc_ok(svc.publish_practice(&editor, &draft.id, true).await);
        let page = svc_ok(svc.practice_page(&anon, &draft.id).await);
        assert_eq!(page.partners[0].id, "samsung-sds");
        assert_eq!(page.events[0].id, "wego-tcs-live-2020");
        assert!(page.contacts.iter().all(|c| c.email.is_none()), "{b}");
        let f = PracticeFilter {
            domain: Some("mobility".into()),
            ..Default::default()
        };
        assert_eq!(
            svc_ok(svc.catalogue(&anon, &f, Paging::default()).await)
                .results
                .total,
            1,
            "{b}"
        );
        let f = PracticeFilter {
            sdg: Some(1),
            ..Default::default()
        };
        assert_eq!(
            svc_ok(svc.catalogue(&anon, &f, Paging::default()).await)
                .results
                .total,
            0,
            "{b}: goal 1 is not 11"
        );
        let f = PracticeFilter {
            country: Some("KR".into()),
            year: Some("2020".into()),
            lang: Some("ja".into()),
            ..Default::default()
        };
        assert_eq!(
            svc_ok(svc.catalogue(&anon, &f, Paging::default()).await)
                .results
                .total,
            4,
            "{b}"
        );
        let f = PracticeFilter {
            q: Some("NIGHT BUS".into()),
            ..Default::default()
        };
        assert_eq!(
            svc_ok(svc.catalogue(&anon, &f, Paging::default()).await)
                .results
                .total,
            1,
            "{b}"
        );
        // An update keeps the publication; everything went through the outbox.
        let mut again = input.clone();
        again.cost = Some("not published".into());
        let updated = svc_ok(svc.save_practice(&editor, Some(&draft.id), again).await);
        assert!(updated.published_at.is_some(), "{b}");
        let changes = store::outbox::read_after(&svc.store.db, 0, 10_000)
            .await
            .unwrap()
            .into_iter()
            .filter(|o| o.topic == "practice.changed" && o.key == draft.id)
            .count();
        assert_eq!(changes, 3, "{b}: create, publish, update");
        // Collections: only admins and the curator's editors add to them.
        assert!(
            svc.add_to_collection(
                &editor,
                "smart-health-responder",
                &draft.id,
                "tracing",
                "2021",
                I18nText::new()
            )
            .await
            .is_err()
        );
        svc_ok(
            svc.add_to_collection(
                &admin,
                "smart-health-responder",
                &draft.id,
                "remote_services",
                "2021-02",
                I18nText::en("Update"),
            )
            .await,
        );
        let (_, items) = svc_ok(svc.collection_page(&anon, "smart-health-responder").await);
        assert_eq!(
            (items.len(), items[0].dated.as_str()),
            (5, "2021-02"),
            "{b}: newest first"
        );
    }
}

/// Another city's draft is no oracle: a new case's id begins with its own city's, so an editor
/// choosing Busan's draft id makes a Seoul case beside it, and never hears "already exists".
#[tokio::test]
async fn another_citys_draft_id_tells_nothing() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let case = |city: &str, id: &str| domain::knowledge::PracticeInput {
            id: Some(id.into()),
            city: Some(city.into()),
            domain: Some("mobility".into()),
            titles: I18nText::en("A plan"),
            ..Default::default()
        };
        let hidden = svc_ok(
            svc.save_practice(&admin, None, case("busan", "busan-hidden-plan"))
                .await,
        );
        assert_eq!(hidden.id, "busan-hidden-plan");
        let mine = svc_ok(
            svc.save_practice(&editor, None, case("seoul", "busan-hidden-plan"))
                .await,
        );
        assert_eq!(mine.id, "seoul-busan-hidden-plan", "{b}");
        // Within one's own city a taken id is a conflict, as it should be.
        let again = svc
            .save_practice(&editor, None, case("seoul", "busan-hidden-plan"))
            .await;
        assert!(
            matches!(again, Err(ServiceError::Conflict(_))),
            "{b}: {again:?}"
        );
        assert_eq!(
            svc_ok(
                svc.save_practice(&editor, None, case("seoul", "plain"))
                    .await
            )
            .id,
            "seoul-plain"
        );
    }
}
