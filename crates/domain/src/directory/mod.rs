//! The directory's vocabulary: kinds of organization, membership roles, network shapes,
//! and the validation of what people submit for them.

use crate::country::Country;
use crate::error::FieldErrors;
use crate::ids::{NetworkId, OrgId, slugify};
use crate::lang::I18nText;
use serde::{Deserialize, Serialize};

words!(OrgKind {
    LocalGovernment = "local_government",
    Company = "company",
    Institution = "institution",
    Ministry = "ministry",
    DevelopmentAgency = "development_agency",
    Academia = "academia",
    Ngo = "ngo",
    NetworkSecretariat = "network_secretariat",
});

words!(MembershipRole {
    FoundingMember = "founding_member",
    Member = "member",
    Partner = "partner",
    Observer = "observer",
    PilotCity = "pilot_city",
    Secretariat = "secretariat",
    RegionalOffice = "regional_office",
});

words!(NetworkScope {
    Global = "global",
    Regional = "regional",
    Subregional = "subregional",
    National = "national",
});

words!(NetworkStatus { Active = "active", Forming = "forming" });

words!(NetworkRelation { SubNetwork = "sub_network", PartnerNetwork = "partner_network" });

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_DESCRIPTION_CHARS: usize = 5000;
pub const MAX_REGION_CHARS: usize = 100;
pub const MAX_URL_CHARS: usize = 500;

/// A date known to the year, the month or the day ("2010", "2018-04", "2020-10-21").
/// Unknown dates are `None` where they are used, never a made-up day.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate(String);

impl PartialDate {
    pub fn parse(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let ok = match s.len() {
            4 => s.parse::<u16>().is_ok_and(|y| (1000..=2999).contains(&y)),
            7 => chrono::NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").is_ok(),
            10 => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
            _ => false,
        };
        if ok {
            Ok(PartialDate(s.to_string()))
        } else {
            Err(format!(
                "'{s}' is not a date like 2010, 2018-04 or 2020-10-21"
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl std::fmt::Display for PartialDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for PartialDate {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        PartialDate::parse(&s)
    }
}
impl From<PartialDate> for String {
    fn from(d: PartialDate) -> String {
        d.0
    }
}

/// What someone submits to create or replace an organization, before validation.
/// Every field is optional text so that each can be reported on by name.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationInput {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub names: I18nText,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub description: I18nText,
}

/// A validated organization: every value in it is known to be acceptable.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organization {
    pub id: OrgId,
    pub kind: OrgKind,
    pub names: I18nText,
    pub country: Country,
    pub region: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub website: Option<String>,
    pub description: I18nText,
}

fn opt_text(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

impl OrganizationInput {
    /// Validates every field and reports all the failures at once.
    /// `existing_id` is the id of the organization being edited (ids never change).
    pub fn validate(self, existing_id: Option<&OrgId>) -> Result<Organization, FieldErrors> {
        let mut e = FieldErrors::new();
        let names = self
            .names
            .normalized_line("names", true, MAX_NAME_CHARS, &mut e);
        let description =
            self.description
                .normalized("description", false, MAX_DESCRIPTION_CHARS, &mut e);

        let id = match (existing_id, opt_text(self.id)) {
            (Some(id), _) => Some(id.clone()),
            (None, Some(given)) => match OrgId::parse(&given) {
                Ok(id) => Some(id),
                Err(reason) => {
                    e.add("id", reason);
                    None
                }
            },
            (None, None) => {
                let from_name = names
                    .get_exact(crate::Lang::En)
                    .or_else(|| names.0.values().next().map(String::as_str));
                match from_name.and_then(slugify) {
                    Some(s) => OrgId::parse(&s).ok(),
                    None => {
                        if !names.0.is_empty() {
                            e.add(
                                "id",
                                "cannot be made from the name: give an id of a-z, 0-9 and '-'",
                            );
                        }
                        None
                    }
                }
            }
        };
        let kind = match opt_text(self.kind) {
            None => {
                e.add("kind", "is required");
                None
            }
            Some(k) => OrgKind::parse(&k).map_err(|r| e.add("kind", r)).ok(),
        };
        let country = match opt_text(self.country) {
            None => {
                e.add("country", "is required");
                None
            }
            Some(c) => Country::parse(&c).map_err(|r| e.add("country", r)).ok(),
        };
        let region = opt_text(self.region);
        if region
            .as_ref()
            .is_some_and(|r| r.chars().count() > MAX_REGION_CHARS)
        {
            e.add(
                "region",
                format!("must be at most {MAX_REGION_CHARS} characters"),
            );
        }
        match (self.lat, self.lon) {
            (Some(lat), Some(lon)) => {
                if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
                    e.add("lat", "must be between -90 and 90");
                }
                if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
                    e.add("lon", "must be between -180 and 180");
                }
            }
            (None, None) => {}
            (Some(_), None) => e.add("lon", "is required when lat is given"),
            (None, Some(_)) => e.add("lat", "is required when lon is given"),
        }
        let website = opt_text(self.website);
        if let Some(w) = &website {
            let rest = w
                .strip_prefix("https://")
                .or_else(|| w.strip_prefix("http://"));
            if w.len() > MAX_URL_CHARS {
                e.add(
                    "website",
                    format!("must be at most {MAX_URL_CHARS} characters"),
                );
            } else if rest.is_none_or(|r| {
                r.is_empty() || r.starts_with('/') || r.contains(char::is_whitespace)
            }) {
                e.add("website", "must be an http:// or https:// address");
            }
        }
        if !e.is_empty() {
            return Err(e);
        }
        match (id, kind, country) {
            (Some(id), Some(kind), Some(country)) => Ok(Organization {
                id,
                kind,
                names,
                country,
                region,
                lat: self.lat,
                lon: self.lon,
                website,
                description,
            }),
            _ => Err(e),
        }
    }
}

/// A membership of an organization in a network.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MembershipInput {
    #[serde(default)]
    pub org: Option<String>,
    #[serde(default)]
    pub network: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub until: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Membership {
    pub org: OrgId,
    pub network: NetworkId,
    pub role: MembershipRole,
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
}

impl MembershipInput {
    pub fn validate(self) -> Result<Membership, FieldErrors> {
        let mut e = FieldErrors::new();
        let org = match opt_text(self.org) {
            None => {
                e.add("org", "is required");
                None
            }
            Some(s) => OrgId::parse(&s).map_err(|r| e.add("org", r)).ok(),
        };
        let network = match opt_text(self.network) {
            None => {
                e.add("network", "is required");
                None
            }
            Some(s) => NetworkId::parse(&s).map_err(|r| e.add("network", r)).ok(),
        };
        let role = match opt_text(self.role) {
            None => {
                e.add("role", "is required");
                None
            }
            Some(s) => MembershipRole::parse(&s).map_err(|r| e.add("role", r)).ok(),
        };
        let since = opt_text(self.since)
            .and_then(|s| PartialDate::parse(&s).map_err(|r| e.add("since", r)).ok());
        let until = opt_text(self.until)
            .and_then(|s| PartialDate::parse(&s).map_err(|r| e.add("until", r)).ok());
        if let (Some(s), Some(u)) = (&since, &until)
            && u.as_str() < s.as_str()
        {
            e.add("until", "must not be before since");
        }
        match (org, network, role) {
            (Some(org), Some(network), Some(role)) if e.is_empty() => Ok(Membership {
                org,
                network,
                role,
                since,
                until,
            }),
            _ => Err(e),
        }
    }
}

/// Lower-cased, trimmed e-mail address, or the reason it is not one.
pub fn normalize_email(s: &str) -> Result<String, &'static str> {
    let e = s.trim().to_lowercase();
    if e.is_empty() {
        return Err("is required");
    }
    if e.len() > 320 || e.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("is not an e-mail address");
    }
    match e.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@') =>
        {
            Ok(e)
        }
        _ => Err("is not an e-mail address"),
    }
}

