//! The directory as a visitor, an editor and an API client sees it.

use super::common::*;

#[tokio::test]
async fn ascn_page_lists_its_26_pilot_cities_and_content_falls_back_visibly() {
    let t = T::new("sqlite").await;
    let r = t.get("/networks/ascn?lang=en", "").await;
    assert_eq!(r.body.matches(">Pilot city<").count(), 26);
    for city in [
        "Bandar Seri Begawan",
        "Luang Prabang",
        "Da Nang",
        "Nay Pyi Taw",
        "Cebu City",
    ] {
        assert!(r.body.contains(city), "{city}");
    }
    let r = t.get("/orgs/seoul?lang=ja", "").await;
    assert!(r.body.contains("ソウル特別市"));
    let r = t.get("/orgs/busan?lang=ja", "").await;
    // Busan's description exists only in English: shown, with a visible note.
    assert!(
        r.body
            .contains(&Tr::new(Lang::Ja).t1_for_test("fallback-note", "lang", "English"))
    );
}

#[tokio::test]
async fn the_map_draws_members_without_any_outside_request() {
    let t = T::new("sqlite").await;
    let r = t.get("/map?network=ascn", "").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.body.matches("<circle").count(),
        27,
        "the 26 pilot cities and the ASEAN Secretariat have coordinates"
    );
    assert!(!r.body.contains("https://"), "no outside resource");
    assert_eq!(
        t.get("/map?network=nope", "").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn directory_filters_paginate_and_report_bad_pages() {
    let t = T::new("sqlite").await;
    let r = t
        .get("/directory?lang=en&network=ascn&role=pilot_city", "")
        .await;
    assert!(r.body.contains("26 organizations"), "{}", r.body);
    let r = t
        .get("/directory?lang=en&country=JP&kind=company", "")
        .await;
    for c in ["Canon", "Dentsu", "NEC"] {
        assert!(r.body.contains(c));
    }
    assert!(
        !r.body.contains("href=\"/orgs/tokyo\""),
        "Tokyo is a local government"
    );
    let r = t.get("/directory?lang=en&page=2", "").await;
    assert!(
        r.body.contains("Page 2 of 2"),
        "52 organizations at 50 a page"
    );
    let r = t.get("/directory?lang=en&page=abc", "").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("page: must be a number from 1"));
    let r = t.get("/directory?lang=en&q=zzzz", "").await;
    assert!(r.body.contains("No organization matches these filters"));
}

