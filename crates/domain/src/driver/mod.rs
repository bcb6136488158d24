//! The Smart City Driver's rules: a project of a city, who may do what with it, its stages and
//! the gate that closes each (`gates.rs`), and the parts it is made of — objectives, risks,
//! milestones, KPIs… (`parts.rs`). Pure: the services load the facts and ask.

pub mod gates;
pub mod parts;
pub mod practice;
pub mod readiness;
pub mod templates;

use crate::error::FieldErrors;
use crate::ids::{OrgId, check_slug};
use crate::knowledge::PracticeDomain;
use crate::lang::{I18nText, Lang};
use serde::{Deserialize, Serialize};

words!(
    /// The five stages, in order. A project is in one; the owner signs the gate of a stage to
    /// move to the next.
    Stage {
        Discover = "discover",
        Plan = "plan",
        Finance = "finance",
        Deploy = "deploy",
        Operate = "operate",
    }
);

impl Stage {
    /// The stage after this one; None after Operate (signing its gate completes the project).
    pub fn next(self) -> Option<Stage> {
        let i = Stage::ALL.iter().position(|s| *s == self)?;
        Stage::ALL.get(i + 1).copied()
    }
}

words!(
    /// Who sees a project: its team, the members of one network, or everyone.
    Visibility { Team = "team", Network = "network", Public = "public" }
);

words!(
    /// What someone may do with a project, weakest first: viewers read everything, editors also
    /// write its parts, owners also sign gates, invite, and change who sees it.
    TeamRole { Viewer = "viewer", Editor = "editor", Owner = "owner" }
);

words!(
    /// Where a partner organization's invitation stands.
    PartnerStatus { Invited = "invited", Accepted = "accepted", Declined = "declined" }
);

/// What an owner submits for a project.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectInput {
    #[serde(default)]
    pub id: Option<String>,
    /// The city that owns it (an organization of the directory).
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub titles: I18nText,
    #[serde(default)]
    pub summary: I18nText,
    #[serde(default)]
    pub domain: Option<String>,
    /// Goal numbers 1 to 17.
    #[serde(default)]
    pub sdgs: Vec<u8>,
    /// `team` (the default), `network` or `public`.
    #[serde(default)]
    pub visibility: Option<String>,
    /// The network whose members see it, for `network`.
    #[serde(default)]
    pub network: Option<String>,
    /// A district of the city, when the project is not the whole city.
    #[serde(default)]
    pub district: I18nText,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    /// The languages the team works in (BCP 47 tags of the five).
    #[serde(default)]
    pub languages: Vec<String>,
    /// A template to start from (`templates::all()`), when the project is created: it gives
    /// the domain and goals left empty, and the first parts.
    #[serde(default)]
    pub template: Option<String>,
}

/// A project's own values, checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Project {
    pub id: String,
    pub city: OrgId,
    pub titles: I18nText,
    pub summary: I18nText,
    pub domain: PracticeDomain,
    pub sdgs: Vec<u8>,
    pub visibility: Visibility,
    pub network: Option<String>,
    pub district: I18nText,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub languages: Vec<Lang>,
}

/// Goal numbers sorted, each once; an error unless all are 1 to 17.
pub(crate) fn sdgs(mut v: Vec<u8>, e: &mut FieldErrors) -> Vec<u8> {
    v.sort_unstable();
    v.dedup();
    if v.iter().any(|g| !(1..=17).contains(g)) {
        e.add("sdgs", "are goal numbers from 1 to 17");
    }
    v
}

