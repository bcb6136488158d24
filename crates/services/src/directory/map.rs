//! What the map shows, at any size: every organization when they are few, else how many there
//! are per country. Counting 100,000 rows per request would be slow, so the answer is kept per
//! network and made again when the outbox shows a change to the directory (derived from the
//! database like the search index; every node checks the shared outbox, so none serves a stale
//! map).

use super::OrgView;
use crate::{ServiceResult, Services};
use domain::country::Country;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use store::directory as dir;
use store::outbox::{self, Topic};

/// The most organizations drawn one by one; above it the map shows countries.
pub const MAX_POINTS: u64 = 500;

#[derive(Debug, Clone, Serialize)]
pub struct MapView {
    /// Organizations of the selection.
    pub total: u64,
    /// Those with coordinates.
    pub placed: u64,
    /// Each of them, when there are at most `MAX_POINTS`; else empty.
    pub points: Vec<OrgView>,
    /// Per country: how many, and where their mean position is; the largest first.
    pub countries: Vec<CountryCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountryCount {
    pub country: Country,
    pub count: u64,
    pub lat: f64,
    pub lon: f64,
}

/// The newest outbox entries of the topics a map is made from, when it was made.
type Made = (i64, i64, i64);

/// Maps made, per network ("" for everyone), with the outbox positions they were made at.
#[derive(Debug, Default)]
pub(crate) struct MapCache(Mutex<HashMap<String, (Made, Arc<MapView>)>>);

impl Services {
    /// The map of a network's members (or of everyone).
    pub async fn map(&self, network: Option<&str>) -> ServiceResult<Arc<MapView>> {
        let db = &self.store.db;
        let version = (
            outbox::last_of(db, Topic::OrganizationChanged).await?,
            outbox::last_of(db, Topic::OrganizationDeleted).await?,
            outbox::last_of(db, Topic::NetworkChanged).await?,
        );
        let key = network.unwrap_or("").to_string();
        if let Ok(cache) = self.map_cache.0.lock()
            && let Some((v, m)) = cache.get(&key)
            && *v == version
        {
            return Ok(m.clone());
        }
        let (total, placed) = dir::map_counts(db, network).await?;
        let points = if placed <= MAX_POINTS {
            dir::orgs_on_map(db, network, MAX_POINTS).await?
        } else {
            vec![]
        };
        let mut countries: Vec<CountryCount> = dir::map_countries(db, network)
            .await?
            .into_iter()
            .map(|(country, count, lat, lon)| CountryCount {
                country,
                count,
                lat,
                lon,
            })
            .collect();
        countries.sort_by(|a, b| b.count.cmp(&a.count).then(a.country.cmp(&b.country)));
        let m = Arc::new(MapView {
            total,
            placed,
            points,
            countries,
        });
        if let Ok(mut cache) = self.map_cache.0.lock() {
            cache.insert(key, (version, m.clone()));
        }
        Ok(m)
    }
}
