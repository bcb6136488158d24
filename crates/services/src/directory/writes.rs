//! Changes to the directory, each through the one write path (`crate::write`): admins create
//! and remove organizations, networks and memberships; an organization's editors change it and
//! its people.

use super::{MembershipView, NetworkView, OrgView, PersonView};
use crate::error::field;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::directory::{MembershipInput, NetworkInput, OrganizationInput, PersonInput};
use domain::ids::OrgId;
use store::directory as dir;
use store::outbox::Topic;

impl Services {
    /// Admins add organizations to the directory.
    pub async fn create_org(
        &self,
        actor: &Actor,
        input: OrganizationInput,
    ) -> ServiceResult<OrgView> {
        let o = op("organization.create", "organization", "");
        self.write(actor, o, actor.require_admin(), async |w| {
            let org = input.validate(None).map_err(ServiceError::Invalid)?;
            let view = dir::insert_org(&w.tx, &org, w.now).await?;
            w.audit(
                op(o.action, o.target_type, &view.id),
                None::<&()>,
                Some(&view),
            )
            .await?;
            w.changed(Topic::OrganizationChanged, &view.id).await?;
            Ok(view)
        })
        .await
    }

    /// Admins and the organization's editors change it. The id never changes.
    pub async fn update_org(
        &self,
        actor: &Actor,
        id: &str,
        input: OrganizationInput,
    ) -> ServiceResult<OrgView> {
        let oid = OrgId::parse(id).map_err(|_| ServiceError::NotFound("organization"))?;
        let o = op("organization.update", "organization", id);
        self.write(actor, o, actor.require_org_editor(&oid), async |w| {
            if input.id.as_deref().is_some_and(|given| given.trim() != id) {
                return Err(ServiceError::Invalid(field("id", "cannot be changed")));
            }
            let org = input.validate(Some(&oid)).map_err(ServiceError::Invalid)?;
            let before = dir::get_org(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("organization"))?;
            let view = dir::update_org(&w.tx, &org, w.now).await?;
            w.audit(o, Some(&before), Some(&view)).await?;
            w.changed(Topic::OrganizationChanged, id).await?;
            Ok(view)
        })
        .await
    }

    pub async fn delete_org(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        let o = op("organization.delete", "organization", id);
        self.write(actor, o, actor.require_admin(), async |w| {
            let before = dir::get_org(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("organization"))?;
            dir::delete_org(&w.tx, id).await?;
            w.audit(o, Some(&before), None::<&()>).await?;
            w.changed(Topic::OrganizationDeleted, id).await
        })
        .await
    }

    /// Admins record that an organization belongs to a network in a role.
    pub async fn add_membership(
        &self,
        actor: &Actor,
        input: MembershipInput,
    ) -> ServiceResult<MembershipView> {
        let o = op("membership.create", "membership", "");
        self.write(actor, o, actor.require_admin(), async |w| {
            let m = input.validate().map_err(ServiceError::Invalid)?;
            if dir::get_org(&w.tx, m.org.as_str()).await?.is_none() {
                return Err(ServiceError::Invalid(field("org", "no such organization")));
            }
            if dir::get_network(&w.tx, m.network.as_str()).await?.is_none() {
                return Err(ServiceError::Invalid(field("network", "no such network")));
            }
            let view = dir::insert_membership(&w.tx, &m, None, w.now).await?;
            w.audit(
                op(o.action, o.target_type, &view.id),
                None::<&()>,
                Some(&view),
            )
            .await?;
            w.changed(Topic::OrganizationChanged, &view.org_id).await?;
            Ok(view)
        })
        .await
    }

    pub async fn delete_membership(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        let o = op("membership.delete", "membership", id);
        self.write(actor, o, actor.require_admin(), async |w| {
            let before = dir::get_membership(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("membership"))?;
            dir::delete_membership(&w.tx, id).await?;
            w.audit(o, Some(&before), None::<&()>).await?;
            w.changed(Topic::OrganizationChanged, &before.org_id).await
        })
        .await
    }

    /// Admins add networks; a sub-network names its parent.
    pub async fn create_network(
        &self,
        actor: &Actor,
        input: NetworkInput,
    ) -> ServiceResult<NetworkView> {
        let o = op("network.create", "network", "");
        self.write(actor, o, actor.require_admin(), async |w| {
            let n = input.validate().map_err(ServiceError::Invalid)?;
            if let Some(p) = &n.parent
                && dir::get_network(&w.tx, p.as_str()).await?.is_none()
            {
                return Err(ServiceError::Invalid(field("parent", "no such network")));
            }
            if let Some(s) = &n.secretariat
                && dir::get_org(&w.tx, s.as_str()).await?.is_none()
            {
                return Err(ServiceError::Invalid(field(
                    "secretariat",
                    "no such organization",
                )));
            }
            let view = dir::insert_network(&w.tx, &n, w.now).await?;
            w.audit(
                op(o.action, o.target_type, &view.id),
                None::<&()>,
                Some(&view),
            )
            .await?;
            w.changed(Topic::NetworkChanged, &view.id).await?;
            Ok(view)
        })
        .await
    }

    /// Editors of the organization (and admins) list a person under it.
    pub async fn add_person(
        &self,
        actor: &Actor,
        org_id: &str,
        input: PersonInput,
    ) -> ServiceResult<PersonView> {
        let oid = OrgId::parse(org_id).map_err(|_| ServiceError::NotFound("organization"))?;
        let o = op("person.create", "organization", org_id);
        self.write(actor, o, actor.require_org_editor(&oid), async |w| {
            let p = input.validate().map_err(ServiceError::Invalid)?;
            let id = match domain::ids::slugify(&p.name) {
                Some(s) => format!(
                    "{}-{}",
                    s.chars().take(40).collect::<String>().trim_end_matches('-'),
                    &crate::random_hex(3)
                ),
                None => domain::ids::random_id("p", rand::random()),
            };
            dir::get_org(&w.tx, org_id)
                .await?
                .ok_or(ServiceError::NotFound("organization"))?;
            let view = dir::insert_person(&w.tx, &id, org_id, &p, w.now).await?;
            w.audit(op(o.action, "person", &view.id), None::<&()>, Some(&view))
                .await?;
            Ok(view)
        })
        .await
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
        let o = op("person.update", "person", id);
        self.write(actor, o, actor.require_org_editor(&oid), async |w| {
            let p = input.validate().map_err(ServiceError::Invalid)?;
            let view = dir::update_person(&w.tx, id, &p, w.now).await?;
            w.audit(o, Some(&before), Some(&view)).await?;
            Ok(view)
        })
        .await
    }

    pub async fn delete_person(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        let before = dir::get_person(&self.store.db, id)
            .await?
            .ok_or(ServiceError::NotFound("person"))?;
        let oid = OrgId::parse(&before.org_id).map_err(|e| ServiceError::Internal(e.into()))?;
        let o = op("person.delete", "person", id);
        self.write(actor, o, actor.require_org_editor(&oid), async |w| {
            dir::delete_person(&w.tx, id).await?;
            w.audit(o, Some(&before), None::<&()>).await
        })
        .await
    }
}
