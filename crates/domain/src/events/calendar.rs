//! iCalendar (RFC 5545) text for event feeds and single-event `.ics` downloads: a pure writer,
//! from events already chosen and rendered in one language to the bytes a calendar client reads.
//!
//! Times are written as UTC instants (`DTSTART:20201021T213000Z`). We write no VTIMEZONE, and a
//! `TZID=` without its VTIMEZONE is read differently by different clients, whereas every client
//! converts a UTC instant correctly into its own zone. The event's IANA zone is kept for
//! information in `X-CITYDRIVER-TZID`.

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;
use std::fmt::Write as _;

/// The `Content-Type` to serve what [`write`] returns with.
pub const MEDIA_TYPE: &str = "text/calendar; charset=utf-8";

/// RFC 5545 §3.1: a content line is at most 75 octets, line break excluded.
const MAX_LINE_OCTETS: usize = 75;

/// Whether the event takes place; clients show cancelled events struck through or drop them,
/// which is why a cancelled session stays in the feed instead of vanishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventStatus {
    Confirmed,
    Tentative,
    Cancelled,
}

impl EventStatus {
    fn as_ical(self) -> &'static str {
        match self {
            EventStatus::Confirmed => "CONFIRMED",
            EventStatus::Tentative => "TENTATIVE",
            EventStatus::Cancelled => "CANCELLED",
        }
    }
}

/// One event (a webinar session) as a calendar shows it.
#[derive(Debug, Clone)]
pub struct CalEvent {
    /// Stable across feeds and changes (e.g. `session-<id>@citydriver`): clients match updates
    /// and cancellations by it.
    pub uid: String,
    pub start: DateTime<Utc>,
    /// Written only when it is after `start` (to the second): RFC 5545 requires DTEND > DTSTART,
    /// and without it a timed event ends when it starts.
    pub end: DateTime<Utc>,
    /// The zone the event belongs to. Informational only (`X-CITYDRIVER-TZID`), except that it
    /// decides the date of an event whose time is not known.
    pub time_zone: Option<Tz>,
    /// `false` when only the date is published: the event is then written as all-day
    /// (`DTSTART;VALUE=DATE`), on its date(s) in `time_zone` (UTC when none).
    pub time_known: bool,
    pub summary: String,
    pub description: Option<String>,
    pub location: Option<String>,
    pub url: Option<String>,
    pub status: EventStatus,
    /// Raise it on every change that matters to attendees: clients ignore an update whose
    /// SEQUENCE is not higher than the one they have.
    pub sequence: u32,
    pub last_modified: DateTime<Utc>,
    pub categories: Vec<String>,
}

/// A feed (a series, a network, an organization, a person's own) or a single-event download.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// Shown by clients as the subscribed calendar's name.
    pub name: String,
    pub events: Vec<CalEvent>,
}

/// Writes `cal` as an iCalendar object: CRLF line ends, lines folded at 75 octets.
/// `dtstamp` is when the feed is generated (RFC 5545 wants it on every VEVENT under
/// `METHOD:PUBLISH`); it is passed in so that the output is a pure function of the arguments.
pub fn write(cal: &Calendar, dtstamp: DateTime<Utc>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN", "VCALENDAR");
    line(&mut out, "VERSION", "2.0");
    line(&mut out, "PRODID", "-//citydriver//citydriver calendar//EN");
    line(&mut out, "CALSCALE", "GREGORIAN");
    line(&mut out, "METHOD", "PUBLISH");
    let name = escape_text(&cal.name);
    // NAME is the standard (RFC 7986); X-WR-CALNAME is the one Apple, Google and Outlook read.
    line(&mut out, "NAME", &name);
    line(&mut out, "X-WR-CALNAME", &name);
    for ev in &cal.events {
        write_event(&mut out, ev, dtstamp);
    }
    line(&mut out, "END", "VCALENDAR");
    out
}

