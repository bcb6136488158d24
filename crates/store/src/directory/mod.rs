//! The directory's tables and queries: organizations, networks, memberships and people.
//! Rows are turned into the records below once, here: what leaves the store carries domain
//! types (kinds, roles, countries, partial dates, multilingual text), never a row.

pub mod entities;
mod queries;

pub use queries::*;

use crate::{Result, StoreError};
use domain::I18nText;
use domain::country::Country;
use domain::directory::{
    MembershipRole, NetworkRelation, NetworkScope, NetworkStatus, OrgKind, PartialDate,
};
use entities::{membership, network, organization, person};
use serde::Serialize;

/// An organization as pages and the API show it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OrgView {
    pub id: String,
    pub kind: OrgKind,
    pub names: I18nText,
    pub country: Country,
    pub region: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub website: Option<String>,
    pub description: I18nText,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct NetworkView {
    pub id: String,
    pub names: I18nText,
    pub parent_id: Option<String>,
    pub relation: Option<NetworkRelation>,
    pub scope: NetworkScope,
    pub status: NetworkStatus,
    pub secretariat_org_id: Option<String>,
    pub founded: Option<PartialDate>,
    pub description: I18nText,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MembershipView {
    pub id: String,
    pub org_id: String,
    pub network_id: String,
    pub role: MembershipRole,
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PersonView {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub position: I18nText,
    pub as_of: Option<PartialDate>,
    /// Private: only for those who may edit the organization (`services` clears it otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// A stored value that does not parse is a corrupt row, not a user's mistake.
pub(crate) fn stored<T>(
    what: &str,
    r: std::result::Result<T, impl std::fmt::Display>,
) -> Result<T> {
    r.map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

pub(crate) fn text(what: &str, json: &str) -> Result<I18nText> {
    stored(what, I18nText::from_json(json))
}

pub(crate) fn date(what: &str, v: Option<String>) -> Result<Option<PartialDate>> {
    v.map(|d| stored(what, PartialDate::parse(&d))).transpose()
}

impl TryFrom<organization::Model> for OrgView {
    type Error = StoreError;
    fn try_from(m: organization::Model) -> Result<Self> {
        Ok(OrgView {
            kind: stored("organizations.kind", OrgKind::parse(&m.kind))?,
            names: text("organizations.names", &m.names)?,
            country: stored("organizations.country", Country::parse(&m.country))?,
            description: text("organizations.description", &m.description)?,
            id: m.id,
            region: m.region,
            lat: m.lat,
            lon: m.lon,
            website: m.website,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

impl TryFrom<network::Model> for NetworkView {
    type Error = StoreError;
    fn try_from(m: network::Model) -> Result<Self> {
        Ok(NetworkView {
            names: text("networks.names", &m.names)?,
            description: text("networks.description", &m.description)?,
            relation: m
                .relation
                .map(|r| stored("networks.relation", NetworkRelation::parse(&r)))
                .transpose()?,
            scope: stored("networks.scope", NetworkScope::parse(&m.scope))?,
            status: stored("networks.status", NetworkStatus::parse(&m.status))?,
            founded: date("networks.founded", m.founded)?,
            id: m.id,
            parent_id: m.parent_id,
            secretariat_org_id: m.secretariat_org_id,
        })
    }
}

impl TryFrom<membership::Model> for MembershipView {
    type Error = StoreError;
    fn try_from(m: membership::Model) -> Result<Self> {
        Ok(MembershipView {
            role: stored("memberships.role", MembershipRole::parse(&m.role))?,
            since: date("memberships.since", m.since)?,
            until: date("memberships.until", m.until)?,
            id: m.id,
            org_id: m.org_id,
            network_id: m.network_id,
            note: m.note,
        })
    }
}

impl TryFrom<person::Model> for PersonView {
    type Error = StoreError;
    fn try_from(m: person::Model) -> Result<Self> {
        Ok(PersonView {
            position: text("people.position", &m.position)?,
            as_of: date("people.as_of", m.as_of)?,
            id: m.id,
            org_id: m.org_id,
            name: m.name,
            email: m.email,
        })
    }
}

/// Rows into records, the first bad one refusing the whole list.
pub(crate) fn all<M, V: TryFrom<M, Error = StoreError>>(rows: Vec<M>) -> Result<Vec<V>> {
    rows.into_iter().map(V::try_from).collect()
}

/// The rows of `E` whose `column` is one of `ids` (unknown ids are left out), read by chunks so
/// that no statement outgrows a database's limit of parameters.
pub(crate) async fn by_ids<E, V>(
    db: &impl crate::Conn,
    column: E::Column,
    ids: &[String],
) -> Result<Vec<V>>
where
    E: sea_orm::EntityTrait,
    V: TryFrom<E::Model, Error = StoreError>,
{
    use sea_orm::{ColumnTrait, QueryFilter};
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        out.extend(all(E::find()
            .filter(column.is_in(chunk.iter().cloned()))
            .all(db)
            .await?)?);
    }
    Ok(out)
}

/// The lower-cased name lists are ordered by: English when there is one.
pub fn sort_name(names: &I18nText) -> String {
    names.best(domain::Lang::En).to_lowercase()
}
