//! The events' tables and queries: series, events, organizers and links, registrations,
//! invitations, speakers, recordings and transcripts. Rows leave the store as the records
//! below, with domain types; the seat rules stay in `domain::events`, and `lock_event` is what
//! makes applying them race-free (see `queries.rs`).

mod around;
pub mod entities;
mod queries;

pub use around::*;
pub use queries::*;

use crate::directory::{stored, text};
use crate::{Result, StoreError};
use domain::events::transcript::Format;
use domain::events::{
    AttendanceMode, AttendeeType, AudienceKind, EventFormat, EventStatus, LinkKind, OrganizerRole,
    RegStatus, SpeakerMode,
};
use domain::{I18nText, Lang};
use entities::{
    event, event_invitation, event_link, event_organizer, event_speaker, recording, registration,
    series, transcript,
};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SeriesView {
    pub id: String,
    pub names: I18nText,
    pub organizer: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct EventView {
    pub id: String,
    pub series_id: Option<String>,
    pub part: Option<i32>,
    pub titles: I18nText,
    pub description: I18nText,
    pub format: EventFormat,
    pub starts_at: i64,
    pub ends_at: i64,
    /// The IANA zone the event belongs to.
    pub time_zone: String,
    pub time_known: bool,
    pub capacity: Option<i64>,
    pub moderated: bool,
    pub audience: AudienceKind,
    pub audience_value: Option<String>,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub registration_opens_at: Option<i64>,
    pub registration_closes_at: Option<i64>,
    pub reminder_minutes: Option<i32>,
    pub attendance_mode: Option<AttendanceMode>,
    pub venue: Option<String>,
    pub status: EventStatus,
}

impl EventView {
    pub fn is_cancelled(&self) -> bool {
        self.status == EventStatus::Cancelled
    }
    /// Open to participants of one country only (who then say where they come from).
    pub fn for_one_country(&self) -> bool {
        self.audience == AudienceKind::Country
    }
    pub fn by_invitation(&self) -> bool {
        self.audience == AudienceKind::Invitation
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RegistrationView {
    pub id: String,
    pub event_id: String,
    pub email: String,
    pub name: String,
    pub org_id: Option<String>,
    pub org_name: Option<String>,
    pub attendee_type: AttendeeType,
    pub lang: Lang,
    pub time_zone: String,
    pub status: RegStatus,
    pub checked_in_at: Option<i64>,
    pub created_at: i64,
    /// Part of the self-service link's HMAC; renewed by a new registration after a cancellation.
    pub link_generation: i64,
    /// When the address was proven (see the column).
    pub address_confirmed_at: Option<i64>,
}

impl RegistrationView {
    pub fn is_confirmed(&self) -> bool {
        self.status == RegStatus::Confirmed
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Organizer {
    pub org_id: String,
    pub role: OrganizerRole,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Link {
    pub from_event_id: String,
    pub to_event_id: String,
    pub kind: LinkKind,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SpeakerView {
    pub position: i32,
    pub name: String,
    pub person_id: Option<String>,
    pub org_id: Option<String>,
    pub mode: SpeakerMode,
    pub topic: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RecordingView {
    pub id: String,
    pub url: String,
    pub lang: Option<String>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TranscriptInfo {
    pub id: String,
    pub lang: String,
    /// webvtt, srt or plain.
    pub source: String,
    pub sample: bool,
    pub cue_count: i32,
    pub recording_id: Option<String>,
}

impl TranscriptInfo {
    /// Whether its cues carry times (a plain-text transcript has none to link to).
    pub fn timed(&self) -> bool {
        self.source != source_name(Format::PlainText)
    }
}

/// How a transcript's source format is stored.
pub fn source_name(f: Format) -> &'static str {
    match f {
        Format::WebVtt => "webvtt",
        Format::Srt => "srt",
        Format::PlainText => "plain",
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct InvitationView {
    pub id: String,
    pub event_id: String,
    pub email: String,
    pub name: String,
    pub lang: Lang,
    pub registration_id: Option<String>,
    pub invited_at: i64,
}

fn tags(s: Option<&str>) -> Vec<String> {
    s.unwrap_or("")
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn lang(what: &str, tag: &str) -> Result<Lang> {
    stored(what, Lang::try_from(tag.to_string()))
}

impl TryFrom<series::Model> for SeriesView {
    type Error = StoreError;
    fn try_from(m: series::Model) -> Result<Self> {
        Ok(SeriesView {
            names: text("series.names", &m.names)?,
            id: m.id,
            organizer: m.organizer_org_id,
        })
    }
}

impl TryFrom<event::Model> for EventView {
    type Error = StoreError;
    fn try_from(m: event::Model) -> Result<Self> {
        Ok(EventView {
            titles: text("events.titles", &m.titles)?,
            description: text("events.description", &m.description)?,
            format: stored("events.format", EventFormat::parse(&m.format))?,
            audience: stored("events.audience", AudienceKind::parse(&m.audience))?,
            attendance_mode: m
                .attendance_mode
                .map(|a| stored("events.attendance_mode", AttendanceMode::parse(&a)))
                .transpose()?,
            status: stored("events.status", EventStatus::parse(&m.status))?,
            languages: tags(Some(&m.languages)),
            interpretation: tags(m.interpretation.as_deref()),
            id: m.id,
            series_id: m.series_id,
            part: m.part,
            starts_at: m.starts_at,
            ends_at: m.ends_at,
            time_zone: m.time_zone,
            time_known: m.time_known,
            capacity: m.capacity,
            moderated: m.moderated,
            audience_value: m.audience_value,
            registration_opens_at: m.registration_opens_at,
            registration_closes_at: m.registration_closes_at,
            reminder_minutes: m.reminder_minutes,
            venue: m.venue,
        })
    }
}

impl TryFrom<registration::Model> for RegistrationView {
    type Error = StoreError;
    fn try_from(m: registration::Model) -> Result<Self> {
        Ok(RegistrationView {
            attendee_type: stored(
                "registrations.attendee_type",
                AttendeeType::parse(&m.attendee_type),
            )?,
            lang: lang("registrations.lang", &m.lang)?,
            status: stored("registrations.status", RegStatus::parse(&m.status))?,
            id: m.id,
            event_id: m.event_id,
            email: m.email,
            name: m.name,
            org_id: m.org_id,
            org_name: m.org_name,
            time_zone: m.time_zone,
            checked_in_at: m.checked_in_at,
            created_at: m.created_at,
            link_generation: m.link_generation,
            address_confirmed_at: m.address_confirmed_at,
        })
    }
}

impl TryFrom<event_organizer::Model> for Organizer {
    type Error = StoreError;
    fn try_from(m: event_organizer::Model) -> Result<Self> {
        Ok(Organizer {
            role: stored("event_organizers.role", OrganizerRole::parse(&m.role))?,
            org_id: m.org_id,
        })
    }
}

impl TryFrom<event_link::Model> for Link {
    type Error = StoreError;
    fn try_from(m: event_link::Model) -> Result<Self> {
        Ok(Link {
            kind: stored("event_links.kind", LinkKind::parse(&m.kind))?,
            from_event_id: m.from_event_id,
            to_event_id: m.to_event_id,
        })
    }
}

impl TryFrom<event_speaker::Model> for SpeakerView {
    type Error = StoreError;
    fn try_from(m: event_speaker::Model) -> Result<Self> {
        Ok(SpeakerView {
            mode: stored("event_speakers.mode", SpeakerMode::parse(&m.mode))?,
            position: m.position,
            name: m.name,
            person_id: m.person_id,
            org_id: m.org_id,
            topic: m.topic,
        })
    }
}

impl From<recording::Model> for RecordingView {
    fn from(m: recording::Model) -> Self {
        RecordingView {
            id: m.id,
            url: m.url,
            lang: m.lang,
            title: m.title,
        }
    }
}

impl From<transcript::Model> for TranscriptInfo {
    fn from(t: transcript::Model) -> Self {
        TranscriptInfo {
            id: t.id,
            lang: t.lang,
            source: t.source,
            sample: t.sample,
            cue_count: t.cue_count,
            recording_id: t.recording_id,
        }
    }
}

impl TryFrom<event_invitation::Model> for InvitationView {
    type Error = StoreError;
    fn try_from(m: event_invitation::Model) -> Result<Self> {
        Ok(InvitationView {
            lang: lang("event_invitations.lang", &m.lang)?,
            id: m.id,
            event_id: m.event_id,
            email: m.email,
            name: m.name,
            registration_id: m.registration_id,
            invited_at: m.invited_at,
        })
    }
}