/// A person listed under an organization (not an account).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PersonInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub position: I18nText,
    #[serde(default)]
    pub as_of: Option<String>,
    /// Private: only editors of the organization and admins see it.
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub position: I18nText,
    pub as_of: Option<PartialDate>,
    pub email: Option<String>,
}

impl PersonInput {
    pub fn validate(self) -> Result<Person, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = opt_text(self.name).unwrap_or_default();
        if name.is_empty() {
            e.add("name", "is required");
        } else if name.chars().count() > MAX_NAME_CHARS {
            e.add(
                "name",
                format!("must be at most {MAX_NAME_CHARS} characters"),
            );
        } else if name.chars().any(char::is_control) {
            e.add("name", "must be one line, without control characters");
        }
        let position = self
            .position
            .normalized_line("position", false, MAX_NAME_CHARS, &mut e);
        let as_of = opt_text(self.as_of)
            .and_then(|s| PartialDate::parse(&s).map_err(|r| e.add("as_of", r)).ok());
        let email = opt_text(self.email)
            .and_then(|s| normalize_email(&s).map_err(|r| e.add("email", r)).ok());
        if e.is_empty() {
            Ok(Person {
                name,
                position,
                as_of,
                email,
            })
        } else {
            Err(e)
        }
    }
}

/// A network, as an admin creates it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkInput {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub names: I18nText,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub relation: Option<String>,
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub secretariat: Option<String>,
    #[serde(default)]
    pub founded: Option<String>,
    #[serde(default)]
    pub description: I18nText,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Network {
    pub id: NetworkId,
    pub names: I18nText,
    pub parent: Option<NetworkId>,
    pub relation: Option<NetworkRelation>,
    pub scope: NetworkScope,
    pub status: NetworkStatus,
    pub secretariat: Option<OrgId>,
    pub founded: Option<PartialDate>,
    pub description: I18nText,
}

