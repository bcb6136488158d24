//! Writing a project's parts: one use case for every kind (the body is checked by the domain),
//! with the few rules that need the database — a stakeholder's organization exists, a
//! relationship joins two stakeholders of the project, a comment is addressed to members of
//! the team, a status report freezes the figures of its day.

use super::import;
use super::team::notify;
use crate::csv;
use crate::error::field;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services, random_hex};
use domain::auth::Actor;
use domain::driver::TeamRole;
use domain::driver::parts::{
    self, Comment, Kpi, PartKind, Parts, Relationship, Stakeholder, StoredPart,
};
use serde_json::{Value, json};
use store::directory as dir;
use store::driver as pj;
use store::outbox::Topic;

/// The figures a status report keeps from its day: stage, progress, milestones, KPIs, risks.
pub fn figures(stage: domain::driver::Stage, p: &Parts) -> Value {
    let late = p
        .milestones
        .iter()
        .filter(|(_, m)| m.slippage_days() > 0)
        .count();
    json!({
        "stage": stage,
        "progress": p.progress(),
        "milestones": {
            "total": p.milestones.len(),
            "done": p.milestones.iter().filter(|(_, m)| m.done.is_some()).count(),
            "late": late,
        },
        "tasks": {
            "total": p.tasks.len(),
            "done": p.tasks.iter().filter(|(_, t)| t.status == parts::TaskStatus::Done).count(),
        },
        "kpis": p.kpis.iter().map(|(id, k)| json!({
            "id": id, "name": k.name, "unit": k.unit, "baseline": k.baseline,
            "target": k.target, "latest": k.latest(),
        })).collect::<Vec<_>>(),
        "open_risks": p.risks.iter().filter(|(_, r)| r.status != parts::RiskStatus::Closed).count(),
    })
}

/// Writes parts already checked, in their order a second apart, ending at `now`.
pub(crate) async fn put_parts(
    tx: &store::Tx,
    project: &str,
    checked: Vec<(PartKind, String, Value)>,
    by: &str,
    now: i64,
) -> ServiceResult<Vec<StoredPart>> {
    let n = checked.len() as i64;
    let mut stored = Vec::new();
    for (i, (kind, id, body)) in checked.into_iter().enumerate() {
        let at = now - (n - i as i64) * 1_000_000;
        pj::put_part(tx, project, kind, &id, &body, by, at).await?;
        stored.push(StoredPart {
            kind,
            id,
            body,
            created_at: at,
            updated_at: at,
        });
    }
    Ok(stored)
}

