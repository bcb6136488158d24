//! Queries over the catalogue, the needs and the interests.

use super::entities::{interest, need, offer, solution};
use super::{InterestView, NeedView, Stored};
use crate::directory::{all, icontains};
use crate::driver::commas;
use crate::{Conn, Result, StoreError};
use domain::country::Country;
use domain::matching::{InterestStatus, Need, Offer, Solution};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect,
};

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn not_found<T>(r: std::result::Result<T, sea_orm::DbErr>) -> Result<T> {
    match r {
        Err(sea_orm::DbErr::RecordNotUpdated) => Err(StoreError::NotFound),
        r => Ok(r?),
    }
}

/// What a list of solutions or offers is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct CatalogueFilter {
    /// The company or financier.
    pub org: Option<String>,
    pub domain: Option<String>,
    /// Offered (or eligible) there, by country or by its sub-region.
    pub country: Option<Country>,
    /// A text in the body (titles and descriptions).
    pub q: Option<String>,
}

fn reach_condition(
    countries: impl ColumnTrait,
    regions: impl ColumnTrait,
    c: Country,
) -> Condition {
    let mut any = Condition::any().add(countries.contains(format!(",{},", c.code())));
    if let Some(r) = c.region() {
        any = any.add(regions.contains(format!(",{r},")));
    }
    any
}

fn solution_row(s: &Solution, by: &str, now: i64) -> solution::Model {
    solution::Model {
        id: s.id.clone(),
        company_org_id: s.company.as_str().to_string(),
        domain: s.domain.as_str().to_string(),
        countries: commas(&s.reach.countries),
        regions: commas(&s.reach.regions),
        price_model: s.price_model.as_str().to_string(),
        body: json(&s.to_input()),
        created_by: by.to_string(),
        created_at: now,
        updated_at: now,
    }
}

pub async fn insert_solution(
    db: &impl Conn,
    s: &Solution,
    by: &str,
    now: i64,
) -> Result<Stored<Solution>> {
    solution_row(s, by, now)
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?
        .try_into()
}

/// Replaces a solution's values; who made it and when stay.
pub async fn update_solution(db: &impl Conn, s: &Solution, now: i64) -> Result<Stored<Solution>> {
    let mut am = solution_row(s, "", now).into_active_model().reset_all();
    am.created_by = NotSet;
    am.created_at = NotSet;
    not_found(am.update(db).await)?.try_into()
}

