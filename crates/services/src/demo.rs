//! The demo network, loaded on an empty database from `demo/network.json`: facts from
//! DESIGN.md §5 and the founding article only. Unknown facts are null in the file and shown
//! as "unknown" on the pages.

use crate::directory::{membership_model, org_model, sort_name};
use crate::{ServiceError, ServiceResult, Services};
use domain::I18nText;
use domain::directory::{
    MembershipInput, NetworkRelation, NetworkScope, NetworkStatus, OrganizationInput, PartialDate,
};
use domain::events::EventInput;
use domain::ids::{NetworkId, PersonId};
use domain::time::now_micros;
use serde::Deserialize;
use store::entities::{event, network, person, series};
use store::{directory as dir, events as ev, outbox};

pub const DEMO_JSON: &str = include_str!("../demo/network.json");
pub const DEMO_EVENTS_JSON: &str = include_str!("../demo/events.json");

#[derive(Deserialize)]
struct DemoEvents {
    series: Vec<DemoSeries>,
    events: Vec<DemoEvent>,
    links: Vec<(String, String, String)>,
}

#[derive(Deserialize)]
struct DemoSeries {
    id: String,
    names: I18nText,
    organizer: String,
    description: I18nText,
}

#[derive(Deserialize)]
struct DemoEvent {
    id: String,
    series: Option<String>,
    part: Option<i32>,
    format: String,
    date: String,
    time_zone: String,
    audience: String,
    audience_value: Option<String>,
    languages: String,
    titles: I18nText,
    description: I18nText,
    organizations: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct Demo {
    organizations: Vec<OrganizationInput>,
    networks: Vec<DemoNetwork>,
    memberships: Vec<DemoMembership>,
    people: Vec<DemoPerson>,
}

#[derive(Deserialize)]
struct DemoNetwork {
    id: String,
    names: I18nText,
    parent: Option<String>,
    relation: Option<String>,
    scope: String,
    status: String,
    secretariat: Option<String>,
    founded: Option<String>,
    description: Option<I18nText>,
}

#[derive(Deserialize)]
struct DemoMembership {
    org: String,
    network: String,
    role: String,
    since: Option<String>,
    until: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct DemoPerson {
    id: String,
    org: String,
    name: String,
    position: I18nText,
    as_of: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoCounts {
    pub organizations: usize,
    pub networks: usize,
    pub memberships: usize,
    pub people: usize,
}

fn bad(what: &str, e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(format!("demo data: {what}: {e}"))
}

impl Services {
    /// Loads the demo network when the directory is empty; does nothing otherwise.
    pub async fn load_demo_if_empty(&self) -> ServiceResult<Option<DemoCounts>> {
        if dir::count_orgs(&self.store.db).await? > 0
            || !dir::list_networks(&self.store.db).await?.is_empty()
        {
            return Ok(None);
        }
        let demo: Demo = serde_json::from_str(DEMO_JSON).map_err(|e| bad("parse", e))?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        for o in &demo.organizations {
            let org = o
                .clone()
                .validate(None)
                .map_err(|e| bad(o.id.as_deref().unwrap_or("?"), format!("{e:?}")))?;
            dir::insert_org(&tx, org_model(&org, now, now)).await?;
            outbox::push(
                &tx,
                now,
                "organization.changed",
                org.id.as_str(),
                &serde_json::json!({"id": org.id}),
            )
            .await?;
        }
        // Parents first.
        let mut pending: Vec<&DemoNetwork> = demo.networks.iter().collect();
        let mut placed: Vec<String> = Vec::new();
        while !pending.is_empty() {
            let before = pending.len();
            let (ready, wait): (Vec<_>, Vec<_>) = pending
                .into_iter()
                .partition(|n| n.parent.as_ref().is_none_or(|p| placed.contains(p)));
            for n in ready {
                NetworkId::parse(&n.id).map_err(|e| bad(&n.id, e))?;
                NetworkScope::parse(&n.scope).map_err(|e| bad(&n.id, e))?;
                NetworkStatus::parse(&n.status).map_err(|e| bad(&n.id, e))?;
                if let Some(r) = &n.relation {
                    NetworkRelation::parse(r).map_err(|e| bad(&n.id, e))?;
                }
                if let Some(f) = &n.founded {
                    PartialDate::parse(f).map_err(|e| bad(&n.id, e))?;
                }
                dir::insert_network(
                    &tx,
                    network::Model {
                        id: n.id.clone(),
                        names: n.names.to_json(),
                        sort_name: sort_name(&n.names),
                        parent_id: n.parent.clone(),
                        relation: n.relation.clone(),
                        scope: n.scope.clone(),
                        status: n.status.clone(),
                        secretariat_org_id: n.secretariat.clone(),
                        founded: n.founded.clone(),
                        description: n.description.clone().unwrap_or_default().to_json(),
                        created_at: now,
                        updated_at: now,
                    },
                )
                .await?;
                placed.push(n.id.clone());
            }
            pending = wait;
            if pending.len() == before {
                return Err(bad("networks", "a parent that does not exist"));
            }
        }
        for m in &demo.memberships {
            let input = MembershipInput {
                org: Some(m.org.clone()),
                network: Some(m.network.clone()),
                role: Some(m.role.clone()),
                since: m.since.clone(),
                until: m.until.clone(),
            };
            let valid = input
                .validate()
                .map_err(|e| bad(&m.org, format!("{e:?}")))?;
            dir::insert_membership(&tx, membership_model(&valid, m.note.clone(), now)).await?;
        }
        for p in &demo.people {
            PersonId::parse(&p.id).map_err(|e| bad(&p.id, e))?;
            dir::insert_person(
                &tx,
                person::Model {
                    id: p.id.clone(),
                    org_id: p.org.clone(),
                    name: p.name.clone(),
                    position: p.position.to_json(),
                    as_of: p.as_of.clone(),
                    email: None,
                    created_at: now,
                    updated_at: now,
                },
            )
            .await?;
        }
        let events: DemoEvents =
            serde_json::from_str(DEMO_EVENTS_JSON).map_err(|e| bad("events", e))?;
        for se in &events.series {
            ev::insert_series(
                &tx,
                series::Model {
                    id: se.id.clone(),
                    names: se.names.to_json(),
                    description: se.description.to_json(),
                    organizer_org_id: Some(se.organizer.clone()),
                    created_at: now,
                    updated_at: now,
                },
            )
            .await?;
        }
        for e in &events.events {
            // The same validation as any organizer's event: the hours are unknown, so only the date is given.
            let valid = EventInput {
                id: Some(e.id.clone()),
                titles: e.titles.clone(),
                description: e.description.clone(),
                format: Some(e.format.clone()),
                date: Some(e.date.clone()),
                time_zone: Some(e.time_zone.clone()),
                audience: Some(e.audience.clone()),
                audience_value: e.audience_value.clone(),
                languages: Some(e.languages.clone()),
                ..Default::default()
            }
            .validate()
            .map_err(|err| bad(&e.id, format!("{err:?}")))?;
            ev::insert_event(
                &tx,
                event::Model {
                    id: valid.id.clone(),
                    series_id: e.series.clone(),
                    part: e.part,
                    titles: valid.titles.to_json(),
                    description: valid.description.to_json(),
                    format: valid.format.as_str().into(),
                    starts_at: domain::time::to_micros(valid.time.starts_at),
                    ends_at: domain::time::to_micros(valid.time.ends_at),
                    time_zone: valid.time.time_zone.name().into(),
                    time_known: valid.time.time_known,
                    capacity: None,
                    moderated: false,
                    audience: valid.audience.as_str().into(),
                    audience_value: valid.audience_value.clone(),
                    online_url: None,
                    languages: valid.languages.join(","),
                    status: "scheduled".into(),
                    seat_version: 0,
                    created_at: now,
                    updated_at: now,
                },
            )
            .await?;
            for (org, role) in &e.organizations {
                ev::add_organizer(&tx, &e.id, org, role).await?;
            }
        }
        for (from, to, kind) in &events.links {
            domain::events::LinkKind::parse(kind).map_err(|err| bad(from, err))?;
            ev::add_link(&tx, from, to, kind).await?;
        }
        let counts = DemoCounts {
            organizations: demo.organizations.len(),
            networks: demo.networks.len(),
            memberships: demo.memberships.len(),
            people: demo.people.len(),
        };
        crate::audited(
            &tx,
            now,
            "system",
            "demo.load",
            ("directory", "demo"),
            None,
            Some(format!("{counts:?}")),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(Some(counts))
    }
}
