//! Queries over best-practice cases and collections. Drafts (`published_at` null) are filtered
//! here by the `Visibility` the services pass: the public sees published cases only.

use super::entities::{
    collection, collection_item, practice, practice_contact, practice_event, practice_partner,
};
use super::{CollectionView, Item, PracticeView};
use crate::directory::entities::organization;
use crate::directory::{all, icontains};
use crate::{Conn, Result, StoreError};
use domain::I18nText;
use domain::directory::PartialDate;
use domain::knowledge::{MeasureType, Practice};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, FromQueryResult, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect,
};

/// Which drafts a reader may see besides everything published.
#[derive(Debug, Clone, Default)]
pub enum Visibility {
    #[default]
    Public,
    /// An editor: the drafts of these cities.
    Cities(Vec<String>),
    Admin,
}

impl Visibility {
    fn condition(&self) -> Condition {
        let published = Condition::all().add(practice::Column::PublishedAt.is_not_null());
        match self {
            Visibility::Public => published,
            Visibility::Admin => Condition::all(),
            Visibility::Cities(c) => Condition::any()
                .add(published)
                .add(practice::Column::CityOrgId.is_in(c.iter().cloned())),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct PracticeFilter {
    pub domain: Option<String>,
    pub city: Option<String>,
    /// ISO 3166 alpha-2 of the city.
    pub country: Option<String>,
    pub sdg: Option<u8>,
    /// A language the case is written in.
    pub lang: Option<String>,
    /// The year it started.
    pub year: Option<String>,
    /// A text in the titles.
    pub q: Option<String>,
}

fn condition(f: &PracticeFilter, v: &Visibility) -> Condition {
    let mut c = Condition::all().add(v.condition());
    if let Some(d) = &f.domain {
        c = c.add(practice::Column::Domain.eq(d));
    }
    if let Some(city) = &f.city {
        c = c.add(practice::Column::CityOrgId.eq(city));
    }
    if let Some(country) = &f.country {
        let mut sub = Query::select();
        sub.column(organization::Column::Id)
            .from(organization::Entity)
            .and_where(organization::Column::Country.eq(country));
        c = c.add(practice::Column::CityOrgId.in_subquery(sub.to_owned()));
    }
    if let Some(g) = f.sdg {
        // Stored as ",3,11," so that 1 does not match 11.
        c = c.add(practice::Column::Sdgs.contains(format!(",{g},")));
    }
    if let Some(l) = &f.lang {
        c = c.add(practice::Column::Titles.contains(format!("\"{l}\":")));
    }
    if let Some(y) = &f.year {
        c = c.add(practice::Column::Started.starts_with(y));
    }
    if let Some(q) = &f.q {
        c = c.add(icontains(practice::Column::Titles, q));
    }
    c
}

pub async fn list(
    db: &impl Conn,
    f: &PracticeFilter,
    v: &Visibility,
    paging: domain::Paging,
) -> Result<domain::Page<PracticeView>> {
    let q = practice::Entity::find()
        .filter(condition(f, v))
        .order_by_desc(practice::Column::Started)
        .order_by_asc(practice::Column::Id);
    let p = crate::fetch_page(db, q, paging).await?;
    Ok(paging.page_of(all(p.items)?, p.total))
}

#[derive(Debug, FromQueryResult)]
struct FacetRow {
    value: Option<String>,
    n: i64,
}

/// Counts of the filtered cases by domain, city and start year (each facet ignores its own filter).
pub async fn facets(
    db: &impl Conn,
    f: &PracticeFilter,
    v: &Visibility,
) -> Result<Vec<(&'static str, Vec<(String, u64)>)>> {
    let mut out = Vec::new();
    for (name, col) in [
        ("domain", Expr::col(practice::Column::Domain)),
        ("city", Expr::col(practice::Column::CityOrgId)),
        ("year", Expr::cust("SUBSTR(started, 1, 4)")),
    ] {
        let mut f = f.clone();
        match name {
            "domain" => f.domain = None,
            "city" => f.city = None,
            _ => f.year = None,
        }
        let rows = practice::Entity::find()
            .select_only()
            .column_as(col.clone(), "value")
            .column_as(Expr::col(practice::Column::Id).count(), "n")
            .filter(condition(&f, v))
            .group_by(col)
            .into_model::<FacetRow>()
            .all(db)
            .await?;
        let mut counts: Vec<(String, u64)> = rows
            .into_iter()
            .filter_map(|r| r.value.map(|v| (v, r.n as u64)))
            .collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out.push((name, counts));
    }
    Ok(out)
}

pub async fn get(db: &impl Conn, id: &str) -> Result<Option<PracticeView>> {
    practice::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(PracticeView::try_from)
        .transpose()
}

fn practice_row(p: &Practice, published_at: Option<i64>, now: i64) -> Result<practice::Model> {
    let sdgs: Vec<String> = p.sdgs.iter().map(u8::to_string).collect();
    Ok(practice::Model {
        id: p.id.clone(),
        city_org_id: p.city.clone(),
        domain: p.domain.as_str().into(),
        // ",3,11,": a goal is found by ",3," without matching 13.
        sdgs: if sdgs.is_empty() {
            String::new()
        } else {
            format!(",{},", sdgs.join(","))
        },
        titles: p.titles.to_json(),
        summary: p.summary.to_json(),
        problem: p.problem.to_json(),
        solution: p.solution.to_json(),
        results: p.results.to_json(),
        cost: p.cost.clone(),
        started: p.started.as_ref().map(|d| d.as_str().to_string()),
        ended: p.ended.as_ref().map(|d| d.as_str().to_string()),
        links: serde_json::to_string(&p.links).map_err(|e| StoreError::Other(e.to_string()))?,
        published_at,
        created_at: now,
        updated_at: now,
    })
}

/// A new case, with its partners, contacts and events.
pub async fn insert(
    db: &impl Conn,
    p: &Practice,
    published_at: Option<i64>,
    now: i64,
) -> Result<PracticeView> {
    let saved = practice_row(p, published_at, now)?
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?;
    set_links(db, &p.id, &p.partners, &p.contacts, &p.events).await?;
    saved.try_into()
}

/// Replaces a case's values and links (its creation instant stays).
pub async fn update(
    db: &impl Conn,
    p: &Practice,
    published_at: Option<i64>,
    now: i64,
) -> Result<PracticeView> {
    let mut am = practice_row(p, published_at, now)?
        .into_active_model()
        .reset_all();
    am.created_at = sea_orm::ActiveValue::NotSet;
    let saved = am.update(db).await?;
    set_links(db, &p.id, &p.partners, &p.contacts, &p.events).await?;
    saved.try_into()
}

/// Publishes a case at `published_at`, or takes it back to draft (`None`).
pub async fn set_published(
    db: &impl Conn,
    id: &str,
    published_at: Option<i64>,
    now: i64,
) -> Result<PracticeView> {
    use sea_orm::ActiveValue::Set;
    let am = practice::ActiveModel {
        id: Set(id.to_string()),
        published_at: Set(published_at),
        updated_at: Set(now),
        ..Default::default()
    };
    match am.update(db).await {
        Err(sea_orm::DbErr::RecordNotUpdated) => Err(StoreError::NotFound),
        r => r?.try_into(),
    }
}

/// Replaces the partners, contacts and events of a practice.
async fn set_links(
    db: &impl Conn,
    id: &str,
    partners: &[String],
    contacts: &[String],
    events: &[String],
) -> Result<()> {
    practice_partner::Entity::delete_many()
        .filter(practice_partner::Column::PracticeId.eq(id))
        .exec(db)
        .await?;
    practice_contact::Entity::delete_many()
        .filter(practice_contact::Column::PracticeId.eq(id))
        .exec(db)
        .await?;
    practice_event::Entity::delete_many()
        .filter(practice_event::Column::PracticeId.eq(id))
        .exec(db)
        .await?;
    for o in partners {
        practice_partner::Model {
            practice_id: id.into(),
            org_id: o.clone(),
        }
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?;
    }
    for p in contacts {
        practice_contact::Model {
            practice_id: id.into(),
            person_id: p.clone(),
        }
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?;
    }
    for e in events {
        practice_event::Model {
            practice_id: id.into(),
            event_id: e.clone(),
        }
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?;
    }
    Ok(())
}

pub async fn partners(db: &impl Conn, id: &str) -> Result<Vec<String>> {
    Ok(practice_partner::Entity::find()
        .filter(practice_partner::Column::PracticeId.eq(id))
        .order_by_asc(practice_partner::Column::OrgId)
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.org_id)
        .collect())
}

pub async fn contacts(db: &impl Conn, id: &str) -> Result<Vec<String>> {
    Ok(practice_contact::Entity::find()
        .filter(practice_contact::Column::PracticeId.eq(id))
        .order_by_asc(practice_contact::Column::PersonId)
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.person_id)
        .collect())
}

pub async fn events(db: &impl Conn, id: &str) -> Result<Vec<String>> {
    Ok(practice_event::Entity::find()
        .filter(practice_event::Column::PracticeId.eq(id))
        .order_by_asc(practice_event::Column::EventId)
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.event_id)
        .collect())
}