fn write_event(out: &mut String, ev: &CalEvent, dtstamp: DateTime<Utc>) {
    line(out, "BEGIN", "VEVENT");
    line(out, "UID", &escape_text(&ev.uid));
    line(out, "DTSTAMP", &utc_stamp(dtstamp));
    if ev.time_known {
        line(out, "DTSTART", &utc_stamp(ev.start));
        if ev.end.timestamp() > ev.start.timestamp() {
            line(out, "DTEND", &utc_stamp(ev.end));
        }
    } else {
        let (first, after_last) = all_day_dates(ev);
        line(out, "DTSTART;VALUE=DATE", &ical_date(first));
        line(out, "DTEND;VALUE=DATE", &ical_date(after_last));
    }
    if let Some(tz) = ev.time_zone {
        line(out, "X-CITYDRIVER-TZID", &escape_text(tz.name()));
    }
    line(out, "SUMMARY", &escape_text(&ev.summary));
    if let Some(d) = non_empty(&ev.description) {
        line(out, "DESCRIPTION", &escape_text(d));
    }
    if let Some(l) = non_empty(&ev.location) {
        line(out, "LOCATION", &escape_text(l));
    }
    if let Some(u) = non_empty(&ev.url) {
        line(out, "URL", &uri(u));
    }
    // An empty category would show as a nameless tag; leave those out.
    let cats: Vec<String> = ev
        .categories
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| escape_text(c))
        .collect();
    if !cats.is_empty() {
        line(out, "CATEGORIES", &cats.join(","));
    }
    line(out, "STATUS", ev.status.as_ical());
    line(out, "SEQUENCE", &ev.sequence.to_string());
    line(out, "LAST-MODIFIED", &utc_stamp(ev.last_modified));
    line(out, "END", "VEVENT");
}

