//! The demo network, loaded on an empty database from `demo/network.json`: facts from
//! DESIGN.md §5 and the founding article only. Unknown facts are null in the file and shown
//! as "unknown" on the pages.

use crate::write::op;
use crate::{ServiceError, ServiceResult, Services};
use domain::I18nText;
use domain::directory::{MembershipInput, NetworkInput, OrganizationInput, PersonInput};
use domain::events::EventInput;
use domain::events::{LinkKind, OrganizerRole, SpeakerMode};
use domain::ids::PersonId;
use serde::Deserialize;
use store::events::{NewTranscript, RecordingView, SpeakerView};
use store::outbox::{self, Topic};
use store::{directory as dir, events as ev};

pub const DEMO_JSON: &str = include_str!("../demo/network.json");
pub const DEMO_EVENTS_JSON: &str = include_str!("../demo/events.json");
pub const DEMO_PRACTICES_JSON: &str = include_str!("../demo/practices.json");

#[derive(Deserialize)]
struct DemoPractices {
    collections: Vec<DemoCollection>,
    /// Each a `PracticeInput` with `collection`: [collection, measure type, date].
    practices: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct DemoCollection {
    id: String,
    names: I18nText,
    description: I18nText,
    curator: String,
}

/// Sample transcripts of the first webinar, written for the demo and marked as samples.
pub const SAMPLE_TRANSCRIPTS: [(&str, &str); 2] = [
    ("en", include_str!("../demo/sample-transcript.en.vtt")),
    ("ja", include_str!("../demo/sample-transcript.ja.vtt")),
];
/// The event the samples belong to, and the address of the sample recording.
pub const SAMPLE_EVENT: &str = "wego-japan-2020-part-1";
pub const SAMPLE_RECORDING_URL: &str = "/demo/sample-recording.wav";

/// The sample recording: silence with a short tone where each line of the sample transcript
/// starts, so that a line's link can be heard to land on its moment. 8 kHz, 8-bit mono WAV,
/// made once on first use.
pub fn sample_recording_wav() -> &'static [u8] {
    static WAV: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    WAV.get_or_init(|| {
        const RATE: u32 = 8000;
        let cues = domain::events::transcript::parse(SAMPLE_TRANSCRIPTS[0].1.as_bytes())
            .map(|(_, c)| c)
            .unwrap_or_default();
        let end_ms = cues.iter().map(|c| c.end_ms).max().unwrap_or(1000) + 1000;
        let n = (end_ms * u64::from(RATE) / 1000) as usize;
        let mut pcm = vec![128u8; n];
        for c in &cues {
            let start = (c.start_ms * u64::from(RATE) / 1000) as usize;
            let len = (RATE / 4) as usize; // a quarter of a second
            for i in 0..len.min(n.saturating_sub(start)) {
                let t = i as f64 / f64::from(RATE);
                let fade = (i.min(len - i) as f64 / 200.0).min(1.0);
                let v = (t * 660.0 * std::f64::consts::TAU).sin() * 60.0 * fade;
                pcm[start + i] = (128.0 + v).round() as u8;
            }
        }
        let mut w = Vec::with_capacity(44 + n);
        let data_len = n as u32;
        w.extend_from_slice(b"RIFF");
        w.extend_from_slice(&(36 + data_len).to_le_bytes());
        w.extend_from_slice(b"WAVEfmt ");
        w.extend_from_slice(&16u32.to_le_bytes());
        w.extend_from_slice(&1u16.to_le_bytes()); // PCM
        w.extend_from_slice(&1u16.to_le_bytes()); // mono
        w.extend_from_slice(&RATE.to_le_bytes());
        w.extend_from_slice(&RATE.to_le_bytes()); // bytes per second
        w.extend_from_slice(&1u16.to_le_bytes()); // block align
        w.extend_from_slice(&8u16.to_le_bytes()); // bits per sample
        w.extend_from_slice(b"data");
        w.extend_from_slice(&data_len.to_le_bytes());
        w.extend_from_slice(&pcm);
        w
    })
}

#[derive(Deserialize)]
struct DemoEvents {
    series: Vec<DemoSeries>,
    events: Vec<DemoEvent>,
    links: Vec<(String, String, String)>,
}

#[derive(Deserialize)]
struct DemoSeries {
    id: String,
    names: I18nText,
    organizer: String,
    description: I18nText,
}

