//! What every module of these tests shares: the test server, accounts, helpers.

pub use axum::body::Body;
pub use axum::http::{Request, StatusCode};
pub use citydriver_web::kit::i18n::Tr;
pub use citydriver_web::{AppState, WebConfig, app};
pub use domain::Lang;
pub use http_body_util::BodyExt;
pub use services::accounts::SignUp;
pub use services::{Config, Services};
pub use store::testing::{TestDb, backends, fresh};
pub use tower::ServiceExt;

pub struct T {
    pub state: AppState,
    pub _g: TestDb,
}

pub struct Res {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Res {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

pub const CSRF: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

impl T {
    pub async fn new(backend: &str) -> T {
        let (store, g) = fresh(backend).await.unwrap();
        let svc = Services::new(store, Config::default());
        svc.load_demo_if_empty().await.unwrap();
        T {
            state: AppState::new(
                svc,
                WebConfig {
                    secure_cookies: false,
                    public_url: "http://cd.test".into(),
                },
            ),
            _g: g,
        }
    }
    pub fn svc(&self) -> &Services {
        &self.state.svc
    }
    pub async fn send(&self, req: Request<Body>) -> Res {
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
    pub async fn get(&self, path: &str, cookie: &str) -> Res {
        self.send(
            Request::get(path)
                .header("cookie", cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }
    pub async fn form(&self, path: &str, cookie: &str, body: &str) -> Res {
        let req = Request::post(path)
            .header("cookie", cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(req).await
    }
    pub async fn api(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&str>,
    ) -> Res {
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
    pub async fn accounts(&self) -> Accounts {
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
    /// A new account that edits `org`, invited by the admin: its session cookie and a write token.
    pub async fn editor_of(&self, a: &Accounts, org: &str) -> (String, String) {
        let svc = self.svc();
        let session = a
            .admin
            .split(';')
            .next()
            .unwrap()
            .trim_start_matches("cd_session=");
        let admin = svc.session_actor(session).await.unwrap();
        let inv = svc
            .create_invitation(&admin, &format!("ed@{org}.test"), "member", Some(org))
            .await
            .unwrap();
        let s = svc
            .accept_invitation(
                &inv,
                SignUp {
                    display_name: format!("Editor of {org}"),
                    password: "a long password here".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        let actor = svc.session_actor(&s).await.unwrap();
        let (_, token) = svc
            .create_token(&actor, "t", "read write:directory")
            .await
            .unwrap();
        (format!("cd_session={s}; cd_csrf={CSRF}"), token)
    }
    pub async fn audit_count(&self) -> u64 {
        store::audit::count(&self.svc().store.db).await.unwrap()
    }
}

pub struct Accounts {
    pub admin: String,
    pub editor: String,
    pub admin_token: String,
    pub editor_token: String,
}

pub trait T1 {
    fn t1_for_test(&self, key: &str, name: &str, v: &str) -> String;
}

impl T1 for Tr {
    fn t1_for_test(&self, key: &str, name: &str, v: &str) -> String {
        self.ts(key, &[(name, v)])
    }
}

/// Finds Debian's Chromium; CI sets CITYDRIVER_REQUIRE_BROWSER=1 so that a missing browser fails.
pub fn chromium() -> Option<std::path::PathBuf> {
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

pub fn headless(browser: &std::path::Path, args: &[&str]) -> std::process::Output {
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

/// Runs Python's `icalendar` on a feed (tools/check_ics.py) and returns its JSON lines, or None when
/// Python's icalendar is not installed here (CI installs it and requires it).
pub fn python_ics(body: &str) -> Option<Vec<serde_json::Value>> {
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

/// A multipart form as a browser sends it: text fields, then one file.
pub fn multipart_body(fields: &[(&str, &str)], file: (&str, &[u8])) -> (String, Vec<u8>) {
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
    pub async fn upload(
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

/// The newcomer's path in the browser's forms: a series with two parts, registration in
/// Japanese, the confirmation received by a real SMTP server, a cancellation, and the first
/// waiting person promoted and told.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
pub async fn a_newcomer_makes_a_two_part_series_in_the_forms_and_the_mail_arrives() {
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
        assert!(
            !r.body.contains("/r/")
                && r.body
                    .contains(&Tr::new(Lang::Ja).t("register-link-by-mail")),
            "{b}: the self-service link goes by e-mail only"
        );
        t.form(
            "/events/sc101-2031-part-1/register?lang=ko",
            &cookie,
            &format!("csrf={CSRF}&idempotency_key=n2&name=Kim&email=kim%40busan.test&lang=ko&time_zone=Asia%2FSeoul"),
        )
        .await;
        let sink = services::testing::SmtpSink::start().await.unwrap();
        let cfg = mail_cfg(sink.port);
        assert_eq!(
            t.svc().send_pending_mail(&cfg, 100).await.unwrap(),
            2,
            "{b}"
        );
        let manage =
            link_in_mail(&sink.messages(), "yamada@kyoto.test").expect("the link is mailed");
        t.form(
            &format!("{manage}/cancel?lang=ja"),
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

/// The mailer's settings for a local SMTP server at `port`, links to `http://cd.test`.
pub fn mail_cfg(port: u16) -> services::mail::MailConfig {
    services::mail::MailConfig {
        transport: services::mail::Transport::Smtp {
            host: "127.0.0.1".into(),
            port,
            starttls: false,
            credentials: None,
        },
        from: "SCI-J <noreply@sci-j.test>".into(),
        public_url: "http://cd.test".into(),
    }
}

/// The self-service link (`/r/…`, the path) in the last of `messages` sent to `to`: the way a
/// registrant gets it, since no page or API answer shows it to whoever typed the address.
pub fn link_in_mail(messages: &[String], to: &str) -> Option<String> {
    messages.iter().rev().find_map(|m| {
        let p = mail_parser::MessageParser::default().parse(m.as_bytes())?;
        let addressed = p.to()?.first()?.address()? == to;
        let body = p.body_text(0)?;
        let at = body.find("/r/").filter(|_| addressed)?;
        let link: String = body[at..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        Some(link)
    })
}

impl T {
    /// Sends the mail waiting in the outbox to a local SMTP server, and gives the self-service
    /// link of the last message to `to`.
    pub async fn mailed_link(&self, to: &str) -> Option<String> {
        let sink = services::testing::SmtpSink::start().await.unwrap();
        self.svc()
            .send_pending_mail(&mail_cfg(sink.port), 10_000)
            .await
            .unwrap();
        link_in_mail(&sink.messages(), to)
    }
}

/// An Atom feed read by Python's own XML parser: (feed title, [(entry title, updated)]).
pub fn python_atom(body: &str) -> (String, Vec<(String, String)>) {
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