/// First date and the day after the last date, in the event's zone (DTEND of an all-day event is
/// exclusive). The last date is that of the instant just before `end`, so an end stored at the
/// next local midnight does not add a day, and an end not after the start still gives one day.
fn all_day_dates(ev: &CalEvent) -> (NaiveDate, NaiveDate) {
    let tz = ev.time_zone.unwrap_or(Tz::UTC);
    let last = ev
        .end
        .checked_sub_signed(TimeDelta::microseconds(1))
        .unwrap_or(ev.end)
        .max(ev.start);
    let first = ev.start.with_timezone(&tz).date_naive();
    let last = last.with_timezone(&tz).date_naive();
    (first, last.checked_add_days(Days::new(1)).unwrap_or(last))
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// RFC 5545 DATE-TIME in UTC ("form #2"); sub-seconds are dropped, the format has none.
fn utc_stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn ical_date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. Other control
/// characters are not allowed in TEXT at all; they are dropped rather than letting one client
/// choke on what another ignores.
fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF is one line break, not two.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI value is not TEXT-escaped (clients would keep the backslashes in the link). Octets that
/// cannot appear in a URI — spaces, controls, non-ASCII — are percent-encoded as UTF-8, the
/// standard IRI-to-URI mapping (RFC 3987 §3.1); this also keeps a line break out of the output.
fn uri(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if (0x21..=0x7e).contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Appends `name:value` as one content line, folded (RFC 5545 §3.1): CRLF plus one space before
/// any octet that would make the physical line longer than 75 octets, never inside a UTF-8
/// character (clients that decode each physical line would show replacement characters).
fn line(out: &mut String, name: &str, value: &str) {
    let mut len = 0;
    for c in name
        .chars()
        .chain(std::iter::once(':'))
        .chain(value.chars())
    {
        let n = c.len_utf8();
        if len + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::{America::New_York, Asia::Seoul, Europe::Paris};

    fn local(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .expect("an unambiguous local time")
            .with_timezone(&Utc)
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn event(uid: &str, start: DateTime<Utc>, end: DateTime<Utc>, tz: Option<Tz>) -> CalEvent {
        CalEvent {
            uid: uid.into(),
            start,
            end,
            time_zone: tz,
            time_known: true,
            summary: "Webinar".into(),
            description: None,
            location: None,
            url: None,
            status: EventStatus::Confirmed,
            sequence: 0,
            last_modified: utc("2020-10-01T08:00:00Z"),
            categories: vec![],
        }
    }

    fn ics(events: Vec<CalEvent>) -> String {
        let cal = Calendar {
            name: "Test".into(),
            events,
        };
        write(&cal, utc("2020-10-20T12:00:00Z"))
    }

    /// Undoes folding: the logical content lines a parser sees.
    fn unfold(s: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for phys in s.split("\r\n") {
            if let Some(rest) = phys.strip_prefix(' ') {
                lines
                    .last_mut()
                    .expect("a continuation follows a line")
                    .push_str(rest);
            } else if !phys.is_empty() {
                lines.push(phys.to_string());
            }
        }
        lines
    }

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(o) => out.push(o),
                    None => panic!("dangling backslash in {s:?}"),
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    /// The value of the first logical line whose name (with parameters) is `name`.
    fn prop(ics: &str, name: &str) -> Option<String> {
        let prefix = format!("{name}:");
        unfold(ics)
            .into_iter()
            .find_map(|l| l.strip_prefix(&prefix).map(str::to_string))
    }

    fn assert_framing(ics: &str) {
        assert!(ics.ends_with("\r\n"), "must end with CRLF");
        for phys in ics.strip_suffix("\r\n").unwrap().split("\r\n") {
            assert!(phys.len() <= 75, "{} octets: {phys:?}", phys.len());
            assert!(!phys.contains(['\r', '\n']), "bare line break in {phys:?}");
        }
    }

    #[test]
    fn long_korean_and_japanese_summary_is_folded_on_character_boundaries() {
        let summary = "서울특별시 스마트도시 정책 웨비나: 디지털 트윈과 시민 참여 — \
                       東京都・横浜市・大阪市のスマートシティ担当者による事例紹介と質疑応答セッション";
        let mut ev = event(
            "long@citydriver",
            utc("2020-10-21T21:30:00Z"),
            utc("2020-10-21T22:30:00Z"),
            None,
        );
        ev.summary = summary.into();
        let out = ics(vec![ev]);
        assert_framing(&out);

        let physical: Vec<&str> = out.split("\r\n").collect();
        let first = physical
            .iter()
            .position(|l| l.starts_with("SUMMARY:"))
            .unwrap();
        let mut folded = vec![physical[first]];
        folded.extend(
            physical[first + 1..]
                .iter()
                .take_while(|l| l.starts_with(' ')),
        );
        assert!(
            folded.len() >= 3,
            "a summary this long spans several lines: {folded:?}"
        );
        // Folding is greedy: every line but the last is filled to within one character (≤ 4 octets).
        for l in &folded[..folded.len() - 1] {
            assert!(l.len() > 71, "folded too early ({} octets): {l:?}", l.len());
        }
        assert_eq!(
            prop(&out, "SUMMARY").map(|s| unescape(&s)),
            Some(summary.to_string())
        );
    }

    #[test]
    fn text_is_escaped_and_uri_is_not() {
        let mut ev = event(
            "esc@citydriver",
            utc("2020-10-21T21:30:00Z"),
            utc("2020-10-21T22:30:00Z"),
            None,
        );
        ev.summary = r"Q&A; costs, \ benefits".into();
        ev.description = Some("line 1\nline 2\r\nline 3\rline 4\u{7}".into());
        ev.location = Some("Room 1, Hôtel de Ville; Paris".into());
        ev.url = Some("https://example.org/e?a=1,2;b=3&c=ü d".into());
        ev.categories = vec!["smart city, mobility".into(), String::new(), "a;b".into()];
        let out = ics(vec![ev]);
        assert_framing(&out);
        assert_eq!(prop(&out, "SUMMARY").unwrap(), r"Q&A\; costs\, \\ benefits");
        assert_eq!(
            prop(&out, "DESCRIPTION").unwrap(),
            r"line 1\nline 2\nline 3\nline 4"
        );
        assert_eq!(
            prop(&out, "LOCATION").unwrap(),
            r"Room 1\, Hôtel de Ville\; Paris"
        );
        assert_eq!(
            prop(&out, "URL").unwrap(),
            "https://example.org/e?a=1,2;b=3&c=%C3%BC%20d"
        );
        assert_eq!(
            prop(&out, "CATEGORIES").unwrap(),
            r"smart city\, mobility,a\;b"
        );
    }

    #[test]
    fn calendar_and_event_carry_the_required_properties() {
        let mut ev = event(
            "session-42@citydriver",
            utc("2020-10-21T21:30:00Z"),
            utc("2020-10-21T22:30:00Z"),
            None,
        );
        ev.status = EventStatus::Cancelled;
        ev.sequence = 3;
        let cal = Calendar {
            name: "ASCN, webinars".into(),
            events: vec![ev.clone(), ev],
        };
        let out = write(&cal, utc("2020-10-20T12:34:56Z"));
        let lines = unfold(&out);
        assert_eq!(
            &lines[..7],
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//citydriver//citydriver calendar//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                r"NAME:ASCN\, webinars",
                r"X-WR-CALNAME:ASCN\, webinars",
            ]
        );
        assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
        let count = |l: &str| lines.iter().filter(|x| *x == l).count();
        assert_eq!(count("BEGIN:VEVENT"), 2);
        assert_eq!(count("DTSTAMP:20201020T123456Z"), 2);
        assert_eq!(count("UID:session-42@citydriver"), 2);
        assert_eq!(count("STATUS:CANCELLED"), 2);
        assert_eq!(count("SEQUENCE:3"), 2);
        assert_eq!(count("LAST-MODIFIED:20201001T080000Z"), 2);
    }

    #[test]
    fn evening_in_paris_is_written_as_the_utc_instant_whatever_the_viewer_zone() {
        let start = local(Paris, 2020, 10, 21, 23, 30);
        // The fixture is what the case is about: the Paris evening is the next morning in Seoul.
        assert_eq!(
            start.with_timezone(&Seoul).naive_local().to_string(),
            "2020-10-22 06:30:00"
        );
        let out = ics(vec![event(
            "paris@citydriver",
            start,
            start + TimeDelta::hours(1),
            Some(Paris),
        )]);
        assert_eq!(prop(&out, "DTSTART").unwrap(), "20201021T213000Z");
        assert_eq!(prop(&out, "DTEND").unwrap(), "20201021T223000Z");
        assert_eq!(prop(&out, "X-CITYDRIVER-TZID").unwrap(), "Europe/Paris");
    }

    #[test]
    fn daylight_saving_weeks_give_the_right_instants() {
        let cases = [
            // Paris leaves summer time on 2020-10-25 at 03:00 CEST (01:00Z).
            (
                local(Paris, 2020, 10, 24, 10, 0),
                local(Paris, 2020, 10, 24, 11, 0),
                "20201024T080000Z",
                "20201024T090000Z",
            ),
            (
                local(Paris, 2020, 10, 25, 1, 0),
                local(Paris, 2020, 10, 25, 4, 0),
                "20201024T230000Z",
                "20201025T030000Z",
            ),
            (
                local(Paris, 2020, 10, 26, 10, 0),
                local(Paris, 2020, 10, 26, 11, 0),
                "20201026T090000Z",
                "20201026T100000Z",
            ),
            // New York enters summer time on 2020-03-08 at 02:00 EST (07:00Z); 01:00–04:00 local
            // lasts two hours.
            (
                local(New_York, 2020, 3, 7, 10, 0),
                local(New_York, 2020, 3, 7, 11, 0),
                "20200307T150000Z",
                "20200307T160000Z",
            ),
            (
                local(New_York, 2020, 3, 8, 1, 0),
                local(New_York, 2020, 3, 8, 4, 0),
                "20200308T060000Z",
                "20200308T080000Z",
            ),
            (
                local(New_York, 2020, 3, 9, 10, 0),
                local(New_York, 2020, 3, 9, 11, 0),
                "20200309T140000Z",
                "20200309T150000Z",
            ),
        ];
        for (start, end, want_start, want_end) in cases {
            let out = ics(vec![event("dst@citydriver", start, end, None)]);
            assert_eq!(prop(&out, "DTSTART").unwrap(), want_start);
            assert_eq!(prop(&out, "DTEND").unwrap(), want_end);
        }
    }

    #[test]
    fn unknown_time_is_an_all_day_event_on_the_date_in_the_event_zone() {
        // 21:30Z on the 21st is already the 22nd in Seoul.
        let mut ev = event(
            "allday@citydriver",
            utc("2020-10-21T21:30:00Z"),
            utc("2020-10-21T21:30:00Z"),
            Some(Seoul),
        );
        ev.time_known = false;
        let out = ics(vec![ev.clone()]);
        assert_eq!(prop(&out, "DTSTART;VALUE=DATE").unwrap(), "20201022");
        assert_eq!(prop(&out, "DTEND;VALUE=DATE").unwrap(), "20201023");
        assert_eq!(
            prop(&out, "DTSTART"),
            None,
            "no timed DTSTART beside the date"
        );

        // Without a zone the UTC date is used.
        ev.time_zone = None;
        let out = ics(vec![ev.clone()]);
        assert_eq!(prop(&out, "DTSTART;VALUE=DATE").unwrap(), "20201021");

        // Two days ending at the next local midnight are two days, not three.
        ev.time_zone = Some(Seoul);
        ev.start = local(Seoul, 2020, 10, 22, 0, 0);
        ev.end = local(Seoul, 2020, 10, 24, 0, 0);
        let out = ics(vec![ev]);
        assert_eq!(prop(&out, "DTSTART;VALUE=DATE").unwrap(), "20201022");
        assert_eq!(prop(&out, "DTEND;VALUE=DATE").unwrap(), "20201024");
    }

    #[test]
    fn an_end_not_after_the_start_is_left_out() {
        let t = utc("2020-10-21T21:30:00Z");
        let out = ics(vec![event(
            "zero@citydriver",
            t,
            t + TimeDelta::milliseconds(500),
            None,
        )]);
        assert_eq!(prop(&out, "DTSTART").unwrap(), "20201021T213000Z");
        assert_eq!(prop(&out, "DTEND"), None);
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_short_lines_that_unfold_to_it(
            summary in ".{0,300}",
            description in proptest::option::of(".{0,500}"),
            category in ".{0,80}",
            name in ".{0,120}",
        ) {
            let mut ev = event("p@citydriver", utc("2020-10-21T21:30:00Z"), utc("2020-10-21T22:30:00Z"), Some(Paris));
            ev.summary = summary.clone();
            ev.description = description.clone();
            ev.location = description.clone();
            ev.url = description.clone();
            ev.categories = vec![category];
            let cal = Calendar { name, events: vec![ev] };
            let out = write(&cal, utc("2020-10-20T12:00:00Z"));
            proptest::prop_assert!(out.ends_with("\r\n"));
            for phys in out.strip_suffix("\r\n").unwrap().split("\r\n") {
                proptest::prop_assert!(phys.len() <= 75, "{} octets: {:?}", phys.len(), phys);
                proptest::prop_assert!(!phys.contains(['\r', '\n']), "bare line break: {:?}", phys);
            }
            // What a client reads back is the text, line breaks normalized, control characters gone.
            let expected: String = summary
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .chars()
                .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
                .collect();
            proptest::prop_assert_eq!(prop(&out, "SUMMARY").map(|s| unescape(&s)), Some(expected));
        }
    }
}
