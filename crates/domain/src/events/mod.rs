//! Events and registrations: formats, audiences, attendee types, the registration state
//! machine and the seat rule. Pure: the store applies these decisions inside one transaction
//! that holds the event's lock, which is what makes them race-free.

pub mod calendar;
pub mod transcript;

use crate::error::FieldErrors;
use crate::ids::slugify;
use crate::lang::I18nText;
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

words!(EventFormat { Webinar = "webinar", LiveEvent = "live_event", Workshop = "workshop", Assembly = "assembly", StudyVisit = "study_visit" });
words!(AttendeeType { Participant = "participant", Observer = "observer", Speaker = "speaker", Press = "press" });
words!(RegStatus { Confirmed = "confirmed", Waitlisted = "waitlisted", Pending = "pending", Cancelled = "cancelled", Rejected = "rejected" });
words!(AudienceKind { Public = "public", NetworkMembers = "network_members", Country = "country", Invitation = "invitation" });
words!(AttendanceMode { Online = "online", InPerson = "in_person", Mixed = "mixed" });
words!(SpeakerMode { Live = "live", Prerecorded = "prerecorded" });
words!(LinkKind { PrecursorOf = "precursor_of", FollowUpOf = "follow_up_of" });
words!(EventStatus { Scheduled = "scheduled", Cancelled = "cancelled" });
words!(
    /// What an organization does at an event, in the order an event page lists them.
    OrganizerRole { Organizer = "organizer", CoOrganizer = "co_organizer", Presenter = "presenter", Observer = "observer" }
);

impl AttendanceMode {
    /// Whether people come to a place (so the venue matters).
    pub fn in_person(self) -> bool {
        self != AttendanceMode::Online
    }
}

impl RegStatus {
    /// Whether the registration takes one of the event's seats.
    pub fn holds_seat(self) -> bool {
        self == RegStatus::Confirmed
    }
    pub fn is_active(self) -> bool {
        matches!(
            self,
            RegStatus::Confirmed | RegStatus::Waitlisted | RegStatus::Pending
        )
    }
    /// Whether organizers may still decide it (approve or reject).
    pub fn awaits_decision(self) -> bool {
        matches!(self, RegStatus::Waitlisted | RegStatus::Pending)
    }
}

/// The state a new (or renewed) registration gets, given the seats taken now.
/// Nobody jumps the queue: while people wait, a newcomer waits too.
pub fn admit(capacity: Option<u32>, confirmed: u64, waiting: u64, moderated: bool) -> RegStatus {
    if moderated {
        return RegStatus::Pending;
    }
    match capacity {
        None => RegStatus::Confirmed,
        Some(c) if confirmed < u64::from(c) && waiting == 0 => RegStatus::Confirmed,
        Some(_) => RegStatus::Waitlisted,
    }
}

/// How many waiting people to promote now that seats may have freed.
pub fn seats_to_fill(capacity: Option<u32>, confirmed: u64, waiting: u64) -> u64 {
    match capacity {
        None => waiting,
        Some(c) => u64::from(c).saturating_sub(confirmed).min(waiting),
    }
}

/// Moves a registration may make, by whom: the attendee cancels; organizers approve or reject.
pub fn can_move(from: RegStatus, to: RegStatus) -> bool {
    use RegStatus::*;
    matches!(
        (from, to),
        (Confirmed | Waitlisted | Pending, Cancelled)
            | (Pending, Confirmed | Waitlisted)
            | (Confirmed | Waitlisted | Pending, Rejected)
            | (Waitlisted, Confirmed)
    )
}

/// An event's time: a start and end in its own IANA zone, or only a date when the hour is not published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventTime {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: chrono_tz::Tz,
    pub time_known: bool,
}

