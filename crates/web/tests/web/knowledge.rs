//! The knowledge base's pages, drafts and the Responder's feed.

use super::common::*;

#[tokio::test]
async fn the_knowledge_base_in_pages_drafts_stay_private_and_the_responder_has_a_feed() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let r = t.get("/practices?lang=ja", "").await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(r.body.contains("ドライブスルー検査"), "{b}");
        assert!(
            r.body
                .contains(&Tr::new(Lang::Ja).tn("practices-count", "count", 6)),
            "{b}"
        );
        let r = t.get("/practices?domain=mobility", "").await;
        assert!(
            r.body.contains(&Tr::new(Lang::En).t("practices-none")),
            "{b}"
        );
        assert_eq!(
            t.get("/practices?domain=nonsense", "").await.status,
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            t.get("/practices?sdg=99", "").await.status,
            StatusCode::BAD_REQUEST
        );
        let r = t.get("/practices/seoul-clean-zone?lang=fr", "").await;
        assert!(
            r.body
                .contains("Campagne « Clean Zone » pour les commerces"),
            "{b}"
        );
        assert!(
            r.body.contains("/collections/smart-health-responder"),
            "{b}"
        );
        // The editor of Seoul writes a draft through the form.
        assert_eq!(
            t.get("/practices/new", "").await.status,
            StatusCode::SEE_OTHER
        );
        let form = format!(
            "csrf={CSRF}&id=seoul-night-bus&city=seoul&domain=mobility&sdgs=11&title_en=Night+bus&title_ko=%EC%8B%AC%EC%95%BC%EB%B2%84%EC%8A%A4&started=2013&links=Report+%7C+https%3A%2F%2Fexample.org%2Fowl"
        );
        let r = t.form("/practices/new", &a.editor, &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let bad = format!("csrf={CSRF}&id=x-case&city=seoul&domain=flying&sdgs=3,abc&title_en=X");
        let r = t.form("/practices/new", &a.editor, &bad).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.body.contains("<code>domain</code>") && r.body.contains("<code>sdgs</code>"),
            "{b}"
        );
        let r = t
            .form(
                "/practices/new",
                &a.editor,
                &form
                    .replace("city=seoul", "city=busan")
                    .replace("seoul-night-bus", "busan-x"),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        // Private until published: not for the public, not in the list, not in the counts.
        assert_eq!(
            t.get("/practices/seoul-night-bus", "").await.status,
            StatusCode::NOT_FOUND,
            "{b}"
        );
        assert!(
            !t.get("/practices", "")
                .await
                .body
                .contains("seoul-night-bus"),
            "{b}"
        );
        let mine = t.get("/practices/seoul-night-bus", &a.editor).await;
        assert!(
            mine.body
                .contains("the administrators see it until it is published"),
            "{b}: {}",
            mine.status
        );
        assert_eq!(mine.headers["cache-control"], "private, no-store");
        let r = t
            .form(
                "/practices/seoul-night-bus/publish",
                &a.editor,
                &format!("csrf={CSRF}&publish=1"),
            )
            .await;
        assert!(r.body.contains("The practice is published."), "{b}");
        let r = t.get("/practices/seoul-night-bus?lang=ko", "").await;
        assert!(
            r.body.contains("심야버스") && r.body.contains("https://example.org/owl"),
            "{b}"
        );
        // The Smart Health Responder: page and Atom feed, read by an independent XML parser.
        let r = t
            .get("/collections/smart-health-responder?lang=zh-Hans", "")
            .await;
        assert!(
            r.body.contains("智慧健康应对") && r.body.contains("口罩配给与库存查询应用"),
            "{b}"
        );
        let feed = t
            .get("/collections/smart-health-responder/feed.atom?lang=ko", "")
            .await;
        assert!(
            feed.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/atom+xml")
        );
        // Links come from the configured address, whatever Host the request names.
        let spoofed = t
            .send(
                Request::get("/collections/smart-health-responder/feed.atom")
                    .header("host", "evil.example")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert!(!spoofed.body.contains("evil.example"), "{b}");
        assert!(
            spoofed
                .body
                .contains("http://cd.test/collections/smart-health-responder"),
            "{b}"
        );
        let (title, entries) = python_atom(&feed.body);
        assert_eq!(title, "스마트 헬스 리스폰더", "{b}");
        assert_eq!(entries.len(), 4, "{b}");
        assert!(
            entries.iter().any(|(t, _)| t == "드라이브 스루 선별진료소"),
            "{b}"
        );
        assert_eq!(
            t.get("/collections/nope", "").await.status,
            StatusCode::NOT_FOUND
        );
    }
}

/// A refused write is audited and holds no lock: writes sent right after it (four
/// registrations at once) go through. On SQLite the refusal used to be audited on a second
/// connection while the use case's transaction was open — the audit row was lost and the write
/// lock held for the 30 s busy timeout, and registrations meanwhile failed "database is locked"
/// (issue 15).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_write_is_audited_and_holds_no_lock() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        // The Seoul editor's session (the cookie's value), and a token that may only read.
        let session = a
            .editor
            .split(';')
            .next()
            .unwrap()
            .trim_start_matches("cd_session=");
        let editor = t.svc().session_actor(session).await.unwrap();
        let (_, read_only) = t.svc().create_token(&editor, "ro", "read").await.unwrap();
        let admin = t
            .svc()
            .session_actor(a.admin.split(['=', ';']).nth(1).unwrap())
            .await
            .unwrap();
        let talk = domain::events::EventInput {
            id: Some("lock-test-talk".into()),
            titles: domain::I18nText::en("A talk"),
            date: Some("2031-07-01".into()),
            start_time: Some("14:00".into()),
            end_time: Some("15:00".into()),
            time_zone: Some("Asia/Seoul".into()),
            capacity: Some(100),
            ..Default::default()
        };
        t.svc()
            .create_event(&admin, "seoul", &[], None, talk)
            .await
            .unwrap();
        let before = t.audit_count().await;
        let r = t
            .api(
                "POST",
                "/api/v1/practices/seoul-clean-zone/publish",
                Some(&read_only),
                Some(r#"{"published": false}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: {}", r.body);
        assert_eq!(
            t.audit_count().await,
            before + 1,
            "{b}: the refusal is in the audit log"
        );
        let register = |i: u32| {
            let body = format!(
                r#"{{"email": "p{i}@test.org", "name": "P {i}", "lang": "en", "time_zone": "Asia/Seoul"}}"#
            );
            let t = &t;
            async move {
                t.api(
                    "POST",
                    "/api/v1/events/lock-test-talk/registrations",
                    None,
                    Some(&body),
                )
                .await
            }
        };
        let (r0, r1, r2, r3) = tokio::join!(register(0), register(1), register(2), register(3));
        for r in [r0, r1, r2, r3] {
            assert!(r.status.is_success(), "{b}: {} {}", r.status, r.body);
        }
        let p = t
            .api("GET", "/api/v1/practices/seoul-clean-zone", None, None)
            .await;
        assert!(p.json()["published_at"].is_string(), "{b}: still published");
    }
}
