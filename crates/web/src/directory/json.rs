//! The directory's JSON shapes (`/api/v1/organizations`, `networks`, `memberships`, `people`,
//! `imports`) and their conversions from the services' views.

use crate::kit::ApiError;
use crate::kit::json::{Text, list_of, time};
use domain::I18nText;
use domain::country::Country;
use domain::directory::{
    MembershipInput, MembershipRole, NetworkInput, NetworkRelation, NetworkScope, NetworkStatus,
    OrgKind, OrganizationInput, PartialDate, PersonInput,
};
use serde::{Deserialize, Serialize};
use services::directory::{MembershipView, NetworkView, OrgView, PersonView};
use utoipa::{IntoParams, ToSchema};

/// An organization of the directory.
#[derive(Serialize, ToSchema)]
pub struct Organization {
    id: String,
    /// local_government, company, institution, ministry, development_agency, academia, ngo, network_secretariat
    #[schema(value_type = String)]
    kind: OrgKind,
    /// Language tag -> name.
    #[schema(value_type = Text)]
    names: I18nText,
    /// ISO 3166-1 alpha-2.
    #[schema(value_type = String)]
    country: Country,
    region: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    website: Option<String>,
    #[schema(value_type = Text)]
    description: I18nText,
    created_at: String,
    updated_at: String,
}

impl From<OrgView> for Organization {
    fn from(o: OrgView) -> Self {
        Organization {
            names: o.names,
            description: o.description,
            id: o.id,
            kind: o.kind,
            country: o.country,
            region: o.region,
            lat: o.lat,
            lon: o.lon,
            website: o.website,
            created_at: time(o.created_at),
            updated_at: time(o.updated_at),
        }
    }
}

/// What to send to create or replace an organization.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganizationWrite {
    /// Optional on creation (made from the English name); must match the path on replacement.
    #[serde(default)]
    id: Option<String>,
    kind: Option<String>,
    #[serde(default)]
    names: Text,
    country: Option<String>,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
    #[serde(default)]
    website: Option<String>,
    #[serde(default)]
    description: Text,
}

impl OrganizationWrite {
    pub fn into_input(self) -> Result<OrganizationInput, ApiError> {
        Ok(OrganizationInput {
            id: self.id,
            kind: self.kind,
            names: self.names.into_i18n("names")?,
            country: self.country,
            region: self.region,
            lat: self.lat,
            lon: self.lon,
            website: self.website,
            description: self.description.into_i18n("description")?,
        })
    }
}

list_of!(OrganizationList, Organization);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrgQuery {
    /// Organization kind.
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// Network id: only its members.
    pub network: Option<String>,
    /// Membership role (with `network`, the role in that network).
    pub role: Option<String>,
    /// Part of a name, in any language.
    pub q: Option<String>,
}

/// A network of organizations.
#[derive(Serialize, ToSchema)]
pub struct Network {
    id: String,
    #[schema(value_type = Text)]
    names: I18nText,
    parent_id: Option<String>,
    /// sub_network or partner_network (of the parent).
    #[schema(value_type = Option<String>)]
    relation: Option<NetworkRelation>,
    /// global, regional, subregional, national
    #[schema(value_type = String)]
    scope: NetworkScope,
    /// active or forming
    #[schema(value_type = String)]
    status: NetworkStatus,
    secretariat_org_id: Option<String>,
    /// A year, year-month or date; null when unknown.
    #[schema(value_type = Option<String>)]
    founded: Option<PartialDate>,
    #[schema(value_type = Text)]
    description: I18nText,
    member_count: u64,
}

impl From<(NetworkView, u64)> for Network {
    fn from((n, member_count): (NetworkView, u64)) -> Self {
        Network {
            names: n.names,
            description: n.description,
            id: n.id,
            parent_id: n.parent_id,
            relation: n.relation,
            scope: n.scope,
            status: n.status,
            secretariat_org_id: n.secretariat_org_id,
            founded: n.founded,
            member_count,
        }
    }
}

list_of!(NetworkList, Network);

