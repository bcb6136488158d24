//! The iCalendar writer checked by an implementation that is not ours: the PyPI `icalendar`
//! parser, through `tools/check_ics.py`, must read back the instants, dates and texts we meant.
//! Skipped when Python's `icalendar` is not installed, unless CITYDRIVER_REQUIRE_PYTHON_ICAL=1
//! (CI), where a missing parser fails the test.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::{America::New_York, Asia::Seoul, Europe::Paris, Tz};
use citydriver_domain::events::calendar::{self, CalEvent, Calendar, EventStatus};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

fn local(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .expect("an unambiguous local time")
        .with_timezone(&Utc)
}

fn event(uid: &str, start: DateTime<Utc>, end: DateTime<Utc>, tz: Tz) -> CalEvent {
    CalEvent {
        uid: uid.into(),
        start,
        end,
        time_zone: Some(tz),
        time_known: true,
        summary: "Webinar".into(),
        description: None,
        location: None,
        url: None,
        status: EventStatus::Confirmed,
        sequence: 0,
        last_modified: "2020-10-01T08:00:00Z".parse().unwrap(),
        categories: vec![],
    }
}

/// True when `python3` can import `icalendar`; otherwise says why it skips, or fails in CI.
fn python_ical_available() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("CITYDRIVER_REQUIRE_PYTHON_ICAL").as_deref() != Ok("1"),
            "Python's icalendar is required here (pip install icalendar) but cannot be imported"
        );
        eprintln!("skipping: python3 cannot import icalendar (pip install icalendar)");
    }
    ok
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn python_icalendar_reads_back_what_we_wrote() {
    if !python_ical_available() {
        return;
    }

    let summary = "서울특별시 스마트도시 정책 웨비나; 디지털 트윈, 시민 참여 — \
                   東京都・横浜市・大阪市のスマートシティ担当者による事例紹介と質疑応答";
    let description = "Line 1, with a comma; and a semicolon\nLine 2 \\ backslash\r\nLine 3";

    let paris_evening = local(Paris, 2020, 10, 21, 23, 30);
    let mut texts = event(
        "texts@citydriver",
        paris_evening,
        paris_evening + TimeDelta::hours(1),
        Paris,
    );
    texts.summary = summary.into();
    texts.description = Some(description.into());
    texts.location = Some("Hôtel de Ville, Paris".into());
    texts.url = Some("https://example.org/webinars/42?lang=ko;x=1,2".into());
    texts.categories = vec!["smart city, mobility".into(), "디지털".into()];
    texts.status = EventStatus::Cancelled;
    texts.sequence = 3;

    let mut all_day = event("all-day@citydriver", paris_evening, paris_evening, Seoul);
    all_day.time_known = false;

    let cal = Calendar {
        name: "ASCN, webinars — 웨비나".into(),
        events: vec![
            texts,
            event(
                "paris-dst-night@citydriver",
                local(Paris, 2020, 10, 25, 1, 0),
                local(Paris, 2020, 10, 25, 4, 0),
                Paris,
            ),
            event(
                "paris-after-dst@citydriver",
                local(Paris, 2020, 10, 26, 10, 0),
                local(Paris, 2020, 10, 26, 11, 0),
                Paris,
            ),
            event(
                "new-york-dst-night@citydriver",
                local(New_York, 2020, 3, 8, 1, 0),
                local(New_York, 2020, 3, 8, 4, 0),
                New_York,
            ),
            event(
                "new-york-after-dst@citydriver",
                local(New_York, 2020, 3, 9, 10, 0),
                local(New_York, 2020, 3, 9, 11, 0),
                New_York,
            ),
            all_day,
        ],
    };
    let ics = calendar::write(&cal, "2020-10-20T12:00:00Z".parse().unwrap());

    let file = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("ical_python-{}.ics", std::process::id()));
    std::fs::write(&file, &ics).unwrap();
    let out = Command::new("python3")
        .arg(repo_root().join("tools/check_ics.py"))
        .arg(&file)
        .output()
        .expect("run python3");
    let _ = std::fs::remove_file(&file);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "check_ics.py refused the file:\n{}\n{stdout}\n--- the file ---\n{ics}",
        String::from_utf8_lossy(&out.stderr)
    );

    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines[0],
        json!({"kind": "calendar", "version": "2.0", "method": "PUBLISH",
               "prodid": "-//citydriver//citydriver calendar//EN", "name": "ASCN, webinars — 웨비나"})
    );
    let events = &lines[1..];
    let got: Vec<(&str, &str, &str)> = events
        .iter()
        .map(|e| {
            (
                e["uid"].as_str().unwrap(),
                e["start"].as_str().unwrap(),
                e["end"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // 23:30 in Paris is 06:30 the next day in Seoul: one instant, 21:30Z.
            (
                "texts@citydriver",
                "2020-10-21T21:30:00Z",
                "2020-10-21T22:30:00Z"
            ),
            // 01:00–04:00 in Paris across the end of summer time: four hours, not three.
            (
                "paris-dst-night@citydriver",
                "2020-10-24T23:00:00Z",
                "2020-10-25T03:00:00Z"
            ),
            (
                "paris-after-dst@citydriver",
                "2020-10-26T09:00:00Z",
                "2020-10-26T10:00:00Z"
            ),
            // 01:00–04:00 in New York across the start of summer time: two hours.
            (
                "new-york-dst-night@citydriver",
                "2020-03-08T06:00:00Z",
                "2020-03-08T08:00:00Z"
            ),
            (
                "new-york-after-dst@citydriver",
                "2020-03-09T14:00:00Z",
                "2020-03-09T15:00:00Z"
            ),
            // Time not published: the Seoul date of 21:30Z on the 21st, as a one-day event.
            ("all-day@citydriver", "2020-10-22", "2020-10-23"),
        ]
    );

    let texts = &events[0];
    assert_eq!(texts["summary"], summary);
    assert_eq!(
        texts["description"],
        description.replace("\r\n", "\n").as_str()
    );
    assert_eq!(texts["location"], "Hôtel de Ville, Paris");
    assert_eq!(
        texts["url"],
        "https://example.org/webinars/42?lang=ko;x=1,2"
    );
    assert_eq!(
        texts["categories"],
        json!(["smart city, mobility", "디지털"])
    );
    assert_eq!(texts["status"], "CANCELLED");
    assert_eq!(texts["sequence"], 3);
    assert_eq!(texts["tzid"], "Europe/Paris");
    assert_eq!(events[5]["tzid"], "Asia/Seoul");
}
