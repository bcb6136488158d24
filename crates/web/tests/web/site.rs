//! The site's frame: every page in five languages, every string translated, the OpenAPI snapshot, a real browser, error pages.

use super::common::*;

#[tokio::test]
async fn every_page_exists_in_the_five_languages() {
    let t = T::new("sqlite").await;
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        for (path, key) in [
            ("/", "home-title"),
            ("/directory", "directory-title"),
            ("/orgs/seoul", "org-memberships"),
            ("/networks", "networks-title"),
            ("/networks/ascn", "network-members"),
            ("/map", "map-title"),
            ("/login", "login-title"),
        ] {
            let r = t.get(&format!("{path}?lang={}", lang.tag()), "").await;
            assert_eq!(r.status, StatusCode::OK, "{path} {lang}");
            assert!(
                r.body.contains(&format!("<html lang=\"{}\">", lang.tag())),
                "{path} {lang}"
            );
            assert!(r.body.contains(&tr.t(key)), "{path} {lang}: {}", tr.t(key));
            if lang != Lang::En {
                assert_ne!(
                    tr.t(key),
                    Tr::new(Lang::En).t(key),
                    "{key} is not translated in {lang}"
                );
            }
        }
    }
    // The language follows Accept-Language when nothing else says.
    let r = t
        .send(
            Request::get("/directory")
                .header("accept-language", "ko-KR,ko;q=0.9")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(r.body.contains(&Tr::new(Lang::Ko).t("directory-title")));
    // And the cookie set by the switcher wins over Accept-Language.
    let r = t
        .send(
            Request::get("/directory")
                .header("accept-language", "ko")
                .header("cookie", "lang=fr")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(r.body.contains("<html lang=\"fr\">"));
}

#[tokio::test]
async fn every_string_is_translated_in_every_language() {
    let keys_of = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap().trim().to_string())
            .collect()
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    // Every file of English, in every language, with the same keys in the same order.
    let mut files: Vec<String> = std::fs::read_dir(dir.join("en"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect();
    files.sort();
    assert!(
        files.contains(&"main.ftl".to_string()) && files.contains(&"finance.ftl".to_string()),
        "{files:?}"
    );
    let mut total = 0;
    for file in &files {
        let keys = keys_of(&std::fs::read_to_string(dir.join("en").join(file)).unwrap());
        total += keys.len();
        for lang in ["ko", "ja", "zh-Hans", "fr"] {
            let path = dir.join(lang).join(file);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|_| panic!("{} is missing", path.display()));
            assert_eq!(
                keys_of(&text),
                keys,
                "{lang}/{file} has other keys than English"
            );
        }
    }
    assert!(total > 300, "{total}");
    // And each message resolves in its own language, arguments filled in.
    let ko = Tr::new(Lang::Ko);
    assert!(ko.tn("directory-results", "count", 3).contains('3'));
    assert_ne!(
        ko.tn("directory-results", "count", 3),
        Tr::new(Lang::En).tn("directory-results", "count", 3)
    );
}

#[tokio::test]
async fn openapi_document_matches_the_snapshot() {
    let doc = serde_json::to_value(citydriver_web::openapi::document()).unwrap();
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    assert!(paths.contains(&&"/api/v1/organizations/{id}".to_string()));
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_json_snapshot!("web__openapi", doc);
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_real_browser_renders_the_directory_and_the_map() {
    let Some(browser) = chromium() else { return };
    let t = T::new("sqlite").await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(citydriver_web::serve(listener, t.state.clone(), async {
        let _ = stopped.await;
    }));

    let b = browser.clone();
    let dom = tokio::task::spawn_blocking(move || {
        headless(
            &b,
            &[
                "--dump-dom",
                &format!("http://{addr}/networks/ascn?lang=ja"),
            ],
        )
    })
    .await
    .unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    assert!(dom.contains("<html lang=\"ja\">"), "{dom}");
    for city in ["ルアンパバーン", "ダナン", "シンガポール"] {
        assert!(dom.contains(city), "{city} missing from the rendered page");
    }

    // The sample transcript in Japanese: the player, and each line's time linked to its moment.
    let b = browser.clone();
    let dom = tokio::task::spawn_blocking(move || {
        headless(
            &b,
            &[
                "--dump-dom",
                &format!("http://{addr}/events/wego-japan-2020-part-1/transcripts/ja?lang=ja"),
            ],
        )
    })
    .await
    .unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    assert!(dom.contains("<audio id=\"player\""), "{dom}");
    assert!(
        dom.contains("href=\"/demo/sample-recording.wav#t=52\" data-ms=\"52000\""),
        "{dom}"
    );
    assert!(dom.contains("釜山の優良事例"));

    let shot = tempfile::tempdir().unwrap();
    let png = shot.path().join("map.png");
    let (b, p) = (browser.clone(), png.clone());
    let out = tokio::task::spawn_blocking(move || {
        headless(
            &b,
            &[
                "--window-size=1200,900",
                &format!("--screenshot={}", p.display()),
                &format!("http://{addr}/map?network=ascn&lang=zh-Hans"),
            ],
        )
    })
    .await
    .unwrap();
    let size = std::fs::metadata(&png).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 20_000,
        "the map screenshot is {size} bytes: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}

#[tokio::test]
async fn error_pages_speak_the_language_of_the_request() {
    let t = T::new("sqlite").await;
    let r = t.get("/orgs/no-such-org?lang=ja", "").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(
        r.body.contains(&Tr::new(Lang::Ja).t("error-not-found")),
        "{}",
        r.body
    );
    assert!(r.body.contains("<html lang=\"ja\""), "{}", r.body);
    let r = t.get("/nowhere", "lang=ko").await;
    assert!(r.body.contains(&Tr::new(Lang::Ko).t("error-not-found")));
    assert!(
        r.body.contains("action=\"/search\""),
        "a 404 offers the search"
    );
    // A form without its CSRF field: refused in the visitor's language, nothing written.
    let r = t
        .form(
            "/orgs/new?lang=ko",
            "cd_csrf=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "id=x",
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(
        r.body.contains(&Tr::new(Lang::Ko).t("error-csrf")),
        "{}",
        r.body
    );
    // A bad page number names the parameter.
    let r = t.get("/practices?page=0&lang=en", "").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("must be a number from 1"), "{}", r.body);
}

#[tokio::test]
async fn the_language_switch_and_sign_in_send_people_only_to_this_site() {
    let t = T::new("sqlite").await;
    for (next, to) in [
        ("%2F%09%2Fevil.example", "/"),
        ("/%0d%0aX:1", "/"),
        ("%2F%2Fevil.example", "/"),
        ("/events%3Fpage%3D2", "/events?page=2"),
        (
            "/search%3Fq%3D%E6%9D%B1%E4%BA%AC",
            "/search?q=%E6%9D%B1%E4%BA%AC",
        ),
    ] {
        let r = t.get(&format!("/lang/ja?next={next}"), "").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{next}: {}", r.body);
        assert_eq!(r.headers["location"], to, "{next}");
        let login = t.get(&format!("/login?next={next}"), "").await;
        assert_eq!(login.status, StatusCode::OK, "{next}");
        assert!(
            login.body.contains(&format!(
                "name=\"next\" value=\"{}\"",
                to.replace('&', "&amp;")
            )),
            "{next}"
        );
    }
}

#[tokio::test]
async fn a_page_number_too_large_is_a_400_naming_page_on_pages_and_in_the_api() {
    for b in backends() {
        let t = T::new(b).await;
        for path in [
            "/api/v1/organizations",
            "/api/v1/events",
            "/api/v1/practices",
        ] {
            let r = t
                .api(
                    "GET",
                    &format!("{path}?page=9223372036854775807"),
                    None,
                    None,
                )
                .await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b} {path}: {}", r.body);
            assert!(
                r.json()["error"]["fields"]["page"].is_string(),
                "{b} {path}: {}",
                r.body
            );
            let r = t
                .api("GET", &format!("{path}?page=1000000"), None, None)
                .await;
            assert_eq!(
                r.status,
                StatusCode::OK,
                "{b} {path}: the last page allowed is simply empty"
            );
        }
        // A page says so, as a 400 or beside the list (the directory keeps its filters on screen).
        for path in ["/directory", "/events", "/practices"] {
            let r = t.get(&format!("{path}?page=9223372036854775807"), "").await;
            assert!(
                matches!(r.status, StatusCode::BAD_REQUEST | StatusCode::OK),
                "{b} {path}: {}",
                r.status
            );
            assert!(
                r.body.contains("must be a number from 1 to 1"),
                "{b} {path}"
            );
        }
    }
}

/// A form posted from another site is refused even with the right token (the browser says
/// where it comes from); from this site it goes through.
#[tokio::test]
async fn a_form_from_another_site_is_refused_even_with_the_token() {
    let t = T::new("sqlite").await;
    let a = t.accounts().await;
    let post = |origin: Option<&'static str>, fetch_site: Option<&'static str>| {
        let mut r = Request::post("/logout")
            .header("host", "cd.test")
            .header("cookie", a.editor.clone())
            .header("content-type", "application/x-www-form-urlencoded");
        if let Some(o) = origin {
            r = r.header("origin", o);
        }
        if let Some(f) = fetch_site {
            r = r.header("sec-fetch-site", f);
        }
        r.body(Body::from(format!("csrf={CSRF}"))).unwrap()
    };
    assert_eq!(
        t.send(post(Some("https://evil.example"), None))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        t.send(post(None, Some("cross-site"))).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        t.send(post(Some("http://cd.test"), Some("same-origin")))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

/// Behind HTTPS the cookies carry the `__Host-` prefix, which browsers take only from this
/// host over HTTPS; a plain-named cookie (planted by a neighbouring subdomain) counts for nothing.
#[tokio::test]
async fn behind_https_cookies_are_host_only_and_plain_ones_are_ignored() {
    let mut t = T::new("sqlite").await;
    t.state.web = std::sync::Arc::new(WebConfig {
        secure_cookies: true,
        public_url: "https://cd.test".into(),
    });
    let home = t.get("/", "").await;
    let set = home.headers["set-cookie"].to_str().unwrap().to_string();
    assert!(
        set.starts_with("__Host-cd_csrf=") && set.contains("; Secure") && set.contains("Path=/"),
        "{set}"
    );
    assert!(!set.contains("Domain"), "{set}");
    // Signing in sets the session under the prefixed name.
    let boot = t.svc().bootstrap_invitation().await.unwrap().unwrap();
    t.svc()
        .accept_invitation(
            &boot,
            SignUp {
                email: "admin@wego.test".into(),
                display_name: "Admin".into(),
                password: "long enough password".into(),
            },
        )
        .await
        .unwrap();
    let login = |cookie: String| {
        Request::post("/login")
            .header("cookie", cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "csrf={CSRF}&email=admin%40wego.test&password=long+enough+password"
            )))
            .unwrap()
    };
    let r = t.send(login(format!("__Host-cd_csrf={CSRF}"))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let session = r.headers["set-cookie"].to_str().unwrap().to_string();
    assert!(
        session.starts_with("__Host-cd_session=") && session.contains("; Secure"),
        "{session}"
    );
    let secret = session.split(['=', ';']).nth(1).unwrap().to_string();
    // A form with a plain-named CSRF cookie is refused, whatever its value.
    let r = t.send(login(format!("cd_csrf={CSRF}"))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    // The session is known under its prefixed name only.
    let prefixed = format!("__Host-cd_session={secret}");
    assert_eq!(t.get("/account", &prefixed).await.status, StatusCode::OK);
    let plain = format!("cd_session={secret}");
    assert_ne!(
        t.get("/account", &plain).await.status,
        StatusCode::OK,
        "a plain-named session is not a session"
    );
}

/// A loop that stopped beating (it panicked, or hangs) makes the node unhealthy: 503, naming it.
#[tokio::test]
async fn a_node_whose_loops_stopped_is_unhealthy() {
    let mut t = T::new("sqlite").await;
    // Heartbeats that never beat: as loops dead since the start.
    t.state = t
        .state
        .clone()
        .with_heartbeats(std::sync::Arc::new(Default::default()));
    let r = t.get("/healthz", "").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    let h = r.json();
    assert_eq!(
        (h["status"].as_str(), h["database"].as_str()),
        (Some("unavailable"), Some("ok"))
    );
    assert_eq!(h["workers"][0]["name"], "mailer");
    assert_eq!(h["workers"][0]["alive"], false);
}
