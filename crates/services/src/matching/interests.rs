//! Between a need and a candidate: a company, a financier or a peer city expresses interest in
//! a need it sees, or the project's owners invite a candidate; the other side accepts or
//! declines, and an accepted one is an introduction — both sides told by e-mail, the
//! introduction kept on the project (its needs page) and in the audit log.

use super::notify_all;
use crate::directory::edits;
use crate::error::field;
use crate::write::{op, refusal};
use crate::{ServiceError, ServiceResult, Services, random_hex};
use domain::auth::Actor;
use domain::directory::OrgKind;
use domain::driver::{TeamRole, Visibility};
use domain::matching::rank;
use domain::matching::{InterestFrom, InterestStatus, NeedKind, NeedStatus};
use serde_json::json;
use store::accounts as acc;
use store::directory as dir;
use store::driver::{self as pj, ProjectView};
use store::matching::{self as mt, CatalogueFilter, InterestView, NeedView};

const MAX_MESSAGE: usize = 2_000;

fn message(m: &str) -> ServiceResult<String> {
    let m = m.trim();
    if m.chars().count() > MAX_MESSAGE {
        return Err(ServiceError::Invalid(field(
            "message",
            &format!("is at most {MAX_MESSAGE} characters"),
        )));
    }
    Ok(m.to_string())
}

impl Services {
    /// Whether an organization (not an account) sees a project: a public one, or one of a
    /// network it is a member of.
    async fn org_sees(
        &self,
        db: &impl store::Conn,
        org: &str,
        p: &ProjectView,
    ) -> ServiceResult<bool> {
        Ok(match p.visibility {
            Visibility::Public => true,
            Visibility::Team => false,
            Visibility::Network => match &p.network {
                Some(n) => dir::org_memberships(db, org)
                    .await?
                    .iter()
                    .any(|(_, net)| &net.id == n),
                None => false,
            },
        })
    }

    /// The organization behind a candidate of `need`, if the candidate is eligible for it;
    /// the reason when it is not.
    async fn candidate_org(
        &self,
        db: &impl store::Conn,
        need: &NeedView,
        project: &ProjectView,
        candidate: &str,
    ) -> ServiceResult<Result<String, String>> {
        let city = dir::get_org(db, &project.city)
            .await?
            .ok_or(ServiceError::NotFound("need"))?;
        let facts = self.need_facts(need, project, &city).await?;
        Ok(match need.need.kind {
            NeedKind::Solution => match mt::get_solution(db, candidate).await? {
                None => Err("no such solution".into()),
                Some(s) if s.value.reach.covers(facts.country).is_none() => {
                    Err("is not offered in the project's country".into())
                }
                Some(s) => Ok(s.value.company.as_str().to_string()),
            },
            NeedKind::Funding => match mt::get_offer(db, candidate).await? {
                None => Err("no such financing offer".into()),
                Some(o) => {
                    let f = rank::OfferFacts {
                        id: o.value.id.clone(),
                        instrument: o.value.instrument,
                        reach: o.value.reach.clone(),
                        domains: o.value.domains.clone(),
                        ticket: o.value.ticket,
                    };
                    match rank::offer_eligible(&facts, &f) {
                        Some(_) => Ok(o.value.financier.as_str().to_string()),
                        None => Err("the project is not eligible for it (country, domain, ticket size or instrument)".into()),
                    }
                }
            },
            NeedKind::Peer => match dir::get_org(db, candidate).await? {
                Some(o) if o.kind == OrgKind::LocalGovernment && o.id != project.city => Ok(o.id),
                Some(_) => Err("is not another city".into()),
                None => Err("no such city".into()),
            },
        })
    }

    /// The need and its project, for someone who sees the project; not found otherwise.
    async fn seen_need(
        &self,
        db: &impl store::Conn,
        actor: &Actor,
        need: &str,
    ) -> ServiceResult<(NeedView, ProjectView, domain::driver::Standing)> {
        let n = mt::get_need(db, need)
            .await?
            .ok_or(ServiceError::NotFound("need"))?;
        let (p, s) = self
            .seen_project(db, actor, &n.project)
            .await
            .map_err(|_| ServiceError::NotFound("need"))?;
        Ok((n, p, s))
    }

    /// A need, for someone who sees its project; not found otherwise.
    pub async fn need(&self, actor: &Actor, id: &str) -> ServiceResult<NeedView> {
        Ok(self.seen_need(&self.store.db, actor, id).await?.0)
    }