/// Published practices presented at an event.
pub async fn of_event(db: &impl Conn, event_id: &str) -> Result<Vec<PracticeView>> {
    let mut sub = Query::select();
    sub.column(practice_event::Column::PracticeId)
        .from(practice_event::Entity)
        .and_where(practice_event::Column::EventId.eq(event_id));
    all(practice::Entity::find()
        .filter(practice::Column::Id.in_subquery(sub.to_owned()))
        .filter(practice::Column::PublishedAt.is_not_null())
        .order_by_asc(practice::Column::Id)
        .all(db)
        .await?)
}

pub async fn insert_collection(
    db: &impl Conn,
    id: &str,
    names: &I18nText,
    description: &I18nText,
    curator: Option<&str>,
    now: i64,
) -> Result<CollectionView> {
    collection::Model {
        id: id.into(),
        names: names.to_json(),
        description: description.to_json(),
        curator_org_id: curator.map(str::to_string),
        created_at: now,
        updated_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?
    .try_into()
}

pub async fn get_collection(db: &impl Conn, id: &str) -> Result<Option<CollectionView>> {
    collection::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .map(CollectionView::try_from)
        .transpose()
}

pub async fn list_collections(db: &impl Conn) -> Result<Vec<CollectionView>> {
    all(collection::Entity::find()
        .order_by_asc(collection::Column::Id)
        .all(db)
        .await?)
}

/// Puts a case in a collection (the collection's `updated_at` moves to `now`).
pub async fn insert_item(
    db: &impl Conn,
    collection_id: &str,
    practice_id: &str,
    measure: MeasureType,
    dated: &PartialDate,
    note: &I18nText,
    now: i64,
) -> Result<()> {
    collection_item::Model {
        collection_id: collection_id.into(),
        practice_id: practice_id.into(),
        measure_type: measure.as_str().into(),
        dated: dated.as_str().into(),
        note: note.to_json(),
        added_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    collection::Entity::update_many()
        .col_expr(collection::Column::UpdatedAt, Expr::value(now))
        .filter(collection::Column::Id.eq(collection_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The items of a collection with their practices, newest date first; drafts only as `v` allows.
pub async fn items(
    db: &impl Conn,
    collection_id: &str,
    v: &Visibility,
) -> Result<Vec<(Item, PracticeView)>> {
    let items = collection_item::Entity::find()
        .filter(collection_item::Column::CollectionId.eq(collection_id))
        .order_by_desc(collection_item::Column::Dated)
        .order_by_asc(collection_item::Column::PracticeId)
        .all(db)
        .await?;
    let ids: Vec<String> = items.iter().map(|i| i.practice_id.clone()).collect();
    let practices = practice::Entity::find()
        .filter(practice::Column::Id.is_in(ids))
        .filter(v.condition())
        .all(db)
        .await?;
    items
        .into_iter()
        .filter_map(|i| {
            practices
                .iter()
                .find(|p| p.id == i.practice_id)
                .cloned()
                .map(|p| Ok((i.try_into()?, p.try_into()?)))
        })
        .collect()
}

/// Ids of the published practices, in order (for rebuilding derived data).
pub async fn published_ids(db: &impl Conn) -> Result<Vec<String>> {
    Ok(practice::Entity::find()
        .select_only()
        .column(practice::Column::Id)
        .filter(practice::Column::PublishedAt.is_not_null())
        .order_by_asc(practice::Column::Id)
        .into_tuple::<String>()
        .all(db)
        .await?)
}

/// Ids of the published practices of a city.
pub async fn published_of_city(db: &impl Conn, city: &str) -> Result<Vec<String>> {
    Ok(practice::Entity::find()
        .select_only()
        .column(practice::Column::Id)
        .filter(practice::Column::PublishedAt.is_not_null())
        .filter(practice::Column::CityOrgId.eq(city))
        .into_tuple::<String>()
        .all(db)
        .await?)
}

/// The collections a practice is in.
pub async fn collections_of(db: &impl Conn, practice_id: &str) -> Result<Vec<CollectionView>> {
    let mut sub = Query::select();
    sub.column(collection_item::Column::CollectionId)
        .from(collection_item::Entity)
        .and_where(collection_item::Column::PracticeId.eq(practice_id));
    all(collection::Entity::find()
        .filter(collection::Column::Id.in_subquery(sub.to_owned()))
        .order_by_asc(collection::Column::Id)
        .all(db)
        .await?)
}
