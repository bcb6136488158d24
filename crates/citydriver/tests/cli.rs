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
