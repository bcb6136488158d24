//! Events: creating series and their sessions (`create.rs`), registering with a waiting list
//! promoted automatically (`registration.rs`), what organizers do around registrations
//! (`attendance.rs`: invitations, changes, check-in, the list and its export, reminders, the
//! personal feed), and what an event leaves behind (`recordings.rs`: speakers, recordings,
//! transcripts). Every registration change runs in one transaction that first locks the event
//! (`store::events::lock_event`), audits, and puts the e-mail to send in the outbox — so the
//! capacity holds and no message is lost, whatever the concurrency.

pub mod attendance;
mod create;
pub mod recordings;
mod registration;

pub use registration::{Registered, RegistrationInput};
pub use store::events::{
    EventView, InvitationView, RecordingView, RegistrationView, SeriesView, SpeakerView,
    TranscriptInfo,
};

use crate::directory::{OrgView, edits};
use crate::write::Op;
use crate::{ServiceError, ServiceResult, Services, secret_hash};
use domain::auth::{Actor, Denied};
use domain::events::{LinkKind, OrganizerRole, RegStatus};
use domain::time::now_micros;
use domain::{I18nText, Page, Paging};
use serde::Serialize;
use store::{directory as dir, events as ev};

/// The most events one calendar feed carries (newest kept when there are more).
pub const FEED_LIMIT: u64 = 500;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub confirmed: u64,
    pub waitlisted: u64,
    pub pending: u64,
    pub cancelled: u64,
}

/// Everything the event page shows.
#[derive(Debug, Clone, Serialize)]
pub struct EventPage {
    pub event: EventView,
    pub series: Option<(String, I18nText)>,
    /// Other parts of the same series, in order.
    pub parts: Vec<EventView>,
    /// Organizations with their role, in the order of the roles.
    pub organizations: Vec<(OrganizerRole, OrgView)>,
    /// (kind, other event, whether this event is the link's source)
    pub links: Vec<(LinkKind, EventView, bool)>,
    pub counts: Counts,
    /// Speakers with their organization, when it is in the directory.
    pub speakers: Vec<(SpeakerView, Option<OrgView>)>,
    pub recordings: Vec<RecordingView>,
    pub transcripts: Vec<TranscriptInfo>,
}

impl Services {
    pub async fn get_event(&self, id: &str) -> ServiceResult<EventView> {
        ev::get_event(&self.store.db, id)
            .await?
            .ok_or(ServiceError::NotFound("event"))
    }

    /// Series an actor may add parts to: all for admins, their organizations' for editors.
    pub async fn series_for(
        &self,
        actor: &Actor,
    ) -> ServiceResult<Vec<(String, I18nText, String)>> {
        Ok(ev::list_series(&self.store.db, 500)
            .await?
            .into_iter()
            .filter_map(|se| {
                let org = se.organizer.unwrap_or_default();
                edits(actor, &org).then_some((se.id, se.names, org))
            })
            .collect())
    }

    /// Whether the actor may organize this event: admins, and editors of its organizer — to
    /// read what organizers read (`read`: a token that reads is enough), or to act.
    async fn organizer_permit(
        &self,
        actor: &Actor,
        event_id: &str,
        read: bool,
    ) -> ServiceResult<Result<(), Denied>> {
        if actor.is_admin() {
            return Ok(Ok(()));
        }
        let organizer = ev::organizer_of(&self.store.db, event_id).await?;
        let may = |o: &str| {
            if read {
                crate::directory::reads(actor, o)
            } else {
                edits(actor, o)
            }
        };
        Ok(if organizer.is_some_and(|o| may(&o)) {
            Ok(())
        } else if actor.user().is_some() {
            Err(Denied::Forbidden)
        } else {
            Err(Denied::Unauthenticated)
        })
    }

    /// Whether the actor may organize this event (to show the organizers' links; every
    /// organizer action checks again).
    pub async fn can_organize(&self, actor: &Actor, event_id: &str) -> ServiceResult<bool> {
        Ok(self.organizer_permit(actor, event_id, false).await?.is_ok())
    }

    /// Organizers pass; anyone else is refused (and, when signed in, the refusal is logged).
    pub(crate) async fn require_organizer(
        &self,
        actor: &Actor,
        event_id: &str,
        op: Op<'_>,
    ) -> ServiceResult<()> {
        match self.organizer_permit(actor, event_id, false).await? {
            Ok(()) => Ok(()),
            Err(d) => Err(self.refused(actor, op, d).await),
        }
    }

    /// Like `require_organizer`, to read what organizers read (registrations, invitations):
    /// a token that reads is enough.
    pub(crate) async fn require_organizer_reader(
        &self,
        actor: &Actor,
        event_id: &str,
        op: Op<'_>,
    ) -> ServiceResult<()> {
        match self.organizer_permit(actor, event_id, true).await? {
            Ok(()) => Ok(()),
            Err(d) => Err(self.refused(actor, op, d).await),
        }
    }

