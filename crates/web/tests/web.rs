//! The site and the API as a user or a client sees them, through the real router.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use citydriver_web::kit::i18n::Tr;
use citydriver_web::{AppState, WebConfig, app};
use domain::Lang;
use http_body_util::BodyExt;
use services::accounts::SignUp;
use services::{Config, Services};
use store::testing::{TestDb, backends, fresh};
use tower::ServiceExt;

struct T {
    state: AppState,
    _g: TestDb,
}

struct Res {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Res {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

const CSRF: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

impl T {
    async fn new(backend: &str) -> T {
        let (store, g) = fresh(backend).await.unwrap();
        let svc = Services::new(store, Config::default());
        svc.load_demo_if_empty().await.unwrap();
        T {
            state: AppState::new(
                svc,
                WebConfig {
                    secure_cookies: false,
                },
            ),
            _g: g,
        }
    }
    fn svc(&self) -> &Services {
        &self.state.svc
    }
    async fn send(&self, req: Request<Body>) -> Res {
        let res = app(self.state.clone()).oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Res {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }
    async fn get(&self, path: &str, cookie: &str) -> Res {
        self.send(
            Request::get(path)
                .header("cookie", cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }
    async fn form(&self, path: &str, cookie: &str, body: &str) -> Res {
        let req = Request::post(path)
            .header("cookie", cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(req).await
    }
    async fn api(&self, method: &str, path: &str, token: Option<&str>, body: Option<&str>) -> Res {
        let mut b = Request::builder().method(method).uri(path);
        if let Some(t) = token {
            b = b.header("authorization", format!("Bearer {t}"));
        }
        let body = match body {
            Some(s) => {
                b = b.header("content-type", "application/json");
                Body::from(s.to_string())
            }
            None => Body::empty(),
        };
        self.send(b.body(body).unwrap()).await
    }
    /// Admin and Seoul-editor sessions, and a write token for each.
    async fn accounts(&self) -> Accounts {
        let svc = self.svc();
        let boot = svc.bootstrap_invitation().await.unwrap().unwrap();
        let admin = svc
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
        let admin_actor = svc.session_actor(&admin).await.unwrap();
        let inv = svc
            .create_invitation(&admin_actor, "ed@seoul.test", "member", Some("seoul"))
            .await
            .unwrap();
        let editor = svc
            .accept_invitation(
                &inv,
                SignUp {
                    display_name: "Ed".into(),
                    password: "another long password".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        let editor_actor = svc.session_actor(&editor).await.unwrap();
        let (_, admin_token) = svc
            .create_token(&admin_actor, "t", "read write:directory admin")
            .await
            .unwrap();
        let (_, editor_token) = svc
            .create_token(&editor_actor, "t", "read write:directory")
            .await
            .unwrap();
        Accounts {
            admin: format!("cd_session={admin}; cd_csrf={CSRF}"),
            editor: format!("cd_session={editor}; cd_csrf={CSRF}"),
            admin_token,
            editor_token,
        }
    }
    async fn audit_count(&self) -> u64 {
        store::audit::count(&self.svc().store.db).await.unwrap()
    }
}

struct Accounts {
    admin: String,
    editor: String,
    admin_token: String,
    editor_token: String,
}

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
    let en = include_str!("../locales/en/main.ftl");
    let keys: Vec<&str> = en
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && l.contains(" ="))
        .map(|l| l.split(" =").next().unwrap().trim())
        .collect();
    assert!(keys.len() > 150);
    let files = [
        ("ko", include_str!("../locales/ko/main.ftl")),
        ("ja", include_str!("../locales/ja/main.ftl")),
        ("zh-Hans", include_str!("../locales/zh-Hans/main.ftl")),
        ("fr", include_str!("../locales/fr/main.ftl")),
    ];
    for (lang, text) in files {
        let own: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap().trim())
            .collect();
        assert_eq!(own, keys, "{lang} has other keys than English");
    }
    // And each message resolves in its own language, arguments filled in.
    let ko = Tr::new(Lang::Ko);
    assert!(ko.tn("directory-results", "count", 3).contains('3'));
    assert_ne!(
        ko.tn("directory-results", "count", 3),
        Tr::new(Lang::En).tn("directory-results", "count", 3)
    );
}

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

trait T1 {
    fn t1_for_test(&self, key: &str, name: &str, v: &str) -> String;
}
impl T1 for Tr {
    fn t1_for_test(&self, key: &str, name: &str, v: &str) -> String {
        self.ts(key, &[(name, v)])
    }
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
    assert_eq!(t.get("/healthz", "").await.body, r#"{"status":"ok"}"#);
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
async fn sign_in_invitation_and_sign_out_in_the_browser_flow() {
    let t = T::new("sqlite").await;
    let boot = t.svc().bootstrap_invitation().await.unwrap().unwrap();
    let r = t.get(&format!("/invite/{boot}?lang=ja"), "").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains(&Tr::new(Lang::Ja).t("signup-title")));
    let cookie = format!("cd_csrf={CSRF}");
    let r = t
        .form(
            &format!("/invite/{boot}"),
            &cookie,
            &format!("csrf={CSRF}&email=boss%40wego.test&display_name=Boss&password=short"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("at least 10 characters"));
    let r = t
        .form(
            &format!("/invite/{boot}"),
            &cookie,
            &format!(
                "csrf={CSRF}&email=boss%40wego.test&display_name=Boss&password=a+long+password"
            ),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let set = r
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect::<Vec<_>>();
    let session = set.iter().find(|c| c.starts_with("cd_session=")).unwrap();
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax"));
    assert_eq!(
        t.get(&format!("/invite/{boot}"), "").await.status,
        StatusCode::NOT_FOUND,
        "used once"
    );
    let r = t
        .form(
            "/login",
            &cookie,
            &format!("csrf={CSRF}&email=boss%40wego.test&password=wrong+password"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = t.form("/login", &cookie, &format!("csrf={CSRF}&email=boss%40wego.test&password=a+long+password&next=%2F%2Fevil.example")).await;
    assert_eq!(
        (r.status, r.headers["location"].to_str().unwrap()),
        (StatusCode::SEE_OTHER, "/"),
        "no open redirect"
    );
    let s = r
        .headers
        .get_all("set-cookie")
        .iter()
        .find_map(|v| {
            v.to_str()
                .unwrap()
                .strip_prefix("cd_session=")
                .map(|x| x.split(';').next().unwrap().to_string())
        })
        .unwrap();
    let auth = format!("cd_session={s}; cd_csrf={CSRF}");
    let r = t.get("/admin", &auth).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = t
        .form(
            "/admin/invitations",
            &auth,
            &format!("csrf={CSRF}&email=new%40busan.test&role=member&org=busan"),
        )
        .await;
    assert!(r.body.contains("/invite/"), "{}", r.body);
    let r = t.form("/logout", &auth, &format!("csrf={CSRF}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        t.get("/admin", &auth).await.status,
        StatusCode::SEE_OTHER,
        "signed out: sent to the login page"
    );
}

#[tokio::test]
async fn openapi_document_matches_the_snapshot() {
    let doc = serde_json::to_value(citydriver_web::openapi::document()).unwrap();
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    assert!(paths.contains(&&"/api/v1/organizations/{id}".to_string()));
    insta::assert_json_snapshot!("openapi", doc);
}

/// Finds Debian's Chromium; CI sets CITYDRIVER_REQUIRE_BROWSER=1 so that a missing browser fails.
fn chromium() -> Option<std::path::PathBuf> {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(std::path::PathBuf::from)
        .find(|p| p.exists());
    if found.is_none() {
        assert!(
            std::env::var("CITYDRIVER_REQUIRE_BROWSER").is_err(),
            "Chromium is required here but not installed"
        );
        eprintln!("skipping: no Chromium on this machine");
    }
    found
}

fn headless(browser: &std::path::Path, args: &[&str]) -> std::process::Output {
    let profile = tempfile::tempdir().unwrap();
    std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            &format!("--user-data-dir={}", profile.path().display()),
        ])
        .args(args)
        .output()
        .unwrap()
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
async fn demo_events_show_their_facts_and_unknown_hours() {
    let t = T::new("sqlite").await;
    let r = t.get("/events?past=1&lang=en", "").await;
    assert_eq!(r.status, StatusCode::OK);
    for id in [
        "wego-japan-2020-part-1",
        "wego-japan-2020-part-2",
        "wego-tcs-live-2020",
        "neascn-workshop-2020",
    ] {
        assert!(r.body.contains(&format!("/events/{id}")), "{id}");
    }
    let r = t.get("/events/wego-japan-2020-part-1?lang=en", "").await;
    assert!(
        r.body
            .contains("2020-07-01 (Asia/Tokyo) · time not published"),
        "unknown hours are said"
    );
    assert!(r.body.contains("Participants from Japan only"));
    assert!(
        r.body
            .contains("Registration is closed: this event is over.")
    );
    assert!(
        r.body.contains(r#""@type":"Event""#) && r.body.contains(r#""startDate":"2020-07-01""#),
        "JSON-LD with the date only"
    );
    for org in ["kyoto", "meti", "canon", "jica"] {
        assert!(
            r.body.contains(&format!("href=\"/orgs/{org}\"")),
            "observer {org}"
        );
    }
    let r = t.get("/events/wego-tcs-live-2020?lang=en", "").await;
    assert!(r.body.contains("Precursor of") && r.body.contains("/events/neascn-workshop-2020"));
    let r = t.get("/events/neascn-workshop-2020?lang=en", "").await;
    assert!(r.body.contains("Preceded by") && r.body.contains("/events/wego-tcs-live-2020"));
    let r = t
        .get("/events/wego-japan-2020-part-1/calendar.ics", "")
        .await;
    assert_eq!(r.headers["content-type"], "text/calendar; charset=utf-8");
    assert!(
        r.body.contains("DTSTART;VALUE=DATE:20200701\r\n"),
        "{}",
        r.body
    );
    assert_eq!(
        t.get("/events/nope", "").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn register_in_japanese_twice_then_cancel_and_the_next_is_promoted() {
    for b in backends() {
        let t = T::new(b).await;
        let svc = t.svc();
        let a = t.accounts().await;
        let admin = svc
            .session_actor(a.admin.split(['=', ';']).nth(1).unwrap())
            .await
            .unwrap();
        let input = domain::events::EventInput {
            id: Some("smart-city-101-2031".into()),
            titles: domain::I18nText::en("Smart City 101").with(Lang::Ja, "スマートシティ101"),
            date: Some("2031-07-01".into()),
            start_time: Some("14:00".into()),
            end_time: Some("15:00".into()),
            time_zone: Some("Asia/Tokyo".into()),
            capacity: Some(1),
            online_url: Some("https://meet.example.org/sc101".into()),
            ..Default::default()
        };
        svc.create_event(&admin, "sci-j", &[], None, input)
            .await
            .unwrap();
        let page = t.get("/events/smart-city-101-2031?lang=ja", "").await;
        assert!(
            page.body.contains("スマートシティ101")
                && page.body.contains("2031-07-01 14:00–15:00 Asia/Tokyo"),
            "{b}"
        );
        assert!(
            !page.body.contains("meet.example.org"),
            "{b}: the online address is for registered people only"
        );
        let cookie = format!("cd_csrf={CSRF}");
        let form = format!(
            "csrf={CSRF}&idempotency_key=k1&name=%E5%B1%B1%E7%94%B0&email=yamada%40kyoto.test&lang=ja&time_zone=Asia%2FTokyo&attendee_type=observer"
        );
        let r = t
            .form(
                "/events/smart-city-101-2031/register?lang=ja",
                &cookie,
                &form,
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains(
                &Tr::new(Lang::Ja).ts("register-done-confirmed", &[("email", "yamada@kyoto.test")])
            ),
            "{b}"
        );
        let manage = r
            .body
            .split("href=\"/r/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        // The same form sent again (double click): the same registration, nothing new.
        let r = t
            .form(
                "/events/smart-city-101-2031/register?lang=ja",
                &cookie,
                &form,
            )
            .await;
        assert!(
            r.body.contains(
                &Tr::new(Lang::Ja).ts("register-repeated", &[("email", "yamada@kyoto.test")])
            ),
            "{b}"
        );
        // Someone else waits.
        let r = t
            .form(
                "/events/smart-city-101-2031/register?lang=en",
                &cookie,
                &format!("csrf={CSRF}&idempotency_key=k2&name=Kim&email=kim%40busan.test"),
            )
            .await;
        assert!(r.body.contains("you are on the waiting list"), "{b}");
        // Bad input keeps what was typed and names the field.
        let r = t
            .form(
                "/events/smart-city-101-2031/register?lang=en",
                &cookie,
                &format!("csrf={CSRF}&idempotency_key=k3&name=Lee&email=not-mail"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.body.contains("is not an e-mail address") && r.body.contains("value=\"Lee\""),
            "{b}"
        );
        // Without the CSRF field: refused before anything.
        let r = t
            .form(
                "/events/smart-city-101-2031/register",
                &cookie,
                "name=X&email=x%40x.test",
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let counts = svc
            .registration_counts("smart-city-101-2031")
            .await
            .unwrap();
        assert_eq!((counts.confirmed, counts.waitlisted), (1, 1), "{b}");
        // The registered person sees the online address on their page, then cancels.
        let r = t.get(&format!("/r/{manage}?lang=ja"), "").await;
        assert!(r.body.contains("https://meet.example.org/sc101"), "{b}");
        assert_eq!(r.headers["cache-control"], "private, no-store");
        let r = t
            .form(
                &format!("/r/{manage}/cancel?lang=ja"),
                &cookie,
                &format!("csrf={CSRF}"),
            )
            .await;
        assert!(
            r.body.contains(&Tr::new(Lang::Ja).t("manage-cancelled")),
            "{b}"
        );
        let counts = svc
            .registration_counts("smart-city-101-2031")
            .await
            .unwrap();
        assert_eq!(
            (counts.confirmed, counts.waitlisted, counts.cancelled),
            (1, 0, 1),
            "{b}: Kim was promoted"
        );
        let mails: Vec<String> = store::outbox::read_after(&svc.store.db, 0, 1000)
            .await
            .unwrap()
            .into_iter()
            .filter(|o| o.topic == "email")
            .map(|o| {
                serde_json::from_str::<serde_json::Value>(&o.payload).unwrap()["kind"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(
            mails,
            ["confirmed", "waitlisted", "cancelled", "promoted"],
            "{b}"
        );
        assert_eq!(
            t.get("/r/0000", "").await.status,
            StatusCode::NOT_FOUND,
            "{b}"
        );
    }
}

#[tokio::test]
async fn a_newcomer_creates_a_two_part_series_through_the_api_and_people_register() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let tok = Some(a.admin_token.as_str());
        let r = t.api("POST", "/api/v1/series", tok, Some(r#"{"id":"smart-city-101","names":{"en":"Smart City 101","ja":"スマートシティ101"},"organizer":"sci-j"}"#)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        for (part, date) in [(1, "2031-07-01"), (2, "2031-07-13")] {
            let body = serde_json::json!({
                "id": format!("sc101-part-{part}"), "titles": {"en": format!("Part {part}")}, "date": date,
                "start_time": "23:30", "end_time": "00:30", "time_zone": "Europe/Paris", "capacity": 1,
                "organizer": "sci-j", "co_organizers": ["wego-secretariat"], "series": "smart-city-101", "part": part
            });
            let r = t
                .api("POST", "/api/v1/events", tok, Some(&body.to_string()))
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
            if part == 1 {
                assert_eq!(
                    (r.json()["starts_at"].as_str(), r.json()["ends_at"].as_str()),
                    (Some("2031-07-01T21:30:00Z"), Some("2031-07-01T22:30:00Z")),
                    "{b}: 23:30 Paris across midnight"
                );
            }
        }
        let page = t.get("/events/sc101-part-2?lang=en", "").await.body;
        assert!(
            page.contains("/events/sc101-part-1") && page.contains("Parts of the series"),
            "{b}: the other part is linked"
        );
        // Registration with a retry: 201, then 200 with the same id and no second secret.
        let reg =
            r#"{"email":"sato@toyota.test","name":"佐藤","lang":"ja","time_zone":"Asia/Tokyo"}"#;
        let send = |key: &'static str| {
            Request::post("/api/v1/events/sc101-part-1/registrations")
                .header("content-type", "application/json")
                .header("idempotency-key", key)
                .body(Body::from(reg))
                .unwrap()
        };
        let first = t.send(send("attempt-1")).await;
        assert_eq!(first.status, StatusCode::CREATED, "{b}: {}", first.body);
        assert!(
            first.json()["manage_url"]
                .as_str()
                .unwrap()
                .starts_with("/r/")
        );
        let again = t.send(send("attempt-1")).await;
        assert_eq!(again.status, StatusCode::OK, "{b}");
        assert_eq!(again.json()["id"], first.json()["id"]);
        assert!(
            again.json().get("manage_url").is_none(),
            "{b}: the secret is never handed out twice"
        );
        let second = t
            .api(
                "POST",
                "/api/v1/events/sc101-part-1/registrations",
                None,
                Some(r#"{"email":"kim@busan.test","name":"Kim"}"#),
            )
            .await;
        assert_eq!(second.json()["status"], "waitlisted", "{b}");
        let bad = t
            .api(
                "POST",
                "/api/v1/events/sc101-part-1/registrations",
                None,
                Some(r#"{"email":"x","name":""}"#),
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            bad.json()["error"]["fields"]["email"].is_string()
                && bad.json()["error"]["fields"]["name"].is_string()
        );
        // Anonymous and non-organizer event creation is refused.
        let body =
            r#"{"titles":{"en":"X"},"date":"2031-01-01","time_zone":"UTC","organizer":"sci-j"}"#;
        assert_eq!(
            t.api("POST", "/api/v1/events", None, Some(body))
                .await
                .status,
            StatusCode::UNAUTHORIZED,
            "{b}"
        );
        assert_eq!(
            t.api("POST", "/api/v1/events", Some(&a.editor_token), Some(body))
                .await
                .status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        let list = t.api("GET", "/api/v1/events", None, None).await.json();
        assert_eq!(list["total"], 2, "{b}: the two upcoming parts");
    }
}

/// Runs Python's `icalendar` on a feed (tools/check_ics.py) and returns its JSON lines, or None when
/// Python's icalendar is not installed here (CI installs it and requires it).
fn python_ics(body: &str) -> Option<Vec<serde_json::Value>> {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import icalendar"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var("CITYDRIVER_REQUIRE_PYTHON_ICAL").is_err(),
            "Python's icalendar is required here"
        );
        eprintln!("skipping the Python check: no icalendar module");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("feed.ics");
    std::fs::write(&f, body).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tools/check_ics.py");
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg(&f)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

#[tokio::test]
async fn series_and_organization_feeds_parse_with_the_right_instants() {
    let t = T::new("sqlite").await;
    let a = t.accounts().await;
    let tok = Some(a.admin_token.as_str());
    t.api(
        "POST",
        "/api/v1/series",
        tok,
        Some(r#"{"id":"night","names":{"en":"Night talks"},"organizer":"wego-secretariat"}"#),
    )
    .await;
    let body = r#"{"id":"paris-night","titles":{"en":"Late in Paris","ko":"파리의 밤"},"date":"2031-10-21","start_time":"23:30","end_time":"00:30","time_zone":"Europe/Paris","organizer":"wego-secretariat","series":"night","part":1}"#;
    assert_eq!(
        t.api("POST", "/api/v1/events", tok, Some(body))
            .await
            .status,
        StatusCode::CREATED
    );
    let feed = t.get("/series/night/calendar.ics?lang=ko", "").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.body.contains("SUMMARY:파리의 밤\r\n"));
    if let Some(lines) = python_ics(&feed.body) {
        let ev = lines.iter().find(|l| l["kind"] == "event").unwrap();
        assert_eq!(ev["uid"], "event-paris-night@citydriver");
        assert_eq!(
            (ev["start"].as_str(), ev["end"].as_str()),
            (Some("2031-10-21T21:30:00Z"), Some("2031-10-21T22:30:00Z")),
            "23:30 Paris = 06:30 next day in Seoul"
        );
    }
    // An organization's feed has its past demo events too, with their dates only.
    let feed = t.get("/orgs/sci-j/calendar.ics", "").await;
    if let Some(lines) = python_ics(&feed.body) {
        let starts: Vec<&str> = lines
            .iter()
            .filter(|l| l["kind"] == "event")
            .filter_map(|l| l["start"].as_str())
            .collect();
        assert!(
            starts.contains(&"2020-07-01") && starts.contains(&"2020-07-13"),
            "{starts:?}"
        );
    }
    assert_eq!(
        t.get("/series/nope/calendar.ics", "").await.status,
        StatusCode::NOT_FOUND
    );
}

/// A multipart form as a browser sends it: text fields, then one file.
fn multipart_body(fields: &[(&str, &str)], file: (&str, &[u8])) -> (String, Vec<u8>) {
    let boundary = "----citydriver-test-boundary";
    let mut b = Vec::new();
    for (k, v) in fields {
        b.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    b.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n",
            file.0
        )
        .as_bytes(),
    );
    b.extend_from_slice(file.1);
    b.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), b)
}

impl T {
    async fn upload(
        &self,
        path: &str,
        cookie: &str,
        fields: &[(&str, &str)],
        file: (&str, &[u8]),
    ) -> Res {
        let (ct, body) = multipart_body(fields, file);
        let req = Request::post(path)
            .header("cookie", cookie)
            .header("content-type", ct)
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }
}

#[tokio::test]
async fn organizers_invite_check_in_and_export_and_invitees_register_through_their_link() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let tok = Some(a.admin_token.as_str());
        let body = r#"{"id":"neascn-prep-2031","titles":{"en":"NEASCN preparatory meeting","ja":"NEASCN準備会合"},"date":"2031-03-10","start_time":"10:00","end_time":"12:00","time_zone":"Asia/Seoul","organizer":"wego-secretariat","audience":"invitation","capacity":30,"reminder_minutes":1440,"interpretation":"ja,zh-Hans"}"#;
        let r = t.api("POST", "/api/v1/events", tok, Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        assert_eq!(r.json()["interpretation"][1], "zh-Hans", "{b}");
        let console = "/events/neascn-prep-2031/organize";
        // Anonymous: to the login page; Seoul's editor: refused; the admin: the console.
        assert_eq!(
            t.get(console, "").await.status,
            StatusCode::SEE_OTHER,
            "{b}"
        );
        assert_eq!(
            t.get(console, &a.editor).await.status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        let r = t.get(&format!("{console}?lang=ja"), &a.admin).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains(&Tr::new(Lang::Ja).t("organize-attendees")),
            "{b}"
        );
        // The public page: by invitation, with interpretation, and the console link for the admin only.
        let page = t.get("/events/neascn-prep-2031", "").await;
        assert!(
            page.body.contains("This event is by invitation only."),
            "{b}"
        );
        assert!(!page.body.contains("/organize"), "{b}");
        assert!(page.body.contains("ja, zh-Hans"), "{b}");
        assert!(
            t.get("/events/neascn-prep-2031", &a.admin)
                .await
                .body
                .contains("/organize"),
            "{b}"
        );
        // One invitation by the form, then a CSV file.
        let r = t
            .form(
                &format!("{console}/invite"),
                &a.admin,
                &format!("csrf={CSRF}&email=mayor%40busan.test&name=Mayor&lang=ko"),
            )
            .await;
        assert!(
            r.body
                .contains("The invitation to mayor@busan.test is on its way."),
            "{b}"
        );
        let bad = "email,name\nok@x.test,OK\nnot-an-address,Bad\n";
        let r = t
            .upload(
                &format!("{console}/invite-csv"),
                &a.admin,
                &[("csrf", CSRF)],
                ("i.csv", bad.as_bytes()),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(r.body.contains("line 3: email"), "{b}");
        let good = "email,name,lang\nyamada@kyoto.test,Yamada,ja\nmayor@busan.test,Mayor,ko\n";
        let r = t
            .upload(
                &format!("{console}/invite-csv"),
                &a.admin,
                &[("csrf", CSRF)],
                ("i.csv", good.as_bytes()),
            )
            .await;
        assert!(
            r.body.contains("1 invited; 1 invited before"),
            "{b}: {}",
            r.body
        );
        let r = t
            .upload(
                &format!("{console}/invite-csv"),
                &a.admin,
                &[("csrf", "wrong")],
                ("i.csv", good.as_bytes()),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::FORBIDDEN,
            "{b}: no CSRF token, nothing read"
        );
        // The invitee's link shows the form with the address fixed.
        let admin = t
            .svc()
            .session_actor(a.admin.split(['=', ';']).nth(1).unwrap())
            .await
            .unwrap();
        let inv = t
            .svc()
            .invitations(&admin, "neascn-prep-2031")
            .await
            .unwrap()
            .into_iter()
            .find(|i| i.email == "yamada@kyoto.test")
            .unwrap();
        let secret = t.svc().invitation_secret(&inv.id).await.unwrap();
        let r = t
            .get(
                &format!("/events/neascn-prep-2031/register?invitation={secret}&lang=ja"),
                "",
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains("value=\"yamada@kyoto.test\" readonly"),
            "{b}"
        );
        assert_eq!(r.headers["cache-control"], "private, no-store");
        let cookie = format!("cd_csrf={CSRF}");
        let r = t
            .form(
                "/events/neascn-prep-2031/register",
                &cookie,
                &format!(
                    "csrf={CSRF}&idempotency_key=i1&name=Y&email=other%40x.test&invitation={secret}"
                ),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: another address"
        );
        let r = t
            .form(
                "/events/neascn-prep-2031/register",
                &cookie,
                &format!("csrf={CSRF}&idempotency_key=i2&name=Yamada&email=yamada%40kyoto.test&invitation={secret}&lang=ja"),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        let reg_id = t
            .svc()
            .attendees(
                &admin,
                "neascn-prep-2031",
                None,
                None,
                domain::Paging::of(1, 10),
            )
            .await
            .unwrap()
            .items[0]
            .id
            .clone();
        // Check-in, then the CSV export (organizers only).
        let r = t
            .form(
                &format!("{console}/check-in"),
                &a.admin,
                &format!("csrf={CSRF}&registration={reg_id}"),
            )
            .await;
        assert!(r.body.contains("Yamada is checked in."), "{b}");
        let r = t
            .form(
                &format!("{console}/check-in"),
                &a.editor,
                &format!("csrf={CSRF}&registration={reg_id}"),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let csv = t
            .get("/events/neascn-prep-2031/attendees.csv", &a.admin)
            .await;
        assert_eq!(csv.status, StatusCode::OK, "{b}");
        assert!(
            csv.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let line = csv.body.lines().nth(1).unwrap();
        assert!(
            line.starts_with("Yamada,yamada@kyoto.test,") && line.ends_with('Z'),
            "{b}: {line}"
        );
        assert_eq!(
            t.get("/events/neascn-prep-2031/attendees.csv", &a.editor)
                .await
                .status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        // The attendee changes their registration through their own link.
        let secret = t.svc().manage_secret(&reg_id).await.unwrap();
        let r = t
            .form(
                &format!("/r/{secret}/change?lang=ja"),
                &cookie,
                &format!("csrf={CSRF}&name=Yamada+Taro&lang=fr&time_zone=Europe%2FParis&attendee_type=press"),
            )
            .await;
        assert!(
            r.body.contains(&Tr::new(Lang::Ja).t("manage-changed")),
            "{b}"
        );
        let r = t
            .form(
                &format!("/r/{secret}/change"),
                &cookie,
                &format!("csrf={CSRF}&name=&time_zone=Mars"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        let reg = t.svc().registration_by_secret(&secret).await.unwrap();
        assert_eq!(
            (reg.name.as_str(), reg.lang.tag()),
            ("Yamada Taro", "fr"),
            "{b}: the bad change wrote nothing"
        );
    }
}

#[tokio::test]
async fn the_sample_transcript_is_searched_on_its_page_and_each_line_opens_the_recording() {
    for b in backends() {
        let t = T::new(b).await;
        let ev = "/events/wego-japan-2020-part-1";
        let page = t.get(&format!("{ev}?lang=ja"), "").await;
        assert!(
            page.body.contains("Kyong-yul Lee"),
            "{b}: the pre-recorded speaker"
        );
        assert!(page.body.contains(&format!("{ev}/transcripts/ja")), "{b}");
        let r = t
            .get(
                &format!("{ev}/transcripts/ja?q=%E9%87%9C%E5%B1%B1&lang=ja"),
                "",
            )
            .await; // 釜山
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body
                .contains(&Tr::new(Lang::Ja).t("transcript-sample-note")),
            "{b}"
        );
        assert_eq!(
            r.body.matches("class=\"cue-time\"").count(),
            1,
            "{b}: one line found"
        );
        assert!(
            r.body.contains("href=\"/demo/sample-recording.wav#t=52\""),
            "{b}"
        );
        assert!(r.body.contains("釜山の優良事例"), "{b}");
        let all = t.get(&format!("{ev}/transcripts/en"), "").await;
        assert_eq!(all.body.matches("class=\"cue-time\"").count(), 8, "{b}");
        assert!(all.body.contains("<audio id=\"player\""), "{b}");
        let none = t.get(&format!("{ev}/transcripts/en?q=zzzz"), "").await;
        assert!(
            none.body.contains("No line contains the words searched."),
            "{b}"
        );
        // The WebVTT export parses back to the same lines.
        let vtt = t.get(&format!("{ev}/transcripts/ja/webvtt"), "").await;
        assert!(
            vtt.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/vtt")
        );
        let (_, cues) = domain::transcript::parse(vtt.body.as_bytes()).unwrap();
        assert_eq!(cues.len(), 8);
        assert_eq!(cues[5].start_ms, 52_000);
        // The recording: a WAV that lasts past the last line.
        let wav = t
            .send(
                Request::get("/demo/sample-recording.wav")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(wav.headers["content-type"], "audio/wav");
        assert!(wav.body.starts_with("RIFF"));
        assert_eq!(
            t.get(&format!("{ev}/transcripts/ko"), "").await.status,
            StatusCode::NOT_FOUND
        );
        // Organizers import a transcript; a bad file is refused with its line.
        let a = t.accounts().await;
        let console = format!("{ev}/organize");
        let bad = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:00:03.000 --> soon\nbroken\n";
        let r = t
            .upload(
                &format!("{console}/transcripts"),
                &a.admin,
                &[("csrf", CSRF), ("lang", "fr")],
                ("x.vtt", bad.as_bytes()),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(r.body.contains("line 6:"), "{b}");
        let srt = "1\n00:00:10,000 --> 00:00:12,000\nBonjour\n";
        let r = t
            .upload(
                &format!("{console}/transcripts"),
                &a.admin,
                &[("csrf", CSRF), ("lang", "fr"), ("recording_id", "")],
                ("x.srt", srt.as_bytes()),
            )
            .await;
        assert!(
            r.body.contains("The transcript (fr) is imported: 1 lines."),
            "{b}: {}",
            r.body
        );
        let r = t
            .upload(
                &format!("{console}/transcripts"),
                &a.editor,
                &[("csrf", CSRF), ("lang", "ko")],
                ("x.srt", srt.as_bytes()),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    }
}

#[tokio::test]
async fn network_and_personal_feeds_parse_and_the_personal_one_is_secret() {
    let t = T::new("sqlite").await;
    let a = t.accounts().await;
    let tok = Some(a.admin_token.as_str());
    let body = r#"{"id":"sejong-night","titles":{"en":"Seoul at night"},"date":"2031-11-02","start_time":"23:30","end_time":"01:00","time_zone":"Asia/Seoul","organizer":"seoul"}"#;
    assert_eq!(
        t.api("POST", "/api/v1/events", tok, Some(body))
            .await
            .status,
        StatusCode::CREATED
    );
    // WeGO's feed: events of its secretariat and of its members (Seoul is one).
    let feed = t.get("/networks/wego/calendar.ics", "").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(
        feed.body.contains("UID:event-sejong-night@citydriver"),
        "{}",
        feed.body
    );
    assert!(
        feed.body
            .contains("UID:event-wego-tcs-live-2020@citydriver")
    );
    if let Some(lines) = python_ics(&feed.body) {
        let ev = lines
            .iter()
            .find(|l| l["uid"] == "event-sejong-night@citydriver")
            .unwrap();
        assert_eq!(
            (ev["start"].as_str(), ev["end"].as_str()),
            (Some("2031-11-02T14:30:00Z"), Some("2031-11-02T16:00:00Z"))
        );
    }
    let list = t.get("/events?network=wego", "").await;
    assert!(list.body.contains("/events/sejong-night"));
    assert!(t.get("/events?network=nope", "").await.status == StatusCode::NOT_FOUND);
    // The admin registers; their own feed carries the event.
    t.api(
        "POST",
        "/api/v1/events/sejong-night/registrations",
        None,
        Some(r#"{"email":"admin@wego.test","name":"Admin"}"#),
    )
    .await;
    let account = t.get("/account", &a.admin).await;
    let feed_url = account
        .body
        .split("href=\"/feeds/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let feed = t.get(&format!("/feeds/{feed_url}"), "").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(
        feed.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store")
    );
    assert!(feed.body.contains("UID:event-sejong-night@citydriver"));
    if let Some(lines) = python_ics(&feed.body) {
        assert_eq!(lines.iter().filter(|l| l["kind"] == "event").count(), 1);
    }
    let user = feed_url.split('/').next().unwrap();
    let wrong = t
        .get(
            &format!("/feeds/{user}/{}/calendar.ics", "0".repeat(64)),
            "",
        )
        .await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
}

/// The newcomer's path in the browser's forms: a series with two parts, registration in
/// Japanese, the confirmation received by a real SMTP server, a cancellation, and the first
/// waiting person promoted and told.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newcomer_makes_a_two_part_series_in_the_forms_and_the_mail_arrives() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        assert_eq!(
            t.get("/events/new", "").await.status,
            StatusCode::SEE_OTHER,
            "{b}"
        );
        let r = t.get("/events/new?lang=ja", &a.admin).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        let r = t
            .form(
                "/series/new",
                &a.admin,
                &format!("csrf={CSRF}&series_id=sc101-2031&series_name_en=Smart+City+101&series_name_ja=%E3%82%B9%E3%83%9E%E3%83%BC%E3%83%88%E3%82%B7%E3%83%86%E3%82%A3101&series_organizer=sci-j"),
            )
            .await;
        assert!(
            r.body.contains("The series sc101-2031 is created"),
            "{b}: {}",
            r.body
        );
        // A bad part: the fields are named and nothing is written.
        let r = t
            .form(
                "/events/new",
                &a.admin,
                &format!("csrf={CSRF}&series=sc101-2031&part=1&title_en=Part+1&date=2031-13-40&time_zone=Mars%2FBase&capacity=lots"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.body.contains("<code>capacity</code>") && r.body.contains("value=\"Part 1\""),
            "{b}"
        );
        for (part, date) in [(1, "2031-07-01"), (2, "2031-07-13")] {
            let r = t
                .form(
                    "/events/new",
                    &a.admin,
                    &format!("csrf={CSRF}&series=sc101-2031&part={part}&id=sc101-2031-part-{part}&title_en=Part+{part}&title_ja=%E7%AC%AC{part}%E9%83%A8&date={date}&start_time=14%3A00&end_time=15%3A30&time_zone=Asia%2FTokyo&capacity=1&attendance_mode=online&format=webinar&audience=public"),
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
            assert_eq!(
                r.headers["location"],
                format!("/events/sc101-2031-part-{part}")
            );
        }
        let page = t.get("/events/sc101-2031-part-2?lang=ja", "").await;
        assert!(
            page.body.contains("第2部") && page.body.contains("/events/sc101-2031-part-1"),
            "{b}"
        );
        // Registration in Japanese; someone else waits.
        let cookie = format!("cd_csrf={CSRF}");
        let r = t
            .form(
                "/events/sc101-2031-part-1/register?lang=ja",
                &cookie,
                &format!("csrf={CSRF}&idempotency_key=n1&name=%E5%B1%B1%E7%94%B0&email=yamada%40kyoto.test&lang=ja&time_zone=Asia%2FTokyo"),
            )
            .await;
        let manage = r
            .body
            .split("href=\"/r/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        t.form(
            "/events/sc101-2031-part-1/register?lang=ko",
            &cookie,
            &format!("csrf={CSRF}&idempotency_key=n2&name=Kim&email=kim%40busan.test&lang=ko&time_zone=Asia%2FSeoul"),
        )
        .await;
        let sink = services::testing::SmtpSink::start().await.unwrap();
        let cfg = services::mail::MailConfig {
            transport: services::mail::Transport::Smtp {
                host: "127.0.0.1".into(),
                port: sink.port,
                starttls: false,
                credentials: None,
            },
            from: "SCI-J <noreply@sci-j.test>".into(),
            public_url: "http://cd.test".into(),
        };
        assert_eq!(
            t.svc().send_pending_mail(&cfg, 100).await.unwrap(),
            2,
            "{b}"
        );
        t.form(
            &format!("/r/{manage}/cancel?lang=ja"),
            &cookie,
            &format!("csrf={CSRF}"),
        )
        .await;
        assert_eq!(
            t.svc().send_pending_mail(&cfg, 100).await.unwrap(),
            2,
            "{b}"
        );
        let msgs = sink.messages();
        assert_eq!(msgs.len(), 4, "{b}");
        let decoded: Vec<(String, String)> = msgs
            .iter()
            .map(|m| {
                let p = mail_parser::MessageParser::default()
                    .parse(m.as_bytes())
                    .unwrap();
                (
                    p.to()
                        .and_then(|t| t.first())
                        .and_then(|a| a.address())
                        .unwrap_or("")
                        .to_string(),
                    p.subject().unwrap_or("").to_string(),
                )
            })
            .collect();
        // The first round: the confirmation in Japanese (and Kim's waiting-list message).
        assert!(
            decoded[..2].contains(&("yamada@kyoto.test".into(), "参加登録完了：第1部".into())),
            "{b}: {decoded:?}"
        );
        // The second round: the cancellation, and Kim told of the promotion.
        let promoted = decoded[2..]
            .iter()
            .find(|m| m.0 == "kim@busan.test")
            .expect("the first waiting person is told");
        assert!(
            promoted.1.contains("제1부") || promoted.1.contains("Part 1"),
            "{b}: {promoted:?}"
        );
    }
}

#[tokio::test]
async fn organizers_work_through_the_api_too() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let (admin, editor) = (Some(a.admin_token.as_str()), Some(a.editor_token.as_str()));
        let ev = "/api/v1/events/wego-japan-2020-part-2";
        // Registrations: organizers only.
        assert_eq!(
            t.api("GET", &format!("{ev}/registrations"), None, None)
                .await
                .status,
            StatusCode::UNAUTHORIZED,
            "{b}"
        );
        assert_eq!(
            t.api("GET", &format!("{ev}/registrations"), editor, None)
                .await
                .status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        let r = t
            .api(
                "GET",
                &format!("{ev}/registrations?status=nonsense"),
                admin,
                None,
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {}",
            r.body
        );
        let r = t
            .api("GET", &format!("{ev}/registrations"), admin, None)
            .await;
        assert_eq!(
            (r.status, r.json()["total"].as_u64()),
            (StatusCode::OK, Some(0)),
            "{b}"
        );
        // Invitations: 201, then 200 for the same address.
        let inv = r#"{"email":"observer@toyota.test","name":"Observer","lang":"ja"}"#;
        assert_eq!(
            t.api("POST", &format!("{ev}/invitations"), admin, Some(inv))
                .await
                .status,
            StatusCode::CREATED,
            "{b}"
        );
        assert_eq!(
            t.api("POST", &format!("{ev}/invitations"), admin, Some(inv))
                .await
                .status,
            StatusCode::OK,
            "{b}"
        );
        let r = t
            .api(
                "POST",
                &format!("{ev}/invitations"),
                admin,
                Some(r#"{"email":"nope"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert_eq!(
            t.api("GET", &format!("{ev}/invitations"), admin, None)
                .await
                .json()
                .as_array()
                .map(Vec::len),
            Some(1)
        );
        // A recording, then a transcript as a file body; a bad file names its line.
        let r = t
            .api(
                "POST",
                &format!("{ev}/recordings"),
                admin,
                Some(r#"{"url":"https://youtu.be/demo123","lang":"en"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        let put = |body: &'static str, ct: &'static str| {
            Request::put(format!("{ev}/transcripts/en"))
                .header("authorization", format!("Bearer {}", a.admin_token))
                .header("content-type", ct)
                .body(Body::from(body))
                .unwrap()
        };
        let r = t.send(put("1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:0x,000 --> 00:00:04,000\nBad\n", "application/x-subrip")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.json()["error"]["fields"]["file"]
                .as_str()
                .unwrap()
                .starts_with("line 6"),
            "{b}: {}",
            r.body
        );
        let r = t
            .send(put(
                "WEBVTT\n\n00:01:05.000 --> 00:01:07.000\nPartnerships with Japan\n",
                "text/vtt",
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        let r = t
            .api("GET", &format!("{ev}/transcripts/en?q=JAPAN"), None, None)
            .await;
        assert_eq!(
            r.json()["cues"][0]["link"],
            "https://youtu.be/demo123?t=65s",
            "{b}: {}",
            r.body
        );
        let r = t
            .api(
                "POST",
                &format!("{ev}/speakers"),
                editor,
                Some(r#"{"name":"X"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let r = t
            .api(
                "POST",
                &format!("{ev}/speakers"),
                admin,
                Some(r#"{"person_id":"kyong-yul-lee","mode":"prerecorded"}"#),
            )
            .await;
        assert_eq!(
            (r.status, r.json()["name"].as_str()),
            (StatusCode::CREATED, Some("Kyong-yul Lee")),
            "{b}"
        );
    }
}

/// An Atom feed read by Python's own XML parser: (feed title, [(entry title, updated)]).
fn python_atom(body: &str) -> (String, Vec<(String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("feed.atom");
    std::fs::write(&f, body).unwrap();
    let script = r#"
import json, sys, xml.etree.ElementTree as ET
A = "{http://www.w3.org/2005/Atom}"
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == A + "feed", root.tag
for req in ("id", "title", "updated"):
    assert root.find(A + req) is not None, req
entries = []
for e in root.findall(A + "entry"):
    for req in ("id", "title", "updated", "link"):
        assert e.find(A + req) is not None, req
    entries.append([e.find(A + "title").text, e.find(A + "updated").text])
print(json.dumps([root.find(A + "title").text, entries]))
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&f)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

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

#[tokio::test]
async fn one_search_finds_seoul_in_every_script_and_cjk_words_and_never_a_draft() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        // A draft of Seoul's: never in results, snippets or counts.
        t.form(
            "/practices/new",
            &a.editor,
            &format!("csrf={CSRF}&id=secret-plan&city=seoul&domain=safe_city&title_en=Secret+plan+for+Seoul+members&title_ko=%ED%9A%8C%EC%9B%90+%EB%B9%84%EB%B0%80"),
        )
        .await;
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
            "/practices/secret-plan/publish",
            &a.editor,
            &format!("csrf={CSRF}&publish=1"),
        )
        .await;
        while t.svc().index_pending(&t.state.index, 1000).await.unwrap() > 0 {}
        let r = t
            .api("GET", "/api/v1/search?q=secret+plan", None, None)
            .await;
        assert_eq!(r.json()["items"][0]["id"], "practice:secret-plan", "{b}");
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