/// What to send to create a network.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NetworkWrite {
    /// Optional: made from the English name.
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    names: Text,
    /// The network this one belongs to.
    #[serde(default)]
    parent: Option<String>,
    /// sub_network or partner_network; required with parent.
    #[serde(default)]
    relation: Option<String>,
    /// global, regional, subregional, national
    scope: Option<String>,
    /// active (default) or forming
    #[serde(default)]
    status: Option<String>,
    /// Organization id of the secretariat.
    #[serde(default)]
    secretariat: Option<String>,
    /// Year, year-month or date.
    #[serde(default)]
    founded: Option<String>,
    #[serde(default)]
    description: Text,
}

impl NetworkWrite {
    pub fn into_input(self) -> Result<NetworkInput, ApiError> {
        Ok(NetworkInput {
            id: self.id,
            names: self.names.into_i18n("names")?,
            parent: self.parent,
            relation: self.relation,
            scope: self.scope,
            status: self.status,
            secretariat: self.secretariat,
            founded: self.founded,
            description: self.description.into_i18n("description")?,
        })
    }
}

/// A membership of an organization in a network.
#[derive(Serialize, ToSchema)]
pub struct Membership {
    id: String,
    org_id: String,
    network_id: String,
    /// founding_member, member, partner, observer, pilot_city, secretariat, regional_office
    #[schema(value_type = String)]
    role: MembershipRole,
    /// Null when unknown.
    #[schema(value_type = Option<String>)]
    since: Option<PartialDate>,
    #[schema(value_type = Option<String>)]
    until: Option<PartialDate>,
    note: Option<String>,
}

impl From<MembershipView> for Membership {
    fn from(m: MembershipView) -> Self {
        Membership {
            id: m.id,
            org_id: m.org_id,
            network_id: m.network_id,
            role: m.role,
            since: m.since,
            until: m.until,
            note: m.note,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Member {
    membership: Membership,
    organization: Organization,
}

impl From<(MembershipView, OrgView)> for Member {
    fn from((m, o): (MembershipView, OrgView)) -> Self {
        Member {
            membership: m.into(),
            organization: o.into(),
        }
    }
}

list_of!(MemberList, Member);
list_of!(MembershipList, Membership);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MembershipQuery {
    /// Only this network's memberships.
    pub network: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MembershipWrite {
    org: Option<String>,
    network: Option<String>,
    role: Option<String>,
    #[serde(default)]
    since: Option<String>,
    #[serde(default)]
    until: Option<String>,
}

impl From<MembershipWrite> for MembershipInput {
    fn from(w: MembershipWrite) -> Self {
        MembershipInput {
            org: w.org,
            network: w.network,
            role: w.role,
            since: w.since,
            until: w.until,
        }
    }
}

/// A person listed under an organization.
#[derive(Serialize, ToSchema)]
pub struct Person {
    id: String,
    org_id: String,
    name: String,
    #[schema(value_type = Text)]
    position: I18nText,
    /// When the position was true: year, year-month or date.
    #[schema(value_type = Option<String>)]
    as_of: Option<PartialDate>,
    /// Only for editors of the organization and admins.
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
}

impl From<PersonView> for Person {
    fn from(p: PersonView) -> Self {
        Person {
            position: p.position,
            id: p.id,
            org_id: p.org_id,
            name: p.name,
            as_of: p.as_of,
            email: p.email,
        }
    }
}

list_of!(PersonList, Person);

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonWrite {
    name: Option<String>,
    #[serde(default)]
    position: Text,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    email: Option<String>,
}

impl PersonWrite {
    pub fn into_input(self) -> Result<PersonInput, ApiError> {
        Ok(PersonInput {
            name: self.name,
            position: self.position.into_i18n("position")?,
            as_of: self.as_of,
            email: self.email,
        })
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// organizations_csv, memberships_csv or json
    pub format: String,
}

#[derive(Serialize, ToSchema)]
pub struct ImportProblem {
    /// CSV line (the header is line 1).
    line: Option<u64>,
    /// JSON item, e.g. organizations[3].
    item: Option<String>,
    field: String,
    reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct ImportReport {
    organizations: u64,
    memberships: u64,
    problems: Vec<ImportProblem>,
}

impl From<services::directory::ImportReport> for ImportReport {
    fn from(r: services::directory::ImportReport) -> Self {
        ImportReport {
            organizations: r.organizations,
            memberships: r.memberships,
            problems: r
                .problems
                .into_iter()
                .map(|p| ImportProblem {
                    line: p.line,
                    item: p.item,
                    field: p.field,
                    reason: p.reason,
                })
                .collect(),
        }
    }
}