    /// The reader's organizations that may express interest in a need, each with its
    /// candidates not yet proposed.
    pub(crate) async fn answerable(
        &self,
        actor: &Actor,
        need: &NeedView,
        project: &ProjectView,
    ) -> ServiceResult<Vec<(String, Vec<String>)>> {
        let db = &self.store.db;
        if need.need.status != NeedStatus::Open {
            return Ok(vec![]);
        }
        let taken: Vec<(String, String)> =
            mt::interests_of_needs(db, std::slice::from_ref(&need.need.id))
                .await?
                .into_iter()
                .map(|i| (i.org, i.candidate))
                .collect();
        let mut out = Vec::new();
        for org in self.my_orgs(actor) {
            if org == project.city || !self.org_sees(db, &org, project).await? {
                continue;
            }
            let f = CatalogueFilter {
                org: Some(org.clone()),
                ..Default::default()
            };
            let ids: Vec<String> = match need.need.kind {
                NeedKind::Solution => mt::list_solutions(
                    db,
                    &f,
                    domain::Paging {
                        page: 1,
                        per_page: 500,
                    },
                )
                .await?
                .items
                .into_iter()
                .map(|s| s.value.id)
                .collect(),
                NeedKind::Funding => mt::list_offers(
                    db,
                    &f,
                    domain::Paging {
                        page: 1,
                        per_page: 500,
                    },
                )
                .await?
                .items
                .into_iter()
                .map(|o| o.value.id)
                .collect(),
                NeedKind::Peer => vec![org.clone()],
            };
            let mut mine = Vec::new();
            for id in ids {
                if taken.contains(&(org.clone(), id.clone())) {
                    continue;
                }
                if self.candidate_org(db, need, project, &id).await?.as_deref() == Ok(&org) {
                    mine.push(id);
                }
            }
            if !mine.is_empty() {
                out.push((org, mine));
            }
        }
        Ok(out)
    }