fn trimmed(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

impl ProjectInput {
    pub fn validate(self) -> Result<Project, FieldErrors> {
        let mut e = FieldErrors::new();
        let titles = self.titles.normalized_line("titles", true, 200, &mut e);
        let summary = self.summary.normalized("summary", false, 4_000, &mut e);
        let district = self
            .district
            .normalized_line("district", false, 200, &mut e);
        let city = match trimmed(self.city) {
            None => {
                e.add("city", "is required (an organization of the directory)");
                None
            }
            Some(c) => OrgId::parse(&c).map_err(|r| e.add("city", r)).ok(),
        };
        let template = match trimmed(self.template) {
            None => None,
            Some(t) => match templates::get(&t) {
                Some(t) => Some(t),
                None => {
                    e.add("template", format!("is one of: {}", templates::ids()));
                    None
                }
            },
        };
        let given = trimmed(self.domain);
        let domain = match given.or_else(|| template.map(|t| t.domain.as_str().to_string())) {
            None => {
                e.add("domain", "is required");
                None
            }
            Some(d) => PracticeDomain::parse(&d)
                .map_err(|r| e.add("domain", r))
                .ok(),
        };
        let goals = match template {
            Some(t) if self.sdgs.is_empty() => t.sdgs.clone(),
            _ => self.sdgs,
        };
        let sdgs = sdgs(goals, &mut e);
        let visibility = match trimmed(self.visibility) {
            None => Some(Visibility::Team),
            Some(v) => Visibility::parse(&v)
                .map_err(|r| e.add("visibility", r))
                .ok(),
        };
        let network = trimmed(self.network);
        match (&visibility, &network) {
            (Some(Visibility::Network), None) => e.add(
                "network",
                "is required when only a network's members may see it",
            ),
            (_, Some(n)) => {
                if let Err(r) = check_slug(n) {
                    e.add("network", r);
                }
            }
            _ => {}
        }
        let network = network.filter(|_| visibility == Some(Visibility::Network));
        if self.lat.is_some_and(|lat| !(-90.0..=90.0).contains(&lat)) {
            e.add("lat", "is a latitude from -90 to 90");
        }
        if self.lon.is_some_and(|lon| !(-180.0..=180.0).contains(&lon)) {
            e.add("lon", "is a longitude from -180 to 180");
        }
        match (self.lat, self.lon) {
            (None, Some(_)) => e.add("lat", "is required with a longitude"),
            (Some(_), None) => e.add("lon", "is required with a latitude"),
            _ => {}
        }
        let mut languages = Vec::new();
        for l in &self.languages {
            if l.trim().is_empty() {
                continue;
            }
            match Lang::parse(l.trim()) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => e.add(
                    "languages",
                    format!("'{}' is not one of: en, ko, ja, zh-Hans, fr", l.trim()),
                ),
            }
        }
        languages.sort();
        let id = match trimmed(self.id) {
            Some(s) => check_slug(&s).map(|_| s).map_err(|r| e.add("id", r)).ok(),
            None => titles
                .get_exact(Lang::En)
                .or_else(|| titles.0.values().next().map(String::as_str))
                .and_then(crate::ids::slugify),
        };
        if id.is_none() && !e.0.contains_key("id") && !titles.0.is_empty() {
            e.add(
                "id",
                "cannot be made from the title: give an id of a-z, 0-9 and '-'",
            );
        }
        // Like a practice's, a project's id begins with its city's: an owner choosing an id
        // only ever meets their own city's projects, so "already exists" reveals nothing.
        let id = match (id, &city) {
            (Some(id), Some(city)) if !id.starts_with(&format!("{}-", city.as_str())) => {
                let prefixed = format!("{}-{id}", city.as_str());
                check_slug(&prefixed)
                    .map(|_| prefixed)
                    .map_err(|r| e.add("id", format!("with the city's id before it, {r}")))
                    .ok()
            }
            (id, _) => id,
        };
        match (id, city, domain, visibility) {
            (Some(id), Some(city), Some(domain), Some(visibility)) if e.is_empty() => Ok(Project {
                id,
                city,
                titles,
                summary,
                domain,
                sdgs,
                visibility,
                network,
                district,
                lat: self.lat,
                lon: self.lon,
                languages,
            }),
            _ => Err(e),
        }
    }
}

/// What is known of one actor and one project, from which their rights follow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standing {
    pub admin: bool,
    /// An editor of the owning city.
    pub city_editor: bool,
    /// Their role in the team, if they are in it.
    pub member: Option<TeamRole>,
    /// The rights given to a partner organization they edit, once it accepted.
    pub partner: Option<TeamRole>,
    /// Their organization is a member of the network the project is shown to.
    pub in_network: bool,
}

