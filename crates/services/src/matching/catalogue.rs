//! The catalogue: solutions published by companies and financing offers published by
//! development agencies, banks and funds. Anyone reads it; an organization's editors write
//! their own. A reference names a city of the directory and, where it exists, a published
//! best-practice case.

use crate::directory::edits;
use crate::error::field;
use crate::write::{op, refusal};
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::{Actor, Denied};
use domain::directory::OrgKind;
use domain::matching::{Offer, OfferInput, Solution, SolutionInput};
use domain::{FieldErrors, Page, Paging};
use serde::Serialize;
use store::directory::{self as dir, OrgView};
use store::knowledge as pr;
use store::matching::{self as mt, CatalogueFilter, Stored};
use store::outbox::Topic;

/// The kinds of organization that publish financing offers.
pub const FINANCIERS: [OrgKind; 5] = [
    OrgKind::DevelopmentAgency,
    OrgKind::Company,
    OrgKind::Institution,
    OrgKind::Ministry,
    OrgKind::Ngo,
];

/// A solution as its page shows it: the company, and the cities of its references.
#[derive(Debug, Clone, Serialize)]
pub struct SolutionPage {
    pub solution: Stored<Solution>,
    pub company: OrgView,
    /// The city of each reference, in the references' order (None when it has gone).
    pub cities: Vec<Option<OrgView>>,
    /// Whether the reader may change it.
    pub editable: bool,
}

/// An offer as its page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct OfferPage {
    pub offer: Stored<Offer>,
    pub financier: OrgView,
    pub editable: bool,
}

/// Writes of the catalogue need an account allowed to write (a read-only token writes nothing).
fn may_write(actor: &Actor) -> Result<(), Denied> {
    let u = actor.require_user()?;
    if u.scopes.contains(&domain::auth::Scope::WriteDirectory) {
        Ok(())
    } else {
        Err(Denied::Forbidden)
    }
}

impl Services {
    /// The organization that publishes, of one of `kinds`, edited by the actor.
    async fn publisher(
        &self,
        db: &impl store::Conn,
        actor: &Actor,
        org: &str,
        name: &str,
        kinds: &[OrgKind],
    ) -> ServiceResult<OrgView> {
        let Some(o) = dir::get_org(db, org).await? else {
            return Err(ServiceError::Invalid(field(name, "no such organization")));
        };
        if !edits(actor, org) {
            return Err(ServiceError::Denied(refusal(actor)));
        }
        if !kinds.contains(&o.kind) {
            let kinds: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
            return Err(ServiceError::Invalid(field(
                name,
                &format!("is an organization of kind {}", kinds.join(" or ")),
            )));
        }
        Ok(o)
    }

    /// Each reference's city is a local government of the directory; its case, when named, is
    /// a published practice.
    async fn check_references(&self, db: &impl store::Conn, s: &Solution) -> ServiceResult<()> {
        let mut e = FieldErrors::new();
        for (i, r) in s.references.iter().enumerate() {
            match dir::get_org(db, r.city.as_str()).await? {
                Some(c) if c.kind == OrgKind::LocalGovernment => {}
                Some(_) => e.add(format!("references[{i}].city"), "is not a city"),
                None => e.add(format!("references[{i}].city"), "no such organization"),
            }
            if let Some(p) = &r.practice
                && pr::get(db, p).await?.is_none_or(|p| p.is_draft())
            {
                e.add(
                    format!("references[{i}].practice"),
                    "is not a published best-practice case",
                );
            }
        }
        if e.is_empty() {
            Ok(())
        } else {
            Err(ServiceError::Invalid(e))
        }
    }

