//! Queries over organizations, networks, memberships and people.

use super::entities::{membership, network, organization, person};
use super::{MembershipView, NetworkView, OrgView, PersonView, all, sort_name};
use crate::{Conn, Result, StoreError};
use domain::directory::{Membership, Network, Organization, Person};
use sea_orm::sea_query::{Expr, ExprTrait, Func, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder,
};

/// Filters of the directory page and of `GET /api/v1/organizations`.
#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    pub kind: Option<String>,
    pub country: Option<String>,
    pub network: Option<String>,
    pub role: Option<String>,
    /// Matches any language version of the name, case-insensitively.
    pub q: Option<String>,
}

pub use domain::Page;

/// `LOWER(col) LIKE '%q%'` with q's wildcards escaped: the same case-insensitive match on both databases.
pub(crate) fn icontains(
    col: impl sea_orm::sea_query::IntoColumnRef,
    q: &str,
) -> sea_orm::sea_query::SimpleExpr {
    Expr::expr(Func::lower(Expr::col(col)))
        .like(sea_orm::sea_query::LikeExpr::new(like_pattern(q)).escape('\\'))
}

fn like_pattern(q: &str) -> String {
    let escaped = q
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

fn org_condition(f: &OrgFilter) -> Condition {
    let mut c = Condition::all();
    if let Some(k) = &f.kind {
        c = c.add(organization::Column::Kind.eq(k.as_str()));
    }
    if let Some(k) = &f.country {
        c = c.add(organization::Column::Country.eq(k.as_str()));
    }
    if f.network.is_some() || f.role.is_some() {
        let mut sub = Query::select();
        sub.column(membership::Column::OrgId)
            .from(membership::Entity);
        if let Some(n) = &f.network {
            sub.and_where(membership::Column::NetworkId.eq(n.as_str()));
        }
        if let Some(r) = &f.role {
            sub.and_where(membership::Column::Role.eq(r.as_str()));
        }
        c = c.add(organization::Column::Id.in_subquery(sub.to_owned()));
    }
    if let Some(q) = f.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        // Names are stored as JSON text; non-ASCII text is kept as is by serde_json, so LIKE works.
        c = c.add(
            Expr::expr(Func::lower(Expr::col(organization::Column::Names)))
                .like(sea_orm::sea_query::LikeExpr::new(like_pattern(q)).escape('\\')),
        );
    }
    c
}

/// One page of the directory with the size of the list. The page's ids are read first, from the
/// index that keeps the list's order (`(sort_name, id)`, or with the country or kind first), so
/// a deep page costs a walk over index entries only; then the page's rows by id.
pub async fn list_orgs(
    db: &impl Conn,
    f: &OrgFilter,
    paging: domain::Paging,
) -> Result<Page<OrgView>> {
    let total = count_matching(db, f).await?;
    Ok(paging.page_of(page_of_orgs(db, f, paging).await?, total))
}

/// How many organizations a filter matches.
pub async fn count_matching(db: &impl Conn, f: &OrgFilter) -> Result<u64> {
    Ok(organization::Entity::find()
        .filter(org_condition(f))
        .count(db)
        .await?)
}

/// The organizations of one page of a filtered list, in its order.
pub async fn page_of_orgs(
    db: &impl Conn,
    f: &OrgFilter,
    paging: domain::Paging,
) -> Result<Vec<OrgView>> {
    use sea_orm::QuerySelect;
    let ids: Vec<String> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Id)
        .filter(org_condition(f))
        .order_by_asc(organization::Column::SortName)
        .order_by_asc(organization::Column::Id)
        .offset(paging.offset())
        .limit(paging.per_page)
        .into_tuple()
        .all(db)
        .await?;
    let mut rows = organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids.iter().cloned()))
        .all(db)
        .await?;
    rows.sort_by_key(|r| ids.iter().position(|i| *i == r.id));
    all(rows)
}

