//! Projects: who stands where with one (`standing`), the list a reader may see, a project's
//! page, and creating and changing one. A project the reader may not see does not exist for
//! them: every channel answers "not found", never "forbidden", so nothing tells it is there.

use super::business_case::{self, BusinessCase};
use super::parts::put_parts;
use crate::directory::edits;
use crate::error::field;
use crate::write::{op, refusal};
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::{Actor, Denied};
use domain::driver::gates::{self, GateItem, Outside};
use domain::driver::parts::Parts;
use domain::driver::templates;
use domain::driver::{ProjectInput, Stage, Standing, TeamRole, Visibility};
use domain::{Page, Paging};
use serde::Serialize;
use store::directory::{self as dir, NetworkView, OrgView};
use store::driver::{
    self as pj, GateView, MemberView, PartnerView, ProjectFilter, ProjectView, Scope,
};
use store::outbox::Topic;

/// Everything a project's page shows, as the reader may see it.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectPage {
    pub project: ProjectView,
    pub city: OrgView,
    pub network: Option<NetworkView>,
    /// The reader's role; None for someone outside the team.
    pub role: Option<TeamRole>,
    /// The team, for its members only.
    pub members: Vec<MemberView>,
    /// Accepted partners for everyone who sees the project; every invitation for the team.
    pub partners: Vec<(PartnerView, OrgView)>,
    pub parts: Parts,
    /// Parts stored by a newer version that this one cannot read (kind/id).
    pub unread: Vec<String>,
    pub gates: Vec<GateView>,
    /// The current stage's gate, until the project is complete.
    pub checklist: Vec<(GateItem, bool)>,
    pub progress: Option<f64>,
    pub has_business_case: bool,
    /// The names of the directory's organizations the parts name (stakeholders).
    pub org_names: std::collections::BTreeMap<String, domain::I18nText>,
    /// The title of the best-practice case it became.
    pub practice_title: Option<domain::I18nText>,
}

impl ProjectPage {
    /// A stakeholder's name in `lang`: its own, else its organization's, else the id.
    pub fn stakeholder_name(
        &self,
        s: &domain::driver::parts::Stakeholder,
        lang: domain::Lang,
    ) -> String {
        if !s.name.is_empty() {
            return s.name.best(lang).to_string();
        }
        match &s.org {
            Some(o) => self
                .org_names
                .get(o.as_str())
                .map(|n| n.best(lang).to_string())
                .unwrap_or_else(|| o.as_str().to_string()),
            None => String::new(),
        }
    }
}

impl Services {
    /// What the actor sees besides public projects.
    pub(crate) async fn project_scope(&self, actor: &Actor) -> ServiceResult<Scope> {
        let Some(u) = actor.user() else {
            return Ok(Scope::default());
        };
        let orgs: Vec<String> = u.editor_of.iter().map(|o| o.as_str().to_string()).collect();
        let mut networks = Vec::new();
        for o in &orgs {
            for (_, n) in dir::org_memberships(&self.store.db, o).await? {
                if !networks.contains(&n.id) {
                    networks.push(n.id);
                }
            }
        }
        Ok(Scope {
            admin: actor.is_admin(),
            user_id: Some(u.user_id.clone()),
            orgs,
            networks,
        })
    }

    /// Where the actor stands with a project.
    pub(crate) async fn standing(
        &self,
        db: &impl store::Conn,
        actor: &Actor,
        p: &ProjectView,
    ) -> ServiceResult<Standing> {
        let Some(u) = actor.user() else {
            return Ok(Standing::default());
        };
        let orgs: Vec<String> = u.editor_of.iter().map(|o| o.as_str().to_string()).collect();
        let mut in_network = false;
        if let Some(n) = &p.network {
            for o in &orgs {
                if dir::org_memberships(db, o)
                    .await?
                    .iter()
                    .any(|(_, net)| &net.id == n)
                {
                    in_network = true;
                    break;
                }
            }
        }
        Ok(Standing {
            admin: actor.is_admin(),
            city_editor: edits(actor, &p.city),
            member: pj::member_role(db, &p.id, &u.user_id).await?,
            partner: pj::partner_role(db, &p.id, &orgs).await?,
            in_network,
        })
    }

    /// The project if the actor sees it, with where they stand; not found otherwise.
    pub(crate) async fn seen_project(
        &self,
        db: &impl store::Conn,
        actor: &Actor,
        id: &str,
    ) -> ServiceResult<(ProjectView, Standing)> {
        let p = pj::get(db, id)
            .await?
            .ok_or(ServiceError::NotFound("project"))?;
        let s = self.standing(db, actor, &p).await?;
        if s.sees(p.visibility) {
            Ok((p, s))
        } else {
            Err(ServiceError::NotFound("project"))
        }
    }