    /// Publishes a solution of a company the actor edits.
    pub async fn create_solution(
        &self,
        actor: &Actor,
        input: SolutionInput,
    ) -> ServiceResult<Stored<Solution>> {
        let target = input.id.clone().unwrap_or_default();
        self.write(
            actor,
            op("solution.create", "solution", &target),
            may_write(actor),
            async |w| {
                let s = input.validate().map_err(ServiceError::Invalid)?;
                self.publisher(
                    &w.tx,
                    actor,
                    s.company.as_str(),
                    "company",
                    &[OrgKind::Company],
                )
                .await?;
                self.check_references(&w.tx, &s).await?;
                let by = actor.id_for_log();
                let stored = mt::insert_solution(&w.tx, &s, &by, w.now).await?;
                w.audit(
                    op("solution.create", "solution", &s.id),
                    None::<&()>,
                    Some(&s),
                )
                .await?;
                w.changed(Topic::SolutionChanged, &s.id).await?;
                Ok(stored)
            },
        )
        .await
    }

    /// Replaces a solution's values; its company stays.
    pub async fn update_solution(
        &self,
        actor: &Actor,
        id: &str,
        mut input: SolutionInput,
    ) -> ServiceResult<Stored<Solution>> {
        let o = op("solution.update", "solution", id);
        self.write(actor, o, may_write(actor), async |w| {
            let before = mt::get_solution(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("solution"))?;
            let company = before.value.company.as_str().to_string();
            if !edits(actor, &company) {
                return Err(ServiceError::Denied(refusal(actor)));
            }
            if input
                .company
                .as_deref()
                .is_some_and(|c| c.trim() != company)
            {
                return Err(ServiceError::Invalid(field(
                    "company",
                    "cannot change: publish the solution again under the other company",
                )));
            }
            input.id = Some(id.to_string());
            input.company = Some(company);
            let s = input.validate().map_err(ServiceError::Invalid)?;
            self.check_references(&w.tx, &s).await?;
            let stored = mt::update_solution(&w.tx, &s, w.now).await?;
            w.audit(o, Some(&before.value), Some(&s)).await?;
            w.changed(Topic::SolutionChanged, id).await?;
            Ok(stored)
        })
        .await
    }

    /// Withdraws a solution from the catalogue.
    pub async fn delete_solution(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        let o = op("solution.delete", "solution", id);
        self.write(actor, o, may_write(actor), async |w| {
            let before = mt::get_solution(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("solution"))?;
            if !edits(actor, before.value.company.as_str()) {
                return Err(ServiceError::Denied(refusal(actor)));
            }
            mt::delete_solution(&w.tx, id).await?;
            w.audit(o, Some(&before.value), None::<&()>).await?;
            w.changed(Topic::SolutionChanged, id).await?;
            Ok(())
        })
        .await
    }

    pub async fn solution_page(&self, actor: &Actor, id: &str) -> ServiceResult<SolutionPage> {
        let db = &self.store.db;
        let solution = mt::get_solution(db, id)
            .await?
            .ok_or(ServiceError::NotFound("solution"))?;
        let company = dir::get_org(db, solution.value.company.as_str())
            .await?
            .ok_or(ServiceError::NotFound("solution"))?;
        let mut cities = Vec::new();
        for r in &solution.value.references {
            cities.push(dir::get_org(db, r.city.as_str()).await?);
        }
        Ok(SolutionPage {
            editable: edits(actor, &company.id),
            solution,
            company,
            cities,
        })
    }

    /// A page of the solutions, each with its company.
    pub async fn solutions(
        &self,
        f: &CatalogueFilter,
        paging: Paging,
    ) -> ServiceResult<Page<(Stored<Solution>, OrgView)>> {
        let db = &self.store.db;
        let page = mt::list_solutions(db, f, paging).await?;
        let ids: Vec<String> = page
            .items
            .iter()
            .map(|s| s.value.company.as_str().to_string())
            .collect();
        let orgs = dir::get_orgs(db, &ids).await?;
        Ok(with_orgs(page, &orgs, |s| s.value.company.as_str()))
    }