/// How many organizations of a selection there are, and how many of them have coordinates.
pub async fn map_counts(db: &impl Conn, network: Option<&str>) -> Result<(u64, u64)> {
    let f = OrgFilter {
        network: network.map(str::to_string),
        ..Default::default()
    };
    let total = organization::Entity::find()
        .filter(org_condition(&f))
        .count(db)
        .await?;
    let placed = organization::Entity::find()
        .filter(org_condition(&f))
        .filter(organization::Column::Lat.is_not_null())
        .filter(organization::Column::Lon.is_not_null())
        .count(db)
        .await?;
    Ok((total, placed))
}

/// Organizations with coordinates per country: (country, count, mean latitude, mean longitude).
pub async fn map_countries(
    db: &impl Conn,
    network: Option<&str>,
) -> Result<Vec<(domain::country::Country, u64, f64, f64)>> {
    use sea_orm::QuerySelect;
    let f = OrgFilter {
        network: network.map(str::to_string),
        ..Default::default()
    };
    let rows: Vec<(String, i64, f64, f64)> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Country)
        .column_as(Expr::col(organization::Column::Id).count(), "n")
        .column_as(
            Expr::expr(Func::avg(Expr::col(organization::Column::Lat))),
            "lat",
        )
        .column_as(
            Expr::expr(Func::avg(Expr::col(organization::Column::Lon))),
            "lon",
        )
        .filter(org_condition(&f))
        .filter(organization::Column::Lat.is_not_null())
        .filter(organization::Column::Lon.is_not_null())
        .group_by(organization::Column::Country)
        .into_tuple()
        .all(db)
        .await?;
    rows.into_iter()
        .map(|(c, n, lat, lon)| {
            let c = super::stored("organizations.country", domain::country::Country::parse(&c))?;
            Ok((c, u64::try_from(n).unwrap_or(0), lat, lon))
        })
        .collect()
}

/// The organizations that have coordinates, for the map (optionally only members of a
/// network), at most `limit` of them.
pub async fn orgs_on_map(
    db: &impl Conn,
    network: Option<&str>,
    limit: u64,
) -> Result<Vec<OrgView>> {
    use sea_orm::QuerySelect;
    let f = OrgFilter {
        network: network.map(str::to_string),
        ..Default::default()
    };
    all(organization::Entity::find()
        .filter(org_condition(&f))
        .filter(organization::Column::Lat.is_not_null())
        .filter(organization::Column::Lon.is_not_null())
        .order_by_asc(organization::Column::SortName)
        .limit(limit)
        .all(db)
        .await?)
}

pub async fn get_org(db: &impl Conn, id: &str) -> Result<Option<OrgView>> {
    organization::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(OrgView::try_from)
        .transpose()
}

/// These organizations by id (unknown ids are left out), read by chunks.
pub async fn get_orgs(
    db: &impl Conn,
    ids: &[String],
) -> Result<std::collections::HashMap<String, OrgView>> {
    let orgs: Vec<OrgView> =
        super::by_ids::<organization::Entity, _>(db, organization::Column::Id, ids).await?;
    Ok(orgs.into_iter().map(|o| (o.id.clone(), o)).collect())
}

fn org_row(o: &Organization, created_at: i64, updated_at: i64) -> organization::Model {
    organization::Model {
        id: o.id.to_string(),
        kind: o.kind.as_str().into(),
        names: o.names.to_json(),
        sort_name: sort_name(&o.names),
        country: o.country.code().into(),
        region: o.region.clone(),
        lat: o.lat,
        lon: o.lon,
        website: o.website.clone(),
        description: o.description.to_json(),
        created_at,
        updated_at,
    }
}

pub async fn insert_org(db: &impl Conn, o: &Organization, now: i64) -> Result<OrgView> {
    org_row(o, now, now)
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?
        .try_into()
}

