//! Collections of cases: admins create them; admins and editors of the curating organization
//! add cases, each with its date and measure type.

use super::CollectionView;
use crate::directory::edits;
use crate::error::field;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::{Actor, Denied};
use domain::directory::PartialDate;
use domain::knowledge::MeasureType;
use domain::{FieldErrors, I18nText};
use store::directory as dir;
use store::knowledge as pr;
use store::outbox::Topic;

impl Services {
    /// Admins create a collection, curated by an organization.
    pub async fn create_collection(
        &self,
        actor: &Actor,
        id: &str,
        names: I18nText,
        description: I18nText,
        curator: Option<&str>,
    ) -> ServiceResult<CollectionView> {
        let o = op("collection.create", "collection", id);
        self.write(actor, o, actor.require_admin(), async |w| {
            let mut e = FieldErrors::new();
            if let Err(r) = domain::ids::check_slug(id) {
                e.add("id", r);
            }
            let names = names.normalized_line("names", true, 300, &mut e);
            let description = description.normalized("description", false, 5_000, &mut e);
            if !e.is_empty() {
                return Err(ServiceError::Invalid(e));
            }
            if let Some(c) = curator
                && dir::get_org(&w.tx, c).await?.is_none()
            {
                return Err(ServiceError::Invalid(field(
                    "curator",
                    "no such organization",
                )));
            }
            let c = pr::insert_collection(&w.tx, id, &names, &description, curator, w.now).await?;
            w.audit(o, None::<&()>, Some(&c)).await?;
            Ok(c)
        })
        .await
    }

    /// Admins and editors of the curating organization add a case with its date and measure type.
    pub async fn add_to_collection(
        &self,
        actor: &Actor,
        collection_id: &str,
        practice_id: &str,
        measure_type: &str,
        dated: &str,
        note: I18nText,
    ) -> ServiceResult<()> {
        let o = op("collection.add", "collection", collection_id);
        self.write(actor, o, Ok(()), async |w| {
            let c = pr::get_collection(&w.tx, collection_id)
                .await?
                .ok_or(ServiceError::NotFound("collection"))?;
            let allowed = actor.is_admin() || c.curator.as_deref().is_some_and(|o| edits(actor, o));
            if !allowed {
                return Err(ServiceError::Denied(if actor.user().is_some() {
                    Denied::Forbidden
                } else {
                    Denied::Unauthenticated
                }));
            }
            let mut e = FieldErrors::new();
            let measure = MeasureType::parse(measure_type)
                .map_err(|r| e.add("measure_type", r))
                .ok();
            let dated = PartialDate::parse(dated)
                .map_err(|r| e.add("dated", r))
                .ok();
            let note = note.normalized("note", false, 5_000, &mut e);
            let (Some(measure), Some(dated)) = (measure, dated) else {
                return Err(ServiceError::Invalid(e));
            };
            if !e.is_empty() {
                return Err(ServiceError::Invalid(e));
            }
            if pr::get(&w.tx, practice_id).await?.is_none() {
                return Err(ServiceError::Invalid(field("practice", "no such practice")));
            }
            pr::insert_item(
                &w.tx,
                collection_id,
                practice_id,
                measure,
                &dated,
                &note,
                w.now,
            )
            .await?;
            w.audit_json(o, None, Some(practice_id.to_string())).await?;
            w.changed(Topic::PracticeChanged, practice_id).await
        })
        .await
    }
}
