//! Whole-database export and import as JSON lines, and consistent backups.
//!
//! The export is deterministic: tables in a fixed order, rows by primary key, fields in schema
//! order, JSON text stored as text. Exporting from SQLite, importing into PostgreSQL and
//! exporting again gives the same bytes. Sessions are not exported: they are short-lived
//! logins, and a backup should not carry them.

use crate::entities::*;
use crate::{Result, Store, StoreError};
use sea_orm::{
    AccessMode, ActiveModelTrait, ConnectionTrait, DbBackend, EntityTrait, IntoActiveModel,
    IsolationLevel, Iterable, PaginatorTrait, PrimaryKeyToColumn, QueryOrder, TransactionTrait,
};
use std::io::{BufRead, Write};

pub const FORMAT: &str = "citydriver-export";
pub const VERSION: u32 = 1;

/// Table names in the order they are exported and imported (referenced before referencing).
pub const TABLES: [&str; 37] = [
    "organizations",
    "networks",
    "memberships",
    "people",
    "series",
    "events",
    "event_organizers",
    "event_links",
    "registrations",
    "event_speakers",
    "event_invitations",
    "recordings",
    "transcripts",
    "transcript_cues",
    "practices",
    "practice_partners",
    "practice_contacts",
    "practice_events",
    "collections",
    "collection_items",
    "users",
    "editor_grants",
    "projects",
    "project_members",
    "project_partners",
    "project_parts",
    "project_gates",
    "readiness_assessments",
    "solutions",
    "offers",
    "needs",
    "interests",
    "invitations",
    "api_tokens",
    "audit_log",
    "outbox",
    "meta",
];

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts(pub Vec<(String, u64)>);

async fn export_table<E, C>(db: &C, name: &str, out: &mut dyn Write) -> Result<u64>
where
    E: EntityTrait,
    E::Model: serde::Serialize + Sync,
    C: ConnectionTrait,
{
    let mut q = E::find();
    for k in E::PrimaryKey::iter() {
        q = q.order_by_asc(k.into_column());
    }
    let rows = q.all(db).await?;
    for r in &rows {
        let line = serde_json::json!({ "table": name, "row": r });
        writeln!(out, "{line}").map_err(|e| StoreError::Other(format!("writing export: {e}")))?;
    }
    Ok(rows.len() as u64)
}

impl Store {
    /// Writes the whole database as JSON lines, from one consistent snapshot.
    pub async fn export(&self, out: &mut dyn Write) -> Result<Counts> {
        let tx = match self.backend() {
            DbBackend::Postgres => {
                self.db
                    .begin_with_config(
                        Some(IsolationLevel::RepeatableRead),
                        Some(AccessMode::ReadOnly),
                    )
                    .await?
            }
            _ => self.db.begin().await?,
        };
        writeln!(
            out,
            "{}",
            serde_json::json!({ "format": FORMAT, "version": VERSION })
        )
        .map_err(|e| StoreError::Other(e.to_string()))?;
        let mut counts = Counts::default();
        macro_rules! ex {
            ($($m:ident => $t:literal),+) => {$(
                let n = export_table::<$m::Entity, _>(&tx, $t, out).await?;
                counts.0.push(($t.to_string(), n));
            )+};
        }
        ex!(organization => "organizations", network => "networks", membership => "memberships",
            person => "people", series => "series", event => "events",
            event_organizer => "event_organizers", event_link => "event_links",
            registration => "registrations", event_speaker => "event_speakers",
            event_invitation => "event_invitations", recording => "recordings",
            transcript => "transcripts", transcript_cue => "transcript_cues",
            practice => "practices", practice_partner => "practice_partners",
            practice_contact => "practice_contacts", practice_event => "practice_events",
            collection => "collections", collection_item => "collection_items", user => "users", editor_grant => "editor_grants",
            project => "projects", project_member => "project_members",
            project_partner => "project_partners", project_part => "project_parts",
            project_gate => "project_gates", readiness_assessment => "readiness_assessments",
            solution => "solutions", offer => "offers", need => "needs", interest => "interests",
            invitation => "invitations", api_token => "api_tokens", audit => "audit_log",
            outbox => "outbox", meta => "meta");
        tx.commit().await?;
        Ok(counts)
    }

    /// True when no table holds a row (a fresh, migrated database).
    pub async fn is_empty(&self) -> Result<bool> {
        Ok(organization::Entity::find().count(&self.db).await? == 0
            && network::Entity::find().count(&self.db).await? == 0
            && event::Entity::find().count(&self.db).await? == 0
            && user::Entity::find().count(&self.db).await? == 0
            && audit::Entity::find().count(&self.db).await? == 0
            && meta::Entity::find().count(&self.db).await? == 0)
    }

