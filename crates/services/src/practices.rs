//! The knowledge base: best-practice cases written by a city's editors (or admins), private as
//! drafts until published, and curated collections of them such as the Smart Health Responder.
//! Every change puts `practice.changed` in the outbox in its transaction (the search index
//! follows it).

use crate::directory::{OrgView, PersonView};
use crate::error::field;
use crate::events::{EventView, event_view, i18n};
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::ids::OrgId;
use domain::practices::{MeasureType, PracticeInput};
use domain::time::now_micros;
use domain::{FieldErrors, I18nText};
use serde::Serialize;
use store::entities::{collection, collection_item, practice};
use store::knowledge::{self as pr, PracticeFilter, Visibility};
use store::outbox::Topic;
use store::{directory as dir, events as ev, outbox};

#[derive(Debug, Clone, Serialize)]
pub struct PracticeView {
    pub id: String,
    pub city: String,
    pub domain: String,
    pub sdgs: Vec<u8>,
    pub titles: I18nText,
    pub summary: I18nText,
    pub problem: I18nText,
    pub solution: I18nText,
    pub results: I18nText,
    pub cost: Option<String>,
    pub started: Option<String>,
    pub ended: Option<String>,
    pub links: Vec<(String, String)>,
    /// None: a draft.
    pub published_at: Option<i64>,
    pub updated_at: i64,
}

impl PracticeView {
    /// The languages it is written in (those of its title).
    pub fn languages(&self) -> Vec<&'static str> {
        domain::Lang::ALL
            .iter()
            .filter(|l| self.titles.get_exact(**l).is_some())
            .map(|l| l.tag())
            .collect()
    }
}

pub fn practice_view(m: practice::Model) -> ServiceResult<PracticeView> {
    Ok(PracticeView {
        titles: i18n(&m.titles)?,
        summary: i18n(&m.summary)?,
        problem: i18n(&m.problem)?,
        solution: i18n(&m.solution)?,
        results: i18n(&m.results)?,
        sdgs: m.sdgs.split(',').filter_map(|g| g.parse().ok()).collect(),
        links: serde_json::from_str(&m.links)
            .map_err(|e| ServiceError::Internal(format!("stored links: {e}")))?,
        id: m.id,
        city: m.city_org_id,
        domain: m.domain,
        cost: m.cost,
        started: m.started,
        ended: m.ended,
        published_at: m.published_at,
        updated_at: m.updated_at,
    })
}

/// The row of a validated practice.
pub(crate) fn practice_model(
    p: &domain::practices::Practice,
    published_at: Option<i64>,
    now: i64,
) -> ServiceResult<practice::Model> {
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
        links: serde_json::to_string(&p.links)
            .map_err(|e| ServiceError::Internal(e.to_string()))?,
        published_at,
        created_at: now,
        updated_at: now,
    })
}

/// Everything a case's page shows.
#[derive(Debug, Clone, Serialize)]
pub struct PracticePage {
    pub practice: PracticeView,
    pub city: OrgView,
    pub partners: Vec<OrgView>,
    /// E-mail addresses only for those who may edit the case.
    pub contacts: Vec<PersonView>,
    pub events: Vec<EventView>,
    pub collections: Vec<(String, I18nText)>,
    pub can_edit: bool,
}

/// A page of the catalogue with its facets.
#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    pub results: domain::Page<(PracticeView, OrgView)>,
    pub facets: Vec<(&'static str, Vec<(String, u64)>)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CollectionView {
    pub id: String,
    pub names: I18nText,
    pub description: I18nText,
    pub curator: Option<String>,
    pub updated_at: i64,
}