    /// A company, financier or city, through an editor, tells a project it would meet a need.
    pub async fn express_interest(
        &self,
        actor: &Actor,
        need: &str,
        candidate: &str,
        text: &str,
    ) -> ServiceResult<InterestView> {
        let o = op("interest.create", "need", need);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let (n, p, _) = self.seen_need(&w.tx, actor, need).await?;
            if n.need.status != NeedStatus::Open {
                return Err(ServiceError::Conflict(field("need", "is closed")));
            }
            let org = match self.candidate_org(&w.tx, &n, &p, candidate).await? {
                Ok(org) => org,
                Err(why) => return Err(ServiceError::Invalid(field("candidate", &why))),
            };
            if !edits(actor, &org) {
                return Err(ServiceError::Denied(refusal(actor)));
            }
            if !self.org_sees(&w.tx, &org, &p).await? || org == p.city {
                return Err(ServiceError::Invalid(field(
                    "candidate",
                    "belongs to an organization this project is not shared with",
                )));
            }
            let i = InterestView {
                id: format!("int-{}", random_hex(6)),
                need: n.need.id.clone(),
                candidate_kind: n.need.kind.candidates(),
                candidate: candidate.to_string(),
                org: org.clone(),
                initiated_by: InterestFrom::Candidate,
                status: InterestStatus::Proposed,
                message: message(text)?,
                created_by: actor.id_for_log(),
                created_at: w.now,
                answered_by: None,
                answered_at: None,
            };
            let stored = mt::insert_interest(&w.tx, &i).await?;
            w.audit(
                op("interest.create", "interest", &i.id),
                None::<&()>,
                Some(&i),
            )
            .await?;
            let owners = self.owners_of(&w.tx, &p).await?;
            notify_all(
                w,
                "project_interest",
                &p.id,
                &owners,
                json!({ "org": org, "need": n.need.id }),
            )
            .await?;
            Ok(stored)
        })
        .await
    }

    /// The project's owners invite a candidate to a need: the candidate's organization must
    /// see the project.
    pub async fn invite_candidate(
        &self,
        actor: &Actor,
        need: &str,
        candidate: &str,
        text: &str,
    ) -> ServiceResult<InterestView> {
        let o = op("interest.invite", "need", need);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let (n, p, s) = self.seen_need(&w.tx, actor, need).await?;
            if !s.may(TeamRole::Owner) {
                return Err(ServiceError::Denied(refusal(actor)));
            }
            if n.need.status != NeedStatus::Open {
                return Err(ServiceError::Conflict(field("need", "is closed")));
            }
            let org = match self.candidate_org(&w.tx, &n, &p, candidate).await? {
                Ok(org) => org,
                Err(why) => return Err(ServiceError::Invalid(field("candidate", &why))),
            };
            if !self.org_sees(&w.tx, &org, &p).await? {
                return Err(ServiceError::Invalid(field(
                    "candidate",
                    "cannot see this project: share it with the candidate's network, or make it public, first",
                )));
            }
            let i = InterestView {
                id: format!("int-{}", random_hex(6)),
                need: n.need.id.clone(),
                candidate_kind: n.need.kind.candidates(),
                candidate: candidate.to_string(),
                org: org.clone(),
                initiated_by: InterestFrom::City,
                status: InterestStatus::Proposed,
                message: message(text)?,
                created_by: actor.id_for_log(),
                created_at: w.now,
                answered_by: None,
                answered_at: None,
            };
            let stored = mt::insert_interest(&w.tx, &i).await?;
            w.audit(op("interest.invite", "interest", &i.id), None::<&()>, Some(&i))
                .await?;
            let editors = acc::editors_of(&w.tx, &org).await?;
            notify_all(w, "project_candidate_invited", &p.id, &editors, json!({ "org": org, "need": n.need.id })).await?;
            Ok(stored)
        })
        .await
    }

    /// The side that did not begin it accepts or declines: the project's owners answer an
    /// interest, the candidate's editors an invitation. Accepted, it is an introduction.
    pub async fn answer_interest(
        &self,
        actor: &Actor,
        id: &str,
        accept: bool,
    ) -> ServiceResult<InterestView> {
        let o = op(
            if accept {
                "interest.accept"
            } else {
                "interest.decline"
            },
            "interest",
            id,
        );
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let before = mt::get_interest(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("interest"))?;
            let need = mt::get_need(&w.tx, &before.need)
                .await?
                .ok_or(ServiceError::NotFound("interest"))?;
            let p = pj::get(&w.tx, &need.project)
                .await?
                .ok_or(ServiceError::NotFound("interest"))?;
            let standing = self.standing(&w.tx, actor, &p).await?;
            let allowed = match before.initiated_by {
                InterestFrom::Candidate => standing.may(TeamRole::Owner),
                InterestFrom::City => edits(actor, &before.org),
            };
            if !allowed {
                // Those who may not see it learn nothing of it.
                let involved = standing.sees(p.visibility) || edits(actor, &before.org);
                return Err(if involved {
                    ServiceError::Denied(refusal(actor))
                } else {
                    ServiceError::NotFound("interest")
                });
            }
            let status = if accept {
                InterestStatus::Accepted
            } else {
                InterestStatus::Declined
            };
            let me = actor.id_for_log();
            if !mt::answer_interest(&w.tx, id, status, &me, w.now).await? {
                return Err(ServiceError::Conflict(field(
                    "status",
                    "was answered already",
                )));
            }
            let after = mt::get_interest(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("interest"))?;
            w.audit(o, Some(&before), Some(&after)).await?;
            let owners = self.owners_of(&w.tx, &p).await?;
            let editors = acc::editors_of(&w.tx, &before.org).await?;
            let extra = json!({ "org": before.org, "need": need.need.id });
            if accept {
                // Both sides hear of the introduction.
                let mut all = owners;
                all.extend(editors);
                all.sort();
                all.dedup();
                notify_all(w, "project_introduction", &p.id, &all, extra).await?;
            } else {
                let to = match before.initiated_by {
                    InterestFrom::Candidate => editors,
                    InterestFrom::City => owners,
                };
                notify_all(w, "project_interest_declined", &p.id, &to, extra).await?;
            }
            pj::touch(&w.tx, &p.id, w.now).await?;
            Ok(after)
        })
        .await
    }

    /// The accounts that own a project: its owners, and its city's editors.
    async fn owners_of(
        &self,
        db: &impl store::Conn,
        p: &ProjectView,
    ) -> ServiceResult<Vec<String>> {
        let mut v: Vec<String> = pj::members(db, &p.id)
            .await?
            .into_iter()
            .filter(|m| m.role == TeamRole::Owner)
            .map(|m| m.user_id)
            .collect();
        v.extend(acc::editors_of(db, &p.city).await?);
        v.sort();
        v.dedup();
        Ok(v)
    }

    /// The interests and invitations of the reader's organizations, newest first, each with
    /// its need when the reader still sees it.
    pub async fn my_interests(
        &self,
        actor: &Actor,
    ) -> ServiceResult<Vec<(InterestView, Option<NeedView>)>> {
        let db = &self.store.db;
        let mut out = Vec::new();
        for i in mt::interests_of_orgs(db, &self.my_orgs(actor)).await? {
            let n = match self.seen_need(db, actor, &i.need).await {
                Ok((n, _, _)) => Some(n),
                Err(ServiceError::NotFound(_)) => None,
                Err(e) => return Err(e),
            };
            out.push((i, n));
        }
        Ok(out)
    }
}