/// What an organizer submits for an event (a session of a series, or a single event).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub titles: I18nText,
    #[serde(default)]
    pub description: I18nText,
    #[serde(default)]
    pub format: Option<String>,
    /// Local date "2020-07-01" in `time_zone`.
    #[serde(default)]
    pub date: Option<String>,
    /// Local "14:00"; absent when the hour is not published.
    #[serde(default)]
    pub start_time: Option<String>,
    #[serde(default)]
    pub end_time: Option<String>,
    #[serde(default)]
    pub time_zone: Option<String>,
    #[serde(default)]
    pub capacity: Option<u32>,
    #[serde(default)]
    pub moderated: Option<bool>,
    #[serde(default)]
    pub audience: Option<String>,
    /// The network id or the country code the audience rule names.
    #[serde(default)]
    pub audience_value: Option<String>,
    #[serde(default)]
    pub online_url: Option<String>,
    #[serde(default)]
    pub languages: Option<String>,
    /// Languages interpreted into, BCP 47 tags separated by commas.
    #[serde(default)]
    pub interpretation: Option<String>,
    /// Local "2020-07-01T09:00" (or with a space) in `time_zone`: registration opens then; empty: now.
    #[serde(default)]
    pub registration_opens: Option<String>,
    /// Local time registration closes; empty: when the event ends.
    #[serde(default)]
    pub registration_closes: Option<String>,
    /// Minutes before the start the reminder goes to confirmed attendees; empty or 0: none.
    #[serde(default)]
    pub reminder_minutes: Option<u32>,
    /// online, in_person or mixed; empty: not known.
    #[serde(default)]
    pub attendance_mode: Option<String>,
    /// The address of an event in person; empty: not known.
    #[serde(default)]
    pub venue: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub titles: I18nText,
    pub description: I18nText,
    pub format: EventFormat,
    pub time: EventTime,
    pub capacity: Option<u32>,
    pub moderated: bool,
    pub audience: AudienceKind,
    pub audience_value: Option<String>,
    pub online_url: Option<String>,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub reminder_minutes: Option<u32>,
    pub attendance_mode: Option<AttendanceMode>,
    pub venue: Option<String>,
}

/// The most a reminder may precede the start: 30 days.
pub const MAX_REMINDER_MINUTES: u32 = 30 * 24 * 60;

/// Why registration is not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    NotYet,
    Closed,
    Over,
}

impl Closed {
    /// The reason, as the API and a form field say it.
    pub fn reason(self) -> &'static str {
        match self {
            Closed::NotYet => "is not open yet",
            Closed::Closed => "is closed",
            Closed::Over => "is over",
        }
    }
}

/// Whether registration is open at `now`, given the window and the end (all UTC microseconds);
/// why not otherwise.
pub fn registration_window(
    now: i64,
    opens: Option<i64>,
    closes: Option<i64>,
    ends: i64,
) -> Result<(), Closed> {
    if opens.is_some_and(|o| now < o) {
        return Err(Closed::NotYet);
    }
    if closes.is_some_and(|c| now >= c) {
        return Err(Closed::Closed);
    }
    if now > ends {
        return Err(Closed::Over);
    }
    Ok(())
}

fn parse_tags(field: &str, raw: Option<String>, e: &mut FieldErrors) -> Vec<String> {
    let tags: Vec<String> = raw
        .unwrap_or_default()
        .split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if tags.len() > 30
        || tags
            .iter()
            .any(|l| l.len() > 20 || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        e.add(
            field,
            "must be BCP 47 tags separated by commas (en, ja, ko)",
        );
    }
    tags
}

/// A local date and time ("2020-07-01T09:00" or "2020-07-01 09:00") in `tz` as a UTC instant.
fn parse_local(
    field: &str,
    raw: Option<&str>,
    tz: Option<chrono_tz::Tz>,
    e: &mut FieldErrors,
) -> Option<DateTime<Utc>> {
    let raw = raw.map(str::trim).filter(|s| !s.is_empty())?;
    let local = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok());
    match (local, tz) {
        (None, _) => {
            e.add(field, "must be a local date and time like 2020-07-01T09:00");
            None
        }
        (Some(_), None) => None,
        (Some(l), Some(tz)) => local_to_utc(tz, l).or_else(|| {
            e.add(
                field,
                "does not exist in this time zone (a daylight-saving gap)",
            );
            None
        }),
    }
}

