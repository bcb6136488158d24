//! The directory's use cases: organizations, networks, memberships and people, and the import
//! of organizations and memberships. Reads are public (people's e-mail addresses excepted);
//! writes are checked and audited (`writes.rs`).

mod import;
mod map;
mod writes;

pub use import::{FileContents, Format, ImportProblem, ImportReport, read_file};
pub use map::{CountryCount, MAX_POINTS, MapView};
pub use store::directory::{MembershipView, NetworkView, OrgFilter, OrgView, PersonView};

use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::ids::OrgId;
use domain::{Page, Paging};
use serde::Serialize;
use store::directory as dir;
use store::outbox::{self, Topic};

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

/// Whether the actor may edit the organization `id`.
pub(crate) fn edits(actor: &Actor, id: &str) -> bool {
    OrgId::parse(id).is_ok_and(|o| actor.require_org_editor(&o).is_ok())
}

/// Whether the actor may read the organization's private data (its people's addresses): its
/// editors and admins, with a session or a token that reads.
pub(crate) fn reads(actor: &Actor, id: &str) -> bool {
    OrgId::parse(id).is_ok_and(|o| actor.require_org_reader(&o).is_ok())
}

/// A person as the actor may see them: the e-mail address for the organization's editors only.
pub(crate) fn seen_by(mut p: PersonView, private: bool) -> PersonView {
    if !private {
        p.email = None;
    }
    p
}

impl Services {
    /// A page of the directory; the size of the filtered list is kept until the directory changes.
    pub async fn list_orgs(&self, f: &OrgFilter, paging: Paging) -> ServiceResult<Page<OrgView>> {
        let total = self.org_total(f).await?;
        let items = dir::page_of_orgs(&self.store.db, f, paging).await?;
        Ok(paging.page_of(items, total))
    }

    /// Where the directory's outbox topics stand (three reads of one index each): what its
    /// kept answers (`crate::derived`) were made from.
    pub(crate) async fn directory_version(&self) -> ServiceResult<Vec<i64>> {
        let db = &self.store.db;
        Ok(vec![
            outbox::last_of(db, Topic::OrganizationChanged).await?,
            outbox::last_of(db, Topic::OrganizationDeleted).await?,
            outbox::last_of(db, Topic::NetworkChanged).await?,
        ])
    }

    /// How many organizations the directory holds.
    pub async fn count_orgs(&self) -> ServiceResult<u64> {
        self.org_total(&OrgFilter::default()).await
    }

    async fn org_total(&self, f: &OrgFilter) -> ServiceResult<u64> {
        let db = &self.store.db;
        let n = self
            .derived
            .get_or_make(
                "directory.total",
                format!("{f:?}"),
                self.directory_version().await?,
                async || Ok(dir::count_matching(db, f).await?),
            )
            .await?;
        Ok(*n)
    }

    pub async fn get_org(&self, id: &str) -> ServiceResult<OrgView> {
        dir::get_org(&self.store.db, id)
            .await?
            .ok_or(ServiceError::NotFound("organization"))
    }

    /// These organizations by id, in one read (unknown ids are left out).
    pub async fn orgs_named(
        &self,
        ids: &[String],
    ) -> ServiceResult<std::collections::HashMap<String, OrgView>> {
        Ok(dir::get_orgs(&self.store.db, ids).await?)
    }

    pub async fn org_page(&self, actor: &Actor, id: &str) -> ServiceResult<OrgPage> {
        let db = &self.store.db;
        let org = self.get_org(id).await?;
        let can_edit = edits(actor, id);
        let private = reads(actor, id);
        let people = dir::org_people(db, id)
            .await?
            .into_iter()
            .map(|p| seen_by(p, private))
            .collect();
        Ok(OrgPage {
            org,
            memberships: dir::org_memberships(db, id).await?,
            people,
            can_edit,
        })
    }

    /// The networks with their member counts, kept until the directory changes.
    pub async fn list_networks(&self) -> ServiceResult<Vec<(NetworkView, u64)>> {
        let db = &self.store.db;
        let all = self
            .derived
            .get_or_make(
                "directory.networks",
                String::new(),
                self.directory_version().await?,
                async || {
                    let counts = dir::member_counts(db).await?;
                    Ok(dir::list_networks(db)
                        .await?
                        .into_iter()
                        .map(|n| {
                            let c = counts.get(&n.id).copied().unwrap_or(0);
                            (n, c)
                        })
                        .collect::<Vec<_>>())
                },
            )
            .await?;
        Ok(all.as_ref().clone())
    }

    /// The networks as (id, names), for choosers (no counts).
    pub async fn network_names(&self) -> ServiceResult<Vec<(String, domain::I18nText)>> {
        Ok(dir::list_networks(&self.store.db)
            .await?
            .into_iter()
            .map(|n| (n.id, n.names))
            .collect())
    }

    pub async fn get_network(&self, id: &str) -> ServiceResult<NetworkView> {
        dir::get_network(&self.store.db, id)
            .await?
            .ok_or(ServiceError::NotFound("network"))
    }

    pub async fn network_page(&self, id: &str) -> ServiceResult<NetworkPage> {
        let db = &self.store.db;
        let network = self.get_network(id).await?;
        let parent = match &network.parent_id {
            Some(p) => dir::get_network(db, p).await?,
            None => None,
        };
        let secretariat = match &network.secretariat_org_id {
            Some(o) => dir::get_org(db, o).await?,
            None => None,
        };
        Ok(NetworkPage {
            sub_networks: dir::sub_networks(db, id).await?,
            members: dir::network_members(db, id).await?,
            network,
            parent,
            secretariat,
        })
    }

    pub async fn list_memberships(
        &self,
        network: Option<&str>,
    ) -> ServiceResult<Vec<MembershipView>> {
        Ok(dir::list_memberships(&self.store.db, network).await?)
    }

    /// The people of an organization; e-mail addresses only for its editors (and admins).
    pub async fn org_people(&self, actor: &Actor, org_id: &str) -> ServiceResult<Vec<PersonView>> {
        self.get_org(org_id).await?;
        let private = reads(actor, org_id);
        Ok(dir::org_people(&self.store.db, org_id)
            .await?
            .into_iter()
            .map(|p| seen_by(p, private))
            .collect())
    }

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
