//! The events' JSON shapes: series, events, registrations, and the organizers' invitations,
//! speakers, recordings and transcripts.

use crate::kit::json::{Text, list_of, time};
use domain::events::{
    AttendanceMode, AttendeeType, AudienceKind, EventFormat, EventStatus, RegStatus, SpeakerMode,
};
use domain::{I18nText, Lang};
use serde::{Deserialize, Serialize};
use services::events::{EventView, RegistrationView};
use utoipa::{IntoParams, ToSchema};

/// An event (a session of a series, or an event on its own).
#[derive(Serialize, ToSchema)]
pub struct Event {
    pub id: String,
    pub series_id: Option<String>,
    pub part: Option<i32>,
    #[schema(value_type = Text)]
    pub titles: I18nText,
    #[schema(value_type = Text)]
    pub description: I18nText,
    /// webinar, live_event, workshop, assembly, study_visit
    #[schema(value_type = String)]
    pub format: EventFormat,
    /// RFC 3339, UTC. With `time_known` false, the local midnight starting the date.
    pub starts_at: String,
    pub ends_at: String,
    /// The IANA zone the event belongs to.
    pub time_zone: String,
    /// False when only the date is published.
    pub time_known: bool,
    pub capacity: Option<i64>,
    pub moderated: bool,
    /// public, network_members, country, invitation
    #[schema(value_type = String)]
    pub audience: AudienceKind,
    pub audience_value: Option<String>,
    pub languages: Vec<String>,
    /// Languages interpreted into.
    pub interpretation: Vec<String>,
    /// RFC 3339, UTC: registration opens (none: open now).
    pub registration_opens_at: Option<String>,
    /// RFC 3339, UTC: registration closes (none: at the end).
    pub registration_closes_at: Option<String>,
    /// Minutes before the start the reminder e-mail goes.
    pub reminder_minutes: Option<i32>,
    /// online, in_person or mixed; null: not known.
    #[schema(value_type = Option<String>)]
    pub attendance_mode: Option<AttendanceMode>,
    /// The address of an event in person; null: not known.
    pub venue: Option<String>,
    #[schema(value_type = String)]
    pub status: EventStatus,
    /// Registrations holding a seat (in the answer for one event).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmed_count: Option<u64>,
    /// People on the waiting list (in the answer for one event).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitlisted_count: Option<u64>,
}