#[derive(Deserialize)]
struct DemoEvent {
    id: String,
    series: Option<String>,
    part: Option<i32>,
    format: String,
    date: String,
    time_zone: String,
    audience: String,
    audience_value: Option<String>,
    languages: String,
    /// null when the sources do not say.
    attendance_mode: Option<String>,
    titles: I18nText,
    description: I18nText,
    organizations: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct Demo {
    organizations: Vec<OrganizationInput>,
    networks: Vec<DemoNetwork>,
    memberships: Vec<DemoMembership>,
    people: Vec<DemoPerson>,
}

#[derive(Deserialize)]
struct DemoNetwork {
    id: String,
    names: I18nText,
    parent: Option<String>,
    relation: Option<String>,
    scope: String,
    status: String,
    secretariat: Option<String>,
    founded: Option<String>,
    description: Option<I18nText>,
}

#[derive(Deserialize)]
struct DemoMembership {
    org: String,
    network: String,
    role: String,
    since: Option<String>,
    until: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct DemoPerson {
    id: String,
    org: String,
    name: String,
    position: I18nText,
    as_of: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoCounts {
    pub organizations: usize,
    pub networks: usize,
    pub memberships: usize,
    pub people: usize,
}

fn bad(what: &str, e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(format!("demo data: {what}: {e}"))
}

impl Services {
    /// Loads the demo network when the directory is empty; does nothing otherwise.
    pub async fn load_demo_if_empty(&self) -> ServiceResult<Option<DemoCounts>> {
        if dir::count_orgs(&self.store.db).await? > 0
            || !dir::list_networks(&self.store.db).await?.is_empty()
        {
            return Ok(None);
        }
        let demo: Demo = serde_json::from_str(DEMO_JSON).map_err(|e| bad("parse", e))?;
        let o = op("demo.load", "directory", "demo");
        self.write(&domain::auth::Actor::Anonymous, o, Ok(()), async |w| {
        let (tx, now) = (&w.tx, w.now);
        for o in &demo.organizations {
            let org = o
                .clone()
                .validate(None)
                .map_err(|e| bad(o.id.as_deref().unwrap_or("?"), format!("{e:?}")))?;
            dir::insert_org(tx, &org, now).await?;
            outbox::push(
                tx,
                now,
                Topic::OrganizationChanged,
                org.id.as_str(),
                &serde_json::json!({"id": org.id}),
            )
            .await?;
        }
        // Parents first.
        let mut pending: Vec<&DemoNetwork> = demo.networks.iter().collect();
        let mut placed: Vec<String> = Vec::new();
        while !pending.is_empty() {
            let before = pending.len();
            let (ready, wait): (Vec<_>, Vec<_>) = pending
                .into_iter()
                .partition(|n| n.parent.as_ref().is_none_or(|p| placed.contains(p)));
            for n in ready {
                let valid = NetworkInput {
                    id: Some(n.id.clone()),
                    names: n.names.clone(),
                    parent: n.parent.clone(),
                    relation: n.relation.clone(),
                    scope: Some(n.scope.clone()),
                    status: Some(n.status.clone()),
                    secretariat: n.secretariat.clone(),
                    founded: n.founded.clone(),
                    description: n.description.clone().unwrap_or_default(),
                }
                .validate()
                .map_err(|e| bad(&n.id, format!("{e:?}")))?;
                dir::insert_network(tx, &valid, now).await?;
                placed.push(n.id.clone());
            }
            pending = wait;
            if pending.len() == before {
                return Err(bad("networks", "a parent that does not exist"));
            }
        }
        for m in &demo.memberships {
            let input = MembershipInput {
                org: Some(m.org.clone()),
                network: Some(m.network.clone()),
                role: Some(m.role.clone()),
                since: m.since.clone(),
                until: m.until.clone(),
            };
            let valid = input
                .validate()
                .map_err(|e| bad(&m.org, format!("{e:?}")))?;
            dir::insert_membership(tx, &valid, m.note.clone(), now).await?;
        }
        for p in &demo.people {
            PersonId::parse(&p.id).map_err(|e| bad(&p.id, e))?;
            let valid = PersonInput {
                name: Some(p.name.clone()),
                position: p.position.clone(),
                as_of: p.as_of.clone(),
                email: None,
            }
            .validate()
            .map_err(|e| bad(&p.id, format!("{e:?}")))?;
            dir::insert_person(tx, &p.id, &p.org, &valid, now).await?;
        }
        let events: DemoEvents =
            serde_json::from_str(DEMO_EVENTS_JSON).map_err(|e| bad("events", e))?;
        for se in &events.series {
            ev::insert_series(tx, &se.id, &se.names, &se.description, &se.organizer, now).await?;
        }
        for e in &events.events {
            // The same validation as any organizer's event: the hours are unknown, so only the date is given.
            let valid = EventInput {
                id: Some(e.id.clone()),
                titles: e.titles.clone(),
                description: e.description.clone(),
                format: Some(e.format.clone()),
                date: Some(e.date.clone()),
                time_zone: Some(e.time_zone.clone()),
                audience: Some(e.audience.clone()),
                audience_value: e.audience_value.clone(),
                languages: Some(e.languages.clone()),
                attendance_mode: e.attendance_mode.clone(),
                ..Default::default()
            }
            .validate()
            .map_err(|err| bad(&e.id, format!("{err:?}")))?;
            let series = e.series.as_deref().zip(e.part);
            ev::insert_event(tx, &valid, series, now).await?;
            for (org, role) in &e.organizations {
                let role = OrganizerRole::parse(role).map_err(|err| bad(&e.id, err))?;
                ev::add_organizer(tx, &e.id, org, role).await?;
            }
        }
        // The first webinar: the Secretary General's pre-recorded message (a fact), and the
        // sample recording and transcripts (marked as samples everywhere they show).
        let speaker = SpeakerView {
            position: 1,
            name: "Kyong-yul Lee".into(),
            person_id: Some("kyong-yul-lee".into()),
            org_id: Some("wego-secretariat".into()),
            mode: SpeakerMode::Prerecorded,
            topic: None,
        };
        ev::insert_speaker(tx, SAMPLE_EVENT, &speaker).await?;
        let rec = RecordingView {
            id: "v-demo-sample".into(),
            url: SAMPLE_RECORDING_URL.into(),
            lang: None,
            title: Some(
                "Sample recording made for the demo (a tone marks each line of the sample transcript)"
                    .into(),
            ),
        };
        let rec = ev::insert_recording(tx, &rec, SAMPLE_EVENT, now).await?;
        for (lang, text) in SAMPLE_TRANSCRIPTS {
            let (_, cues) = domain::events::transcript::parse(text.as_bytes())
                .map_err(|e| bad("sample transcript", e))?;
            let id = format!("t-demo-sample-{lang}");
            let t = NewTranscript {
                id: &id,
                event_id: SAMPLE_EVENT,
                lang,
                recording_id: Some(&rec.id),
                source: domain::events::transcript::Format::WebVtt,
                sample: true,
            };
            ev::replace_transcript(tx, t, &cues, now).await?;
        }
        for (from, to, kind) in &events.links {
            let kind = LinkKind::parse(kind).map_err(|err| bad(from, err))?;
            ev::add_link(tx, from, to, kind).await?;
        }
        // The knowledge base: the Smart Health Responder and Seoul's measures of 2020, published.
        let kb: DemoPractices =
            serde_json::from_str(DEMO_PRACTICES_JSON).map_err(|e| bad("practices", e))?;
        for c in &kb.collections {
            store::knowledge::insert_collection(
                tx,
                &c.id,
                &c.names,
                &c.description,
                Some(&c.curator),
                now,
            )
            .await?;
        }
        for mut p in kb.practices {
            let item: Option<(String, String, String)> =
                serde_json::from_value(p["collection"].take()).map_err(|e| bad("practice", e))?;
            if let Some(o) = p.as_object_mut() {
                o.remove("collection");
            }
            let input: domain::knowledge::PracticeInput =
                serde_json::from_value(p).map_err(|e| bad("practice", e))?;
            let v = input
                .validate()
                .map_err(|e| bad("practice", format!("{e:?}")))?;
            store::knowledge::insert(tx, &v, Some(now), now).await?;
            if let Some((coll, measure, dated)) = item {
                let measure =
                    domain::knowledge::MeasureType::parse(&measure).map_err(|e| bad(&v.id, e))?;
                let dated =
                    domain::directory::PartialDate::parse(&dated).map_err(|e| bad(&v.id, e))?;
                store::knowledge::insert_item(
                    tx,
                    &coll,
                    &v.id,
                    measure,
                    &dated,
                    &I18nText::new(),
                    now,
                )
                .await?;
            }
        }
        // The Driver: one project in each stage.
        crate::driver::demo::load(tx, now).await?;
        // Matchmaking: a sample catalogue and the projects' needs.
        crate::matching::demo::load(tx, now).await?;
        let counts = DemoCounts {
            organizations: demo.organizations.len(),
            networks: demo.networks.len(),
            memberships: demo.memberships.len(),
            people: demo.people.len(),
        };
        w.audit_as("system", o, None, Some(format!("{counts:?}"))).await?;
        Ok(Some(counts))
        })
        .await
    }
}