    /// Reads an export into this database, which must be empty. All or nothing: one transaction.
    /// Errors name the line that was wrong.
    pub async fn import(&self, input: &mut dyn BufRead) -> Result<Counts> {
        if !self.is_empty().await? {
            return Err(StoreError::Other("import needs an empty database".into()));
        }
        let mut lines = Vec::new();
        for (i, line) in input.lines().enumerate() {
            let line = line.map_err(|e| StoreError::Other(format!("line {}: {e}", i + 1)))?;
            if !line.trim().is_empty() {
                lines.push((i + 1, line));
            }
        }
        let Some((_, header)) = lines.first() else {
            return Err(StoreError::Other("line 1: empty file".into()));
        };
        let h: serde_json::Value =
            serde_json::from_str(header).map_err(|e| StoreError::Other(format!("line 1: {e}")))?;
        if h["format"] != FORMAT || h["version"] != VERSION {
            return Err(StoreError::Other(format!(
                "line 1: not a {FORMAT} version {VERSION} file"
            )));
        }
        let mut by_table: std::collections::BTreeMap<String, Vec<(usize, serde_json::Value)>> =
            Default::default();
        for (n, line) in &lines[1..] {
            let mut v: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| StoreError::Other(format!("line {n}: {e}")))?;
            let table = v["table"].as_str().unwrap_or("").to_string();
            if !TABLES.contains(&table.as_str()) {
                return Err(StoreError::Other(format!(
                    "line {n}: unknown table '{table}'"
                )));
            }
            by_table
                .entry(table)
                .or_default()
                .push((*n, v["row"].take()));
        }
        // Parents before children, whatever order the ids sort in.
        if let Some(nets) = by_table.get_mut("networks") {
            let mut placed: Vec<(usize, serde_json::Value)> = Vec::new();
            let mut rest = std::mem::take(nets);
            while !rest.is_empty() {
                let before = rest.len();
                let (ready, wait): (Vec<_>, Vec<_>) = rest.into_iter().partition(|(_, r)| {
                    r["parent_id"]
                        .as_str()
                        .is_none_or(|p| placed.iter().any(|(_, x)| x["id"] == p))
                });
                placed.extend(ready);
                rest = wait;
                if rest.len() == before {
                    placed.append(&mut rest); // a cycle or a dangling parent: let the database refuse it
                }
            }
            *nets = placed;
        }

        let tx = self.db.begin().await?;
        let mut counts = Counts::default();
        macro_rules! im {
            ($($m:ident => $t:literal),+) => {$(
                let rows = by_table.remove($t).unwrap_or_default();
                let n = rows.len() as u64;
                for (line, row) in rows {
                    let model: $m::Model = serde_json::from_value(row)
                        .map_err(|e| StoreError::Other(format!("line {line}: {e}")))?;
                    model.into_active_model().reset_all().insert(&tx).await
                        .map_err(|e| StoreError::Other(format!("line {line}: {e}")))?;
                }
                counts.0.push(($t.to_string(), n));
            )+};
        }
        im!(organization => "organizations", network => "networks", membership => "memberships",
            person => "people", series => "series", event => "events",
            event_organizer => "event_organizers", event_link => "event_links",
            registration => "registrations", event_speaker => "event_speakers",
            event_invitation => "event_invitations", recording => "recordings",
            transcript => "transcripts", transcript_cue => "transcript_cues",
            practice => "practices", practice_partner => "practice_partners",
            practice_contact => "practice_contacts", practice_event => "practice_events",
            collection => "collections", collection_item => "collection_items", user => "users", editor_grant => "editor_grants",
            project => "projects", project_member => "project_members",
            project_partner => "project_partners", project_part => "project_parts",
            project_gate => "project_gates", readiness_assessment => "readiness_assessments",
            solution => "solutions", offer => "offers", need => "needs", interest => "interests",
            invitation => "invitations", api_token => "api_tokens", audit => "audit_log",
            outbox => "outbox", meta => "meta");
        if self.backend() == DbBackend::Postgres {
            for t in ["audit_log", "outbox"] {
                tx.execute_unprepared(&format!(
                    "SELECT setval(pg_get_serial_sequence('{t}', 'id'), COALESCE((SELECT MAX(id) FROM {t}), 0) + 1, false)"
                ))
                .await?;
            }
        }
        tx.commit().await?;
        Ok(counts)
    }

    /// A consistent copy while the server runs: SQLite's `VACUUM INTO` for SQLite, a snapshot
    /// export for PostgreSQL (restore with `citydriver import`).
    pub async fn backup(&self, path: &std::path::Path) -> Result<()> {
        if path.exists() {
            return Err(StoreError::Other(format!(
                "{} exists already",
                path.display()
            )));
        }
        match self.backend() {
            DbBackend::Sqlite => {
                let p = path.to_string_lossy().replace('\'', "''");
                self.db
                    .execute_unprepared(&format!("VACUUM INTO '{p}'"))
                    .await?;
                Ok(())
            }
            _ => {
                let f =
                    std::fs::File::create(path).map_err(|e| StoreError::Other(e.to_string()))?;
                let mut w = std::io::BufWriter::new(f);
                self.export(&mut w).await?;
                w.flush().map_err(|e| StoreError::Other(e.to_string()))?;
                Ok(())
            }
        }
    }
}