impl From<EventView> for Event {
    fn from(e: EventView) -> Self {
        Event {
            titles: e.titles,
            description: e.description,
            starts_at: time(e.starts_at),
            ends_at: time(e.ends_at),
            id: e.id,
            series_id: e.series_id,
            part: e.part,
            format: e.format,
            time_zone: e.time_zone,
            time_known: e.time_known,
            capacity: e.capacity,
            moderated: e.moderated,
            audience: e.audience,
            audience_value: e.audience_value,
            languages: e.languages,
            interpretation: e.interpretation,
            registration_opens_at: e.registration_opens_at.map(time),
            registration_closes_at: e.registration_closes_at.map(time),
            reminder_minutes: e.reminder_minutes,
            attendance_mode: e.attendance_mode,
            venue: e.venue,
            status: e.status,
            confirmed_count: None,
            waitlisted_count: None,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SeriesWrite {
    pub id: String,
    #[serde(default)]
    pub names: Text,
    /// The organizing organization's id.
    pub organizer: String,
}

#[derive(Serialize, ToSchema)]
pub struct Series {
    pub id: String,
    #[schema(value_type = Text)]
    pub names: I18nText,
    pub organizer: Option<String>,
}

/// What to send to create an event. Times are local to `time_zone`; leave the times out when the hour is not published.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventWrite {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub titles: Text,
    #[serde(default)]
    pub description: Text,
    #[serde(default)]
    pub format: Option<String>,
    /// "2031-07-01"
    pub date: Option<String>,
    /// "14:00"
    #[serde(default)]
    pub start_time: Option<String>,
    /// "15:30" (an end before the start is on the next day)
    #[serde(default)]
    pub end_time: Option<String>,
    /// IANA zone, e.g. "Asia/Tokyo"
    pub time_zone: Option<String>,
    #[serde(default)]
    pub capacity: Option<u32>,
    #[serde(default)]
    pub moderated: Option<bool>,
    #[serde(default)]
    pub audience: Option<String>,
    #[serde(default)]
    pub audience_value: Option<String>,
    /// Shown to confirmed registrations only.
    #[serde(default)]
    pub online_url: Option<String>,
    /// BCP 47 tags separated by commas.
    #[serde(default)]
    pub languages: Option<String>,
    /// Languages interpreted into, BCP 47 tags separated by commas.
    #[serde(default)]
    pub interpretation: Option<String>,
    /// Local "2031-06-01T09:00" in `time_zone` when registration opens; none: now.
    #[serde(default)]
    pub registration_opens: Option<String>,
    /// Local time registration closes; none: at the end.
    #[serde(default)]
    pub registration_closes: Option<String>,
    /// Minutes before the start the reminder e-mail goes to confirmed attendees; none or 0: no reminder.
    #[serde(default)]
    pub reminder_minutes: Option<u32>,
    /// online, in_person or mixed; none: not known.
    #[serde(default)]
    pub attendance_mode: Option<String>,
    /// The address of an event in person.
    #[serde(default)]
    pub venue: Option<String>,
    /// The organizing organization's id.
    pub organizer: String,
    #[serde(default)]
    pub co_organizers: Vec<String>,
    #[serde(default)]
    pub series: Option<String>,
    /// Part number within the series.
    #[serde(default)]
    pub part: Option<i32>,
}

list_of!(EventList, Event);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    /// true: past events, latest first. Default: upcoming, soonest first.
    pub past: Option<bool>,
    /// Only events this organization organizes or takes part in.
    pub org: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrationWrite {
    pub email: Option<String>,
    pub name: Option<String>,
    #[serde(default)]
    pub org_id: Option<String>,
    #[serde(default)]
    pub org_name: Option<String>,
    /// ISO 3166 alpha-2, for events limited to one country.
    #[serde(default)]
    pub country: Option<String>,
    /// participant (default), observer, speaker, press
    #[serde(default)]
    pub attendee_type: Option<String>,
    /// en, ko, ja, zh-Hans or fr: the language of the messages.
    #[serde(default)]
    pub lang: Option<String>,
    /// IANA zone the messages show times in.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// The secret of an invitation's link (required by events by invitation; registers the invited address only).
    #[serde(default)]
    pub invitation: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Registration {
    pub id: String,
    pub event_id: String,
    pub email: String,
    pub name: String,
    pub org_id: Option<String>,
    pub org_name: Option<String>,
    #[schema(value_type = String)]
    pub attendee_type: AttendeeType,
    #[schema(value_type = String)]
    pub lang: Lang,
    pub time_zone: String,
    /// confirmed, waitlisted, pending, cancelled, rejected
    #[schema(value_type = String)]
    pub status: RegStatus,
    /// RFC 3339, UTC: when the attendee was checked in at the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked_in_at: Option<String>,
    /// The secret self-service address: only in the answer that created the registration, and
    /// only to the address's own account (sent with its token); anyone else gets it by e-mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_url: Option<String>,
}

pub fn registration_json(r: RegistrationView, manage_url: Option<String>) -> Registration {
    Registration {
        id: r.id,
        event_id: r.event_id,
        email: r.email,
        name: r.name,
        org_id: r.org_id,
        org_name: r.org_name,
        attendee_type: r.attendee_type,
        lang: r.lang,
        time_zone: r.time_zone,
        status: r.status,
        checked_in_at: r.checked_in_at.map(time),
        manage_url,
    }
}

list_of!(RegistrationList, Registration);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegistrationQuery {
    /// confirmed, waitlisted, pending, cancelled or rejected
    pub status: Option<String>,
    /// A text in the name, e-mail or organization (any case).
    pub q: Option<String>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct CheckInWrite {
    /// true: take the check-in back.
    #[serde(default)]
    pub undo: bool,
}

#[derive(Serialize, ToSchema)]
pub struct Invitation {
    pub id: String,
    pub email: String,
    pub name: String,
    #[schema(value_type = String)]
    pub lang: Lang,
    /// The registration made through the invitation's link, once there is one.
    pub registration_id: Option<String>,
    /// RFC 3339, UTC
    pub invited_at: String,
}

pub fn invitation_json(i: services::events::InvitationView) -> Invitation {
    Invitation {
        id: i.id,
        email: i.email,
        name: i.name,
        lang: i.lang,
        registration_id: i.registration_id,
        invited_at: time(i.invited_at),
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationWrite {
    pub email: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    /// en, ko, ja, zh-Hans or fr: the language of the invitation's e-mail.
    #[serde(default)]
    pub lang: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SpeakerWrite {
    #[serde(default)]
    pub name: Option<String>,
    /// A person of the directory (their name is used when `name` is empty).
    #[serde(default)]
    pub person_id: Option<String>,
    #[serde(default)]
    pub org_id: Option<String>,
    /// live (default) or prerecorded
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub topic: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Speaker {
    pub position: i32,
    pub name: String,
    pub person_id: Option<String>,
    pub org_id: Option<String>,
    #[schema(value_type = String)]
    pub mode: SpeakerMode,
    pub topic: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordingWrite {
    /// https://… (YouTube, Vimeo, a media file, any player)
    pub url: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Recording {
    pub id: String,
    pub url: String,
    pub lang: Option<String>,
    pub title: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Cue {
    pub start_ms: u64,
    pub end_ms: u64,
    pub voice: Option<String>,
    pub text: String,
    /// Opens the recording at the cue's start.
    pub link: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Transcript {
    pub lang: String,
    /// webvtt, srt or plain
    pub source: String,
    /// Written for the demo, not a record of what was said.
    pub sample: bool,
    pub recording_id: Option<String>,
    /// All cues, or those containing `q`.
    pub cues: Vec<Cue>,
    pub total: usize,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TranscriptQuery {
    /// Only the cues containing this text (any case, any script).
    pub q: Option<String>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TranscriptPut {
    /// The recording the transcript belongs to.
    pub recording_id: Option<String>,
}
