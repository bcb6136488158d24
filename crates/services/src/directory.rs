//! The directory's use cases: organizations, networks, memberships and people.
//! Reads are public (people's e-mail addresses excepted); writes are checked and audited.

use crate::error::field;
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::directory::{
    MembershipInput, NetworkInput, Organization, OrganizationInput, PersonInput,
};
use domain::ids::OrgId;
use domain::time::now_micros;
use domain::{I18nText, Lang};
use serde::Serialize;
use store::directory::{self as dir, OrgFilter, Page};
use store::entities::{membership, network, organization, person};
use store::outbox;

/// An organization as pages and the API show it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OrgView {
    pub id: String,
    pub kind: String,
    pub names: I18nText,
    pub country: String,
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
    pub relation: Option<String>,
    pub scope: String,
    pub status: String,
    pub secretariat_org_id: Option<String>,
    pub founded: Option<String>,
    pub description: I18nText,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MembershipView {
    pub id: String,
    pub org_id: String,
    pub network_id: String,
    pub role: String,
    pub since: Option<String>,
    pub until: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PersonView {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub position: I18nText,
    pub as_of: Option<String>,
    /// Only for those who may edit the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrgPage {
    pub org: OrgView,
    pub memberships: Vec<(MembershipView, NetworkView)>,
    pub people: Vec<PersonView>,
    pub can_edit: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct NetworkPage {
    pub network: NetworkView,
    pub parent: Option<NetworkView>,
    pub sub_networks: Vec<NetworkView>,
    pub secretariat: Option<OrgView>,
    pub members: Vec<(MembershipView, OrgView)>,
}

fn i18n(s: &str) -> ServiceResult<I18nText> {
    I18nText::from_json(s).map_err(|e| ServiceError::Internal(format!("stored text: {e}")))
}

pub fn org_view(m: organization::Model) -> ServiceResult<OrgView> {
    Ok(OrgView {
        names: i18n(&m.names)?,
        description: i18n(&m.description)?,
        id: m.id,
        kind: m.kind,
        country: m.country,
        region: m.region,
        lat: m.lat,
        lon: m.lon,
        website: m.website,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

pub fn network_view(m: network::Model) -> ServiceResult<NetworkView> {
    Ok(NetworkView {
        names: i18n(&m.names)?,
        description: i18n(&m.description)?,
        id: m.id,
        parent_id: m.parent_id,
        relation: m.relation,
        scope: m.scope,
        status: m.status,
        secretariat_org_id: m.secretariat_org_id,
        founded: m.founded,
    })
}

fn membership_view(m: membership::Model) -> MembershipView {
    MembershipView {
        id: m.id,
        org_id: m.org_id,
        network_id: m.network_id,
        role: m.role,
        since: m.since,
        until: m.until,
        note: m.note,
    }
}

pub(crate) fn person_view(m: person::Model, private: bool) -> ServiceResult<PersonView> {
    Ok(PersonView {
        position: i18n(&m.position)?,
        id: m.id,
        org_id: m.org_id,
        name: m.name,
        as_of: m.as_of,
        email: if private { m.email } else { None },
    })
}

/// The lower-cased name lists are ordered by: English when there is one.
pub fn sort_name(names: &I18nText) -> String {
    names.best(Lang::En).to_lowercase()
}

pub(crate) fn org_model(o: &Organization, created_at: i64, updated_at: i64) -> organization::Model {
    organization::Model {
        id: o.id.to_string(),
        kind: o.kind.as_str().into(),
        names: o.names.to_json(),
        sort_name: sort_name(&o.names),
        country: o.country.code().into(),
        region: o.region.clone(),
        lat: o.lat,
        lon: o.lon,
        website: o.website.clone(),
        description: o.description.to_json(),
        created_at,
        updated_at,
    }
}

fn json_of<T: Serialize>(v: &T) -> Option<String> {
    serde_json::to_string(v).ok()
}

impl Services {
    pub async fn list_orgs(
        &self,
        f: &OrgFilter,
        paging: domain::Paging,
    ) -> ServiceResult<Page<OrgView>> {
        let p = dir::list_orgs(&self.store.db, f, paging).await?;
        let items = p
            .items
            .into_iter()
            .map(org_view)
            .collect::<ServiceResult<_>>()?;
        Ok(paging.page_of(items, p.total))
    }

    /// How many organizations the directory holds.
    pub async fn count_orgs(&self) -> ServiceResult<u64> {
        Ok(dir::count_orgs(&self.store.db).await?)
    }

    pub async fn get_org(&self, id: &str) -> ServiceResult<OrgView> {
        org_view(
            dir::get_org(&self.store.db, id)
                .await?
                .ok_or(ServiceError::NotFound("organization"))?,
        )
    }

    pub async fn org_page(&self, actor: &Actor, id: &str) -> ServiceResult<OrgPage> {
        let org = self.get_org(id).await?;
        let can_edit = OrgId::parse(id).is_ok_and(|oid| actor.require_org_editor(&oid).is_ok());
        let mut memberships = Vec::new();
        for m in dir::org_memberships(&self.store.db, id).await? {
            if let Some(n) = dir::get_network(&self.store.db, &m.network_id).await? {
                memberships.push((membership_view(m), network_view(n)?));
            }
        }
        let people = dir::org_people(&self.store.db, id)
            .await?
            .into_iter()
            .map(|p| person_view(p, can_edit))
            .collect::<ServiceResult<_>>()?;
        Ok(OrgPage {
            org,
            memberships,
            people,
            can_edit,
        })
    }

    pub async fn orgs_on_map(&self, network: Option<&str>) -> ServiceResult<Vec<OrgView>> {
        dir::orgs_on_map(&self.store.db, network)
            .await?
            .into_iter()
            .map(org_view)
            .collect()
    }

    pub async fn list_networks(&self) -> ServiceResult<Vec<(NetworkView, u64)>> {
        let counts = dir::member_counts(&self.store.db).await?;
        dir::list_networks(&self.store.db)
            .await?
            .into_iter()
            .map(|n| {
                let c = counts.get(&n.id).copied().unwrap_or(0);
                Ok((network_view(n)?, c))
            })
            .collect()
    }

    pub async fn network_page(&self, id: &str) -> ServiceResult<NetworkPage> {
        let n = dir::get_network(&self.store.db, id)
            .await?
            .ok_or(ServiceError::NotFound("network"))?;
        let parent = match &n.parent_id {
            Some(p) => dir::get_network(&self.store.db, p)
                .await?
                .map(network_view)
                .transpose()?,
            None => None,
        };
        let secretariat = match &n.secretariat_org_id {
            Some(o) => dir::get_org(&self.store.db, o)
                .await?
                .map(org_view)
                .transpose()?,
            None => None,
        };
        let sub_networks = dir::sub_networks(&self.store.db, id)
            .await?
            .into_iter()
            .map(network_view)
            .collect::<ServiceResult<_>>()?;
        let members = dir::network_members(&self.store.db, id)
            .await?
            .into_iter()
            .map(|(m, o)| Ok((membership_view(m), org_view(o)?)))
            .collect::<ServiceResult<_>>()?;
        Ok(NetworkPage {
            network: network_view(n)?,
            parent,
            sub_networks,
            secretariat,
            members,
        })
    }

    pub async fn list_memberships(
        &self,
        network: Option<&str>,
    ) -> ServiceResult<Vec<MembershipView>> {
        Ok(dir::list_memberships(&self.store.db, network)
            .await?
            .into_iter()
            .map(membership_view)
            .collect())
    }

    /// Admins add organizations to the directory.
    pub async fn create_org(
        &self,
        actor: &Actor,
        input: OrganizationInput,
    ) -> ServiceResult<OrgView> {
        if let Err(d) = actor.require_admin() {
            return Err(self
                .refused(actor, "organization.create", "organization", "", d)
                .await);
        }
        let org = input.validate(None).map_err(ServiceError::Invalid)?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        let m = dir::insert_org(&tx, org_model(&org, now, now)).await?;
        let view = org_view(m)?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "organization.create",
            ("organization", &view.id),
            None,
            json_of(&view),
        )
        .await?;
        outbox::push(
            &tx,
            now,
            "organization.changed",
            &view.id,
            &serde_json::json!({"id": view.id}),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(view)
    }

    /// Admins and the organization's editors change it. The id never changes.
    pub async fn update_org(
        &self,
        actor: &Actor,
        id: &str,
        input: OrganizationInput,
    ) -> ServiceResult<OrgView> {
        let oid = OrgId::parse(id).map_err(|_| ServiceError::NotFound("organization"))?;
        if let Err(d) = actor.require_org_editor(&oid) {
            return Err(self
                .refused(actor, "organization.update", "organization", id, d)
                .await);
        }
        if input.id.as_deref().is_some_and(|given| given.trim() != id) {
            return Err(ServiceError::Invalid(field("id", "cannot be changed")));
        }
        let org = input.validate(Some(&oid)).map_err(ServiceError::Invalid)?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        let before = dir::get_org(&tx, id)
            .await?
            .ok_or(ServiceError::NotFound("organization"))?;
        let before_view = org_view(before.clone())?;
        let m = dir::update_org(&tx, org_model(&org, before.created_at, now)).await?;
        let view = org_view(m)?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "organization.update",
            ("organization", id),
            json_of(&before_view),
            json_of(&view),
        )
        .await?;
        outbox::push(
            &tx,
            now,
            "organization.changed",
            id,
            &serde_json::json!({"id": id}),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(view)
    }

    pub async fn delete_org(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        if let Err(d) = actor.require_admin() {
            return Err(self
                .refused(actor, "organization.delete", "organization", id, d)
                .await);
        }
        let now = now_micros();
        let tx = self.store.begin().await?;
        let before = dir::get_org(&tx, id)
            .await?
            .ok_or(ServiceError::NotFound("organization"))?;
        dir::delete_org(&tx, id).await?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "organization.delete",
            ("organization", id),
            json_of(&org_view(before)?),
            None,
        )
        .await?;
        outbox::push(
            &tx,
            now,
            "organization.deleted",
            id,
            &serde_json::json!({"id": id}),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(())
    }

    /// Admins record that an organization belongs to a network in a role.
    pub async fn add_membership(
        &self,
        actor: &Actor,
        input: MembershipInput,
    ) -> ServiceResult<MembershipView> {
        if let Err(d) = actor.require_admin() {
            return Err(self
                .refused(actor, "membership.create", "membership", "", d)
                .await);
        }
        let m = input.validate().map_err(ServiceError::Invalid)?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        if dir::get_org(&tx, m.org.as_str()).await?.is_none() {
            return Err(ServiceError::Invalid(field("org", "no such organization")));
        }
        if dir::get_network(&tx, m.network.as_str()).await?.is_none() {
            return Err(ServiceError::Invalid(field("network", "no such network")));
        }
        let row = dir::insert_membership(&tx, membership_model(&m, None, now)).await?;
        let view = membership_view(row);
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "membership.create",
            ("membership", &view.id),
            None,
            json_of(&view),
        )
        .await?;
        outbox::push(
            &tx,
            now,
            "organization.changed",
            &view.org_id,
            &serde_json::json!({"id": view.org_id}),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(view)
    }
}

pub(crate) fn membership_model(
    m: &domain::directory::Membership,
    note: Option<String>,
    now: i64,
) -> membership::Model {
    membership::Model {
        id: domain::ids::random_id("m", rand::random()),
        org_id: m.org.to_string(),
        network_id: m.network.to_string(),
        role: m.role.as_str().into(),
        since: m.since.as_ref().map(|d| d.as_str().to_string()),
        until: m.until.as_ref().map(|d| d.as_str().to_string()),
        note,
        created_at: now,
    }
}

impl Services {
    /// The people of an organization; e-mail addresses only for those who may edit it.
    pub async fn org_people(&self, actor: &Actor, org_id: &str) -> ServiceResult<Vec<PersonView>> {
        dir::get_org(&self.store.db, org_id)
            .await?
            .ok_or(ServiceError::NotFound("organization"))?;
        let private = OrgId::parse(org_id).is_ok_and(|o| actor.require_org_editor(&o).is_ok());
        dir::org_people(&self.store.db, org_id)
            .await?
            .into_iter()
            .map(|p| person_view(p, private))
            .collect()
    }

    /// Editors of the organization (and admins) list a person under it.
    pub async fn add_person(
        &self,
        actor: &Actor,
        org_id: &str,
        input: PersonInput,
    ) -> ServiceResult<PersonView> {
        let oid = OrgId::parse(org_id).map_err(|_| ServiceError::NotFound("organization"))?;
        if let Err(d) = actor.require_org_editor(&oid) {
            return Err(self
                .refused(actor, "person.create", "organization", org_id, d)
                .await);
        }
        let p = input.validate().map_err(ServiceError::Invalid)?;
        let now = now_micros();
        let id = match domain::ids::slugify(&p.name) {
            Some(s) => format!(
                "{}-{}",
                s.chars().take(40).collect::<String>().trim_end_matches('-'),
                &crate::random_hex(3)
            ),
            None => domain::ids::random_id("p", rand::random()),
        };
        let tx = self.store.begin().await?;
        dir::get_org(&tx, org_id)
            .await?
            .ok_or(ServiceError::NotFound("organization"))?;
        let m = dir::insert_person(
            &tx,
            person::Model {
                id,
                org_id: org_id.to_string(),
                name: p.name,
                position: p.position.to_json(),
                as_of: p.as_of.map(|d| d.as_str().to_string()),
                email: p.email,
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
        let view = person_view(m, true)?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "person.create",
            ("person", &view.id),
            None,
            json_of(&view),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(view)
    }

    pub async fn update_person(
        &self,
        actor: &Actor,
        id: &str,
        input: PersonInput,
    ) -> ServiceResult<PersonView> {
        let before = dir::get_person(&self.store.db, id)
            .await?
            .ok_or(ServiceError::NotFound("person"))?;
        let oid = OrgId::parse(&before.org_id).map_err(|e| ServiceError::Internal(e.into()))?;
        if let Err(d) = actor.require_org_editor(&oid) {
            return Err(self.refused(actor, "person.update", "person", id, d).await);
        }
        let p = input.validate().map_err(ServiceError::Invalid)?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        let m = dir::update_person(
            &tx,
            person::Model {
                id: before.id.clone(),
                org_id: before.org_id.clone(),
                name: p.name,
                position: p.position.to_json(),
                as_of: p.as_of.map(|d| d.as_str().to_string()),
                email: p.email,
                created_at: before.created_at,
                updated_at: now,
            },
        )
        .await?;
        let view = person_view(m, true)?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "person.update",
            ("person", id),
            json_of(&person_view(before, true)?),
            json_of(&view),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(view)
    }

    pub async fn delete_person(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        let before = dir::get_person(&self.store.db, id)
            .await?
            .ok_or(ServiceError::NotFound("person"))?;
        let oid = OrgId::parse(&before.org_id).map_err(|e| ServiceError::Internal(e.into()))?;
        if let Err(d) = actor.require_org_editor(&oid) {
            return Err(self.refused(actor, "person.delete", "person", id, d).await);
        }
        let now = now_micros();
        let tx = self.store.begin().await?;
        dir::delete_person(&tx, id).await?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "person.delete",
            ("person", id),
            json_of(&person_view(before, true)?),
            None,
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(())
    }

    /// Admins add networks; a sub-network names its parent.
    pub async fn create_network(
        &self,
        actor: &Actor,
        input: NetworkInput,
    ) -> ServiceResult<NetworkView> {
        if let Err(d) = actor.require_admin() {
            return Err(self
                .refused(actor, "network.create", "network", "", d)
                .await);
        }
        let n = input.validate().map_err(ServiceError::Invalid)?;
        let now = now_micros();
        let tx = self.store.begin().await?;
        if let Some(p) = &n.parent
            && dir::get_network(&tx, p.as_str()).await?.is_none()
        {
            return Err(ServiceError::Invalid(field("parent", "no such network")));
        }
        if let Some(o) = &n.secretariat
            && dir::get_org(&tx, o.as_str()).await?.is_none()
        {
            return Err(ServiceError::Invalid(field(
                "secretariat",
                "no such organization",
            )));
        }
        let m = dir::insert_network(
            &tx,
            network::Model {
                id: n.id.to_string(),
                names: n.names.to_json(),
                sort_name: sort_name(&n.names),
                parent_id: n.parent.map(|p| p.to_string()),
                relation: n.relation.map(|r| r.as_str().to_string()),
                scope: n.scope.as_str().into(),
                status: n.status.as_str().into(),
                secretariat_org_id: n.secretariat.map(|o| o.to_string()),
                founded: n.founded.map(|d| d.as_str().to_string()),
                description: n.description.to_json(),
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
        let view = network_view(m)?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "network.create",
            ("network", &view.id),
            None,
            json_of(&view),
        )
        .await?;
        outbox::push(
            &tx,
            now,
            "network.changed",
            &view.id,
            &serde_json::json!({"id": view.id}),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(view)
    }

    pub async fn delete_membership(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        if let Err(d) = actor.require_admin() {
            return Err(self
                .refused(actor, "membership.delete", "membership", id, d)
                .await);
        }
        let now = now_micros();
        let tx = self.store.begin().await?;
        let before = dir::get_membership(&tx, id)
            .await?
            .ok_or(ServiceError::NotFound("membership"))?;
        dir::delete_membership(&tx, id).await?;
        crate::audited(
            &tx,
            now,
            &actor.id_for_log(),
            "membership.delete",
            ("membership", id),
            serde_json::to_string(&before).ok(),
            None,
        )
        .await?;
        outbox::push(
            &tx,
            now,
            "organization.changed",
            &before.org_id,
            &serde_json::json!({"id": before.org_id}),
        )
        .await?;
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(())
    }
}

impl Services {
    /// The organization a person is listed under (to return to its page).
    pub async fn person_org(&self, id: &str) -> ServiceResult<String> {
        Ok(dir::get_person(&self.store.db, id)
            .await?
            .ok_or(ServiceError::NotFound("person"))?
            .org_id)
    }

    /// The network of a membership (to return to its page).
    pub async fn membership_network(&self, id: &str) -> ServiceResult<String> {
        Ok(dir::get_membership(&self.store.db, id)
            .await?
            .ok_or(ServiceError::NotFound("membership"))?
            .network_id)
    }
}