/// The address that opens a recording at `ms`: YouTube's `t=` parameter, Vimeo's `#t=`,
/// and the media fragment `#t=` (seconds) of the W3C for files and other players.
pub fn recording_link_at(url: &str, ms: u64) -> String {
    let secs = ms / 1000;
    let base = url.split('#').next().unwrap_or(url);
    let host = base
        .split("://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or("")
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    if matches!(
        host,
        "youtube.com" | "m.youtube.com" | "youtu.be" | "youtube-nocookie.com"
    ) {
        let sep = if base.contains('?') { '&' } else { '?' };
        return format!("{base}{sep}t={secs}s");
    }
    if host == "vimeo.com" || host == "player.vimeo.com" {
        return format!("{base}#t={secs}s");
    }
    format!("{base}#t={secs}")
}

pub const MAX_CAPACITY: u32 = 1_000_000;

fn parse_hm(s: &str) -> Option<chrono::NaiveTime> {
    chrono::NaiveTime::parse_from_str(s.trim(), "%H:%M").ok()
}

/// The UTC instant of a local wall-clock time; in a DST gap the time does not exist and is refused,
/// in an overlap the earlier instant is taken.
pub fn local_to_utc(tz: chrono_tz::Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

impl EventInput {
    pub fn validate(self) -> Result<Event, FieldErrors> {
        let mut e = FieldErrors::new();
        let titles = self.titles.normalized_line("titles", true, 300, &mut e);
        let description = self
            .description
            .normalized("description", false, 20_000, &mut e);
        let id = match self
            .id
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
        {
            Some(s) => crate::ids::check_slug(&s)
                .map(|_| s)
                .map_err(|r| e.add("id", r))
                .ok(),
            None => titles
                .get_exact(crate::Lang::En)
                .or_else(|| titles.0.values().next().map(String::as_str))
                .and_then(slugify),
        };
        if id.is_none() && !e.0.contains_key("id") && !titles.0.is_empty() {
            e.add(
                "id",
                "cannot be made from the title: give an id of a-z, 0-9 and '-'",
            );
        }
        let format = match self.format.as_deref() {
            None => Some(EventFormat::Webinar),
            Some(f) => EventFormat::parse(f).map_err(|r| e.add("format", r)).ok(),
        };
        let tz = match self.time_zone.as_deref().map(str::trim) {
            None | Some("") => {
                e.add("time_zone", "is required (an IANA zone such as Asia/Seoul)");
                None
            }
            Some(z) => z
                .parse::<chrono_tz::Tz>()
                .map_err(|_| e.add("time_zone", format!("'{z}' is not an IANA time zone")))
                .ok(),
        };
        let date = match self.date.as_deref() {
            None => {
                e.add("date", "is required");
                None
            }
            Some(d) => NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map_err(|_| e.add("date", "must be a date like 2020-07-01"))
                .ok(),
        };
        let start = self.start_time.as_deref().filter(|s| !s.trim().is_empty());
        let end = self.end_time.as_deref().filter(|s| !s.trim().is_empty());
        let time = match (tz, date) {
            (Some(tz), Some(date)) => match (start, end) {
                (None, None) => {
                    let midnight =
                        |d: NaiveDate| local_to_utc(tz, d.and_hms_opt(0, 0, 0).unwrap_or_default());
                    match (midnight(date), date.succ_opt().and_then(midnight)) {
                        (Some(s), Some(en)) => Some(EventTime {
                            starts_at: s,
                            ends_at: en,
                            time_zone: tz,
                            time_known: false,
                        }),
                        _ => {
                            e.add("date", "has no midnight in this time zone");
                            None
                        }
                    }
                }
                (Some(s), Some(en)) => match (parse_hm(s), parse_hm(en)) {
                    (Some(s), Some(en)) => {
                        // An end at or before the start is taken to be on the next day (a session past midnight).
                        let end_date = if en <= s {
                            date.succ_opt().unwrap_or(date)
                        } else {
                            date
                        };
                        match (
                            local_to_utc(tz, date.and_time(s)),
                            local_to_utc(tz, end_date.and_time(en)),
                        ) {
                            (Some(a), Some(b)) => Some(EventTime {
                                starts_at: a,
                                ends_at: b,
                                time_zone: tz,
                                time_known: true,
                            }),
                            _ => {
                                e.add("start_time", "does not exist on that day in this time zone (a daylight-saving gap)");
                                None
                            }
                        }
                    }
                    (a, b) => {
                        if a.is_none() {
                            e.add("start_time", "must be a time like 14:00");
                        }
                        if b.is_none() {
                            e.add("end_time", "must be a time like 15:30");
                        }
                        None
                    }
                },
                (None, Some(_)) => {
                    e.add("start_time", "is required when end_time is given");
                    None
                }
                (Some(_), None) => {
                    e.add("end_time", "is required when start_time is given");
                    None
                }
            },
            _ => None,
        };
        if let Some(c) = self.capacity
            && !(1..=MAX_CAPACITY).contains(&c)
        {
            e.add(
                "capacity",
                format!("must be between 1 and {MAX_CAPACITY}, or empty for no limit"),
            );
        }
        let audience = match self.audience.as_deref() {
            None => Some(AudienceKind::Public),
            Some(a) => AudienceKind::parse(a)
                .map_err(|r| e.add("audience", r))
                .ok(),
        };
        let audience_value = self
            .audience_value
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        match (audience, &audience_value) {
            (Some(AudienceKind::NetworkMembers), None) => {
                e.add("audience_value", "names the network")
            }
            (Some(AudienceKind::Country), None) => e.add("audience_value", "names the country"),
            (Some(AudienceKind::Country), Some(c)) => {
                if let Err(r) = crate::country::Country::parse(c) {
                    e.add("audience_value", r);
                }
            }
            _ => {}
        }
        let online_url = self
            .online_url
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        if let Some(u) = &online_url
            && !(u.starts_with("https://") || u.starts_with("http://"))
        {
            e.add("online_url", "must be an http:// or https:// address");
        }
        let languages = parse_tags("languages", self.languages, &mut e);
        let interpretation = parse_tags("interpretation", self.interpretation, &mut e);
        let opens = parse_local(
            "registration_opens",
            self.registration_opens.as_deref(),
            tz,
            &mut e,
        );
        let closes = parse_local(
            "registration_closes",
            self.registration_closes.as_deref(),
            tz,
            &mut e,
        );
        if let (Some(o), Some(c)) = (opens, closes)
            && o >= c
        {
            e.add("registration_closes", "must be after registration_opens");
        }
        if let (Some(c), Some(t)) = (closes, &time)
            && c > t.ends_at
        {
            e.add("registration_closes", "must not be after the event's end");
        }
        let attendance_mode = match self.attendance_mode.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(m) => AttendanceMode::parse(m)
                .map_err(|r| e.add("attendance_mode", r))
                .ok(),
        };
        let venue = self
            .venue
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty());
        if venue.as_ref().is_some_and(|v| v.chars().count() > 500) {
            e.add("venue", "must be at most 500 characters");
        }
        if venue.is_some() && attendance_mode == Some(AttendanceMode::Online) {
            e.add("venue", "is for events in person: this one is online");
        }
        let reminder_minutes = self.reminder_minutes.filter(|m| *m > 0);
        if reminder_minutes.is_some_and(|m| m > MAX_REMINDER_MINUTES) {
            e.add(
                "reminder_minutes",
                format!("must be at most {MAX_REMINDER_MINUTES} (30 days)"),
            );
        }
        match (id, format, time, audience) {
            (Some(id), Some(format), Some(time), Some(audience)) if e.is_empty() => Ok(Event {
                id,
                titles,
                description,
                format,
                time,
                capacity: self.capacity,
                moderated: self.moderated.unwrap_or(false),
                audience,
                audience_value: if audience == AudienceKind::Country {
                    audience_value.map(|c| c.to_ascii_uppercase())
                } else {
                    audience_value
                },
                online_url,
                languages,
                interpretation,
                registration_opens_at: opens,
                registration_closes_at: closes,
                reminder_minutes,
                attendance_mode,
                venue,
            }),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn nobody_jumps_the_queue() {
        assert_eq!(admit(Some(2), 1, 0, false), RegStatus::Confirmed);
        assert_eq!(admit(Some(2), 2, 0, false), RegStatus::Waitlisted);
        assert_eq!(admit(Some(2), 1, 1, false), RegStatus::Waitlisted);
        assert_eq!(admit(None, 1000, 0, false), RegStatus::Confirmed);
        assert_eq!(admit(Some(2), 0, 0, true), RegStatus::Pending);
        assert_eq!(seats_to_fill(Some(3), 1, 5), 2);
        assert_eq!(seats_to_fill(Some(3), 3, 5), 0);
        assert_eq!(seats_to_fill(Some(3), 4, 5), 0);
        assert!(can_move(RegStatus::Waitlisted, RegStatus::Confirmed));
        assert!(!can_move(RegStatus::Cancelled, RegStatus::Confirmed));
    }

    /// Instants written out, not worked out with chrono-tz: Paris leaves summer time on
    /// 2026-10-25 at 03:00 (02:30 happens twice, at 00:30 and 01:30 UTC) and enters it on
    /// 2026-03-29 at 02:00 (02:30 never happens).
    #[test]
    fn an_ambiguous_local_time_is_the_earlier_instant_and_a_missing_one_is_refused() {
        let local = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        let paris = chrono_tz::Europe::Paris;
        let at = |s: &str| local_to_utc(paris, local(s)).map(|t| t.to_rfc3339());
        assert_eq!(
            at("2026-10-25 02:30").as_deref(),
            Some("2026-10-25T00:30:00+00:00")
        );
        assert_eq!(
            at("2026-10-25 03:30").as_deref(),
            Some("2026-10-25T02:30:00+00:00")
        );
        assert_eq!(at("2026-03-29 02:30"), None);
        assert_eq!(
            at("2026-03-29 03:30").as_deref(),
            Some("2026-03-29T01:30:00+00:00")
        );
    }

    fn input() -> EventInput {
        EventInput {
            titles: I18nText::en("Smart City 101"),
            date: Some("2020-10-21".into()),
            start_time: Some("23:30".into()),
            end_time: Some("00:30".into()),
            time_zone: Some("Europe/Paris".into()),
            ..Default::default()
        }
    }

    #[test]
    fn times_are_utc_instants_of_the_local_time_and_cross_midnight() {
        let ev = input().validate().unwrap();
        assert_eq!(ev.time.starts_at.to_rfc3339(), "2020-10-21T21:30:00+00:00");
        assert_eq!(ev.time.ends_at.to_rfc3339(), "2020-10-21T22:30:00+00:00");
        let seoul = ev.time.starts_at.with_timezone(&chrono_tz::Asia::Seoul);
        assert_eq!(
            seoul.format("%Y-%m-%d %H:%M").to_string(),
            "2020-10-22 06:30"
        );
        let mut unknown = input();
        unknown.start_time = None;
        unknown.end_time = None;
        unknown.time_zone = Some("Asia/Tokyo".into());
        let ev = unknown.validate().unwrap();
        assert!(!ev.time.time_known);
        assert_eq!(ev.time.starts_at.to_rfc3339(), "2020-10-20T15:00:00+00:00");
        let mut gap = input();
        gap.date = Some("2020-03-29".into());
        gap.start_time = Some("02:30".into());
        gap.end_time = Some("03:30".into());
        assert!(gap.validate().unwrap_err().0.contains_key("start_time"));
    }

    #[test]
    fn bad_events_name_their_fields() {
        let bad = EventInput {
            titles: I18nText::new().with(Lang::Ja, " "),
            format: Some("party".into()),
            date: Some("2020-13-01".into()),
            time_zone: Some("Mars/Olympus".into()),
            capacity: Some(0),
            audience: Some("country".into()),
            audience_value: Some("XX".into()),
            online_url: Some("javascript:x".into()),
            ..Default::default()
        };
        let e = bad.validate().unwrap_err();
        for f in [
            "titles",
            "format",
            "date",
            "time_zone",
            "capacity",
            "audience_value",
            "online_url",
        ] {
            assert!(e.0.contains_key(f), "{f}: {e:?}");
        }
    }

    #[test]
    fn registration_windows_are_local_times_and_ordered() {
        let mut i = input();
        i.registration_opens = Some("2020-10-01T09:00".into());
        i.registration_closes = Some("2020-10-21 12:00".into());
        i.reminder_minutes = Some(60);
        i.interpretation = Some("ja, ko".into());
        let ev = i.validate().unwrap();
        assert_eq!(
            ev.registration_opens_at.unwrap().to_rfc3339(),
            "2020-10-01T07:00:00+00:00"
        );
        assert_eq!(ev.interpretation, vec!["ja", "ko"]);
        let o = crate::time::to_micros(ev.registration_opens_at.unwrap());
        let c = crate::time::to_micros(ev.registration_closes_at.unwrap());
        let end = crate::time::to_micros(ev.time.ends_at);
        assert_eq!(
            registration_window(o - 1, Some(o), Some(c), end),
            Err(Closed::NotYet)
        );
        assert_eq!(registration_window(o, Some(o), Some(c), end), Ok(()));
        assert_eq!(
            registration_window(c, Some(o), Some(c), end),
            Err(Closed::Closed)
        );
        assert_eq!(
            registration_window(end + 1, None, None, end),
            Err(Closed::Over)
        );

        let mut bad = input();
        bad.registration_opens = Some("2020-10-22T09:00".into());
        bad.registration_closes = Some("2020-10-23T09:00".into());
        bad.reminder_minutes = Some(MAX_REMINDER_MINUTES + 1);
        bad.interpretation = Some("ja;drop table".into());
        let e = bad.validate().unwrap_err();
        for f in ["registration_closes", "reminder_minutes", "interpretation"] {
            assert!(e.0.contains_key(f), "{f}: {e:?}");
        }
        let mut nonsense = input();
        nonsense.registration_opens = Some("soon".into());
        assert!(
            nonsense
                .validate()
                .unwrap_err()
                .0
                .contains_key("registration_opens")
        );
    }

    #[test]
    fn recordings_open_at_the_moment() {
        assert_eq!(
            recording_link_at("https://www.youtube.com/watch?v=abc", 83_500),
            "https://www.youtube.com/watch?v=abc&t=83s"
        );
        assert_eq!(
            recording_link_at("https://youtu.be/abc", 5_000),
            "https://youtu.be/abc?t=5s"
        );
        assert_eq!(
            recording_link_at("https://vimeo.com/123#t=1s", 61_000),
            "https://vimeo.com/123#t=61s"
        );
        assert_eq!(
            recording_link_at("/demo/recordings/sample.wav", 12_999),
            "/demo/recordings/sample.wav#t=12"
        );
    }
}