    pub async fn registration_counts(&self, event_id: &str) -> ServiceResult<Counts> {
        let db = &self.store.db;
        Ok(Counts {
            confirmed: ev::count_status(db, event_id, RegStatus::Confirmed).await?,
            waitlisted: ev::count_status(db, event_id, RegStatus::Waitlisted).await?,
            pending: ev::count_status(db, event_id, RegStatus::Pending).await?,
            cancelled: ev::count_status(db, event_id, RegStatus::Cancelled).await?,
        })
    }

    /// The waiting list in order (organizers' view and tests).
    pub async fn waiting_list(&self, event_id: &str) -> ServiceResult<Vec<RegistrationView>> {
        Ok(ev::first_waiting(&self.store.db, event_id, u64::MAX >> 1).await?)
    }

    pub async fn event_page(&self, id: &str) -> ServiceResult<EventPage> {
        let db = &self.store.db;
        let event = self.get_event(id).await?;
        let (series, parts) = match &event.series_id {
            Some(s) => (
                ev::get_series(db, s).await?.map(|x| (x.id, x.names)),
                ev::series_events(db, s).await?,
            ),
            None => (None, vec![]),
        };
        let mut organizations = Vec::new();
        for o in ev::organizers(db, id).await? {
            if let Some(org) = dir::get_org(db, &o.org_id).await? {
                organizations.push((o.role, org));
            }
        }
        organizations.sort_by_key(|(r, o)| (*r, store::directory::sort_name(&o.names)));
        let mut links = Vec::new();
        for l in ev::links(db, id).await? {
            let outgoing = l.from_event_id == id;
            let other = if outgoing {
                &l.to_event_id
            } else {
                &l.from_event_id
            };
            if let Some(o) = ev::get_event(db, other).await? {
                links.push((l.kind, o, outgoing));
            }
        }
        let mut speakers = Vec::new();
        for sp in ev::speakers(db, id).await? {
            let org = match &sp.org_id {
                Some(o) => dir::get_org(db, o).await?,
                None => None,
            };
            speakers.push((sp, org));
        }
        Ok(EventPage {
            counts: self.registration_counts(id).await?,
            recordings: ev::recordings(db, id).await?,
            transcripts: ev::transcripts(db, id).await?,
            event,
            series,
            parts,
            organizations,
            links,
            speakers,
        })
    }

    /// Upcoming or past events organized by a network's own organization or by its members.
    pub async fn network_events(
        &self,
        network_id: &str,
        upcoming: bool,
        paging: Paging,
    ) -> ServiceResult<(I18nText, Page<EventView>)> {
        let db = &self.store.db;
        let n = self.get_network(network_id).await?;
        let mut orgs: Vec<String> = dir::network_members(db, network_id)
            .await?
            .into_iter()
            .map(|m| m.0.org_id)
            .collect();
        orgs.extend(n.secretariat_org_id.clone());
        let p = ev::events_of_orgs(db, now_micros(), upcoming, &orgs, paging).await?;
        Ok((n.names, p))
    }

    /// Upcoming (soonest first) or past (latest first) events, optionally of one organization.
    pub async fn list_events(
        &self,
        upcoming: bool,
        org: Option<&str>,
        paging: Paging,
    ) -> ServiceResult<Page<EventView>> {
        Ok(ev::list_events(&self.store.db, now_micros(), upcoming, org, paging).await?)
    }

    /// The online address, for a registration holding a seat only.
    pub async fn online_url_for(&self, secret: &str) -> ServiceResult<Option<String>> {
        let r = ev::registration_by_manage_hash(&self.store.db, &secret_hash(secret))
            .await?
            .ok_or(ServiceError::NotFound("registration"))?;
        if !r.is_confirmed() {
            return Ok(None);
        }
        Ok(ev::online_url(&self.store.db, &r.event_id).await?)
    }

    /// Events of a series (its parts), for its calendar feed.
    pub async fn series_feed(&self, series_id: &str) -> ServiceResult<(I18nText, Vec<EventView>)> {
        let s = ev::get_series(&self.store.db, series_id)
            .await?
            .ok_or(ServiceError::NotFound("series"))?;
        Ok((s.names, ev::series_events(&self.store.db, series_id).await?))
    }

    /// Events an organization organizes or takes part in, past and upcoming, for its calendar feed.
    pub async fn org_feed(&self, org_id: &str) -> ServiceResult<(I18nText, Vec<EventView>)> {
        let org = self.get_org(org_id).await?;
        let feed = Paging::of(1, FEED_LIMIT);
        let mut events = self.list_events(true, Some(org_id), feed).await?.items;
        events.extend(self.list_events(false, Some(org_id), feed).await?.items);
        Ok((org.names, events))
    }
}
