//! What an event leaves behind and who speaks at it: speakers (live or pre-recorded), recording
//! links, and time-coded transcripts per language, imported from WebVTT, SRT or plain text
//! (`domain::events::transcript`), searched on their page and exported back to WebVTT.

use super::{RecordingView, SpeakerView, TranscriptInfo};
use crate::error::field;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services};
use domain::Lang;
use domain::auth::Actor;
use domain::events::transcript::{self, Cue, Format};
use domain::events::{SpeakerMode, recording_link_at};
use serde::{Deserialize, Serialize};
use store::directory as dir;
use store::events::{self as ev, NewTranscript};
use store::outbox::Topic;

/// The largest transcript file accepted (a day of subtitles is well under it).
pub const MAX_TRANSCRIPT_BYTES: usize = 8 * 1024 * 1024;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerInput {
    #[serde(default)]
    pub name: Option<String>,
    /// A person of the directory (their name is taken when `name` is empty).
    #[serde(default)]
    pub person_id: Option<String>,
    #[serde(default)]
    pub org_id: Option<String>,
    /// live (the default) or prerecorded
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub topic: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RecordingInput {
    #[serde(default)]
    pub url: Option<String>,
    /// The language spoken (or dubbed) in the recording, if one.
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CueView {
    pub start_ms: u64,
    pub end_ms: u64,
    pub voice: Option<String>,
    pub text: String,
    /// Opens the recording at the cue's start; none for a plain-text transcript or no recording.
    pub link: Option<String>,
}

/// A transcript as its page shows it: the cues matching the search, or all of them.
#[derive(Debug, Clone, Serialize)]
pub struct TranscriptPage {
    pub info: TranscriptInfo,
    pub recording: Option<RecordingView>,
    pub cues: Vec<CueView>,
    /// How many cues there are in all (the search may show fewer).
    pub total: usize,
}

/// Whether `text` contains `q`, ignoring case (and width for Latin letters): works for any script,
/// CJK included, since it matches characters and not words.
pub fn matches(text: &str, q: &str) -> bool {
    let fold = |s: &str| -> String { s.chars().flat_map(char::to_lowercase).collect() };
    fold(text).contains(&fold(q))
}

fn check_url(u: &str) -> Result<String, &'static str> {
    let u = u.trim();
    if u.is_empty() {
        return Err("is required");
    }
    if u.len() > 2000 {
        return Err("must be at most 2000 characters");
    }
    let ok_scheme = u.starts_with("https://") || u.starts_with("http://") || u.starts_with('/');
    if !ok_scheme || u.starts_with("//") || u.chars().any(char::is_whitespace) {
        return Err("must be an http:// or https:// address");
    }
    Ok(u.to_string())
}

fn check_lang_tag(
    field_name: &str,
    l: Option<&str>,
    e: &mut domain::FieldErrors,
) -> Option<String> {
    let l = l.map(str::trim).filter(|s| !s.is_empty())?;
    if l.len() > 20 || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        e.add(field_name, "must be a BCP 47 tag such as en, ja or zh-Hans");
        return None;
    }
    Some(l.to_string())
}

impl Services {
    pub async fn speakers(&self, event_id: &str) -> ServiceResult<Vec<SpeakerView>> {
        Ok(ev::speakers(&self.store.db, event_id).await?)
    }