    /// Publishes a financing offer of an organization the actor edits.
    pub async fn create_offer(
        &self,
        actor: &Actor,
        input: OfferInput,
    ) -> ServiceResult<Stored<Offer>> {
        let target = input.id.clone().unwrap_or_default();
        self.write(
            actor,
            op("offer.create", "offer", &target),
            may_write(actor),
            async |w| {
                let o = input.validate().map_err(ServiceError::Invalid)?;
                self.publisher(&w.tx, actor, o.financier.as_str(), "financier", &FINANCIERS)
                    .await?;
                let by = actor.id_for_log();
                let stored = mt::insert_offer(&w.tx, &o, &by, w.now).await?;
                w.audit(op("offer.create", "offer", &o.id), None::<&()>, Some(&o))
                    .await?;
                w.changed(Topic::OfferChanged, &o.id).await?;
                Ok(stored)
            },
        )
        .await
    }

    pub async fn update_offer(
        &self,
        actor: &Actor,
        id: &str,
        mut input: OfferInput,
    ) -> ServiceResult<Stored<Offer>> {
        let o = op("offer.update", "offer", id);
        self.write(actor, o, may_write(actor), async |w| {
            let before = mt::get_offer(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("offer"))?;
            let financier = before.value.financier.as_str().to_string();
            if !edits(actor, &financier) {
                return Err(ServiceError::Denied(refusal(actor)));
            }
            if input
                .financier
                .as_deref()
                .is_some_and(|c| c.trim() != financier)
            {
                return Err(ServiceError::Invalid(field(
                    "financier",
                    "cannot change: publish the offer again under the other organization",
                )));
            }
            input.id = Some(id.to_string());
            input.financier = Some(financier);
            let offer = input.validate().map_err(ServiceError::Invalid)?;
            let stored = mt::update_offer(&w.tx, &offer, w.now).await?;
            w.audit(o, Some(&before.value), Some(&offer)).await?;
            w.changed(Topic::OfferChanged, id).await?;
            Ok(stored)
        })
        .await
    }

    pub async fn delete_offer(&self, actor: &Actor, id: &str) -> ServiceResult<()> {
        let o = op("offer.delete", "offer", id);
        self.write(actor, o, may_write(actor), async |w| {
            let before = mt::get_offer(&w.tx, id)
                .await?
                .ok_or(ServiceError::NotFound("offer"))?;
            if !edits(actor, before.value.financier.as_str()) {
                return Err(ServiceError::Denied(refusal(actor)));
            }
            mt::delete_offer(&w.tx, id).await?;
            w.audit(o, Some(&before.value), None::<&()>).await?;
            w.changed(Topic::OfferChanged, id).await?;
            Ok(())
        })
        .await
    }

    pub async fn offer_page(&self, actor: &Actor, id: &str) -> ServiceResult<OfferPage> {
        let db = &self.store.db;
        let offer = mt::get_offer(db, id)
            .await?
            .ok_or(ServiceError::NotFound("offer"))?;
        let financier = dir::get_org(db, offer.value.financier.as_str())
            .await?
            .ok_or(ServiceError::NotFound("offer"))?;
        Ok(OfferPage {
            editable: edits(actor, &financier.id),
            offer,
            financier,
        })
    }

    /// A page of the financing offers, each with its financier.
    pub async fn offers(
        &self,
        f: &CatalogueFilter,
        paging: Paging,
    ) -> ServiceResult<Page<(Stored<Offer>, OrgView)>> {
        let db = &self.store.db;
        let page = mt::list_offers(db, f, paging).await?;
        let ids: Vec<String> = page
            .items
            .iter()
            .map(|o| o.value.financier.as_str().to_string())
            .collect();
        let orgs = dir::get_orgs(db, &ids).await?;
        Ok(with_orgs(page, &orgs, |o| o.value.financier.as_str()))
    }
}

/// Each item with its organization (an item whose organization has gone is left out: the
/// foreign key makes that a moment between two reads).
fn with_orgs<T>(
    page: Page<T>,
    orgs: &std::collections::HashMap<String, OrgView>,
    org_of: impl Fn(&T) -> &str,
) -> Page<(T, OrgView)> {
    let Page {
        items,
        page,
        per_page,
        total,
    } = page;
    Page {
        items: items
            .into_iter()
            .filter_map(|i| {
                let o = orgs.get(org_of(&i))?.clone();
                Some((i, o))
            })
            .collect(),
        page,
        per_page,
        total,
    }
}