    /// The project, for an actor whose role allows `needed`: not found when they do not see
    /// it, refused when they see it without the right. Used inside a write's transaction.
    pub(crate) async fn project_for(
        &self,
        db: &impl store::Conn,
        actor: &Actor,
        id: &str,
        needed: TeamRole,
    ) -> ServiceResult<(ProjectView, Standing)> {
        let (p, s) = self.seen_project(db, actor, id).await?;
        // A token without the write scope writes nothing, whatever the role.
        if actor
            .user()
            .is_some_and(|u| !u.scopes.contains(&domain::auth::Scope::WriteDirectory))
        {
            return Err(ServiceError::Denied(Denied::Forbidden));
        }
        if s.may(needed) {
            Ok((p, s))
        } else {
            Err(ServiceError::Denied(refusal(actor)))
        }
    }

    /// Projects the actor may see, newest change first, each with its city.
    pub async fn projects(
        &self,
        actor: &Actor,
        f: &ProjectFilter,
        paging: Paging,
    ) -> ServiceResult<Page<(ProjectView, OrgView)>> {
        let scope = self.project_scope(actor).await?;
        let db = &self.store.db;
        let p = pj::list(db, f, &scope, paging).await?;
        // Each city read once: a city's page lists only its own projects.
        let mut cities: std::collections::HashMap<String, Option<OrgView>> = Default::default();
        let mut items = Vec::new();
        for project in p.items {
            if !cities.contains_key(&project.city) {
                let org = dir::get_org(db, &project.city).await?;
                cities.insert(project.city.clone(), org);
            }
            if let Some(Some(city)) = cities.get(&project.city) {
                items.push((project, city.clone()));
            }
        }
        Ok(paging.page_of(items, p.total))
    }

    /// A city's projects the actor may see (for the city's page).
    pub async fn projects_of_city(
        &self,
        actor: &Actor,
        city: &str,
    ) -> ServiceResult<Vec<ProjectView>> {
        let scope = self.project_scope(actor).await?;
        Ok(pj::of_city(&self.store.db, city, &scope).await?)
    }

    /// The facts the gates need beyond the parts.
    pub(crate) async fn outside_facts(
        &self,
        db: &impl store::Conn,
        p: &ProjectView,
    ) -> ServiceResult<Outside> {
        Ok(self.outside_and_case(db, p).await?.0)
    }

    /// `outside_facts`, and whether a business case is stored, from one read of it.
    async fn outside_and_case(
        &self,
        db: &impl store::Conn,
        p: &ProjectView,
    ) -> ServiceResult<(Outside, bool)> {
        let readiness = pj::assessments_of(db, &p.city)
            .await?
            .iter()
            .any(|a| a.project.as_deref() == Some(p.id.as_str()));
        let case = self.stored_case(db, &p.id).await?;
        let (business_case, funding) = match &case {
            None => (false, false),
            Some(c) => {
                let problems = business_case::problems(c);
                (
                    problems.is_empty(),
                    problems.is_empty() && c.funding.is_some(),
                )
            }
        };
        Ok((
            Outside {
                readiness,
                business_case,
                funding,
            },
            case.is_some(),
        ))
    }

    /// The business case stored with a project, if any (a case a newer version wrote and this
    /// one cannot read counts as none, and is logged).
    pub(crate) async fn stored_case(
        &self,
        db: &impl store::Conn,
        project_id: &str,
    ) -> ServiceResult<Option<BusinessCase>> {
        Ok(match pj::business_case(db, project_id).await? {
            None => None,
            Some(json) => match serde_json::from_str(&json) {
                Ok(c) => Some(c),
                Err(e) => {
                    tracing::error!("the business case of {project_id} does not read: {e}");
                    None
                }
            },
        })
    }

    pub async fn project_page(&self, actor: &Actor, id: &str) -> ServiceResult<ProjectPage> {
        let db = &self.store.db;
        let (project, standing) = self.seen_project(db, actor, id).await?;
        let role = standing.role();
        let city = dir::get_org(db, &project.city)
            .await?
            .ok_or(ServiceError::NotFound("organization"))?;
        let network = match &project.network {
            Some(n) => dir::get_network(db, n).await?,
            None => None,
        };
        let members = if role.is_some() {
            pj::members(db, id).await?
        } else {
            Vec::new()
        };
        let mut partners = Vec::new();
        for pv in pj::partners(db, id).await? {
            if role.is_none() && pv.status != domain::driver::PartnerStatus::Accepted {
                continue;
            }
            if let Some(o) = dir::get_org(db, &pv.org_id).await? {
                partners.push((pv, o));
            }
        }
        let (mut parts, unread) = Parts::of(pj::parts(db, id).await?);
        if role.is_none() {
            // Comments are the team's conversation.
            parts.comments.clear();
        }
        let (outside, has_business_case) = self.outside_and_case(db, &project).await?;
        let checklist = if project.completed_at.is_some() {
            Vec::new()
        } else {
            gates::checklist(project.stage, &parts, outside)
        };
        let mut org_names = std::collections::BTreeMap::new();
        for (_, st) in &parts.stakeholders {
            if let Some(o) = &st.org
                && !org_names.contains_key(o.as_str())
                && let Some(org) = dir::get_org(db, o.as_str()).await?
            {
                org_names.insert(org.id, org.names);
            }
        }
        let practice_title = match &project.practice {
            Some(pid) => store::knowledge::get(db, pid)
                .await?
                .filter(|x| !x.is_draft())
                .map(|x| x.titles),
            None => None,
        };
        Ok(ProjectPage {
            org_names,
            practice_title,
            progress: parts.progress(),
            has_business_case,
            gates: pj::gates(db, id).await?,
            project,
            city,
            network,
            role,
            members,
            partners,
            parts,
            unread,
            checklist,
        })
    }