    /// Organizers add a speaker at the end of the list.
    pub async fn add_speaker(
        &self,
        actor: &Actor,
        event_id: &str,
        input: SpeakerInput,
    ) -> ServiceResult<SpeakerView> {
        self.require_organizer(actor, event_id, op("speaker.add", "event", event_id))
            .await?;
        let mut e = domain::FieldErrors::new();
        let mode = match input.mode.as_deref().map(str::trim) {
            None | Some("") => Some(SpeakerMode::Live),
            Some(m) => SpeakerMode::parse(m).map_err(|r| e.add("mode", r)).ok(),
        };
        let person = match input
            .person_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(p) => match dir::get_person(&self.store.db, p).await? {
                Some(p) => Some(p),
                None => {
                    e.add("person_id", "no such person");
                    None
                }
            },
        };
        let org_id = match input
            .org_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => person.as_ref().map(|p| p.org_id.clone()),
            Some(o) => {
                if dir::get_org(&self.store.db, o).await?.is_none() {
                    e.add("org_id", "no such organization");
                }
                Some(o.to_string())
            }
        };
        let name = input
            .name
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .or_else(|| person.as_ref().map(|p| p.name.clone()));
        match &name {
            None => e.add("name", "is required (or choose a person of the directory)"),
            Some(n) if n.chars().count() > 200 => e.add("name", "must be at most 200 characters"),
            _ => {}
        }
        let topic = input
            .topic
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        if topic.as_ref().is_some_and(|t| t.chars().count() > 300) {
            e.add("topic", "must be at most 300 characters");
        }
        let (Some(name), Some(mode)) = (name, mode) else {
            return Err(ServiceError::Invalid(e));
        };
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let o = op("speaker.add", "event", event_id);
        self.write(actor, o, Ok(()), async |w| {
            ev::lock_event(&w.tx, event_id).await?;
            let position = ev::speakers(&w.tx, event_id)
                .await?
                .last()
                .map_or(1, |s| s.position + 1);
            let sp = SpeakerView {
                position,
                name,
                person_id: person.map(|p| p.id),
                org_id,
                mode,
                topic,
            };
            ev::insert_speaker(&w.tx, event_id, &sp).await?;
            w.audit(o, None::<&()>, Some(&sp)).await?;
            w.changed(Topic::EventChanged, event_id).await?;
            Ok(sp)
        })
        .await
    }

    pub async fn remove_speaker(
        &self,
        actor: &Actor,
        event_id: &str,
        position: i32,
    ) -> ServiceResult<()> {
        let o = op("speaker.remove", "event", event_id);
        self.require_organizer(actor, event_id, o).await?;
        self.write(actor, o, Ok(()), async |w| {
            if !ev::delete_speaker(&w.tx, event_id, position).await? {
                return Err(ServiceError::NotFound("speaker"));
            }
            w.audit_json(o, Some(position.to_string()), None).await?;
            w.changed(Topic::EventChanged, event_id).await
        })
        .await
    }

    pub async fn recordings(&self, event_id: &str) -> ServiceResult<Vec<RecordingView>> {
        Ok(ev::recordings(&self.store.db, event_id).await?)
    }

    /// Organizers attach a recording link (YouTube, Vimeo, a file, any player's address).
    pub async fn add_recording(
        &self,
        actor: &Actor,
        event_id: &str,
        input: RecordingInput,
    ) -> ServiceResult<RecordingView> {
        self.require_organizer(actor, event_id, op("recording.add", "event", event_id))
            .await?;
        let mut e = domain::FieldErrors::new();
        let url = check_url(input.url.as_deref().unwrap_or(""))
            .map_err(|r| e.add("url", r))
            .ok();
        let lang = check_lang_tag("lang", input.lang.as_deref(), &mut e);
        let title = input
            .title
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        if title.as_ref().is_some_and(|t| t.chars().count() > 300) {
            e.add("title", "must be at most 300 characters");
        }
        let Some(url) = url.filter(|_| e.is_empty()) else {
            return Err(ServiceError::Invalid(e));
        };
        let o = op("recording.add", "recording", "");
        self.write(actor, o, Ok(()), async |w| {
            if ev::get_event(&w.tx, event_id).await?.is_none() {
                return Err(ServiceError::NotFound("event"));
            }
            let r = RecordingView {
                id: domain::ids::random_id("v", rand::random()),
                url,
                lang,
                title,
            };
            let r = ev::insert_recording(&w.tx, &r, event_id, w.now).await?;
            w.audit(op(o.action, o.target_type, &r.id), None::<&()>, Some(&r))
                .await?;
            w.changed(Topic::EventChanged, event_id).await?;
            Ok(r)
        })
        .await
    }

    /// Organizers import a transcript in one language from a file, replacing the one before.
    /// A file that does not parse is refused with its line and reason, and nothing changes.
    #[expect(
        clippy::too_many_arguments,
        reason = "each is a part of the upload a form or the API sends"
    )]
    pub async fn import_transcript(
        &self,
        actor: &Actor,
        event_id: &str,
        lang: &str,
        file_name: &str,
        bytes: &[u8],
        recording_id: Option<&str>,
        sample: bool,
    ) -> ServiceResult<TranscriptInfo> {
        let o = op("transcript.import", "event", event_id);
        self.require_organizer(actor, event_id, o).await?;
        let mut e = domain::FieldErrors::new();
        let lang = check_lang_tag("lang", Some(lang), &mut e);
        if lang.is_none() && !e.0.contains_key("lang") {
            e.add("lang", "is required");
        }
        if bytes.len() > MAX_TRANSCRIPT_BYTES {
            e.add(
                "file",
                format!("is larger than {} MiB", MAX_TRANSCRIPT_BYTES / 1024 / 1024),
            );
        }
        if bytes.is_empty() {
            e.add("file", "is empty");
        }
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let lang = lang.unwrap_or_default();
        let parsed = match Format::from_file_name(file_name) {
            Some(f) => transcript::parse_as(bytes, f).map(|c| (f, c)),
            None => transcript::parse(bytes),
        };
        let (format, cues) = parsed.map_err(|err| {
            ServiceError::Invalid(field("file", &format!("line {}: {}", err.line, err.reason)))
        })?;
        if cues.is_empty() {
            return Err(ServiceError::Invalid(field("file", "has no cues")));
        }
        let recording_id = recording_id.map(str::trim).filter(|s| !s.is_empty());
        self.write(actor, o, Ok(()), async |w| {
            if ev::get_event(&w.tx, event_id).await?.is_none() {
                return Err(ServiceError::NotFound("event"));
            }
            if let Some(r) = recording_id
                && !ev::recordings(&w.tx, event_id)
                    .await?
                    .iter()
                    .any(|x| x.id == r)
            {
                return Err(ServiceError::Invalid(field(
                    "recording_id",
                    "is not a recording of this event",
                )));
            }
            let id = domain::ids::random_id("t", rand::random());
            let new = NewTranscript {
                id: &id,
                event_id,
                lang: &lang,
                recording_id,
                source: format,
                sample,
            };
            let t = ev::replace_transcript(&w.tx, new, &cues, w.now).await?;
            let summary = format!("{lang}: {} cues from {}", t.cue_count, t.source);
            w.audit_json(o, None, Some(summary)).await?;
            w.changed(Topic::EventChanged, event_id).await?;
            Ok(t)
        })
        .await
    }

    pub async fn transcripts(&self, event_id: &str) -> ServiceResult<Vec<TranscriptInfo>> {
        Ok(ev::transcripts(&self.store.db, event_id).await?)
    }

    async fn transcript_cues(
        &self,
        event_id: &str,
        lang: &str,
    ) -> ServiceResult<(TranscriptInfo, Vec<Cue>)> {
        let t = ev::transcript(&self.store.db, event_id, lang)
            .await?
            .ok_or(ServiceError::NotFound("transcript"))?;
        let cues = ev::cues(&self.store.db, &t.id).await?;
        Ok((t, cues))
    }

    /// The transcript's page: its cues (those containing `q` when given), each with the link
    /// that opens the recording at its start.
    pub async fn transcript_page(
        &self,
        event_id: &str,
        lang: &str,
        q: Option<&str>,
    ) -> ServiceResult<TranscriptPage> {
        let (t, cues) = self.transcript_cues(event_id, lang).await?;
        let recs = ev::recordings(&self.store.db, event_id).await?;
        // The transcript's own recording, else one in its language, else the first.
        let recording = t
            .recording_id
            .as_ref()
            .and_then(|r| recs.iter().find(|x| &x.id == r))
            .or_else(|| recs.iter().find(|x| x.lang.as_deref() == Some(lang)))
            .or_else(|| recs.first())
            .cloned();
        let timed = t.timed();
        let total = cues.len();
        let q = q.map(str::trim).filter(|s| !s.is_empty());
        let cues = cues
            .into_iter()
            .filter(|c| {
                q.is_none_or(|q| {
                    matches(&c.text, q) || c.voice.as_deref().is_some_and(|v| matches(v, q))
                })
            })
            .map(|c| CueView {
                link: recording
                    .as_ref()
                    .filter(|_| timed)
                    .map(|r| recording_link_at(&r.url, c.start_ms)),
                start_ms: c.start_ms,
                end_ms: c.end_ms,
                voice: c.voice,
                text: c.text,
            })
            .collect();
        Ok(TranscriptPage {
            info: t,
            recording,
            cues,
            total,
        })
    }

    /// The transcript as a WebVTT file.
    pub async fn transcript_webvtt(&self, event_id: &str, lang: &str) -> ServiceResult<String> {
        let (_, cues) = self.transcript_cues(event_id, lang).await?;
        Ok(transcript::to_webvtt(&cues))
    }
}

/// The language to show a transcript in: the reader's, else English, else the first there is.
pub fn pick_transcript(list: &[TranscriptInfo], reader: Lang) -> Option<&TranscriptInfo> {
    list.iter()
        .find(|t| t.lang == reader.tag())
        .or_else(|| list.iter().find(|t| t.lang == "en"))
        .or_else(|| list.first())
}
