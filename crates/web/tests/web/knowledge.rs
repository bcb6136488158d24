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
                .contains(&Tr::new(Lang::Ja).tn("practices-count", "count", 4)),
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
