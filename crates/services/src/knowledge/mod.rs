//! The knowledge base: best-practice cases written by a city's editors (or admins), private as
//! drafts until published (`practices.rs`), and curated collections of them such as the Smart
//! Health Responder (`collections.rs`). Every change puts `practice.changed` in the outbox in
//! its transaction (the search index follows it).

mod collections;
pub(crate) mod practices;

pub use store::knowledge::{CollectionView, PracticeFilter, PracticeView};

use crate::directory::{OrgView, PersonView, edits, reads, seen_by};
use crate::events::EventView;
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::directory::PartialDate;
use domain::knowledge::MeasureType;
use domain::{I18nText, Page, Paging};
use serde::Serialize;
use store::knowledge::{self as pr, Visibility};
use store::{directory as dir, events as ev};

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
    /// The Driver's projects it came from, those the reader may see.
    pub projects: Vec<store::driver::ProjectView>,
}

/// A page of the catalogue with its facets.
#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    pub results: Page<(PracticeView, OrgView)>,
    pub facets: Vec<(&'static str, Vec<(String, u64)>)>,
}

/// A case as its collection shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub measure_type: MeasureType,
    pub dated: PartialDate,
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

    pub async fn practice_page(&self, actor: &Actor, id: &str) -> ServiceResult<PracticePage> {
        let db = &self.store.db;
        let practice = pr::get(db, id)
            .await?
            .ok_or(ServiceError::NotFound("practice"))?;
        let can_edit = edits(actor, &practice.city);
        if practice.is_draft() && !can_edit {
            return Err(ServiceError::NotFound("practice"));
        }
        let city = dir::get_org(db, &practice.city)
            .await?
            .ok_or(ServiceError::NotFound("organization"))?;
        let mut partners = Vec::new();
        for o in pr::partners(db, id).await? {
            partners.extend(dir::get_org(db, &o).await?);
        }
        let mut contacts = Vec::new();
        for p in pr::contacts(db, id).await? {
            if let Some(person) = dir::get_person(db, &p).await? {
                // The person's e-mail: for editors of the case's city or of the person's organization.
                let private = reads(actor, &practice.city) || reads(actor, &person.org_id);
                contacts.push(seen_by(person, private));
            }
        }
        let mut events = Vec::new();
        for e in pr::events(db, id).await? {
            events.extend(ev::get_event(db, &e).await?);
        }
        let collections = pr::collections_of(db, id)
            .await?
            .into_iter()
            .map(|c| (c.id, c.names))
            .collect();
        let from = store::driver::ProjectFilter {
            practice: Some(id.to_string()),
            ..Default::default()
        };
        let projects = self
            .projects(actor, &from, Paging::of(1, 5))
            .await?
            .items
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        Ok(PracticePage {
            projects,
            practice,
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
        paging: Paging,
    ) -> ServiceResult<Catalogue> {
        let v = self.practice_visibility(actor);
        let db = &self.store.db;
        let p = pr::list(db, f, &v, paging).await?;
        let mut items = Vec::new();
        for practice in p.items {
            if let Some(city) = dir::get_org(db, &practice.city).await? {
                items.push((practice, city));
            }
        }
        Ok(Catalogue {
            results: paging.page_of(items, p.total),
            facets: pr::facets(db, f, &v).await?,
        })
    }

    /// Published practices presented at an event (for its page).
    pub async fn practices_of_event(&self, event_id: &str) -> ServiceResult<Vec<PracticeView>> {
        Ok(pr::of_event(&self.store.db, event_id).await?)
    }

    pub async fn collections(&self) -> ServiceResult<Vec<CollectionView>> {
        Ok(pr::list_collections(&self.store.db).await?)
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
        for (i, practice) in pr::items(db, id, &self.practice_visibility(actor)).await? {
            let Some(city) = dir::get_org(db, &practice.city).await? else {
                continue;
            };
            items.push(ItemView {
                measure_type: i.measure_type,
                dated: i.dated,
                note: i.note,
                added_at: i.added_at,
                practice,
                city,
            });
        }
        Ok((c, items))
    }
}