impl Services {
    /// Creates a part (`part_id` None) or replaces one. Editors of the project; comments by
    /// anyone in its team.
    pub async fn save_part(
        &self,
        actor: &Actor,
        project_id: &str,
        kind: PartKind,
        part_id: Option<&str>,
        body: Value,
    ) -> ServiceResult<(String, Value)> {
        let action = format!("project.{kind}.save");
        let o = op(&action, "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let needed = if kind == PartKind::Comment {
                TeamRole::Viewer
            } else {
                TeamRole::Editor
            };
            let (p, _) = self.project_for(&w.tx, actor, project_id, needed).await?;
            let me = actor.user().map(|u| u.user_id.clone()).unwrap_or_default();
            let id = match (kind.is_single(), part_id) {
                (true, _) => kind.as_str().to_string(),
                (false, Some(id)) => id.to_string(),
                (false, None) => random_hex(5),
            };
            let before = pj::part(&w.tx, project_id, kind, &id).await?;
            if part_id.is_some() && before.is_none() && !kind.is_single() {
                return Err(ServiceError::NotFound("part"));
            }
            if before.is_none()
                && pj::count_parts(&w.tx, project_id, kind).await? >= kind.limit() as u64
            {
                return Err(ServiceError::Conflict(field(
                    "kind",
                    &format!("a project holds at most {} of these", kind.limit()),
                )));
            }
            let mut body = parts::check(kind, body).map_err(ServiceError::Invalid)?;
            match kind {
                PartKind::Stakeholder => {
                    let s: Stakeholder = serde_json::from_value(body.clone())
                        .map_err(|e| ServiceError::Internal(e.to_string()))?;
                    if let Some(o) = &s.org
                        && dir::get_org(&w.tx, o.as_str()).await?.is_none()
                    {
                        return Err(ServiceError::Invalid(field("org", "no such organization")));
                    }
                }
                PartKind::Relationship => {
                    let r: Relationship = serde_json::from_value(body.clone())
                        .map_err(|e| ServiceError::Internal(e.to_string()))?;
                    for (f, end) in [("from", &r.from), ("to", &r.to)] {
                        if pj::part(&w.tx, project_id, PartKind::Stakeholder, end)
                            .await?
                            .is_none()
                        {
                            return Err(ServiceError::Invalid(field(
                                f,
                                "is not a stakeholder of this project",
                            )));
                        }
                    }
                }
                PartKind::Comment => {
                    let mut c: Comment = serde_json::from_value(body.clone())
                        .map_err(|e| ServiceError::Internal(e.to_string()))?;
                    if let Some(b) = &before {
                        let author = b.body["author"].as_str().unwrap_or("");
                        if author != me {
                            return Err(ServiceError::Denied(domain::auth::Denied::Forbidden));
                        }
                    }
                    let team: Vec<String> = pj::members(&w.tx, project_id)
                        .await?
                        .into_iter()
                        .map(|m| m.user_id)
                        .collect();
                    if let Some(x) = c.to.iter().find(|t| !team.contains(t)) {
                        return Err(ServiceError::Invalid(field(
                            "to",
                            &format!("'{x}' is not in the team"),
                        )));
                    }
                    c.author = me.clone();
                    if before.is_none() {
                        for to in c.to.iter().filter(|t| **t != me) {
                            notify(
                                w,
                                "project_comment",
                                project_id,
                                to,
                                json!({ "comment": id }),
                            )
                            .await?;
                        }
                    }
                    body = serde_json::to_value(&c)
                        .map_err(|e| ServiceError::Internal(e.to_string()))?;
                }
                PartKind::Report => {
                    // The figures of the report's day, as the project holds them now.
                    let (now_parts, _) = Parts::of(pj::parts(&w.tx, project_id).await?);
                    body["figures"] = match &before {
                        Some(b) => b.body["figures"].clone(),
                        None => figures(p.stage, &now_parts),
                    };
                }
                _ => {}
            }
            pj::put_part(&w.tx, project_id, kind, &id, &body, &me, w.now).await?;
            pj::touch(&w.tx, project_id, w.now).await?;
            w.audit(o, before.as_ref().map(|b| &b.body), Some(&body))
                .await?;
            w.changed(Topic::ProjectChanged, project_id).await?;
            Ok((id, body))
        })
        .await
    }

    /// Deletes a part (a stakeholder takes its relationships with it). Editors; a comment by
    /// its author or an owner.
    pub async fn delete_part(
        &self,
        actor: &Actor,
        project_id: &str,
        kind: PartKind,
        part_id: &str,
    ) -> ServiceResult<()> {
        let action = format!("project.{kind}.delete");
        let o = op(&action, "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let (_, standing) = self
                .project_for(&w.tx, actor, project_id, TeamRole::Viewer)
                .await?;
            let Some(before) = pj::part(&w.tx, project_id, kind, part_id).await? else {
                return Err(ServiceError::NotFound("part"));
            };
            let me = actor.user().map(|u| u.user_id.as_str()).unwrap_or("");
            let allowed = if kind == PartKind::Comment {
                before.body["author"].as_str() == Some(me) || standing.may(TeamRole::Owner)
            } else {
                standing.may(TeamRole::Editor)
            };
            if !allowed {
                return Err(ServiceError::Denied(domain::auth::Denied::Forbidden));
            }
            pj::delete_part(&w.tx, project_id, kind.as_str(), part_id).await?;
            if kind == PartKind::Stakeholder {
                let (all, _) = Parts::of(pj::parts(&w.tx, project_id).await?);
                for (rid, r) in all.relationships {
                    if r.from == part_id || r.to == part_id {
                        pj::delete_part(&w.tx, project_id, "relationship", &rid).await?;
                    }
                }
            }
            pj::touch(&w.tx, project_id, w.now).await?;
            w.audit(o, Some(&before.body), None::<&()>).await?;
            w.changed(Topic::ProjectChanged, project_id).await?;
            Ok(())
        })
        .await
    }

    /// The parts of one kind the actor may see, as stored (for the API).
    pub async fn parts_of_kind(
        &self,
        actor: &Actor,
        project_id: &str,
        kind: PartKind,
    ) -> ServiceResult<Vec<domain::driver::parts::StoredPart>> {
        let db = &self.store.db;
        let (_, standing) = self.seen_project(db, actor, project_id).await?;
        if kind == PartKind::Comment && standing.role().is_none() {
            return Ok(Vec::new());
        }
        Ok(pj::parts(db, project_id)
            .await?
            .into_iter()
            .filter(|p| p.kind == kind)
            .collect())
    }

    /// Adds dated values to the project's KPIs from an uploaded CSV file or workbook
    /// (`import::kpi_values`): all or nothing, each problem named by its line. A value of a
    /// day the KPI already has replaces it. Editors of the project.
    pub async fn import_kpi_values(
        &self,
        actor: &Actor,
        project_id: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> ServiceResult<KpiImport> {
        let o = op("project.kpi.import", "project", project_id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            self.project_for(&w.tx, actor, project_id, TeamRole::Editor)
                .await?;
            let me = actor.user().map(|u| u.user_id.clone()).unwrap_or_default();
            let mut kpis = Vec::new();
            for p in pj::parts(&w.tx, project_id).await? {
                if p.kind == PartKind::Kpi {
                    let k: Kpi = serde_json::from_value(p.body)
                        .map_err(|e| ServiceError::Internal(e.to_string()))?;
                    kpis.push((p.id, k));
                }
            }
            let invalid = |p: Vec<csv::Problem>| ServiceError::Invalid(csv::fields(&p));
            let sheet = import::read_table(file_name, bytes).map_err(invalid)?;
            let found = import::kpi_values(&sheet, &kpis).map_err(invalid)?;
            let mut report = KpiImport::default();
            for (id, new) in found {
                let Some((_, old)) = kpis.iter().find(|(k, _)| *k == id) else {
                    continue;
                };
                let before =
                    serde_json::to_value(old).map_err(|e| ServiceError::Internal(e.to_string()))?;
                let mut kpi = old.clone();
                report.kpis += 1;
                report.values += new.len() as u64;
                kpi.values.extend(new);
                let body = serde_json::to_value(&kpi)
                    .map_err(|e| ServiceError::Internal(e.to_string()))?;
                let body = parts::check(PartKind::Kpi, body).map_err(ServiceError::Invalid)?;
                pj::put_part(&w.tx, project_id, PartKind::Kpi, &id, &body, &me, w.now).await?;
                let action = op("project.kpi.save", "project", project_id);
                w.audit(action, Some(&before), Some(&body)).await?;
            }
            pj::touch(&w.tx, project_id, w.now).await?;
            w.changed(Topic::ProjectChanged, project_id).await?;
            Ok(report)
        })
        .await
    }
}

/// What an import of KPI values did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct KpiImport {
    /// KPIs that received values.
    pub kpis: u64,
    /// Lines read (a day a KPI had already is replaced).
    pub values: u64,
}
