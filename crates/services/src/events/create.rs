//! Creating series and events: admins and editors of the organizing organization.

use super::{EventView, SeriesView};
use crate::error::field;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::events::{AudienceKind, EventInput, OrganizerRole};
use domain::ids::OrgId;
use domain::{FieldErrors, I18nText};
use store::outbox::Topic;
use store::{directory as dir, events as ev};

impl Services {
    /// Admins and editors of the organizing organization create a series.
    pub async fn create_series(
        &self,
        actor: &Actor,
        id: &str,
        names: I18nText,
        organizer: &str,
    ) -> ServiceResult<SeriesView> {
        let org =
            OrgId::parse(organizer).map_err(|r| ServiceError::Invalid(field("organizer", r)))?;
        let o = op("series.create", "series", id);
        self.write(actor, o, actor.require_org_editor(&org), async |w| {
            let mut e = FieldErrors::new();
            let names = names.normalized_line("names", true, 300, &mut e);
            if let Err(r) = domain::ids::check_slug(id) {
                e.add("id", r);
            }
            if !e.is_empty() {
                return Err(ServiceError::Invalid(e));
            }
            if dir::get_org(&w.tx, organizer).await?.is_none() {
                return Err(ServiceError::Invalid(field(
                    "organizer",
                    "no such organization",
                )));
            }
            let s =
                ev::insert_series(&w.tx, id, &names, &I18nText::new(), organizer, w.now).await?;
            w.audit(o, None::<&()>, Some(&s)).await?;
            Ok(s)
        })
        .await
    }

    /// Admins and editors of the organizer create an event (a part of a series, or on its own).
    pub async fn create_event(
        &self,
        actor: &Actor,
        organizer: &str,
        co_organizers: &[&str],
        series: Option<(&str, i32)>,
        input: EventInput,
    ) -> ServiceResult<EventView> {
        let org =
            OrgId::parse(organizer).map_err(|r| ServiceError::Invalid(field("organizer", r)))?;
        let o = op("event.create", "event", "");
        self.write(actor, o, actor.require_org_editor(&org), async |w| {
            let e = input.validate().map_err(ServiceError::Invalid)?;
            for org in std::iter::once(&organizer).chain(co_organizers) {
                if dir::get_org(&w.tx, org).await?.is_none() {
                    return Err(ServiceError::Invalid(field(
                        "organizer",
                        &format!("no organization '{org}'"),
                    )));
                }
            }
            if let Some((s, _)) = series {
                let Some(found) = ev::get_series(&w.tx, s).await? else {
                    return Err(ServiceError::Invalid(field("series", "no such series")));
                };
                // A series grows only in the hands of its organizer's editors (and admins).
                if let Some(owner) = found
                    .organizer
                    .as_deref()
                    .and_then(|o| OrgId::parse(o).ok())
                {
                    actor.require_org_editor(&owner)?;
                }
            }
            if e.audience == AudienceKind::NetworkMembers
                && dir::get_network(&w.tx, e.audience_value.as_deref().unwrap_or(""))
                    .await?
                    .is_none()
            {
                return Err(ServiceError::Invalid(field(
                    "audience_value",
                    "no such network",
                )));
            }
            let view = ev::insert_event(&w.tx, &e, series, w.now).await?;
            ev::add_organizer(&w.tx, &view.id, organizer, OrganizerRole::Organizer).await?;
            for co in co_organizers {
                ev::add_organizer(&w.tx, &view.id, co, OrganizerRole::CoOrganizer).await?;
            }
            w.audit(
                op(o.action, o.target_type, &view.id),
                None::<&()>,
                Some(&view),
            )
            .await?;
            w.changed(Topic::EventChanged, &view.id).await?;
            Ok(view)
        })
        .await
    }
}