impl NetworkInput {
    pub fn validate(self) -> Result<Network, FieldErrors> {
        let mut e = FieldErrors::new();
        let names = self
            .names
            .normalized_line("names", true, MAX_NAME_CHARS, &mut e);
        let description =
            self.description
                .normalized("description", false, MAX_DESCRIPTION_CHARS, &mut e);
        let id = match opt_text(self.id) {
            Some(s) => NetworkId::parse(&s).map_err(|r| e.add("id", r)).ok(),
            None => names
                .get_exact(crate::Lang::En)
                .and_then(slugify)
                .and_then(|s| NetworkId::parse(&s).ok())
                .or_else(|| {
                    if !names.0.is_empty() {
                        e.add(
                            "id",
                            "cannot be made from the name: give an id of a-z, 0-9 and '-'",
                        );
                    }
                    None
                }),
        };
        let parent = opt_text(self.parent)
            .and_then(|s| NetworkId::parse(&s).map_err(|r| e.add("parent", r)).ok());
        let relation = opt_text(self.relation).and_then(|s| {
            NetworkRelation::parse(&s)
                .map_err(|r| e.add("relation", r))
                .ok()
        });
        if parent.is_some() != relation.is_some() {
            e.add(
                "relation",
                "is given exactly when parent is (sub_network or partner_network)",
            );
        }
        let scope = match opt_text(self.scope) {
            None => {
                e.add("scope", "is required");
                None
            }
            Some(s) => NetworkScope::parse(&s).map_err(|r| e.add("scope", r)).ok(),
        };
        let status = match opt_text(self.status) {
            None => Some(NetworkStatus::Active),
            Some(s) => NetworkStatus::parse(&s)
                .map_err(|r| e.add("status", r))
                .ok(),
        };
        let secretariat = opt_text(self.secretariat)
            .and_then(|s| OrgId::parse(&s).map_err(|r| e.add("secretariat", r)).ok());
        let founded = opt_text(self.founded)
            .and_then(|s| PartialDate::parse(&s).map_err(|r| e.add("founded", r)).ok());
        if let (Some(i), Some(p)) = (&id, &parent)
            && i == p
        {
            e.add("parent", "a network cannot be its own parent");
        }
        match (id, scope, status) {
            (Some(id), Some(scope), Some(status)) if e.is_empty() => Ok(Network {
                id,
                names,
                parent,
                relation,
                scope,
                status,
                secretariat,
                founded,
                description,
            }),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn people_and_networks() {
        let p = PersonInput {
            name: Some(" Ana ".into()),
            email: Some("Ana@X.org".into()),
            ..Default::default()
        };
        assert_eq!(p.validate().unwrap().email.as_deref(), Some("ana@x.org"));
        let bad = PersonInput {
            name: None,
            email: Some("nope".into()),
            as_of: Some("2020-13".into()),
            ..Default::default()
        };
        assert_eq!(bad.validate().unwrap_err().0.len(), 3);
        let n = NetworkInput {
            names: I18nText::en("Busan Smart Network"),
            scope: Some("national".into()),
            ..Default::default()
        };
        assert_eq!(n.validate().unwrap().id.as_str(), "busan-smart-network");
        let bad = NetworkInput {
            names: I18nText::en("X"),
            parent: Some("wego".into()),
            scope: Some("galactic".into()),
            ..Default::default()
        };
        let e = bad.validate().unwrap_err();
        assert!(
            e.0.contains_key("relation") && e.0.contains_key("scope"),
            "{e:?}"
        );
    }

    fn seoul() -> OrganizationInput {
        OrganizationInput {
            kind: Some("local_government".into()),
            names: I18nText::en("Seoul").with(Lang::Ko, "서울"),
            country: Some("kr".into()),
            lat: Some(37.5665),
            lon: Some(126.978),
            ..Default::default()
        }
    }

    #[test]
    fn valid_organization_gets_an_id_from_its_name() {
        let o = seoul().validate(None).unwrap();
        assert_eq!(o.id.as_str(), "seoul");
        assert_eq!(o.country.code(), "KR");
    }

    #[test]
    fn every_bad_field_is_named() {
        let input = OrganizationInput {
            kind: Some("city".into()),
            names: I18nText::en("x".repeat(MAX_NAME_CHARS + 1)),
            country: Some("XX".into()),
            lat: Some(91.0),
            lon: Some(f64::NAN),
            website: Some("javascript:alert(1)".into()),
            ..Default::default()
        };
        let e = input.validate(None).unwrap_err();
        for f in ["kind", "names.en", "country", "lat", "lon", "website"] {
            assert!(e.0.contains_key(f), "missing {f} in {e:?}");
        }
    }

    #[test]
    fn memberships() {
        let m = MembershipInput {
            org: Some("seoul".into()),
            network: Some("wego".into()),
            role: Some("founding_member".into()),
            since: Some("2010".into()),
            until: None,
        };
        assert_eq!(m.validate().unwrap().role, MembershipRole::FoundingMember);
        let bad = MembershipInput {
            role: Some("king".into()),
            since: Some("2010-13".into()),
            ..Default::default()
        };
        let e = bad.validate().unwrap_err();
        assert_eq!(e.0.len(), 4, "{e:?}");
    }

    #[test]
    fn partial_dates() {
        for ok in ["2010", "2018-04", "2020-10-21"] {
            assert!(PartialDate::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "20", "2018-4", "2020-02-30", "yesterday"] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
    }
}