/// Replaces an organization's values (its creation instant stays).
pub async fn update_org(db: &impl Conn, o: &Organization, now: i64) -> Result<OrgView> {
    let mut am = org_row(o, 0, now).into_active_model().reset_all();
    am.created_at = sea_orm::ActiveValue::NotSet;
    match am.update(db).await {
        Err(sea_orm::DbErr::RecordNotUpdated) => Err(StoreError::NotFound),
        r => r?.try_into(),
    }
}

pub async fn delete_org(db: &impl Conn, id: &str) -> Result<bool> {
    Ok(organization::Entity::delete_by_id(id.to_string())
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

pub async fn count_orgs(db: &impl Conn) -> Result<u64> {
    Ok(organization::Entity::find().count(db).await?)
}

pub async fn list_networks(db: &impl Conn) -> Result<Vec<NetworkView>> {
    all(network::Entity::find()
        .order_by_asc(network::Column::SortName)
        .order_by_asc(network::Column::Id)
        .all(db)
        .await?)
}

pub async fn get_network(db: &impl Conn, id: &str) -> Result<Option<NetworkView>> {
    network::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(NetworkView::try_from)
        .transpose()
}

pub async fn sub_networks(db: &impl Conn, id: &str) -> Result<Vec<NetworkView>> {
    all(network::Entity::find()
        .filter(network::Column::ParentId.eq(id))
        .order_by_asc(network::Column::SortName)
        .all(db)
        .await?)
}

pub async fn insert_network(db: &impl Conn, n: &Network, now: i64) -> Result<NetworkView> {
    network::Model {
        id: n.id.to_string(),
        names: n.names.to_json(),
        sort_name: sort_name(&n.names),
        parent_id: n.parent.as_ref().map(|p| p.to_string()),
        relation: n.relation.map(|r| r.as_str().to_string()),
        scope: n.scope.as_str().into(),
        status: n.status.as_str().into(),
        secretariat_org_id: n.secretariat.as_ref().map(|o| o.to_string()),
        founded: n.founded.as_ref().map(|d| d.as_str().to_string()),
        description: n.description.to_json(),
        created_at: now,
        updated_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

/// Records a membership under a fresh id.
pub async fn insert_membership(
    db: &impl Conn,
    m: &Membership,
    note: Option<String>,
    now: i64,
) -> Result<MembershipView> {
    membership::Model {
        id: domain::ids::random_id("m", rand::random()),
        org_id: m.org.to_string(),
        network_id: m.network.to_string(),
        role: m.role.as_str().into(),
        since: m.since.as_ref().map(|d| d.as_str().to_string()),
        until: m.until.as_ref().map(|d| d.as_str().to_string()),
        note,
        created_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

/// Members of a network with their organizations, by role then name.
pub async fn network_members(
    db: &impl Conn,
    network_id: &str,
) -> Result<Vec<(MembershipView, OrgView)>> {
    let ms = membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(network_id))
        .all(db)
        .await?;
    let ids: Vec<String> = ms.iter().map(|m| m.org_id.clone()).collect();
    let orgs = organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let mut pairs: Vec<_> = ms
        .into_iter()
        .filter_map(|m| {
            orgs.iter()
                .find(|o| o.id == m.org_id)
                .cloned()
                .map(|o| (m, o))
        })
        .collect();
    pairs.sort_by(|a, b| (&a.0.role, &a.1.sort_name).cmp(&(&b.0.role, &b.1.sort_name)));
    pairs
        .into_iter()
        .map(|(m, o)| Ok((m.try_into()?, o.try_into()?)))
        .collect()
}

/// An organization's memberships, each with its network.
pub async fn org_memberships(
    db: &impl Conn,
    org_id: &str,
) -> Result<Vec<(MembershipView, NetworkView)>> {
    let ms = membership::Entity::find()
        .filter(membership::Column::OrgId.eq(org_id))
        .order_by_asc(membership::Column::NetworkId)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for m in ms {
        if let Some(n) = get_network(db, &m.network_id).await? {
            out.push((m.try_into()?, n));
        }
    }
    Ok(out)
}

pub async fn list_memberships(
    db: &impl Conn,
    network: Option<&str>,
) -> Result<Vec<MembershipView>> {
    let mut q = membership::Entity::find();
    if let Some(n) = network {
        q = q.filter(membership::Column::NetworkId.eq(n));
    }
    all(q
        .order_by_asc(membership::Column::NetworkId)
        .order_by_asc(membership::Column::OrgId)
        .order_by_asc(membership::Column::Role)
        .all(db)
        .await?)
}

pub async fn org_people(db: &impl Conn, org_id: &str) -> Result<Vec<PersonView>> {
    all(person::Entity::find()
        .filter(person::Column::OrgId.eq(org_id))
        .order_by_asc(person::Column::Name)
        .all(db)
        .await?)
}

fn person_row(
    id: &str,
    org_id: &str,
    p: &Person,
    created_at: i64,
    updated_at: i64,
) -> person::Model {
    person::Model {
        id: id.to_string(),
        org_id: org_id.to_string(),
        name: p.name.clone(),
        position: p.position.to_json(),
        as_of: p.as_of.as_ref().map(|d| d.as_str().to_string()),
        email: p.email.clone(),
        created_at,
        updated_at,
    }
}

pub async fn insert_person(
    db: &impl Conn,
    id: &str,
    org_id: &str,
    p: &Person,
    now: i64,
) -> Result<PersonView> {
    person_row(id, org_id, p, now, now)
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?
        .try_into()
}

/// Replaces a person's values (the organization and the creation instant stay).
pub async fn update_person(db: &impl Conn, id: &str, p: &Person, now: i64) -> Result<PersonView> {
    let mut am = person_row(id, "", p, 0, now)
        .into_active_model()
        .reset_all();
    am.created_at = sea_orm::ActiveValue::NotSet;
    am.org_id = sea_orm::ActiveValue::NotSet;
    match am.update(db).await {
        Err(sea_orm::DbErr::RecordNotUpdated) => Err(StoreError::NotFound),
        r => r?.try_into(),
    }
}

/// Member counts of every network, in one query.
pub async fn member_counts(db: &impl Conn) -> Result<std::collections::HashMap<String, u64>> {
    use sea_orm::QuerySelect;
    let rows: Vec<(String, i64)> = membership::Entity::find()
        .select_only()
        .column(membership::Column::NetworkId)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .group_by(membership::Column::NetworkId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(k, n)| (k, u64::try_from(n).unwrap_or(0)))
        .collect())
}

/// Member count of one network.
pub async fn member_count(db: &impl Conn, network_id: &str) -> Result<u64> {
    Ok(membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(network_id))
        .count(db)
        .await?)
}

pub async fn get_person(db: &impl Conn, id: &str) -> Result<Option<PersonView>> {
    person::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(PersonView::try_from)
        .transpose()
}

pub async fn delete_person(db: &impl Conn, id: &str) -> Result<bool> {
    Ok(person::Entity::delete_by_id(id.to_string())
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

pub async fn get_membership(db: &impl Conn, id: &str) -> Result<Option<MembershipView>> {
    membership::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(MembershipView::try_from)
        .transpose()
}

pub async fn delete_membership(db: &impl Conn, id: &str) -> Result<bool> {
    Ok(membership::Entity::delete_by_id(id.to_string())
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

/// Every organization id, in order (for rebuilding derived data).
pub async fn all_org_ids(db: &impl Conn) -> Result<Vec<String>> {
    use sea_orm::QuerySelect;
    Ok(organization::Entity::find()
        .select_only()
        .column(organization::Column::Id)
        .order_by_asc(organization::Column::Id)
        .into_tuple::<String>()
        .all(db)
        .await?)
}
