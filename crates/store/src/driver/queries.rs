//! Queries over projects. Which projects a reader sees is decided here by the `Scope` the
//! services pass, in SQL, so that lists, counts and pages agree.

use super::entities::{
    project, project_gate, project_member, project_part, project_partner, readiness_assessment,
};
use super::{AssessmentView, GateView, MemberView, PartnerView, ProjectView, commas};
use crate::accounts::entities::user;
use crate::directory::{all, icontains, stored};
use crate::{Conn, Result, StoreError};
use domain::driver::gates::GateItem;
use domain::driver::parts::{PartKind, StoredPart};
use domain::driver::{PartnerStatus, Project, Stage, TeamRole, Visibility};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

/// Who is reading: what they see besides public projects.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub admin: bool,
    pub user_id: Option<String>,
    /// The organizations they edit: their cities' projects, and those they are partners of.
    pub orgs: Vec<String>,
    /// The networks their organizations are members of.
    pub networks: Vec<String>,
}

impl Scope {
    fn condition(&self) -> Condition {
        if self.admin {
            return Condition::all();
        }
        let mut c =
            Condition::any().add(project::Column::Visibility.eq(Visibility::Public.as_str()));
        if !self.networks.is_empty() {
            c = c.add(
                Condition::all()
                    .add(project::Column::Visibility.eq(Visibility::Network.as_str()))
                    .add(project::Column::NetworkId.is_in(self.networks.iter().cloned())),
            );
        }
        if !self.orgs.is_empty() {
            c = c.add(project::Column::CityOrgId.is_in(self.orgs.iter().cloned()));
            let mut partners = Query::select();
            partners
                .column(project_partner::Column::ProjectId)
                .from(project_partner::Entity)
                .and_where(project_partner::Column::OrgId.is_in(self.orgs.iter().cloned()))
                .and_where(project_partner::Column::Status.eq(PartnerStatus::Accepted.as_str()));
            c = c.add(project::Column::Id.in_subquery(partners.to_owned()));
        }
        if let Some(u) = &self.user_id {
            let mut members = Query::select();
            members
                .column(project_member::Column::ProjectId)
                .from(project_member::Entity)
                .and_where(project_member::Column::UserId.eq(u));
            c = c.add(project::Column::Id.in_subquery(members.to_owned()));
        }
        c
    }
}

#[derive(Debug, Clone, Default)]
pub struct ProjectFilter {
    pub city: Option<String>,
    pub stage: Option<Stage>,
    pub domain: Option<String>,
    /// A text in the titles.
    pub q: Option<String>,
    /// The best-practice case it became.
    pub practice: Option<String>,
}

pub async fn list(
    db: &impl Conn,
    f: &ProjectFilter,
    scope: &Scope,
    paging: domain::Paging,
) -> Result<domain::Page<ProjectView>> {
    let mut c = Condition::all().add(scope.condition());
    if let Some(city) = &f.city {
        c = c.add(project::Column::CityOrgId.eq(city));
    }
    if let Some(s) = f.stage {
        c = c.add(project::Column::Stage.eq(s.as_str()));
    }
    if let Some(d) = &f.domain {
        c = c.add(project::Column::Domain.eq(d));
    }
    if let Some(q) = &f.q {
        c = c.add(icontains(project::Column::Titles, q));
    }
    if let Some(pr) = &f.practice {
        c = c.add(project::Column::PracticeId.eq(pr));
    }
    let q = project::Entity::find()
        .filter(c)
        .order_by_desc(project::Column::UpdatedAt)
        .order_by_asc(project::Column::Id);
    let p = crate::fetch_page(db, q, paging).await?;
    Ok(paging.page_of(all(p.items)?, p.total))
}

/// Every public project, for the search index.
pub async fn public_projects(db: &impl Conn) -> Result<Vec<ProjectView>> {
    all(project::Entity::find()
        .filter(project::Column::Visibility.eq(Visibility::Public.as_str()))
        .order_by_asc(project::Column::Id)
        .all(db)
        .await?)
}

