//! A need's page: its ranked candidates with their reasons; for the project's owners an
//! invitation beside each candidate, for a company, financier or city an expression of
//! interest; the answer to either; and a reader's inbox of interests and invitations.

use super::words;
use crate::kit::{AppState, Chrome, CsrfForm, Ctx, PageError, PageResult, Paged, Pager, html};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use domain::matching::rank::Reason;
use domain::matching::{InterestFrom, InterestStatus};
use services::directory::OrgView;
use services::matching::{Candidate, InterestView, NeedPage, NeedView};
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "matching/need.html")]
struct NeedScreen {
    c: Chrome,
    p: NeedPage,
    pager: Pager,
    orgs: HashMap<String, OrgView>,
    notice: Option<String>,
}

impl NeedScreen {
    fn reasons(&self, cand: &Candidate) -> Vec<String> {
        cand.ranked.reasons.iter().map(|r| self.reason(r)).collect()
    }
    fn reason(&self, r: &Reason) -> String {
        words::reason(&self.c.tr, self.c.lang, r, &self.p.networks)
    }
    fn amount(&self) -> String {
        self.p
            .need
            .need
            .amount
            .map(|a| words::amount(self.c.lang, &a))
            .unwrap_or_default()
    }
    fn rank(&self, i: &usize) -> u64 {
        (self.p.candidates.page - 1) * self.p.candidates.per_page + *i as u64 + 1
    }
    /// Whether the owners may still invite this candidate (none on record for it).
    fn invitable(&self, cand: &Candidate) -> bool {
        self.p.owner
            && self.p.need.need.status == domain::matching::NeedStatus::Open
            && !self
                .p
                .interests
                .iter()
                .any(|i| i.candidate == cand.ranked.id)
    }
    fn org_name(&self, id: &str) -> String {
        self.orgs
            .get(id)
            .map(|o| self.c.text(&o.names))
            .unwrap_or_else(|| id.to_string())
    }
    fn need_title(&self, _id: &str) -> String {
        self.c.text(&self.p.need.need.titles)
    }
    /// Whether the reader answers this one: owners answer interests, the candidate's
    /// editors invitations.
    fn answers(&self, i: &InterestView) -> bool {
        i.status == InterestStatus::Proposed
            && match i.initiated_by {
                InterestFrom::Candidate => self.p.owner,
                InterestFrom::City => self.p.mine.contains(&i.org),
            }
    }
}

pub(super) async fn page(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    Paged(paging): Paged,
) -> PageResult {
    render(&c, &s, &id, paging, None).await
}

async fn render(
    c: &Ctx,
    s: &AppState,
    id: &str,
    paging: domain::Paging,
    notice: Option<String>,
) -> PageResult {
    let p = s.svc.need_page(&c.actor, &s.index, id, paging).await?;
    let mut ids: Vec<String> = p.interests.iter().map(|i| i.org.clone()).collect();
    ids.extend(p.may_answer.iter().map(|(o, _)| o.clone()));
    ids.sort();
    ids.dedup();
    let orgs = s.svc.orgs_named(&ids).await?;
    let pager = Pager::of(&c.tr, &[], &p.candidates, &format!("/needs/{id}"));
    // A need of a project that is not public is its team's: never kept by a shared cache.
    let private = p.project.visibility != domain::driver::Visibility::Public;
    let res = html(NeedScreen {
        c: c.chrome("projects"),
        p,
        pager,
        orgs,
        notice,
    })?;
    Ok(if private {
        crate::kit::no_store(res)
    } else {
        res
    })
}

/// The message typed with an interest or an invitation.
fn message(f: &crate::kit::Fields) -> String {
    f.get("message").unwrap_or_default()
}

/// An interest of the reader's organization (`invite` false) or the owners' invitation of a
/// candidate; the need's page again, saying it was sent.
async fn propose(
    c: Ctx,
    s: AppState,
    id: String,
    f: crate::kit::Fields,
    invite: bool,
) -> PageResult {
    let candidate = f
        .get("candidate")
        .ok_or_else(|| PageError::bad_request("candidate", "is required"))?;
    let (sent, key) = if invite {
        (
            s.svc
                .invite_candidate(&c.actor, &id, &candidate, &message(&f))
                .await,
            "invitation-sent",
        )
    } else {
        (
            s.svc
                .express_interest(&c.actor, &id, &candidate, &message(&f))
                .await,
            "interest-sent",
        )
    };
    sent?;
    render(&c, &s, &id, domain::Paging::default(), Some(c.tr.t(key))).await
}

pub(super) async fn express(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    propose(c, s, id, f, false).await
}

pub(super) async fn invite(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    propose(c, s, id, f, true).await
}

pub(super) async fn answer(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let accept = match f.get("answer").as_deref() {
        Some("accept") => true,
        Some("decline") => false,
        _ => return Err(PageError::bad_request("answer", "is accept or decline")),
    };
    let i = s.svc.answer_interest(&c.actor, &id, accept).await?;
    // Back where the answer was given: the project's needs, or the inbox.
    let back = match f.get("back").as_deref() {
        Some("inbox") => "/matching".to_string(),
        _ => format!("/needs/{}", i.need),
    };
    Ok(Redirect::to(&back).into_response())
}

#[derive(Template)]
#[template(path = "matching/inbox.html")]
struct Inbox {
    c: Chrome,
    items: Vec<(InterestView, Option<NeedView>)>,
    orgs: HashMap<String, OrgView>,
}

impl Inbox {
    fn org_name(&self, id: &str) -> String {
        self.orgs
            .get(id)
            .map(|o| self.c.text(&o.names))
            .unwrap_or_else(|| id.to_string())
    }
    /// Invitations from a city wait for the reader's answer.
    fn answers(&self, i: &InterestView) -> bool {
        i.status == InterestStatus::Proposed && i.initiated_by == InterestFrom::City
    }
}

pub(super) async fn inbox(
    crate::kit::SignedIn(c): crate::kit::SignedIn,
    State(s): State<AppState>,
) -> PageResult {
    let items = s.svc.my_interests(&c.actor).await?;
    let mut ids: Vec<String> = items.iter().map(|(i, _)| i.org.clone()).collect();
    ids.sort();
    ids.dedup();
    let orgs = s.svc.orgs_named(&ids).await?;
    let res = html(Inbox {
        c: c.chrome("solutions"),
        items,
        orgs,
    })?;
    Ok(crate::kit::no_store(res))
}
