//! The `citydriver` command as an operator runs it: serve, create-user, export, import, backup.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_citydriver"))
}

fn run(args: &[&str], db: &str) -> (bool, String, String) {
    let out = bin()
        .args(["--db", db])
        .args(args)
        .env("CITYDRIVER_PASSWORD", "operator password 1")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn http_get(addr: &str, path: &str) -> String {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn serve_loads_the_demo_and_prints_where_it_listens() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let mut child = bin()
        .args([
            "--db",
            &db.to_string_lossy(),
            "serve",
            "--addr",
            "127.0.0.1:0",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut invite = None;
    let addr = loop {
        let line = lines.next().expect("serve ended early").unwrap();
        if line.trim_start().starts_with("http://") && line.contains("/invite/") {
            invite = Some(line.trim().to_string());
        }
        if let Some(rest) = line.strip_prefix("citydriver is serving http://") {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    let page = http_get(&addr, "/networks/ascn?lang=en");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert_eq!(page.matches(">Pilot city<").count(), 26);
    let invite = invite.expect("a first-admin link is printed when there is no account");
    let path = &invite[invite.find("/invite/").unwrap()..];
    assert!(http_get(&addr, path).starts_with("HTTP/1.1 200"));
    child.kill().unwrap();
    let _ = child.wait();
}

#[test]
fn create_user_export_import_backup() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db").to_string_lossy().into_owned();
    let (ok, _, err) = run(&["migrate"], &db);
    assert!(ok, "{err}");
    let (ok, _, err) = run(
        &[
            "create-user",
            "--email",
            "ops@wego.test",
            "--name",
            "Ops",
            "--role",
            "admin",
        ],
        &db,
    );
    assert!(ok, "{err}");
    let (ok, _, err) = run(
        &[
            "create-user",
            "--email",
            "ops@wego.test",
            "--name",
            "Again",
            "--role",
            "admin",
        ],
        &db,
    );
    assert!(!ok && err.contains("email: already exists"), "{err}");
    let (ok, _, err) = run(
        &[
            "create-user",
            "--email",
            "x@wego.test",
            "--name",
            "X",
            "--role",
            "king",
        ],
        &db,
    );
    assert!(!ok && err.contains("role"), "{err}");

    let export1 = dir.path().join("1.jsonl");
    let (ok, _, err) = run(&["export", "--out", &export1.to_string_lossy()], &db);
    assert!(ok, "{err}");
    let text = std::fs::read_to_string(&export1).unwrap();
    assert!(text.contains("ops@wego.test") && text.contains("$argon2id$"));

    // Into a second SQLite file (and PostgreSQL when configured), and out again: the same bytes.
    let mut targets = vec![dir.path().join("b.db").to_string_lossy().into_owned()];
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut guards = Vec::new();
    if store::testing::backends().contains(&"postgres") {
        let (s, g) = rt.block_on(store::testing::fresh("postgres")).unwrap();
        targets.push(s.url().to_string());
        guards.push(g);
    }
    for target in &targets {
        let (ok, _, err) = run(&["import", "--in", &export1.to_string_lossy()], target);
        assert!(ok, "{target}: {err}");
        let (ok, _, err) = run(&["import", "--in", &export1.to_string_lossy()], target);
        assert!(
            !ok && err.contains("empty database"),
            "{target}: a second import is refused: {err}"
        );
        let (ok, out, err) = run(&["export"], target);
        assert!(ok, "{err}");
        assert!(out == text, "{target}: the exports differ");
    }

    let copy = dir.path().join("copy.db");
    let (ok, _, err) = run(&["backup", &copy.to_string_lossy()], &db);
    assert!(ok, "{err}");
    let (ok, out, _) = run(&["export"], &copy.to_string_lossy());
    assert!(ok && out == text, "the backup holds the same data");
    drop(guards);
}

/// One HTTP/1.1 request with `Connection: close`: (status, body).
fn http(
    addr: &str,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> (u16, String) {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(t) = token {
        req.push_str(&format!("Authorization: Bearer {t}\r\n"));
    }
    let body = body.unwrap_or("");
    req.push_str(&format!(
        "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    ));
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = out
        .split_once("\r\n\r\n")
        .map(|x| x.1)
        .unwrap_or("")
        .to_string();
    (status, body)
}

/// Starts `serve` on a free port with its own index folder; returns the process and its address.
fn start_node(db: &str, index: &std::path::Path) -> (std::process::Child, String) {
    let mut child = bin()
        .args(["--db", db, "--index-dir", &index.to_string_lossy()])
        .args(["serve", "--addr", "127.0.0.1:0", "--mail-dir"])
        .arg(index.with_extension("mail"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let addr = loop {
        let line = lines.next().expect("serve ended early").unwrap();
        if let Some(rest) = line.strip_prefix("citydriver is serving http://") {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    // Keep reading its output so that it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (child, addr)
}

fn search_total(addr: &str, q: &str) -> u64 {
    let (status, body) = http(
        addr,
        "GET",
        &format!("/api/v1/search?q={q}&kind=practice"),
        None,
        None,
    );
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["total"].as_u64().unwrap()
}

#[test]
fn two_nodes_on_one_postgres_keep_their_own_index_and_a_killed_one_resumes() {
    if !store::testing::backends().contains(&"postgres") {
        eprintln!("skipping: no CITYDRIVER_TEST_PG");
        return;
    }
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (s, guard) = rt.block_on(store::testing::fresh("postgres")).unwrap();
    let db = s.url().to_string();
    let dir = tempfile::tempdir().unwrap();
    let (mut a, addr_a) = start_node(&db, &dir.path().join("a.index"));
    let (ok, _, err) = run(
        &[
            "create-user",
            "--email",
            "ops@wego.test",
            "--name",
            "Ops",
            "--role",
            "admin",
        ],
        &db,
    );
    assert!(ok, "{err}");
    let (ok, token, err) = run(
        &[
            "create-token",
            "--email",
            "ops@wego.test",
            "--scopes",
            "read write:directory admin",
        ],
        &db,
    );
    assert!(ok, "{err}");
    let token = token.trim().to_string();
    let (mut b, addr_b) = start_node(&db, &dir.path().join("b.index"));
    assert_eq!(search_total(&addr_b, "Zebracrossings"), 0);
    // Published through A, found through B within two seconds.
    let body = r#"{"id":"seoul-zebra","city":"seoul","domain":"safe_city","titles":{"en":"Smart zebracrossings","ko":"스마트 횡단보도"}}"#;
    let (st, out) = http(
        &addr_a,
        "POST",
        "/api/v1/practices",
        Some(&token),
        Some(body),
    );
    assert_eq!(st, 201, "{out}");
    let (st, out) = http(
        &addr_a,
        "POST",
        "/api/v1/practices/seoul-zebra/publish",
        Some(&token),
        Some(r#"{"published":true}"#),
    );
    assert_eq!(st, 200, "{out}");
    let t0 = std::time::Instant::now();
    while search_total(&addr_b, "zebracrossings") == 0 {
        assert!(
            t0.elapsed() < std::time::Duration::from_secs(2),
            "B did not see it within 2 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    eprintln!(
        "seen through the other node after {} ms",
        t0.elapsed().as_millis()
    );
    // B is killed (SIGKILL) while A publishes 40 more; killed again right after its restart,
    // in the middle of catching up; after the next restart its index is complete.
    b.kill().unwrap();
    b.wait().unwrap();
    for i in 0..40 {
        let body = format!(
            r#"{{"id":"seoul-lantern-{i}","city":"seoul","domain":"sustainable_city","titles":{{"en":"Lanternfish lights {i}"}}}}"#
        );
        let (st, out) = http(
            &addr_a,
            "POST",
            "/api/v1/practices",
            Some(&token),
            Some(&body),
        );
        assert_eq!(st, 201, "{out}");
        let (st, _) = http(
            &addr_a,
            "POST",
            &format!("/api/v1/practices/seoul-lantern-{i}/publish"),
            Some(&token),
            Some(r#"{"published":true}"#),
        );
        assert_eq!(st, 200);
    }
    let (mut b, _) = start_node(&db, &dir.path().join("b.index"));
    b.kill().unwrap();
    b.wait().unwrap();
    let (mut b, addr_b) = start_node(&db, &dir.path().join("b.index"));
    let t0 = std::time::Instant::now();
    while search_total(&addr_b, "lanternfish") < 40 {
        assert!(
            t0.elapsed() < std::time::Duration::from_secs(20),
            "B did not catch up"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(search_total(&addr_b, "lanternfish"), 40, "each once");
    assert_eq!(search_total(&addr_a, "lanternfish"), 40);
    a.kill().unwrap();
    b.kill().unwrap();
    let _ = (a.wait(), b.wait());
    drop(s);
    drop(guard);
}

/// The settings `citydriver config` prints, run in `dir` with these variables and flags.
fn shown_config(dir: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> toml::Value {
    let mut c = bin();
    c.current_dir(dir)
        .env_remove("CITYDRIVER_DB")
        .env_remove("CITYDRIVER_CONFIG");
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.args(args).arg("config").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    toml::from_str(&String::from_utf8_lossy(&out.stdout)).unwrap()
}

#[test]
fn the_commented_example_is_the_default_and_file_env_flags_override_in_that_order() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["config", "--default"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let example: toml::Value = toml::from_str(&String::from_utf8_lossy(&out.stdout)).unwrap();
    let defaults = shown_config(dir.path(), &[], &[]);
    assert_eq!(example, defaults, "the example parses back as the defaults");
    assert_eq!(defaults["database"]["url"].as_str(), Some("citydriver.db"));

    std::fs::write(
        dir.path().join("citydriver.toml"),
        "[database]\nurl = \"from-file.db\"\n[accounts]\nsession_ttl_secs = 3600\n[mail]\nsmtp_password = \"file-secret-pw\"\n",
    )
    .unwrap();
    let from_file = shown_config(dir.path(), &[], &[]);
    assert_eq!(from_file["database"]["url"].as_str(), Some("from-file.db"));
    assert_eq!(
        from_file["accounts"]["session_ttl_secs"].as_integer(),
        Some(3600)
    );
    assert_eq!(
        from_file["mail"]["smtp_password"].as_str(),
        Some("[redacted]")
    );
    let from_env = shown_config(dir.path(), &[("CITYDRIVER_DB", "from-env.db")], &[]);
    assert_eq!(from_env["database"]["url"].as_str(), Some("from-env.db"));
    let from_flag = shown_config(
        dir.path(),
        &[("CITYDRIVER_DB", "from-env.db")],
        &["--db", "from-flag.db"],
    );
    assert_eq!(from_flag["database"]["url"].as_str(), Some("from-flag.db"));
    // A file that names an unknown setting is refused, with its name.
    std::fs::write(dir.path().join("bad.toml"), "[server]\nadress = \"x\"\n").unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["--config", "bad.toml", "config"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("adress"));
}

#[test]
fn sqlite_urls_in_the_forms_frameworks_write_open_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let abs = format!("sqlite://{}/abs.db", dir.path().display());
    for (db, file) in [
        (abs.as_str(), "abs.db"),
        ("sqlite://rel.db", "rel.db"),
        ("sqlite:short.db", "short.db"),
    ] {
        let out = bin()
            .current_dir(dir.path())
            .args(["--db", db, "migrate"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{db}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(dir.path().join(file).exists(), "{db}");
    }
}

#[test]
fn serve_stops_its_workers_and_exits_soon_after_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let mut child = bin()
        .current_dir(dir.path())
        .args([
            "--db",
            &db.to_string_lossy(),
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--no-demo",
        ])
        .env("CITYDRIVER_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    loop {
        let line = lines.next().expect("serve ended early").unwrap();
        if line.starts_with("citydriver is serving") {
            break;
        }
    }
    let sent = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let asked = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            asked.elapsed() < std::time::Duration::from_secs(5),
            "still running 5 s after SIGTERM"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(err.contains("workers stopped"), "{err}");
    assert!(!err.contains("stopped late"), "{err}");
}

#[test]
fn a_killed_import_keeps_nothing_and_the_same_import_runs_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db").to_string_lossy().into_owned();
    let (ok, _, err) = run(
        &[
            "create-user",
            "--email",
            "ops@wego.test",
            "--name",
            "Ops",
            "--role",
            "admin",
        ],
        &db,
    );
    assert!(ok, "{err}");
    let small = dir.path().join("small.jsonl");
    let (ok, _, err) = run(&["export", "--out", &small.to_string_lossy()], &db);
    assert!(ok, "{err}");
    let text = std::fs::read_to_string(&small).unwrap();
    // The same export with 400,000 outbox entries more: long enough to be killed half-way.
    let mut big = text.clone();
    for i in 1..=400_000 {
        big.push_str(&format!(
            "{{\"row\":{{\"at\":1,\"id\":{i},\"key\":\"org-{i}\",\"payload\":\"{{}}\",\"topic\":\"organization.changed\"}},\"table\":\"outbox\"}}\n"
        ));
    }
    let big_file = dir.path().join("big.jsonl");
    std::fs::write(&big_file, big).unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut guards = Vec::new();
    let mut targets = vec![dir.path().join("b.db").to_string_lossy().into_owned()];
    if store::testing::backends().contains(&"postgres") {
        let (s, g) = rt.block_on(store::testing::fresh("postgres")).unwrap();
        targets.push(s.url().to_string());
        guards.push(g);
    }
    for target in &targets {
        let mut import = bin()
            .args(["--db", target, "import", "--in"])
            .arg(&big_file)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Killed while its transaction writes: SQLite's log has grown, or (PostgreSQL) a
        // second has passed since the file was read.
        let wal = std::path::PathBuf::from(format!("{target}-wal"));
        let start = std::time::Instant::now();
        loop {
            assert!(
                import.try_wait().unwrap().is_none(),
                "{target}: the import ended before it could be killed"
            );
            let written = std::fs::metadata(&wal).map_or(0, |m| m.len());
            if written > 4 << 20 || (!target.ends_with(".db") && start.elapsed().as_secs() >= 3) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        import.kill().unwrap();
        import.wait().unwrap();
        // Nothing of it was kept: the database is still empty, and the import runs again.
        let (ok, out, err) = run(&["export"], target);
        assert!(ok, "{target}: {err}");
        assert_eq!(out.lines().count(), 1, "{target}: only the header: {out}");
        let (ok, _, err) = run(&["import", "--in", &small.to_string_lossy()], target);
        assert!(ok, "{target}: {err}");
        let (ok, out, _) = run(&["export"], target);
        assert!(
            ok && out == text,
            "{target}: the import made again is whole"
        );
    }
    drop(guards);
}

/// The body of an HTTP answer (after its headers).
fn body_of(answer: &str) -> &str {
    answer.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

#[test]
fn an_operator_reads_health_metrics_and_json_logs() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("o.db");
    let mut child = bin()
        .args([
            "--db",
            &db.to_string_lossy(),
            "--log-format",
            "json",
            "serve",
        ])
        .args(["--addr", "127.0.0.1:0", "--metrics-addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let logs = std::thread::spawn(move || {
        BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
            .collect::<Vec<_>>()
    });
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let (mut site, mut metrics) = (None, None);
    while site.is_none() || metrics.is_none() {
        let line = lines.next().expect("serve ended early").unwrap();
        if let Some(rest) = line.strip_prefix("citydriver is serving http://") {
            site = Some(rest.split('/').next().unwrap().to_string());
        }
        if let Some(rest) = line.strip_prefix("metrics at http://") {
            metrics = Some(rest.split('/').next().unwrap().to_string());
        }
    }
    let (site, metrics) = (site.unwrap(), metrics.unwrap());
    std::thread::spawn(move || for _ in lines {});
    // Health: the database and the three loops of this node.
    let health = http_get(&site, "/healthz");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    let h: serde_json::Value = serde_json::from_str(body_of(&health)).unwrap();
    assert_eq!(h["database"], "ok");
    let workers: Vec<_> = h["workers"].as_array().unwrap().iter().collect();
    assert_eq!(workers.len(), 3, "{h}");
    assert!(workers.iter().all(|w| w["alive"] == true), "{h}");
    // A page, a miss; then the metrics listener tells them by route, never by address.
    assert!(http_get(&site, "/events/wego-japan-2020-part-1").starts_with("HTTP/1.1 200"));
    assert!(http_get(&site, "/no/such/page").starts_with("HTTP/1.1 404"));
    assert!(
        http_get(&site, "/metrics").starts_with("HTTP/1.1 404"),
        "metrics are not on the site's listener"
    );
    let text = http_get(&metrics, "/metrics");
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    let text = body_of(&text);
    for expected in [
        r#"citydriver_http_requests_total{route="/events/{id}",method="GET",status="200"} 1"#,
        r#"citydriver_http_requests_total{route="unmatched",method="GET",status="404"}"#,
        r#"citydriver_http_request_duration_seconds_count{route="/events/{id}",method="GET"} 1"#,
        r#"citydriver_outbox_lag{consumer="mailer"}"#,
        r#"citydriver_outbox_lag{consumer="search_index"}"#,
        "citydriver_mail_waiting",
        r#"citydriver_db_pool_connections{state="open"}"#,
        r#"citydriver_worker_alive{worker="mailer"} 1"#,
        "citydriver_db_up 1",
    ] {
        assert!(
            text.contains(expected),
            "{expected} is missing from:\n{text}"
        );
    }
    assert!(
        !text.contains("wego-japan-2020-part-1"),
        "no addresses as labels"
    );
    child.kill().unwrap();
    let _ = child.wait();
    // The logs are JSON lines, with no colour codes.
    let logs = logs.join().unwrap();
    assert!(!logs.is_empty());
    for line in &logs {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(
            v["level"].is_string() && v["timestamp"].is_string(),
            "{line}"
        );
        assert!(!line.contains('\u{1b}'), "{line}");
    }
}