fn collection_view(m: collection::Model) -> ServiceResult<CollectionView> {
    Ok(CollectionView {
        names: i18n(&m.names)?,
        description: i18n(&m.description)?,
        id: m.id,
        curator: m.curator_org_id,
        updated_at: m.updated_at,
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub measure_type: String,
    pub dated: String,
    pub note: I18nText,
    pub added_at: i64,
    pub practice: PracticeView,
    pub city: OrgView,
}

impl Services {
    /// What this actor may see besides published cases.
    pub fn practice_visibility(&self, actor: &Actor) -> Visibility {
        match actor.user() {
            _ if actor.is_admin() => Visibility::Admin,
            Some(u) => {
                Visibility::Cities(u.editor_of.iter().map(|o| o.as_str().to_string()).collect())
            }
            None => Visibility::Public,
        }
    }

    fn may_edit_city(actor: &Actor, city: &str) -> bool {
        OrgId::parse(city).is_ok_and(|c| actor.require_org_editor(&c).is_ok())
    }

    /// Creates a case (`existing` None) or replaces one, as a draft or keeping its publication.
    /// Editors of the city and admins only; the city of an existing case does not change hands
    /// unless the actor may edit both.
    pub async fn save_practice(
        &self,
        actor: &Actor,
        existing: Option<&str>,
        mut input: PracticeInput,
    ) -> ServiceResult<PracticeView> {
        if let Some(id) = existing {
            input.id = Some(id.to_string());
        }
        let city = input.city.clone().unwrap_or_default();
        let action = if existing.is_some() {
            "practice.update"
        } else {
            "practice.create"
        };
        let target = input.id.clone().unwrap_or_default();
        if !city.is_empty() && !Self::may_edit_city(actor, city.trim()) {
            let d = if actor.user().is_some() {
                domain::auth::Denied::Forbidden
            } else {
                domain::auth::Denied::Unauthenticated
            };
            return Err(self
                .refused_old(actor, action, "practice", &target, d)
                .await);
        }
        let p = input.validate().map_err(ServiceError::Invalid)?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        let before = pr::get(&tx, &p.id).await?;
        match (&before, existing) {
            (Some(_), None) => {
                return Err(ServiceError::Conflict(field(
                    "id",
                    "a practice has this id already",
                )));
            }
            (None, Some(_)) => return Err(ServiceError::NotFound("practice")),
            (Some(b), Some(_)) if !Self::may_edit_city(actor, &b.city_org_id) => {
                return Err(self
                    .refused_old(
                        actor,
                        action,
                        "practice",
                        &p.id,
                        domain::auth::Denied::Forbidden,
                    )
                    .await);
            }
            _ => {}
        }
        let mut e = FieldErrors::new();
        if dir::get_org(&tx, &p.city).await?.is_none() {
            e.add("city", "no such organization");
        }
        for o in &p.partners {
            if dir::get_org(&tx, o).await?.is_none() {
                e.add("partners", format!("no organization '{o}'"));
            }
        }
        for c in &p.contacts {
            if dir::get_person(&tx, c).await?.is_none() {
                e.add("contacts", format!("no person '{c}'"));
            }
        }
        for x in &p.events {
            if ev::get_event(&tx, x).await?.is_none() {
                e.add("events", format!("no event '{x}'"));
            }
        }
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let mut m = practice_model(&p, before.as_ref().and_then(|b| b.published_at), now)?;
        m.created_at = before.as_ref().map_or(now, |b| b.created_at);
        let saved = if before.is_some() {
            pr::update(&tx, m).await?
        } else {
            pr::insert(&tx, m).await?
        };
        pr::set_links(&tx, &p.id, &p.partners, &p.contacts, &p.events).await?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            action,
            ("practice", &p.id),
            before.as_ref().and_then(|b| serde_json::to_string(b).ok()),
            serde_json::to_string(&saved).ok(),
        )
        .await?;
        changed(&tx, now, &p.id).await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        practice_view(saved)
    }

    /// Publishes a draft (or takes a case back to draft).
    pub async fn publish_practice(
        &self,
        actor: &Actor,
        id: &str,
        publish: bool,
    ) -> ServiceResult<PracticeView> {
        let now = now_micros();
        let tx = self.store.begin().await?;
        let mut m = pr::get(&tx, id)
            .await?
            .ok_or(ServiceError::NotFound("practice"))?;
        if !Self::may_edit_city(actor, &m.city_org_id) {
            // A draft the actor may not see does not exist for them.
            if m.published_at.is_none() {
                return Err(ServiceError::NotFound("practice"));
            }
            let d = if actor.user().is_some() {
                domain::auth::Denied::Forbidden
            } else {
                domain::auth::Denied::Unauthenticated
            };
            return Err(self
                .refused_old(actor, "practice.publish", "practice", id, d)
                .await);
        }
        let before = m.published_at;
        m.published_at = if publish { before.or(Some(now)) } else { None };
        m.updated_at = now;
        let saved = pr::update(&tx, m).await?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            if publish {
                "practice.publish"
            } else {
                "practice.unpublish"
            },
            ("practice", id),
            before.map(|b| b.to_string()),
            saved.published_at.map(|b| b.to_string()),
        )
        .await?;
        changed(&tx, now, id).await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        practice_view(saved)
    }

    pub async fn practice_page(&self, actor: &Actor, id: &str) -> ServiceResult<PracticePage> {
        let db = &self.store.db;
        let m = pr::get(db, id)
            .await?
            .ok_or(ServiceError::NotFound("practice"))?;
        let can_edit = Self::may_edit_city(actor, &m.city_org_id);
        if m.published_at.is_none() && !can_edit {
            return Err(ServiceError::NotFound("practice"));
        }
        let city = dir::get_org(db, &m.city_org_id)
            .await?
            .ok_or(ServiceError::NotFound("organization"))?;
        let mut partners = Vec::new();
        for o in pr::partners(db, id).await? {
            if let Some(org) = dir::get_org(db, &o).await? {
                partners.push(org);
            }
        }
        let mut contacts = Vec::new();
        for p in pr::contacts(db, id).await? {
            if let Some(person) = dir::get_person(db, &p).await? {
                // The person's e-mail: for editors of the case's city or of the person's organization.
                let private = can_edit || Self::may_edit_city(actor, &person.org_id);
                contacts.push(crate::directory::seen_by(person, private));
            }
        }
        let mut events = Vec::new();
        for e in pr::events(db, id).await? {
            if let Some(x) = ev::get_event(db, &e).await? {
                events.push(event_view(x)?);
            }
        }
        let mut collections = Vec::new();
        for c in pr::collections_of(db, id).await? {
            collections.push((c.id.clone(), i18n(&c.names)?));
        }
        Ok(PracticePage {
            practice: practice_view(m)?,
            city,
            partners,
            contacts,
            events,
            collections,
            can_edit,
        })
    }

    /// The catalogue: cases the actor may see, filtered, with facet counts.
    pub async fn catalogue(
        &self,
        actor: &Actor,
        f: &PracticeFilter,
        paging: domain::Paging,
    ) -> ServiceResult<Catalogue> {
        let v = self.practice_visibility(actor);
        let db = &self.store.db;
        let p = pr::list(db, f, &v, paging).await?;
        let mut items = Vec::new();
        for m in p.items {
            let city = dir::get_org(db, &m.city_org_id).await?;
            if let Some(city) = city {
                items.push((practice_view(m)?, city));
            }
        }
        Ok(Catalogue {
            results: paging.page_of(items, p.total),
            facets: pr::facets(db, f, &v).await?,
        })
    }

    /// Published practices presented at an event (for its page).
    pub async fn practices_of_event(&self, event_id: &str) -> ServiceResult<Vec<PracticeView>> {
        pr::of_event(&self.store.db, event_id)
            .await?
            .into_iter()
            .map(practice_view)
            .collect()
    }

    pub async fn collections(&self) -> ServiceResult<Vec<CollectionView>> {
        pr::list_collections(&self.store.db)
            .await?
            .into_iter()
            .map(collection_view)
            .collect()
    }

    /// A collection and the items the actor may see, newest date first.
    pub async fn collection_page(
        &self,
        actor: &Actor,
        id: &str,
    ) -> ServiceResult<(CollectionView, Vec<ItemView>)> {
        let db = &self.store.db;
        let c = pr::get_collection(db, id)
            .await?
            .ok_or(ServiceError::NotFound("collection"))?;
        let mut items = Vec::new();
        for (i, p) in pr::items(db, id, &self.practice_visibility(actor)).await? {
            let Some(city) = dir::get_org(db, &p.city_org_id).await? else {
                continue;
            };
            items.push(ItemView {
                measure_type: i.measure_type,
                dated: i.dated,
                note: i18n(&i.note)?,
                added_at: i.added_at,
                practice: practice_view(p)?,
                city,
            });
        }
        Ok((collection_view(c)?, items))
    }

    /// Admins create a collection, curated by an organization.
    pub async fn create_collection(
        &self,
        actor: &Actor,
        id: &str,
        names: I18nText,
        description: I18nText,
        curator: Option<&str>,
    ) -> ServiceResult<CollectionView> {
        if let Err(d) = actor.require_admin() {
            return Err(self
                .refused_old(actor, "collection.create", "collection", id, d)
                .await);
        }
        let mut e = FieldErrors::new();
        if let Err(r) = domain::ids::check_slug(id) {
            e.add("id", r);
        }
        let names = names.normalized("names", true, 300, &mut e);
        let description = description.normalized("description", false, 5_000, &mut e);
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let now = now_micros();
        let tx = self.store.begin().await?;
        if let Some(c) = curator
            && dir::get_org(&tx, c).await?.is_none()
        {
            return Err(ServiceError::Invalid(field(
                "curator",
                "no such organization",
            )));
        }
        let m = pr::insert_collection(
            &tx,
            collection::Model {
                id: id.into(),
                names: names.to_json(),
                description: description.to_json(),
                curator_org_id: curator.map(str::to_string),
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "collection.create",
            ("collection", id),
            None,
            serde_json::to_string(&m).ok(),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        collection_view(m)
    }

    /// Admins and editors of the curating organization add a case with its date and measure type.
    pub async fn add_to_collection(
        &self,
        actor: &Actor,
        collection_id: &str,
        practice_id: &str,
        measure_type: &str,
        dated: &str,
        note: I18nText,
    ) -> ServiceResult<()> {
        let db = &self.store.db;
        let c = pr::get_collection(db, collection_id)
            .await?
            .ok_or(ServiceError::NotFound("collection"))?;
        let allowed = actor.is_admin()
            || c.curator_org_id
                .as_deref()
                .is_some_and(|o| Self::may_edit_city(actor, o));
        if !allowed {
            let d = if actor.user().is_some() {
                domain::auth::Denied::Forbidden
            } else {
                domain::auth::Denied::Unauthenticated
            };
            return Err(self
                .refused_old(actor, "collection.add", "collection", collection_id, d)
                .await);
        }
        let mut e = FieldErrors::new();
        let measure = MeasureType::parse(measure_type)
            .map_err(|r| e.add("measure_type", r))
            .ok();
        let dated = domain::directory::PartialDate::parse(dated)
            .map_err(|r| e.add("dated", r))
            .ok();
        let note = note.normalized("note", false, 5_000, &mut e);
        let (Some(measure), Some(dated)) = (measure, dated) else {
            return Err(ServiceError::Invalid(e));
        };
        if !e.is_empty() {
            return Err(ServiceError::Invalid(e));
        }
        let now = now_micros();
        let tx = self.store.begin().await?;
        if pr::get(&tx, practice_id).await?.is_none() {
            return Err(ServiceError::Invalid(field("practice", "no such practice")));
        }
        pr::insert_item(
            &tx,
            collection_item::Model {
                collection_id: collection_id.into(),
                practice_id: practice_id.into(),
                measure_type: measure.as_str().into(),
                dated: dated.as_str().into(),
                note: note.to_json(),
                added_at: now,
            },
        )
        .await?;
        let mut c = c;
        c.updated_at = now;
        pr::touch_collection(&tx, c).await?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "collection.add",
            ("collection", collection_id),
            None,
            Some(practice_id.to_string()),
        )
        .await?;
        changed(&tx, now, practice_id).await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(())
    }
}

async fn changed(db: &impl store::Conn, now: i64, id: &str) -> ServiceResult<()> {
    outbox::push(
        db,
        now,
        Topic::PracticeChanged,
        id,
        &serde_json::json!({"id": id}),
    )
    .await?;
    Ok(())
}