impl Standing {
    /// Their role on the project, if they have one: admins and the city's editors own it.
    pub fn role(&self) -> Option<TeamRole> {
        if self.admin || self.city_editor {
            return Some(TeamRole::Owner);
        }
        self.member.max(self.partner)
    }

    /// Whether they see a project shown to `visibility`.
    pub fn sees(&self, visibility: Visibility) -> bool {
        match visibility {
            Visibility::Public => true,
            Visibility::Network => self.in_network || self.role().is_some(),
            Visibility::Team => self.role().is_some(),
        }
    }

    /// Whether their role allows `needed`.
    pub fn may(&self, needed: TeamRole) -> bool {
        self.role().is_some_and(|r| r >= needed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ProjectInput {
        ProjectInput {
            city: Some("da-nang".into()),
            titles: I18nText::en("Smart street lighting").with(Lang::Ko, "스마트 가로등"),
            domain: Some("sustainable_city".into()),
            sdgs: vec![11, 7, 11],
            languages: vec!["vi".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_template_gives_the_domain_and_goals_left_empty() {
        let mut i = input();
        i.languages = vec![];
        i.domain = None;
        i.sdgs = vec![];
        i.template = Some("traffic_management".into());
        let p = i.clone().validate().unwrap();
        assert_eq!(p.domain, PracticeDomain::Mobility);
        assert_eq!(p.sdgs, vec![3, 9, 11]);
        // What the owner chose stands.
        i.domain = Some("safe_city".into());
        i.sdgs = vec![11];
        let p = i.clone().validate().unwrap();
        assert_eq!((p.domain, p.sdgs), (PracticeDomain::SafeCity, vec![11]));
        i.template = Some("moon_base".into());
        let e = i.validate().unwrap_err();
        assert!(e.0["template"].contains("street_lighting"), "{e:?}");
    }

    #[test]
    fn a_project_is_checked_whole_and_its_id_begins_with_its_city() {
        let mut i = input();
        i.languages = vec!["ko".into(), "en".into(), "ko".into()];
        let p = i.validate().unwrap();
        assert_eq!(p.id, "da-nang-smart-street-lighting");
        assert_eq!(p.sdgs, vec![7, 11]);
        assert_eq!(p.visibility, Visibility::Team, "private by default");
        assert_eq!(p.languages, vec![Lang::En, Lang::Ko]);
        let bad = ProjectInput {
            city: Some("Da Nang".into()),
            domain: Some("roads".into()),
            visibility: Some("network".into()),
            lat: Some(95.0),
            sdgs: vec![18],
            languages: vec!["vi".into()],
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        for f in [
            "city",
            "domain",
            "titles",
            "network",
            "lat",
            "lon",
            "sdgs",
            "languages",
        ] {
            assert!(bad.0.contains_key(f), "{f}: {bad:?}");
        }
    }

    #[test]
    fn rights_follow_the_standing() {
        let outsider = Standing::default();
        assert!(outsider.sees(Visibility::Public));
        assert!(!outsider.sees(Visibility::Network));
        assert!(!outsider.sees(Visibility::Team));
        assert!(!outsider.may(TeamRole::Viewer));
        let networked = Standing {
            in_network: true,
            ..Default::default()
        };
        assert!(networked.sees(Visibility::Network) && !networked.sees(Visibility::Team));
        assert!(
            !networked.may(TeamRole::Viewer),
            "seeing is not being in the team"
        );
        let partner = Standing {
            partner: Some(TeamRole::Editor),
            member: Some(TeamRole::Viewer),
            ..Default::default()
        };
        assert_eq!(partner.role(), Some(TeamRole::Editor), "the stronger right");
        assert!(partner.may(TeamRole::Editor) && !partner.may(TeamRole::Owner));
        let city = Standing {
            city_editor: true,
            ..Default::default()
        };
        assert!(city.may(TeamRole::Owner) && city.sees(Visibility::Team));
    }

    #[test]
    fn stages_follow_each_other() {
        assert_eq!(Stage::Discover.next(), Some(Stage::Plan));
        assert_eq!(Stage::Deploy.next(), Some(Stage::Operate));
        assert_eq!(Stage::Operate.next(), None);
    }
}
