//! What the map shows, at any size: every organization when they are few, else how many there
//! are per country — kept per network until the directory changes (`crate::derived`).

use super::OrgView;
use crate::{ServiceResult, Services};
use domain::country::Country;
use serde::Serialize;
use std::sync::Arc;
use store::directory as dir;

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

impl Services {
    /// The map of a network's members (or of everyone).
    pub async fn map(&self, network: Option<&str>) -> ServiceResult<Arc<MapView>> {
        let key = network.unwrap_or("").to_string();
        let version = self.directory_version().await?;
        self.derived
            .get_or_make("directory.map", key, version, async || {
                self.make_map(network).await
            })
            .await
    }

    async fn make_map(&self, network: Option<&str>) -> ServiceResult<MapView> {
        let db = &self.store.db;
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
        Ok(MapView {
            total,
            placed,
            points,
            countries,
        })
    }
}
