//! The knowledge base's tables and queries: best-practice cases (drafts until published) and
//! curated collections of them. Rows leave the store as the records below, with domain types.

pub mod entities;
mod queries;

pub use queries::*;

use crate::directory::{date, stored, text};
use crate::{Result, StoreError};
use domain::I18nText;
use domain::directory::PartialDate;
use domain::knowledge::{MeasureType, PracticeDomain};
use entities::{collection, collection_item, practice};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct PracticeView {
    pub id: String,
    pub city: String,
    pub domain: PracticeDomain,
    pub sdgs: Vec<u8>,
    pub titles: I18nText,
    pub summary: I18nText,
    pub problem: I18nText,
    pub solution: I18nText,
    pub results: I18nText,
    pub cost: Option<String>,
    pub started: Option<PartialDate>,
    pub ended: Option<PartialDate>,
    pub links: Vec<(String, String)>,
    /// None: a draft.
    pub published_at: Option<i64>,
    pub created_at: i64,
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
    pub fn is_draft(&self) -> bool {
        self.published_at.is_none()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CollectionView {
    pub id: String,
    pub names: I18nText,
    pub description: I18nText,
    pub curator: Option<String>,
    pub updated_at: i64,
}

/// A case's place in a collection.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub measure_type: MeasureType,
    pub dated: PartialDate,
    pub note: I18nText,
    pub added_at: i64,
}

impl TryFrom<practice::Model> for PracticeView {
    type Error = StoreError;
    fn try_from(m: practice::Model) -> Result<Self> {
        Ok(PracticeView {
            titles: text("practices.titles", &m.titles)?,
            summary: text("practices.summary", &m.summary)?,
            problem: text("practices.problem", &m.problem)?,
            solution: text("practices.solution", &m.solution)?,
            results: text("practices.results", &m.results)?,
            domain: stored("practices.domain", PracticeDomain::parse(&m.domain))?,
            sdgs: m.sdgs.split(',').filter_map(|g| g.parse().ok()).collect(),
            links: stored("practices.links", serde_json::from_str(&m.links))?,
            started: date("practices.started", m.started)?,
            ended: date("practices.ended", m.ended)?,
            id: m.id,
            city: m.city_org_id,
            cost: m.cost,
            published_at: m.published_at,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

impl TryFrom<collection::Model> for CollectionView {
    type Error = StoreError;
    fn try_from(m: collection::Model) -> Result<Self> {
        Ok(CollectionView {
            names: text("collections.names", &m.names)?,
            description: text("collections.description", &m.description)?,
            id: m.id,
            curator: m.curator_org_id,
            updated_at: m.updated_at,
        })
    }
}

impl TryFrom<collection_item::Model> for Item {
    type Error = StoreError;
    fn try_from(m: collection_item::Model) -> Result<Self> {
        Ok(Item {
            measure_type: stored(
                "collection_items.measure_type",
                MeasureType::parse(&m.measure_type),
            )?,
            dated: stored("collection_items.dated", PartialDate::parse(&m.dated))?,
            note: text("collection_items.note", &m.note)?,
            added_at: m.added_at,
        })
    }
}