pub async fn get(db: &impl Conn, id: &str) -> Result<Option<ProjectView>> {
    project::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(ProjectView::try_from)
        .transpose()
}

fn project_row(p: &Project, stage: Stage, created_by: &str, now: i64) -> project::Model {
    project::Model {
        id: p.id.clone(),
        city_org_id: p.city.as_str().to_string(),
        domain: p.domain.as_str().to_string(),
        sdgs: commas(&p.sdgs),
        titles: p.titles.to_json(),
        summary: p.summary.to_json(),
        visibility: p.visibility.as_str().to_string(),
        network_id: p.network.clone(),
        district: p.district.to_json(),
        lat: p.lat,
        lon: p.lon,
        languages: commas(&p.languages.iter().map(|l| l.tag()).collect::<Vec<_>>()),
        stage: stage.as_str().to_string(),
        completed_at: None,
        practice_id: None,
        created_by: created_by.to_string(),
        created_at: now,
        updated_at: now,
    }
}

/// A new project, in Discover.
pub async fn insert(
    db: &impl Conn,
    p: &Project,
    created_by: &str,
    now: i64,
) -> Result<ProjectView> {
    project_row(p, Stage::Discover, created_by, now)
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?
        .try_into()
}

/// Replaces a project's own values; its stage, completion, case and creation stay.
pub async fn update(db: &impl Conn, p: &Project, now: i64) -> Result<ProjectView> {
    let mut am = project_row(p, Stage::Discover, "", now)
        .into_active_model()
        .reset_all();
    am.stage = NotSet;
    am.completed_at = NotSet;
    am.practice_id = NotSet;
    am.created_by = NotSet;
    am.created_at = NotSet;
    match am.update(db).await {
        Err(sea_orm::DbErr::RecordNotUpdated) => Err(StoreError::NotFound),
        r => r?.try_into(),
    }
}

/// Moves a project to `stage` (and marks it complete when Operate's gate is signed).
pub async fn set_stage(
    db: &impl Conn,
    id: &str,
    stage: Stage,
    completed_at: Option<i64>,
    now: i64,
) -> Result<ProjectView> {
    let am = project::ActiveModel {
        id: Set(id.to_string()),
        stage: Set(stage.as_str().to_string()),
        completed_at: Set(completed_at),
        updated_at: Set(now),
        ..Default::default()
    };
    am.update(db).await?.try_into()
}

