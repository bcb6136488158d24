//! Queries over what surrounds an event: its speakers, the invitations to it, its recordings
//! and its transcripts with their cues.

use super::entities::{event_invitation, event_speaker, recording, transcript, transcript_cue};
use super::{InvitationView, RecordingView, SpeakerView, TranscriptInfo, source_name};
use crate::directory::all;
use crate::{Conn, Result};
use domain::Lang;
use domain::events::transcript::{Cue, Format};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
};

fn one<M, V: TryFrom<M, Error = crate::StoreError>>(m: Option<M>) -> Result<Option<V>> {
    m.map(V::try_from).transpose()
}

pub async fn speakers(db: &impl Conn, event_id: &str) -> Result<Vec<SpeakerView>> {
    all(event_speaker::Entity::find()
        .filter(event_speaker::Column::EventId.eq(event_id))
        .order_by_asc(event_speaker::Column::Position)
        .all(db)
        .await?)
}

pub async fn insert_speaker(db: &impl Conn, event_id: &str, s: &SpeakerView) -> Result<()> {
    event_speaker::Model {
        event_id: event_id.into(),
        position: s.position,
        name: s.name.clone(),
        person_id: s.person_id.clone(),
        org_id: s.org_id.clone(),
        mode: s.mode.as_str().into(),
        topic: s.topic.clone(),
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

pub async fn delete_speaker(db: &impl Conn, event_id: &str, position: i32) -> Result<bool> {
    let r = event_speaker::Entity::delete_many()
        .filter(event_speaker::Column::EventId.eq(event_id))
        .filter(event_speaker::Column::Position.eq(position))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// An invitation to write, under the hash of its link's secret.
pub struct NewInvitation<'a> {
    pub id: &'a str,
    pub event_id: &'a str,
    pub email: &'a str,
    pub name: &'a str,
    pub lang: Lang,
    pub token_hash: &'a str,
}

pub async fn insert_invitation(
    db: &impl Conn,
    i: NewInvitation<'_>,
    now: i64,
) -> Result<InvitationView> {
    event_invitation::Model {
        id: i.id.into(),
        event_id: i.event_id.into(),
        email: i.email.into(),
        name: i.name.into(),
        lang: i.lang.tag().into(),
        token_hash: i.token_hash.into(),
        registration_id: None,
        invited_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

/// Records the registration an invitation's link led to.
pub async fn link_invitation(db: &impl Conn, id: &str, registration_id: &str) -> Result<()> {
    event_invitation::Entity::update_many()
        .col_expr(
            event_invitation::Column::RegistrationId,
            Expr::value(registration_id),
        )
        .filter(event_invitation::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn invitation_by_email(
    db: &impl Conn,
    event_id: &str,
    email: &str,
) -> Result<Option<InvitationView>> {
    one(event_invitation::Entity::find()
        .filter(event_invitation::Column::EventId.eq(event_id))
        .filter(event_invitation::Column::Email.eq(email))
        .one(db)
        .await?)
}

pub async fn invitation_by_token_hash(
    db: &impl Conn,
    hash: &str,
) -> Result<Option<InvitationView>> {
    one(event_invitation::Entity::find()
        .filter(event_invitation::Column::TokenHash.eq(hash))
        .one(db)
        .await?)
}

pub async fn get_invitation(db: &impl Conn, id: &str) -> Result<Option<InvitationView>> {
    one(event_invitation::Entity::find_by_id(id.to_string())
        .one(db)
        .await?)
}

pub async fn invitations(db: &impl Conn, event_id: &str) -> Result<Vec<InvitationView>> {
    all(event_invitation::Entity::find()
        .filter(event_invitation::Column::EventId.eq(event_id))
        .order_by_asc(event_invitation::Column::InvitedAt)
        .order_by_asc(event_invitation::Column::Email)
        .all(db)
        .await?)
}

pub async fn insert_recording(
    db: &impl Conn,
    r: &RecordingView,
    event_id: &str,
    now: i64,
) -> Result<RecordingView> {
    Ok(recording::Model {
        id: r.id.clone(),
        event_id: event_id.into(),
        url: r.url.clone(),
        lang: r.lang.clone(),
        title: r.title.clone(),
        created_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .into())
}

pub async fn recordings(db: &impl Conn, event_id: &str) -> Result<Vec<RecordingView>> {
    Ok(recording::Entity::find()
        .filter(recording::Column::EventId.eq(event_id))
        .order_by_asc(recording::Column::CreatedAt)
        .order_by_asc(recording::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(RecordingView::from)
        .collect())
}

pub async fn transcripts(db: &impl Conn, event_id: &str) -> Result<Vec<TranscriptInfo>> {
    Ok(transcript::Entity::find()
        .filter(transcript::Column::EventId.eq(event_id))
        .order_by_asc(transcript::Column::Lang)
        .all(db)
        .await?
        .into_iter()
        .map(TranscriptInfo::from)
        .collect())
}

pub async fn transcript(
    db: &impl Conn,
    event_id: &str,
    lang: &str,
) -> Result<Option<TranscriptInfo>> {
    Ok(transcript::Entity::find()
        .filter(transcript::Column::EventId.eq(event_id))
        .filter(transcript::Column::Lang.eq(lang))
        .one(db)
        .await?
        .map(TranscriptInfo::from))
}

/// A transcript to store: its language, source format and recording.
pub struct NewTranscript<'a> {
    pub id: &'a str,
    pub event_id: &'a str,
    pub lang: &'a str,
    pub recording_id: Option<&'a str>,
    pub source: Format,
    pub sample: bool,
}

/// Replaces an event's transcript in one language (cues and all).
pub async fn replace_transcript(
    db: &impl Conn,
    t: NewTranscript<'_>,
    cues: &[Cue],
    now: i64,
) -> Result<TranscriptInfo> {
    if let Some(old) = transcript(db, t.event_id, t.lang).await? {
        transcript_cue::Entity::delete_many()
            .filter(transcript_cue::Column::TranscriptId.eq(&old.id))
            .exec(db)
            .await?;
        transcript::Entity::delete_by_id(old.id).exec(db).await?;
    }
    let saved = transcript::Model {
        id: t.id.into(),
        event_id: t.event_id.into(),
        recording_id: t.recording_id.map(str::to_string),
        lang: t.lang.into(),
        source: source_name(t.source).into(),
        sample: t.sample,
        cue_count: i32::try_from(cues.len()).unwrap_or(i32::MAX),
        created_at: now,
        updated_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    // Batches keep each statement under the databases' parameter limits.
    for (b, batch) in cues.chunks(500).enumerate() {
        let rows: Vec<_> = batch
            .iter()
            .enumerate()
            .map(|(i, c)| {
                transcript_cue::Model {
                    transcript_id: t.id.into(),
                    seq: i32::try_from(b * 500 + i).unwrap_or(i32::MAX),
                    start_ms: i64::try_from(c.start_ms).unwrap_or(i64::MAX),
                    end_ms: i64::try_from(c.end_ms).unwrap_or(i64::MAX),
                    voice: c.voice.clone(),
                    text: c.text.clone(),
                }
                .into_active_model()
                .reset_all()
            })
            .collect();
        transcript_cue::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(saved.into())
}

/// A transcript's cues, in order.
pub async fn cues(db: &impl Conn, transcript_id: &str) -> Result<Vec<Cue>> {
    Ok(transcript_cue::Entity::find()
        .filter(transcript_cue::Column::TranscriptId.eq(transcript_id))
        .order_by_asc(transcript_cue::Column::Seq)
        .all(db)
        .await?
        .into_iter()
        .map(|c| Cue {
            start_ms: u64::try_from(c.start_ms).unwrap_or(0),
            end_ms: u64::try_from(c.end_ms).unwrap_or(0),
            voice: c.voice,
            text: c.text,
        })
        .collect())
}