#[tokio::test]
async fn refusals_write_nothing() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let before = t.audit_count().await;
        let busan =
            serde_json::json!({"kind":"local_government","country":"KR","names":{"en":"Hacked"}})
                .to_string();

        // Anonymous API write: 401.
        let r = t
            .api("POST", "/api/v1/organizations", None, Some(&busan))
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{b}");
        assert_eq!(r.json()["error"]["code"], "unauthenticated");
        let r = t
            .api("PUT", "/api/v1/organizations/busan", None, Some(&busan))
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{b}");
        // Anonymous form post (with a valid CSRF pair): 401, and no session means no edit.
        let form = format!("csrf={CSRF}&kind=local_government&country=KR&name_en=Hacked");
        let r = t
            .form("/orgs/busan/edit", &format!("cd_csrf={CSRF}"), &form)
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{b}");
        assert_eq!(
            t.audit_count().await,
            before,
            "{b}: anonymous refusals are not logged"
        );

        // A signed-in editor's form without the CSRF field, or with a wrong one: 403.
        let r = t
            .form(
                "/orgs/seoul/edit",
                &a.editor,
                "kind=local_government&country=KR&name_en=Changed",
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let r = t
            .form(
                "/orgs/seoul/edit",
                &a.editor,
                "csrf=forged&kind=local_government&country=KR&name_en=Changed",
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        assert_eq!(
            t.audit_count().await,
            before,
            "{b}: CSRF refusals happen before any use case"
        );

        // The editor of Seoul editing Busan: 403 by form and by API, logged as refused.
        let r = t.form("/orgs/busan/edit", &a.editor, &form).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let r = t
            .api(
                "PUT",
                "/api/v1/organizations/busan",
                Some(&a.editor_token),
                Some(&busan),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        assert_eq!(r.json()["error"]["code"], "forbidden");
        let busan_now = t
            .api("GET", "/api/v1/organizations/busan", None, None)
            .await
            .json();
        assert_eq!(busan_now["names"]["en"], "Busan", "{b}");
        let log = t
            .svc()
            .audit_log(
                &t.svc()
                    .session_actor(a.admin.split(['=', ';']).nth(1).unwrap())
                    .await
                    .unwrap(),
                domain::Paging::of(1, 10),
            )
            .await
            .unwrap()
            .items;
        assert_eq!(t.audit_count().await, before + 2, "{b}");
        assert!(
            log.iter()
                .take(2)
                .all(|e| e.outcome == domain::auth::Outcome::Denied && e.target_id == "busan"),
            "{b}"
        );

        // The same editor on their own organization: done, through the form, with the CSRF field.
        let r = t.form("/orgs/seoul/edit", &a.editor, &format!("csrf={CSRF}&kind=local_government&country=KR&name_en=Seoul&name_ko=%EC%84%9C%EC%9A%B8")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        assert_eq!(
            t.api("GET", "/api/v1/organizations/seoul", None, None)
                .await
                .json()["names"]["ko"],
            "서울"
        );
        let _ = a.admin_token;
    }
}

#[tokio::test]
async fn bad_input_gets_the_field_and_the_reason() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let count = || async {
            t.api("GET", "/api/v1/organizations?per_page=1", None, None)
                .await
                .json()["total"]
                .as_u64()
                .unwrap()
        };
        let n = count().await;
        let tok = Some(a.admin_token.as_str());

        let r = t
            .api(
                "POST",
                "/api/v1/organizations",
                tok,
                Some(r#"{"kind":"local_government","country":"XX","names":{"en":"Atlantis"}}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.json()["error"]["fields"]["country"]
                .as_str()
                .unwrap()
                .contains("ISO 3166-1")
        );

        let huge = format!(
            r#"{{"kind":"company","country":"KR","names":{{"en":"{}"}}}}"#,
            "n".repeat(10 * 1024 * 1024)
        );
        let r = t
            .api("POST", "/api/v1/organizations", tok, Some(&huge))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert_eq!(
            r.json()["error"]["fields"]["names.en"],
            "must be at most 200 characters"
        );

        let r = t
            .api(
                "POST",
                "/api/v1/organizations",
                tok,
                Some(r#"{"kind":"local_government","country":"KR","names":{"en":"Seoul"}}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{b}");
        assert_eq!(r.json()["error"]["fields"]["id"], "already exists");

        let r = t
            .api(
                "POST",
                "/api/v1/organizations",
                tok,
                Some(r#"{"kind":"company","country":"KR","names":{"de":"Firma"}}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(r.json()["error"]["fields"]["names.de"].is_string());

        let r = t
            .api(
                "POST",
                "/api/v1/organizations",
                tok,
                Some(r#"{"kind":"company","country":"KR","lat":"north"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(r.json()["error"]["fields"]["lat"].is_string(), "{}", r.body);

        let r = t
            .api("POST", "/api/v1/organizations", tok, Some("{not json"))
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b}");
        assert_eq!(r.json()["error"]["code"], "bad_request");

        let mut csv =
            b"id,kind,country,name_en\nok-city,local_government,FR,Ok\nbad,company,FR,".to_vec();
        csv.extend_from_slice(&[0xc3, 0x28, b'\n']);
        let req = Request::post("/api/v1/imports?format=organizations_csv")
            .header("authorization", format!("Bearer {}", a.admin_token))
            .body(Body::from(csv))
            .unwrap();
        let r = t.send(req).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert_eq!(r.json()["problems"][0]["line"], 3);
        assert_eq!(r.json()["problems"][0]["reason"], "is not valid UTF-8");

        let r = t
            .api("GET", "/api/v1/organizations?per_page=0", None, None)
            .await;
        assert_eq!(
            (
                r.status,
                r.json()["error"]["fields"]["per_page"].is_string()
            ),
            (StatusCode::BAD_REQUEST, true)
        );
        let r = t
            .api("GET", "/api/v1/organizations?page=x", None, None)
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b}");
        let r = t.api("GET", "/api/v1/organizations/nope", None, None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}");
        assert_eq!(r.json()["error"]["code"], "not_found");

        // The form says the same things, keeps what was typed, and writes nothing.
        let r = t
            .form(
                "/orgs/new",
                &a.admin,
                &format!("csrf={CSRF}&kind=local_government&country=XX&name_en=Atlantis&lat=abc"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.body.contains("is not a number") && r.body.contains("value=\"Atlantis\""),
            "{b}"
        );
        assert_eq!(count().await, n, "{b}: nothing written");
    }
}

#[tokio::test]
async fn api_lists_have_one_shape_and_tokens_work() {
    let t = T::new("sqlite").await;
    let a = t.accounts().await;
    let r = t
        .api(
            "GET",
            "/api/v1/organizations?network=ascn&per_page=10&page=3",
            None,
            None,
        )
        .await
        .json();
    // 26 pilot cities and the ASEAN Secretariat.
    assert_eq!(
        (
            r["total"].as_u64(),
            r["page"].as_u64(),
            r["per_page"].as_u64()
        ),
        (Some(27), Some(3), Some(10))
    );
    assert_eq!(r["items"].as_array().unwrap().len(), 7);
    let r = t
        .api(
            "GET",
            "/api/v1/networks/ascn/members?per_page=500",
            None,
            None,
        )
        .await
        .json();
    let pilots = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["membership"]["role"] == "pilot_city")
        .count();
    assert_eq!((r["total"].as_u64(), pilots), (Some(27), 26));
    let r = t.api("GET", "/api/v1/networks", None, None).await.json();
    assert!(
        r["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "neascn" && n["status"] == "forming")
    );
    let me = t
        .api("GET", "/api/v1/me", Some(&a.editor_token), None)
        .await
        .json();
    assert_eq!(me["editor_of"][0], "seoul");
    assert_eq!(
        t.api("GET", "/api/v1/me", Some("cdt_unknown"), None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        t.api("GET", "/api/v1/audit", Some(&a.editor_token), None)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let log = t
        .api("GET", "/api/v1/audit", Some(&a.admin_token), None)
        .await
        .json();
    assert!(
        log["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "demo.load")
    );
    // People's e-mail addresses never appear to the public.
    let r = t.get("/orgs/wego-secretariat?lang=en", "").await;
    assert!(r.body.contains("Kyong-yul Lee"));
    assert_eq!(
        t.get("/healthz", "").await.body,
        r#"{"status":"ok","database":"ok"}"#
    );
    let r = t.get("/", "").await;
    assert!(
        r.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'none'")
    );
    assert_eq!(r.headers["x-frame-options"], "DENY");
}

#[tokio::test]
async fn editors_list_people_with_private_emails_and_admins_shape_networks() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        // An editor lists a person under Seoul; the e-mail is theirs to see, not the public's.
        let r = t
            .form(
                "/orgs/seoul/people",
                &a.editor,
                &format!(
                    "csrf={CSRF}&name=Ji-won+Park&position=CIO&as_of=2021&email=jw%40seoul.test"
                ),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        assert!(
            t.get("/orgs/seoul?lang=en", &a.editor)
                .await
                .body
                .contains("jw@seoul.test"),
            "{b}"
        );
        let public = t.get("/orgs/seoul?lang=en", "").await.body;
        assert!(
            public.contains("Ji-won Park") && !public.contains("jw@seoul.test"),
            "{b}"
        );
        let api_public = t
            .api("GET", "/api/v1/organizations/seoul/people", None, None)
            .await
            .body;
        assert!(
            api_public.contains("Ji-won Park") && !api_public.contains("jw@seoul.test"),
            "{b}"
        );
        let api_editor = t
            .api(
                "GET",
                "/api/v1/organizations/seoul/people",
                Some(&a.editor_token),
                None,
            )
            .await
            .json();
        assert_eq!(api_editor["items"][0]["email"], "jw@seoul.test", "{b}");
        // Not under Busan, and not with a bad e-mail.
        let r = t
            .form(
                "/orgs/busan/people",
                &a.editor,
                &format!("csrf={CSRF}&name=X"),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let r = t
            .form(
                "/orgs/seoul/people",
                &a.editor,
                &format!("csrf={CSRF}&name=Y&email=not-an-address"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(r.body.contains("is not an e-mail address"), "{b}");
        let id = api_editor["items"][0]["id"].as_str().unwrap().to_string();
        let r = t
            .api(
                "PUT",
                &format!("/api/v1/people/{id}"),
                Some(&a.editor_token),
                Some(r#"{"name":"Ji-won Park","position":{"ko":"정보화담당관"}}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        let r = t
            .form(
                &format!("/people/{id}/delete"),
                &a.editor,
                &format!("csrf={CSRF}"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
        assert!(
            !t.get("/orgs/seoul?lang=en", "")
                .await
                .body
                .contains("Ji-won Park"),
            "{b}"
        );

        // Admins create a sub-network, add a member, remove it; the editor may not.
        let body = r#"{"names":{"en":"Korea Smart Cities Forum","ko":"한국 스마트시티 포럼"},"parent":"wego","relation":"sub_network","scope":"national"}"#;
        assert_eq!(
            t.api(
                "POST",
                "/api/v1/networks",
                Some(&a.editor_token),
                Some(body)
            )
            .await
            .status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        let r = t
            .api("POST", "/api/v1/networks", Some(&a.admin_token), Some(body))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        assert_eq!(r.json()["id"], "korea-smart-cities-forum");
        let r = t
            .api("POST", "/api/v1/networks", Some(&a.admin_token), Some(body))
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{b}");
        let r = t
            .form(
                "/networks",
                &a.admin,
                &format!("csrf={CSRF}&name_en=Lonely&scope=national&parent=wego"),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: parent without relation"
        );
        let r = t
            .form(
                "/networks/korea-smart-cities-forum/members",
                &a.admin,
                &format!("csrf={CSRF}&org=busan&role=member&since=2024"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let wego = t.get("/networks/wego?lang=en", "").await.body;
        assert!(
            wego.contains("Korea Smart Cities Forum"),
            "{b}: listed as a sub-network"
        );
        let members = t
            .api(
                "GET",
                "/api/v1/networks/korea-smart-cities-forum/members",
                None,
                None,
            )
            .await
            .json();
        let mid = members["items"][0]["membership"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let r = t
            .form(
                "/networks/korea-smart-cities-forum/members",
                &a.admin,
                &format!("csrf={CSRF}&org=busan&role=member"),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: the same membership twice"
        );
        assert_eq!(
            t.form(
                &format!("/memberships/{mid}/delete"),
                &a.editor,
                &format!("csrf={CSRF}")
            )
            .await
            .status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        assert_eq!(
            t.form(
                &format!("/memberships/{mid}/delete"),
                &a.admin,
                &format!("csrf={CSRF}")
            )
            .await
            .status,
            StatusCode::SEE_OTHER,
            "{b}"
        );
        assert_eq!(
            t.api(
                "GET",
                "/api/v1/networks/korea-smart-cities-forum/members",
                None,
                None
            )
            .await
            .json()["total"],
            0,
            "{b}"
        );
    }
}

#[tokio::test]
async fn an_anonymous_write_is_refused_before_its_body_is_read() {
    let t = T::new("sqlite").await;
    for (method, path) in [
        ("POST", "/api/v1/organizations"),
        ("PUT", "/api/v1/organizations/seoul"),
        ("POST", "/api/v1/events"),
        ("POST", "/api/v1/practices"),
    ] {
        let r = t.api(method, path, None, Some("{not json")).await;
        assert_eq!(
            r.status,
            StatusCode::UNAUTHORIZED,
            "{method} {path}: {}",
            r.body
        );
        assert_eq!(r.json()["error"]["code"], "unauthenticated");
    }
    // Anyone may register for an event: there the body is what is checked.
    let r = t
        .api(
            "POST",
            "/api/v1/events/smart-city-101-2031/registrations",
            None,
            Some("{not json"),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
}

#[tokio::test]
async fn the_map_stays_small_when_there_are_too_many_to_draw() {
    let t = T::new("sqlite").await;
    let a = t.accounts().await;
    let mut csv = String::from("id,kind,country,lat,lon,name_en\n");
    for i in 0..600 {
        let (c, lat, lon) = [("KR", 37.5, 127.0), ("JP", 35.7, 139.7), ("FR", 48.9, 2.3)][i % 3];
        csv.push_str(&format!("many-{i},company,{c},{lat},{lon},Company {i}\n"));
    }
    let req = Request::post("/api/v1/imports?format=organizations_csv")
        .header("authorization", format!("Bearer {}", a.admin_token))
        .body(Body::from(csv))
        .unwrap();
    assert_eq!(t.send(req).await.status, StatusCode::OK);
    let r = t.get("/map?lang=en", "").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains(&Tr::new(Lang::En).t("map-by-country")),
        "drawn by country"
    );
    assert!(r.body.len() < 500 * 1024, "{} bytes", r.body.len());
    assert!(
        !r.body.contains("href=\"/orgs/many-1\""),
        "no organization drawn one by one"
    );
    assert!(
        r.body.contains("href=\"/directory?country=KR\""),
        "a country leads to its list"
    );
    let france = "France</a> <span class=\"muted\">";
    assert!(
        r.body.contains(&format!("{france}201 organizations")),
        "France's line: 200 imported and the demo's sample company"
    );
    // A network with few members is still drawn member by member.
    let r = t.get("/map?network=ascn&lang=en", "").await;
    assert!(!r.body.contains(&Tr::new(Lang::En).t("map-by-country")));
    assert!(
        r.body.matches("<circle").count() >= 26,
        "the 26 pilot cities are drawn"
    );
    // The map is made again once the directory changes.
    let extra = "id,kind,country,lat,lon,name_en\nmany-extra,company,FR,48.8,2.4,Extra\n";
    let req = Request::post("/api/v1/imports?format=organizations_csv")
        .header("authorization", format!("Bearer {}", a.admin_token))
        .body(Body::from(extra))
        .unwrap();
    assert_eq!(t.send(req).await.status, StatusCode::OK);
    let r = t.get("/map?lang=en", "").await;
    assert!(r.body.contains(&format!("{france}202 organizations")));
}