    /// Creates a project of a city, in Discover; its creator joins the team as owner.
    /// Editors of the city and admins only.
    pub async fn create_project(
        &self,
        actor: &Actor,
        input: ProjectInput,
    ) -> ServiceResult<ProjectView> {
        let city = input.city.clone().unwrap_or_default();
        let target = input.id.clone().unwrap_or_default();
        let o = op("project.create", "project", &target);
        let permit = match actor.user() {
            None => Err(Denied::Unauthenticated),
            Some(_) if city.trim().is_empty() || edits(actor, city.trim()) => Ok(()),
            Some(_) => Err(Denied::Forbidden),
        };
        let template = input.template.as_deref().and_then(templates::get);
        self.write(actor, o, permit, async |w| {
            let p = input.validate().map_err(ServiceError::Invalid)?;
            self.check_project_refs(&w.tx, &p).await?;
            if pj::get(&w.tx, &p.id).await?.is_some() {
                return Err(ServiceError::Conflict(field(
                    "id",
                    "a project has this id already",
                )));
            }
            let user = actor.user().map(|u| u.user_id.clone()).unwrap_or_default();
            let saved = pj::insert(&w.tx, &p, &user, w.now).await?;
            pj::set_member(&w.tx, &p.id, &user, TeamRole::Owner, w.now).await?;
            w.audit(
                op("project.create", "project", &p.id),
                None::<&()>,
                Some(&saved),
            )
            .await?;
            if let Some(t) = template {
                let parts = t.parts(&p.languages);
                let n = parts.len();
                put_parts(&w.tx, &p.id, parts, &user, w.now).await?;
                w.audit(
                    op("project.template", "project", &p.id),
                    None::<&()>,
                    Some(&serde_json::json!({ "template": t.id, "parts": n })),
                )
                .await?;
            }
            w.changed(Topic::ProjectChanged, &p.id).await?;
            Ok(saved)
        })
        .await
    }

    /// Replaces a project's own values (titles, domain, visibility, place…). Owners only;
    /// the owning city does not change.
    pub async fn update_project(
        &self,
        actor: &Actor,
        id: &str,
        mut input: ProjectInput,
    ) -> ServiceResult<ProjectView> {
        input.id = Some(id.to_string());
        let o = op("project.update", "project", id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let (before, _) = self.project_for(&w.tx, actor, id, TeamRole::Owner).await?;
            input.city = Some(before.city.clone());
            if input.template.is_some() {
                return Err(ServiceError::Invalid(field(
                    "template",
                    "is chosen when the project is created",
                )));
            }
            let mut p = input.validate().map_err(ServiceError::Invalid)?;
            p.id = before.id.clone();
            self.check_project_refs(&w.tx, &p).await?;
            let saved = pj::update(&w.tx, &p, w.now).await?;
            w.audit(o, Some(&before), Some(&saved)).await?;
            w.changed(Topic::ProjectChanged, id).await?;
            Ok(saved)
        })
        .await
    }

    /// The city and the network a project names exist.
    async fn check_project_refs(
        &self,
        db: &impl store::Conn,
        p: &domain::driver::Project,
    ) -> ServiceResult<()> {
        let mut e = domain::FieldErrors::new();
        if dir::get_org(db, p.city.as_str()).await?.is_none() {
            e.add("city", "no such organization");
        }
        if let Some(n) = &p.network {
            if dir::get_network(db, n).await?.is_none() {
                e.add("network", "no such network");
            }
        } else if p.visibility == Visibility::Network {
            e.add("network", "is required");
        }
        if e.is_empty() {
            Ok(())
        } else {
            Err(ServiceError::Invalid(e))
        }
    }

    /// The stage a project is in, for a form that must say which gate it signs.
    pub async fn project_stage(&self, actor: &Actor, id: &str) -> ServiceResult<Stage> {
        Ok(self.seen_project(&self.store.db, actor, id).await?.0.stage)
    }
}
