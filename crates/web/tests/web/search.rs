//! One search over everything public, in every script.

use super::common::*;

#[tokio::test]
async fn one_search_finds_seoul_in_every_script_and_cjk_words_and_never_a_draft() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        // A draft of Seoul's: never in results, snippets or counts.
        t.form(
            "/practices/new",
            &a.editor,
            &format!("csrf={CSRF}&id=seoul-secret-plan&city=seoul&domain=safe_city&title_en=Secret+plan+for+Seoul+members&title_ko=%ED%9A%8C%EC%9B%90+%EB%B9%84%EB%B0%80"),
        )
        .await;
        // The live follower leaves it out as a rebuild does (each has its own path).
        while t.svc().index_pending(&t.state.index, 1000).await.unwrap() > 0 {}
        let r = t
            .api("GET", "/api/v1/search?q=secret+plan", None, None)
            .await;
        assert!(!r.body.contains("secret-plan"), "{b}: {}", r.body);
        t.svc().reindex(&t.state.index).await.unwrap();
        for q in ["서울", "ソウル", "首尔", "Séoul", "seoul"] {
            let r = t
                .api(
                    "GET",
                    &format!("/api/v1/search?q={}", citydriver_web::kit::view::enc(q)),
                    None,
                    None,
                )
                .await;
            assert_eq!(r.status, StatusCode::OK, "{b}");
            let ids: Vec<String> = r.json()["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap().to_string())
                .collect();
            assert!(
                ids.contains(&"organization:seoul".to_string()),
                "{b} {q}: {ids:?}"
            );
            assert!(
                ids.iter().any(|i| i.starts_with("practice:seoul-")),
                "{b} {q}: its practices: {ids:?}"
            );
            assert!(!ids.iter().any(|i| i.contains("secret-plan")), "{b} {q}");
        }
        // 회원 in 회원이; two-character words; a transcript line opens the recording.
        let r = t
            .api(
                "GET",
                "/api/v1/search?q=%E9%87%9C%E5%B1%B1&kind=cue",
                None,
                None,
            )
            .await; // 釜山
        let first = &r.json()["items"][0];
        assert_eq!(
            first["url"], "/demo/sample-recording.wav#t=52",
            "{b}: {first}"
        );
        assert!(
            first["snippet"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["hit"] == true && p["text"] == "釜山"),
            "{b}"
        );
        let r = t
            .api("GET", "/api/v1/search?q=%ED%9A%8C%EC%9B%90", None, None)
            .await; // 회원
        assert!(
            r.json()["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| !i["id"].as_str().unwrap().contains("secret")),
            "{b}: the draft's 회원 is not found"
        );
        let r = t
            .api("GET", "/api/v1/search?q=testing&kind=nonsense", None, None)
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b}");
        // The page, in Japanese, with facets and marks.
        let r = t
            .get("/search?q=%E3%82%BD%E3%82%A6%E3%83%AB&lang=ja", "")
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains("<mark>") && r.body.contains("/practices/seoul-"),
            "{b}"
        );
        assert!(!r.body.contains("secret-plan"), "{b}");
        let empty = t.get("/search", "").await;
        assert_eq!(empty.status, StatusCode::OK);
        // Published, it is found after the follower's next round.
        t.form(
            "/practices/seoul-secret-plan/publish",
            &a.editor,
            &format!("csrf={CSRF}&publish=1"),
        )
        .await;
        while t.svc().index_pending(&t.state.index, 1000).await.unwrap() > 0 {}
        let r = t
            .api("GET", "/api/v1/search?q=secret+plan", None, None)
            .await;
        assert_eq!(
            r.json()["items"][0]["id"],
            "practice:seoul-secret-plan",
            "{b}"
        );
    }
}

#[tokio::test]
async fn in_the_demo_two_character_words_and_inflections_find_their_documents() {
    let t = T::new("sqlite").await;
    t.svc().reindex(&t.state.index).await.unwrap();
    let ids = |body: &str| -> Vec<String> {
        serde_json::from_str::<serde_json::Value>(body).unwrap()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect()
    };
    for (q, want) in [
        ("%E9%A6%96%E9%83%BD", "organization:seoul"), // 首都
        ("%E5%9F%8E%E5%B8%82", "network:ascn"),       // 城市
        ("%ED%9A%8C%EC%9B%90", "collection:smart-health-responder"), // 회원
        ("%ED%9A%8C%EC%9B%90", "organization:seoul"), // 회원 in 회원이자
        ("villes", "organization:seoul"),             // ville présidente
    ] {
        let r = t
            .api(
                "GET",
                &format!("/api/v1/search?q={q}&per_page=50"),
                None,
                None,
            )
            .await;
        let got = ids(&r.body);
        assert!(
            got.contains(&want.to_string()),
            "{q}: {want} not in {got:?}"
        );
    }
}