/// Links the project to the best-practice case it became.
pub async fn set_practice(db: &impl Conn, id: &str, practice: &str, now: i64) -> Result<()> {
    project::ActiveModel {
        id: Set(id.to_string()),
        practice_id: Set(Some(practice.to_string())),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Marks a change of the project (its parts, team or case) on the project itself.
pub async fn touch(db: &impl Conn, id: &str, now: i64) -> Result<()> {
    project::ActiveModel {
        id: Set(id.to_string()),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// The projects of a city the reader may see (for the city's page).
pub async fn of_city(db: &impl Conn, city: &str, scope: &Scope) -> Result<Vec<ProjectView>> {
    all(project::Entity::find()
        .filter(scope.condition())
        .filter(project::Column::CityOrgId.eq(city))
        .order_by_desc(project::Column::UpdatedAt)
        .limit(100)
        .all(db)
        .await?)
}

// The team.

pub async fn members(db: &impl Conn, project_id: &str) -> Result<Vec<MemberView>> {
    let rows = project_member::Entity::find()
        .filter(project_member::Column::ProjectId.eq(project_id))
        .order_by_asc(project_member::Column::AddedAt)
        .all(db)
        .await?;
    let ids: Vec<String> = rows.iter().map(|r| r.user_id.clone()).collect();
    let users = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?;
    rows.into_iter()
        .filter_map(|r| {
            let u = users.iter().find(|u| u.id == r.user_id)?;
            Some(Ok(MemberView {
                role: match stored("project_members.role", TeamRole::parse(&r.role)) {
                    Ok(role) => role,
                    Err(e) => return Some(Err(e)),
                },
                user_id: r.user_id,
                email: u.email.clone(),
                display_name: u.display_name.clone(),
                added_at: r.added_at,
            }))
        })
        .collect()
}

pub async fn member_role(
    db: &impl Conn,
    project_id: &str,
    user_id: &str,
) -> Result<Option<TeamRole>> {
    project_member::Entity::find_by_id((project_id.to_string(), user_id.to_string()))
        .one(db)
        .await?
        .map(|r| stored("project_members.role", TeamRole::parse(&r.role)))
        .transpose()
}

/// Adds someone to the team, or changes their role.
pub async fn set_member(
    db: &impl Conn,
    project_id: &str,
    user_id: &str,
    role: TeamRole,
    now: i64,
) -> Result<()> {
    let key = (project_id.to_string(), user_id.to_string());
    match project_member::Entity::find_by_id(key).one(db).await? {
        Some(m) => {
            let mut am = m.into_active_model();
            am.role = Set(role.as_str().to_string());
            am.update(db).await?;
        }
        None => {
            project_member::Model {
                project_id: project_id.to_string(),
                user_id: user_id.to_string(),
                role: role.as_str().to_string(),
                added_at: now,
            }
            .into_active_model()
            .reset_all()
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

pub async fn remove_member(db: &impl Conn, project_id: &str, user_id: &str) -> Result<bool> {
    let r = project_member::Entity::delete_by_id((project_id.to_string(), user_id.to_string()))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

pub async fn partners(db: &impl Conn, project_id: &str) -> Result<Vec<PartnerView>> {
    all(project_partner::Entity::find()
        .filter(project_partner::Column::ProjectId.eq(project_id))
        .order_by_asc(project_partner::Column::InvitedAt)
        .all(db)
        .await?)
}

pub async fn partner(db: &impl Conn, project_id: &str, org: &str) -> Result<Option<PartnerView>> {
    project_partner::Entity::find_by_id((project_id.to_string(), org.to_string()))
        .one(db)
        .await?
        .map(PartnerView::try_from)
        .transpose()
}

/// Invites an organization (again, after a refusal), with the rights it will have.
pub async fn invite_partner(
    db: &impl Conn,
    project_id: &str,
    org: &str,
    role: TeamRole,
    invited_by: &str,
    now: i64,
) -> Result<()> {
    project_partner::Entity::delete_by_id((project_id.to_string(), org.to_string()))
        .exec(db)
        .await?;
    project_partner::Model {
        project_id: project_id.to_string(),
        org_id: org.to_string(),
        role: role.as_str().to_string(),
        status: PartnerStatus::Invited.as_str().to_string(),
        invited_by: invited_by.to_string(),
        invited_at: now,
        answered_at: None,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

pub async fn answer_partner(
    db: &impl Conn,
    project_id: &str,
    org: &str,
    status: PartnerStatus,
    now: i64,
) -> Result<()> {
    project_partner::ActiveModel {
        project_id: Set(project_id.to_string()),
        org_id: Set(org.to_string()),
        status: Set(status.as_str().to_string()),
        answered_at: Set(Some(now)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

pub async fn remove_partner(db: &impl Conn, project_id: &str, org: &str) -> Result<bool> {
    let r = project_partner::Entity::delete_by_id((project_id.to_string(), org.to_string()))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

/// The strongest right given to any of these organizations as an accepted partner.
pub async fn partner_role(
    db: &impl Conn,
    project_id: &str,
    orgs: &[String],
) -> Result<Option<TeamRole>> {
    if orgs.is_empty() {
        return Ok(None);
    }
    let rows = project_partner::Entity::find()
        .filter(project_partner::Column::ProjectId.eq(project_id))
        .filter(project_partner::Column::OrgId.is_in(orgs.iter().cloned()))
        .filter(project_partner::Column::Status.eq(PartnerStatus::Accepted.as_str()))
        .all(db)
        .await?;
    Ok(rows
        .iter()
        .filter_map(|r| TeamRole::parse(&r.role).ok())
        .max())
}

/// The invitations waiting for an answer from these organizations.
pub async fn invitations_of(db: &impl Conn, orgs: &[String]) -> Result<Vec<(String, PartnerView)>> {
    let rows = project_partner::Entity::find()
        .filter(project_partner::Column::OrgId.is_in(orgs.iter().cloned()))
        .filter(project_partner::Column::Status.eq(PartnerStatus::Invited.as_str()))
        .order_by_desc(project_partner::Column::InvitedAt)
        .limit(100)
        .all(db)
        .await?;
    rows.into_iter()
        .map(|r| Ok((r.project_id.clone(), PartnerView::try_from(r)?)))
        .collect()
}

// Parts.

/// Every part of a project (not its business case), oldest first.
pub async fn parts(db: &impl Conn, project_id: &str) -> Result<Vec<StoredPart>> {
    let kinds: Vec<&str> = PartKind::ALL.iter().map(|k| k.as_str()).collect();
    all(project_part::Entity::find()
        .filter(project_part::Column::ProjectId.eq(project_id))
        .filter(project_part::Column::Kind.is_in(kinds))
        .order_by_asc(project_part::Column::CreatedAt)
        .order_by_asc(project_part::Column::PartId)
        .all(db)
        .await?)
}

pub async fn part(
    db: &impl Conn,
    project_id: &str,
    kind: PartKind,
    part_id: &str,
) -> Result<Option<StoredPart>> {
    project_part::Entity::find_by_id((
        project_id.to_string(),
        kind.as_str().to_string(),
        part_id.to_string(),
    ))
    .one(db)
    .await?
    .map(StoredPart::try_from)
    .transpose()
}

pub async fn count_parts(db: &impl Conn, project_id: &str, kind: PartKind) -> Result<u64> {
    Ok(project_part::Entity::find()
        .filter(project_part::Column::ProjectId.eq(project_id))
        .filter(project_part::Column::Kind.eq(kind.as_str()))
        .count(db)
        .await?)
}

/// Writes a part's body under its kind and id (created, or replaced keeping its creation).
async fn put(
    db: &impl Conn,
    project_id: &str,
    kind: &str,
    part_id: &str,
    body: String,
    by: &str,
    now: i64,
) -> Result<()> {
    let key = (
        project_id.to_string(),
        kind.to_string(),
        part_id.to_string(),
    );
    match project_part::Entity::find_by_id(key).one(db).await? {
        Some(m) => {
            let mut am = m.into_active_model();
            am.body = Set(body);
            am.updated_by = Set(by.to_string());
            am.updated_at = Set(now);
            am.update(db).await?;
        }
        None => {
            project_part::Model {
                project_id: project_id.to_string(),
                kind: kind.to_string(),
                part_id: part_id.to_string(),
                body,
                updated_by: by.to_string(),
                created_at: now,
                updated_at: now,
            }
            .into_active_model()
            .reset_all()
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

pub async fn put_part(
    db: &impl Conn,
    project_id: &str,
    kind: PartKind,
    part_id: &str,
    body: &serde_json::Value,
    by: &str,
    now: i64,
) -> Result<()> {
    put(
        db,
        project_id,
        kind.as_str(),
        part_id,
        body.to_string(),
        by,
        now,
    )
    .await
}

pub async fn delete_part(
    db: &impl Conn,
    project_id: &str,
    kind: &str,
    part_id: &str,
) -> Result<bool> {
    let r = project_part::Entity::delete_by_id((
        project_id.to_string(),
        kind.to_string(),
        part_id.to_string(),
    ))
    .exec(db)
    .await?;
    Ok(r.rows_affected > 0)
}

const CASE_KIND: &str = "business_case";
const CASE_ID: &str = "case";

/// The business case as stored (JSON), if one is saved.
pub async fn business_case(db: &impl Conn, project_id: &str) -> Result<Option<String>> {
    Ok(project_part::Entity::find_by_id((
        project_id.to_string(),
        CASE_KIND.to_string(),
        CASE_ID.to_string(),
    ))
    .one(db)
    .await?
    .map(|m| m.body))
}

pub async fn put_business_case(
    db: &impl Conn,
    project_id: &str,
    json: String,
    by: &str,
    now: i64,
) -> Result<()> {
    put(db, project_id, CASE_KIND, CASE_ID, json, by, now).await
}

// Gates.

pub async fn gates(db: &impl Conn, project_id: &str) -> Result<Vec<GateView>> {
    all(project_gate::Entity::find()
        .filter(project_gate::Column::ProjectId.eq(project_id))
        .order_by_asc(project_gate::Column::SignedAt)
        .all(db)
        .await?)
}

pub async fn sign_gate(
    db: &impl Conn,
    project_id: &str,
    stage: Stage,
    checklist: &[(GateItem, bool)],
    note: &str,
    by: &str,
    now: i64,
) -> Result<()> {
    project_gate::Model {
        project_id: project_id.to_string(),
        stage: stage.as_str().to_string(),
        signed_by: by.to_string(),
        signed_at: now,
        checklist: serde_json::to_string(checklist)
            .map_err(|e| StoreError::Other(e.to_string()))?,
        note: note.to_string(),
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

// Readiness.

pub struct NewAssessment<'a> {
    pub id: &'a str,
    pub city: &'a str,
    pub project: Option<&'a str>,
    pub taken_by: &'a str,
    pub answers: &'a std::collections::BTreeMap<String, u8>,
    pub scores: &'a std::collections::BTreeMap<String, f64>,
    pub shared: bool,
}

pub async fn insert_assessment(
    db: &impl Conn,
    a: NewAssessment<'_>,
    now: i64,
) -> Result<AssessmentView> {
    readiness_assessment::Model {
        id: a.id.to_string(),
        city_org_id: a.city.to_string(),
        project_id: a.project.map(str::to_string),
        taken_by: a.taken_by.to_string(),
        taken_at: now,
        answers: json(a.answers),
        scores: json(a.scores),
        shared: a.shared,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

/// Maps of plain keys and numbers, which always serialize.
fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "{}".into())
}

/// A city's assessments, newest first.
pub async fn assessments_of(db: &impl Conn, city: &str) -> Result<Vec<AssessmentView>> {
    all(readiness_assessment::Entity::find()
        .filter(readiness_assessment::Column::CityOrgId.eq(city))
        .order_by_desc(readiness_assessment::Column::TakenAt)
        .limit(100)
        .all(db)
        .await?)
}

/// The latest shared assessment of each of these cities (for the benchmark).
pub async fn latest_shared(db: &impl Conn, cities: &[String]) -> Result<Vec<AssessmentView>> {
    let rows: Vec<AssessmentView> = all(readiness_assessment::Entity::find()
        .filter(readiness_assessment::Column::Shared.eq(true))
        .filter(readiness_assessment::Column::CityOrgId.is_in(cities.iter().cloned()))
        .order_by_asc(readiness_assessment::Column::CityOrgId)
        .order_by_desc(readiness_assessment::Column::TakenAt)
        .all(db)
        .await?)?;
    let mut out: Vec<AssessmentView> = Vec::new();
    for a in rows {
        if out.last().is_none_or(|l| l.city != a.city) {
            out.push(a);
        }
    }
    Ok(out)
}

/// The cities that share an assessment, with their country (for the country benchmark).
pub async fn assessed_cities(db: &impl Conn) -> Result<Vec<(String, String)>> {
    use crate::directory::entities::organization;
    let mut sub = Query::select();
    sub.column(readiness_assessment::Column::CityOrgId)
        .from(readiness_assessment::Entity)
        .and_where(readiness_assessment::Column::Shared.eq(true));
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.in_subquery(sub.to_owned()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.country))
        .collect())
}