pub async fn delete_solution(db: &impl Conn, id: &str) -> Result<bool> {
    Ok(solution::Entity::delete_by_id(id.to_string())
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

pub async fn get_solution(db: &impl Conn, id: &str) -> Result<Option<Stored<Solution>>> {
    solution::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(TryInto::try_into)
        .transpose()
}

/// These solutions by id (unknown ids are left out).
pub async fn get_solutions(
    db: &impl Conn,
    ids: &[String],
) -> Result<std::collections::HashMap<String, Stored<Solution>>> {
    let rows: Vec<Stored<Solution>> =
        crate::directory::by_ids::<solution::Entity, _>(db, solution::Column::Id, ids).await?;
    Ok(rows.into_iter().map(|r| (r.value.id.clone(), r)).collect())
}

pub async fn list_solutions(
    db: &impl Conn,
    f: &CatalogueFilter,
    paging: domain::Paging,
) -> Result<domain::Page<Stored<Solution>>> {
    let mut c = Condition::all();
    if let Some(o) = &f.org {
        c = c.add(solution::Column::CompanyOrgId.eq(o));
    }
    if let Some(d) = &f.domain {
        c = c.add(solution::Column::Domain.eq(d));
    }
    if let Some(country) = f.country {
        c = c.add(reach_condition(
            solution::Column::Countries,
            solution::Column::Regions,
            country,
        ));
    }
    if let Some(q) = &f.q {
        c = c.add(icontains(solution::Column::Body, q));
    }
    let q = solution::Entity::find()
        .filter(c)
        .order_by_desc(solution::Column::UpdatedAt)
        .order_by_asc(solution::Column::Id);
    let p = crate::fetch_page(db, q, paging).await?;
    Ok(paging.page_of(all(p.items)?, p.total))
}

/// Every solution, by id (the catalogue a ranking reads), `after` the last id of the batch
/// before, at most `limit`.
pub async fn solutions_after(
    db: &impl Conn,
    after: &str,
    limit: u64,
) -> Result<Vec<Stored<Solution>>> {
    all(solution::Entity::find()
        .filter(solution::Column::Id.gt(after))
        .order_by_asc(solution::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

fn offer_row(o: &Offer, by: &str, now: i64) -> offer::Model {
    offer::Model {
        id: o.id.clone(),
        financier_org_id: o.financier.as_str().to_string(),
        instrument: o.instrument.as_str().to_string(),
        countries: commas(&o.reach.countries),
        regions: commas(&o.reach.regions),
        domains: commas(&o.domains),
        body: json(&o.to_input()),
        created_by: by.to_string(),
        created_at: now,
        updated_at: now,
    }
}

pub async fn insert_offer(db: &impl Conn, o: &Offer, by: &str, now: i64) -> Result<Stored<Offer>> {
    offer_row(o, by, now)
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?
        .try_into()
}

pub async fn update_offer(db: &impl Conn, o: &Offer, now: i64) -> Result<Stored<Offer>> {
    let mut am = offer_row(o, "", now).into_active_model().reset_all();
    am.created_by = NotSet;
    am.created_at = NotSet;
    not_found(am.update(db).await)?.try_into()
}

pub async fn delete_offer(db: &impl Conn, id: &str) -> Result<bool> {
    Ok(offer::Entity::delete_by_id(id.to_string())
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

pub async fn get_offer(db: &impl Conn, id: &str) -> Result<Option<Stored<Offer>>> {
    offer::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(TryInto::try_into)
        .transpose()
}

/// These offers by id (unknown ids are left out).
pub async fn get_offers(
    db: &impl Conn,
    ids: &[String],
) -> Result<std::collections::HashMap<String, Stored<Offer>>> {
    let rows: Vec<Stored<Offer>> =
        crate::directory::by_ids::<offer::Entity, _>(db, offer::Column::Id, ids).await?;
    Ok(rows.into_iter().map(|r| (r.value.id.clone(), r)).collect())
}

pub async fn list_offers(
    db: &impl Conn,
    f: &CatalogueFilter,
    paging: domain::Paging,
) -> Result<domain::Page<Stored<Offer>>> {
    let mut c = Condition::all();
    if let Some(o) = &f.org {
        c = c.add(offer::Column::FinancierOrgId.eq(o));
    }
    if let Some(d) = &f.domain {
        // An offer of every domain stores none.
        c = c.add(
            Condition::any()
                .add(offer::Column::Domains.contains(format!(",{d},")))
                .add(offer::Column::Domains.eq("")),
        );
    }
    if let Some(country) = f.country {
        c = c.add(reach_condition(
            offer::Column::Countries,
            offer::Column::Regions,
            country,
        ));
    }
    if let Some(q) = &f.q {
        c = c.add(icontains(offer::Column::Body, q));
    }
    let q = offer::Entity::find()
        .filter(c)
        .order_by_desc(offer::Column::UpdatedAt)
        .order_by_asc(offer::Column::Id);
    let p = crate::fetch_page(db, q, paging).await?;
    Ok(paging.page_of(all(p.items)?, p.total))
}

pub async fn offers_after(db: &impl Conn, after: &str, limit: u64) -> Result<Vec<Stored<Offer>>> {
    all(offer::Entity::find()
        .filter(offer::Column::Id.gt(after))
        .order_by_asc(offer::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

fn need_row(project: &str, n: &Need, by: &str, now: i64) -> need::Model {
    need::Model {
        id: n.id.clone(),
        project_id: project.to_string(),
        kind: n.kind.as_str().to_string(),
        status: n.status.as_str().to_string(),
        body: json(&n.to_input()),
        created_by: by.to_string(),
        created_at: now,
        updated_at: now,
    }
}

pub async fn insert_need(
    db: &impl Conn,
    project: &str,
    n: &Need,
    by: &str,
    now: i64,
) -> Result<NeedView> {
    need_row(project, n, by, now)
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?
        .try_into()
}

pub async fn update_need(db: &impl Conn, project: &str, n: &Need, now: i64) -> Result<NeedView> {
    let mut am = need_row(project, n, "", now)
        .into_active_model()
        .reset_all();
    am.created_by = NotSet;
    am.created_at = NotSet;
    not_found(am.update(db).await)?.try_into()
}

/// Deletes a need and the interests in it.
pub async fn delete_need(db: &impl Conn, id: &str) -> Result<bool> {
    interest::Entity::delete_many()
        .filter(interest::Column::NeedId.eq(id))
        .exec(db)
        .await?;
    Ok(need::Entity::delete_by_id(id.to_string())
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

pub async fn get_need(db: &impl Conn, id: &str) -> Result<Option<NeedView>> {
    need::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(TryInto::try_into)
        .transpose()
}

/// A project's needs, oldest first.
pub async fn needs_of(db: &impl Conn, project: &str) -> Result<Vec<NeedView>> {
    all(need::Entity::find()
        .filter(need::Column::ProjectId.eq(project))
        .order_by_asc(need::Column::CreatedAt)
        .order_by_asc(need::Column::Id)
        .all(db)
        .await?)
}

/// The ids of the needs of these projects, by project (for the lists that show them).
pub async fn needs_of_projects(db: &impl Conn, projects: &[String]) -> Result<Vec<NeedView>> {
    if projects.is_empty() {
        return Ok(vec![]);
    }
    all(need::Entity::find()
        .filter(need::Column::ProjectId.is_in(projects.iter().cloned()))
        .order_by_desc(need::Column::UpdatedAt)
        .order_by_asc(need::Column::Id)
        .all(db)
        .await?)
}

pub async fn insert_interest(db: &impl Conn, i: &InterestView) -> Result<InterestView> {
    interest::Model {
        id: i.id.clone(),
        need_id: i.need.clone(),
        candidate_kind: i.candidate_kind.as_str().to_string(),
        candidate_id: i.candidate.clone(),
        org_id: i.org.clone(),
        initiated_by: i.initiated_by.as_str().to_string(),
        status: i.status.as_str().to_string(),
        message: i.message.clone(),
        created_by: i.created_by.clone(),
        created_at: i.created_at,
        answered_by: i.answered_by.clone(),
        answered_at: i.answered_at,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

pub async fn get_interest(db: &impl Conn, id: &str) -> Result<Option<InterestView>> {
    interest::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(TryInto::try_into)
        .transpose()
}

/// Answers a proposed interest; false when it was already answered (nothing changes).
pub async fn answer_interest(
    db: &impl Conn,
    id: &str,
    status: InterestStatus,
    by: &str,
    now: i64,
) -> Result<bool> {
    let r = interest::Entity::update_many()
        .col_expr(
            interest::Column::Status,
            sea_orm::sea_query::Expr::value(status.as_str()),
        )
        .col_expr(
            interest::Column::AnsweredBy,
            sea_orm::sea_query::Expr::value(by),
        )
        .col_expr(
            interest::Column::AnsweredAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(interest::Column::Id.eq(id))
        .filter(interest::Column::Status.eq(InterestStatus::Proposed.as_str()))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// The interests in these needs, newest first.
pub async fn interests_of_needs(db: &impl Conn, needs: &[String]) -> Result<Vec<InterestView>> {
    if needs.is_empty() {
        return Ok(vec![]);
    }
    all(interest::Entity::find()
        .filter(interest::Column::NeedId.is_in(needs.iter().cloned()))
        .order_by_desc(interest::Column::CreatedAt)
        .order_by_asc(interest::Column::Id)
        .all(db)
        .await?)
}

/// The interests and invitations of these organizations (a company's, a financier's, a
/// city's as a peer), newest first.
pub async fn interests_of_orgs(db: &impl Conn, orgs: &[String]) -> Result<Vec<InterestView>> {
    if orgs.is_empty() {
        return Ok(vec![]);
    }
    all(interest::Entity::find()
        .filter(interest::Column::OrgId.is_in(orgs.iter().cloned()))
        .order_by_desc(interest::Column::CreatedAt)
        .order_by_asc(interest::Column::Id)
        .limit(500)
        .all(db)
        .await?)
}

/// Where a city is and which networks it belongs to, as a ranking needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRow {
    pub id: String,
    pub kind: String,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub networks: Vec<String>,
}

/// id, kind, country, latitude, longitude.
type PlaceTuple = (String, String, String, Option<f64>, Option<f64>);

/// The places of these organizations (unknown ids are left out), read by chunks.
pub async fn places(db: &impl Conn, ids: &[String]) -> Result<Vec<PlaceRow>> {
    use crate::directory::entities::{membership, organization};
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let orgs: Vec<PlaceTuple> = organization::Entity::find()
            .select_only()
            .columns([
                organization::Column::Id,
                organization::Column::Kind,
                organization::Column::Country,
                organization::Column::Lat,
                organization::Column::Lon,
            ])
            .filter(organization::Column::Id.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(db)
            .await?;
        let ms: Vec<(String, String)> = membership::Entity::find()
            .select_only()
            .columns([membership::Column::OrgId, membership::Column::NetworkId])
            .filter(membership::Column::OrgId.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(db)
            .await?;
        let mut nets: std::collections::HashMap<String, Vec<String>> = Default::default();
        for (o, n) in ms {
            let v = nets.entry(o).or_default();
            if !v.contains(&n) {
                v.push(n);
            }
        }
        for (id, kind, country, lat, lon) in orgs {
            let mut networks = nets.remove(&id).unwrap_or_default();
            networks.sort();
            out.push(PlaceRow {
                id,
                kind,
                country,
                lat,
                lon,
                networks,
            });
        }
    }
    Ok(out)
}

/// (practice id, city, domain, languages of its title) of every published case: the peers of
/// a need are the cities that have some in its domain.
pub async fn published_cases(db: &impl Conn) -> Result<Vec<(String, String, String, String)>> {
    use crate::knowledge::entities::practice;
    Ok(practice::Entity::find()
        .select_only()
        .columns([
            practice::Column::Id,
            practice::Column::CityOrgId,
            practice::Column::Domain,
            practice::Column::Titles,
        ])
        .filter(practice::Column::PublishedAt.is_not_null())
        .order_by_asc(practice::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// (city, domain) of every finished public project: a city that did it.
pub async fn finished_projects(db: &impl Conn) -> Result<Vec<(String, String)>> {
    use crate::driver::entities::project;
    Ok(project::Entity::find()
        .select_only()
        .columns([project::Column::CityOrgId, project::Column::Domain])
        .filter(project::Column::CompletedAt.is_not_null())
        .filter(project::Column::Visibility.eq(domain::driver::Visibility::Public.as_str()))
        .into_tuple()
        .all(db)
        .await?)
}
