//! A project's needs: what it seeks — a solution, a peer city to learn from, funding of an
//! amount. Its team writes them (editors and owners); whoever sees the project sees them, and
//! nobody else: a need is found through its project, never around it.

use crate::error::field;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services, random_hex};
use domain::auth::Actor;
use domain::driver::TeamRole;
use domain::driver::parts::Parts;
use domain::matching::{NeedInput, NeedKind};
use domain::{I18nText, Lang};
use finance::model::LineKind;
use serde::Serialize;
use store::driver::{self as pj, ProjectView};
use store::matching::{self as mt, InterestView, NeedView};
use store::outbox::Topic;

/// A project holds at most this many needs.
pub const MAX_NEEDS: usize = 50;

/// A project's needs as its page shows them.
#[derive(Debug, Clone, Serialize)]
pub struct NeedsPage {
    pub project: ProjectView,
    pub needs: Vec<NeedView>,
    /// The interests, invitations and introductions of these needs, newest first.
    pub interests: Vec<InterestView>,
    /// Whether the reader may write needs (the project's editors and owners).
    pub editable: bool,
    /// Whether the reader answers interests and invites (the project's owners).
    pub owner: bool,
}

impl Services {
    pub async fn needs_page(&self, actor: &Actor, project: &str) -> ServiceResult<NeedsPage> {
        let db = &self.store.db;
        let (p, s) = self.seen_project(db, actor, project).await?;
        let needs = mt::needs_of(db, project).await?;
        let ids: Vec<String> = needs.iter().map(|n| n.need.id.clone()).collect();
        // What is between the team and candidates stays with the team.
        let interests = if s.may(TeamRole::Viewer) {
            mt::interests_of_needs(db, &ids).await?
        } else {
            vec![]
        };
        Ok(NeedsPage {
            editable: s.may(TeamRole::Editor),
            owner: s.may(TeamRole::Owner),
            project: p,
            needs,
            interests,
        })
    }

    /// Adds a need (`need_id` None) or replaces one of the project's.
    pub async fn save_need(
        &self,
        actor: &Actor,
        project: &str,
        need_id: Option<&str>,
        input: NeedInput,
    ) -> ServiceResult<NeedView> {
        let action = if need_id.is_some() {
            "need.update"
        } else {
            "need.create"
        };
        let o = op(action, "project", project);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            self.project_for(&w.tx, actor, project, TeamRole::Editor)
                .await?;
            let mut input = input;
            let before = match need_id {
                Some(id) => {
                    let n = mt::get_need(&w.tx, id)
                        .await?
                        .filter(|n| n.project == project)
                        .ok_or(ServiceError::NotFound("need"))?;
                    input.id = Some(id.to_string());
                    Some(n)
                }
                None => {
                    if mt::needs_of(&w.tx, project).await?.len() >= MAX_NEEDS {
                        return Err(ServiceError::Conflict(field(
                            "kind",
                            &format!("a project holds at most {MAX_NEEDS} needs"),
                        )));
                    }
                    input.id = input.id.or_else(|| Some(format!("need-{}", random_hex(4))));
                    None
                }
            };
            let need = input.validate(project).map_err(ServiceError::Invalid)?;
            let stored = match &before {
                Some(b) => {
                    if b.need.kind != need.kind {
                        return Err(ServiceError::Invalid(field(
                            "kind",
                            "cannot change: add a need of the other kind",
                        )));
                    }
                    mt::update_need(&w.tx, project, &need, w.now).await?
                }
                None => {
                    let by = actor.id_for_log();
                    mt::insert_need(&w.tx, project, &need, &by, w.now).await?
                }
            };
            w.audit(
                op(action, "need", &need.id),
                before.as_ref().map(|b| &b.need),
                Some(&need),
            )
            .await?;
            pj::touch(&w.tx, project, w.now).await?;
            w.changed(Topic::NeedChanged, &need.id).await?;
            Ok(stored)
        })
        .await
    }

    pub async fn delete_need(&self, actor: &Actor, project: &str, id: &str) -> ServiceResult<()> {
        let o = op("need.delete", "need", id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            self.project_for(&w.tx, actor, project, TeamRole::Editor)
                .await?;
            let before = mt::get_need(&w.tx, id)
                .await?
                .filter(|n| n.project == project)
                .ok_or(ServiceError::NotFound("need"))?;
            mt::delete_need(&w.tx, id).await?;
            w.audit(o, Some(&before.need), None::<&()>).await?;
            w.changed(Topic::NeedChanged, id).await?;
            Ok(())
        })
        .await
    }

    /// The needs the project's plan and business case suggest, in the team's first language:
    /// a solution for each use case, a peer city of its domain, and the capital cost of its
    /// business case as funding. Those the project already has (by title) are left out.
    pub async fn suggested_needs(
        &self,
        actor: &Actor,
        project: &str,
    ) -> ServiceResult<Vec<NeedInput>> {
        let db = &self.store.db;
        let (p, _) = self.seen_project(db, actor, project).await?;
        let lang = p.languages.first().copied().unwrap_or(Lang::En);
        let (parts, _) = Parts::of(pj::parts(db, project).await?);
        let have: Vec<(String, String)> = mt::needs_of(db, project)
            .await?
            .iter()
            .flat_map(|n| {
                let kind = n.need.kind.as_str().to_string();
                n.need
                    .titles
                    .0
                    .values()
                    .map(move |t| (kind.clone(), t.clone()))
            })
            .collect();
        let text = |t: &I18nText| t.best(lang).to_string();
        let one = |s: String| I18nText::new().with(lang, s);
        let mut out = Vec::new();
        for (_, u) in &parts.use_cases {
            out.push(NeedInput {
                kind: Some(NeedKind::Solution.as_str().into()),
                titles: one(text(&u.title)),
                description: one(text(&u.description)),
                ..Default::default()
            });
        }
        out.push(NeedInput {
            kind: Some(NeedKind::Peer.as_str().into()),
            titles: one(text(&p.titles)),
            description: one(text(&parts.plan.problem)),
            ..Default::default()
        });
        if let Some(case) = self.stored_case(db, project).await? {
            let m = &case.model;
            let capital: i64 = m
                .lines
                .iter()
                .filter(|l| l.kind == LineKind::Capital)
                .flat_map(|l| l.amounts.iter())
                .sum::<i64>()
                / m.currency.minor_per_major().max(1);
            if capital > 0 && domain::matching::money::currency(m.currency.code()).is_ok() {
                out.push(NeedInput {
                    kind: Some(NeedKind::Funding.as_str().into()),
                    titles: one(text(&p.titles)),
                    description: one(text(&p.summary)),
                    amount: Some(capital),
                    currency: Some(m.currency.code().to_string()),
                    ..Default::default()
                });
            }
        }
        out.retain(|n| {
            let kind = n.kind.clone().unwrap_or_default();
            !n.titles.is_empty()
                && !n
                    .titles
                    .0
                    .values()
                    .any(|t| have.contains(&(kind.clone(), t.clone())))
        });
        Ok(out)
    }

    /// Adds the suggested needs, in one transaction each (a bad one names its field).
    pub async fn add_suggested_needs(
        &self,
        actor: &Actor,
        project: &str,
    ) -> ServiceResult<Vec<NeedView>> {
        let mut out = Vec::new();
        for n in self.suggested_needs(actor, project).await? {
            out.push(self.save_need(actor, project, None, n).await?);
        }
        Ok(out)
    }
}
