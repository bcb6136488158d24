//! Keeping a node's search index in step with the database, and searching it.
//!
//! The index follows the outbox: `index_pending` reads the entries after the position of the
//! index's last commit, rebuilds the documents they name from the database as it is now
//! (public content only: published practices, events, their transcript lines, organizations,
//! networks, collections), and commits them together with the new position. A crash between two
//! commits replays the entries after the last one: documents are replaced, never duplicated.
//! `reindex` rebuilds everything from nothing.

use crate::{ServiceError, ServiceResult, Services};
use domain::{I18nText, Lang};
use search::{Doc, Kind, SearchIndex};
use store::outbox::Topic;
use store::{
    directory as dir, driver as pj, events as ev, knowledge as pr, matching as mt, outbox,
};

/// How long an outbox gap is waited for: a transaction that took an id but has not committed
/// yet (ids are handed out before commit, so they can commit out of order), after which the gap
/// is taken to be a rolled-back transaction.
const GAP_PATIENCE_MICROS: i64 = 5_000_000;

fn err(e: search::SearchError) -> ServiceError {
    ServiceError::Internal(e.to_string())
}

fn texts_of(t: &I18nText) -> Vec<(Option<Lang>, String)> {
    t.0.iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(l, v)| (Some(*l), v.clone()))
        .collect()
}

fn langs_of(ts: &[&I18nText]) -> Vec<String> {
    let mut v: Vec<String> = ts
        .iter()
        .flat_map(|t| t.0.keys().map(|l| l.tag().to_string()))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The names of an organization in every language it has.
fn names_of(t: &I18nText) -> Vec<String> {
    t.0.values().cloned().collect()
}

/// The work one batch of outbox entries asks for.
#[derive(Default)]
struct Batch {
    delete_ids: Vec<String>,
    delete_groups: Vec<String>,
    docs: Vec<Doc>,
}

impl Services {
    async fn org_doc(&self, id: &str) -> ServiceResult<Option<Doc>> {
        let Some(o) = dir::get_org(&self.store.db, id).await? else {
            return Ok(None);
        };
        let (names, description) = (o.names, o.description);
        let mut texts = texts_of(&names);
        texts.extend(texts_of(&description));
        Ok(Some(Doc {
            id: format!("organization:{id}"),
            group: format!("organization:{id}"),
            kind: Kind::Organization,
            langs: langs_of(&[&names, &description]),
            names: names_of(&names),
            title: names,
            texts,
            url: format!("/orgs/{id}"),
            country: Some(o.country.code().to_string()),
            domain: None,
            year: None,
        }))
    }

    async fn network_doc(&self, id: &str) -> ServiceResult<Option<Doc>> {
        let Some(n) = dir::get_network(&self.store.db, id).await? else {
            return Ok(None);
        };
        let (names, description) = (n.names, n.description);
        let mut texts = texts_of(&names);
        texts.extend(texts_of(&description));
        let mut all_names = names_of(&names);
        all_names.push(n.id.clone());
        Ok(Some(Doc {
            id: format!("network:{id}"),
            group: format!("network:{id}"),
            kind: Kind::Network,
            langs: langs_of(&[&names, &description]),
            names: all_names,
            title: names,
            texts,
            url: format!("/networks/{id}"),
            country: None,
            domain: None,
            year: n
                .founded
                .as_ref()
                .map(|f| f.as_str().chars().take(4).collect()),
        }))
    }

    /// An event and each line of its transcripts (a line's hit leads to the recording at that moment).
    async fn event_docs(&self, id: &str) -> ServiceResult<Vec<Doc>> {
        let db = &self.store.db;
        let Some(e) = ev::get_event(db, id).await? else {
            return Ok(vec![]);
        };
        let mut names = Vec::new();
        for o in ev::organizers(db, id).await? {
            if let Some(org) = dir::get_org(db, &o.org_id).await? {
                names.extend(names_of(&org.names));
            }
        }
        for s in self.speakers(id).await? {
            names.push(s.name);
        }
        let year = domain::time::from_micros(e.starts_at)
            .format("%Y")
            .to_string();
        let mut texts = texts_of(&e.titles);
        texts.extend(texts_of(&e.description));
        let mut docs = vec![Doc {
            id: format!("event:{id}"),
            group: format!("event:{id}"),
            kind: Kind::Event,
            langs: langs_of(&[&e.titles, &e.description]),
            names,
            title: e.titles.clone(),
            texts,
            url: format!("/events/{id}"),
            country: None,
            domain: None,
            year: Some(year.clone()),
        }];
        for t in self.transcripts(id).await? {
            let page = self.transcript_page(id, &t.lang, None).await?;
            let lang = Lang::parse(&t.lang);
            for (seq, c) in page.cues.into_iter().enumerate() {
                let text = match &c.voice {
                    Some(v) => format!("{v}: {}", c.text),
                    None => c.text.clone(),
                };
                docs.push(Doc {
                    id: format!("cue:{id}:{}:{seq}", t.lang),
                    group: format!("event:{id}"),
                    kind: Kind::Cue,
                    title: e.titles.clone(),
                    texts: vec![(lang, text)],
                    names: vec![],
                    url: c
                        .link
                        .unwrap_or_else(|| format!("/events/{id}/transcripts/{}", t.lang)),
                    langs: vec![t.lang.clone()],
                    country: None,
                    domain: None,
                    year: Some(year.clone()),
                });
            }
        }
        Ok(docs)
    }

    /// A published practice with its city's and partners' names in every script; none for a draft.
    async fn practice_doc(&self, id: &str) -> ServiceResult<Option<Doc>> {
        let db = &self.store.db;
        let Some(p) = pr::get(db, id).await? else {
            return Ok(None);
        };
        if p.is_draft() {
            return Ok(None);
        }
        let mut names = Vec::new();
        let mut country = None;
        if let Some(city) = dir::get_org(db, &p.city).await? {
            names.extend(names_of(&city.names));
            country = Some(city.country.code().to_string());
        }
        for o in pr::partners(db, id).await? {
            if let Some(org) = dir::get_org(db, &o).await? {
                names.extend(names_of(&org.names));
            }
        }
        let mut texts = Vec::new();
        for t in [&p.titles, &p.summary, &p.problem, &p.solution, &p.results] {
            texts.extend(texts_of(t));
        }
        Ok(Some(Doc {
            id: format!("practice:{id}"),
            group: format!("practice:{id}"),
            kind: Kind::Practice,
            langs: langs_of(&[&p.titles]),
            names,
            title: p.titles.clone(),
            texts,
            url: format!("/practices/{id}"),
            country,
            domain: Some(p.domain.as_str().to_string()),
            year: p
                .started
                .as_ref()
                .map(|s| s.as_str().chars().take(4).collect()),
        }))
    }

    /// A public project with its city's names and its plan's problem; none for a project
    /// seen only by its team or a network.
    async fn project_doc(&self, id: &str) -> ServiceResult<Option<Doc>> {
        let db = &self.store.db;
        let Some(p) = pj::get(db, id).await? else {
            return Ok(None);
        };
        if p.visibility != domain::driver::Visibility::Public {
            return Ok(None);
        }
        let mut names = Vec::new();
        let mut country = None;
        if let Some(city) = dir::get_org(db, &p.city).await? {
            names.extend(names_of(&city.names));
            country = Some(city.country.code().to_string());
        }
        let (parts, _) = domain::driver::parts::Parts::of(pj::parts(db, id).await?);
        let mut texts = Vec::new();
        for t in [&p.titles, &p.summary, &p.district, &parts.plan.problem] {
            texts.extend(texts_of(t));
        }
        for (_, o) in &parts.objectives {
            texts.extend(texts_of(&o.title));
        }
        Ok(Some(Doc {
            id: format!("project:{id}"),
            group: format!("project:{id}"),
            kind: Kind::Project,
            langs: langs_of(&[&p.titles, &p.summary]),
            names,
            title: p.titles.clone(),
            texts,
            url: format!("/projects/{id}"),
            country,
            domain: Some(p.domain.as_str().to_string()),
            year: Some(
                domain::time::from_micros(p.created_at)
                    .format("%Y")
                    .to_string(),
            ),
        }))
    }

    /// A solution with its company's names and its references' cities.
    async fn solution_doc(&self, id: &str) -> ServiceResult<Option<Doc>> {
        let db = &self.store.db;
        let Some(s) = mt::get_solution(db, id).await? else {
            return Ok(None);
        };
        let company = dir::get_org(db, s.value.company.as_str()).await?;
        Ok(Some(solution_doc_of(&s.value, company.as_ref())))
    }

    /// A financing offer with its financier's names.
    async fn offer_doc(&self, id: &str) -> ServiceResult<Option<Doc>> {
        let db = &self.store.db;
        let Some(o) = mt::get_offer(db, id).await? else {
            return Ok(None);
        };
        let financier = dir::get_org(db, o.value.financier.as_str()).await?;
        Ok(Some(offer_doc_of(&o.value, financier.as_ref())))
    }

    /// A need of a public project; none for a need of a project seen only by its team or a
    /// network.
    async fn need_doc(&self, id: &str) -> ServiceResult<Option<Doc>> {
        let db = &self.store.db;
        let Some(n) = mt::get_need(db, id).await? else {
            return Ok(None);
        };
        let Some(p) = pj::get(db, &n.project).await? else {
            return Ok(None);
        };
        if p.visibility != domain::driver::Visibility::Public {
            return Ok(None);
        }
        let (names, country) = owner_facts(dir::get_org(db, &p.city).await?.as_ref());
        let mut texts = texts_of(&n.need.titles);
        texts.extend(texts_of(&n.need.description));
        Ok(Some(Doc {
            id: format!("need:{id}"),
            group: format!("need:{id}"),
            kind: Kind::Need,
            langs: langs_of(&[&n.need.titles]),
            names,
            title: n.need.titles.clone(),
            texts,
            url: format!("/needs/{id}"),
            country,
            domain: Some(p.domain.as_str().to_string()),
            year: None,
        }))
    }

    async fn collection_docs(&self) -> ServiceResult<Vec<Doc>> {
        let mut out = Vec::new();
        for c in self.collections().await? {
            let mut texts = texts_of(&c.names);
            texts.extend(texts_of(&c.description));
            out.push(Doc {
                id: format!("collection:{}", c.id),
                group: format!("collection:{}", c.id),
                kind: Kind::Collection,
                langs: langs_of(&[&c.names, &c.description]),
                names: names_of(&c.names),
                title: c.names.clone(),
                texts,
                url: format!("/collections/{}", c.id),
                country: None,
                domain: None,
                year: None,
            });
        }
        Ok(out)
    }

    async fn plan(&self, b: &mut Batch, topic: Option<Topic>, id: &str) -> ServiceResult<()> {
        match topic {
            Some(Topic::OrganizationChanged | Topic::OrganizationDeleted) => {
                b.delete_ids.push(format!("organization:{id}"));
                b.docs.extend(self.org_doc(id).await?);
                // Its practices carry its names.
                for p in pr::published_of_city(&self.store.db, id).await? {
                    b.docs.extend(self.practice_doc(&p).await?);
                }
                // And its public projects.
                for p in pj::of_city(&self.store.db, id, &pj::Scope::default()).await? {
                    b.docs.extend(self.project_doc(&p.id).await?);
                }
            }
            Some(Topic::NetworkChanged) => {
                b.delete_ids.push(format!("network:{id}"));
                b.docs.extend(self.network_doc(id).await?);
            }
            Some(Topic::EventChanged) => {
                b.delete_groups.push(format!("event:{id}"));
                b.docs.extend(self.event_docs(id).await?);
            }
            Some(Topic::PracticeChanged) => {
                b.delete_ids.push(format!("practice:{id}"));
                b.docs.extend(self.practice_doc(id).await?);
                b.docs.extend(self.collection_docs().await?);
            }
            Some(Topic::ProjectChanged) => {
                b.delete_ids.push(format!("project:{id}"));
                b.docs.extend(self.project_doc(id).await?);
                // Its needs are public exactly when it is.
                for n in mt::needs_of(&self.store.db, id).await? {
                    b.delete_ids.push(format!("need:{}", n.need.id));
                    b.docs.extend(self.need_doc(&n.need.id).await?);
                }
            }
            Some(Topic::SolutionChanged) => {
                b.delete_ids.push(format!("solution:{id}"));
                b.docs.extend(self.solution_doc(id).await?);
            }
            Some(Topic::OfferChanged) => {
                b.delete_ids.push(format!("offer:{id}"));
                b.docs.extend(self.offer_doc(id).await?);
            }
            Some(Topic::NeedChanged) => {
                b.delete_ids.push(format!("need:{id}"));
                b.docs.extend(self.need_doc(id).await?);
            }
            // E-mail is the mailer's; a topic of a newer version is not this index's.
            Some(Topic::Email) | None => {}
        }
        Ok(())
    }

    /// Applies the outbox entries after the index's position (up to `limit`), in one commit.
    /// Returns how many entries were read.
    pub async fn index_pending(&self, ix: &SearchIndex, limit: u64) -> ServiceResult<usize> {
        let from = ix.position().map_err(err)?;
        let entries = outbox::read_after(&self.store.db, from, limit).await?;
        if entries.is_empty() {
            return Ok(0);
        }
        let now = domain::time::now_micros();
        let mut b = Batch::default();
        let mut position = from;
        let mut seen = std::collections::BTreeSet::new();
        for e in &entries {
            // A hole before this entry: an earlier transaction may still commit into it.
            if e.id != position + 1 && now - e.at < GAP_PATIENCE_MICROS {
                break;
            }
            let id: String = serde_json::from_str::<serde_json::Value>(&e.payload)
                .ok()
                .and_then(|v| v["id"].as_str().map(str::to_string))
                .unwrap_or_else(|| e.key.clone());
            // One rebuild per document per batch is enough: it reads the current state.
            if seen.insert((e.topic.clone(), id.clone())) {
                self.plan(&mut b, Topic::parse(&e.topic), &id).await?;
            }
            position = e.id;
        }
        if position == from {
            return Ok(0);
        }
        ix.apply(&b.delete_ids, &b.delete_groups, &b.docs, position)
            .map_err(err)?;
        Ok(entries.len())
    }

    /// Rebuilds the index from the database, and sets its position to the newest outbox entry.
    /// Documents go in by batches committed at position 0, and only the last commit carries the
    /// position: an interrupted rebuild leaves position 0, and the next start rebuilds again.
    pub async fn reindex(&self, ix: &SearchIndex) -> ServiceResult<u64> {
        const BATCH: usize = 20_000;
        let db = &self.store.db;
        // The position first: what changes during the rebuild is replayed after it.
        let position = outbox::last_position(db).await?;
        ix.clear().map_err(err)?;
        let mut n = 0u64;
        let mut docs: Vec<Doc> = Vec::new();
        let flush = |docs: &mut Vec<Doc>, n: &mut u64| -> ServiceResult<()> {
            *n += docs.len() as u64;
            ix.apply(&[], &[], docs, 0).map_err(err)?;
            docs.clear();
            Ok(())
        };
        for id in dir::all_org_ids(db).await? {
            docs.extend(self.org_doc(&id).await?);
        }
        for net in dir::list_networks(db).await? {
            docs.extend(self.network_doc(&net.id).await?);
        }
        docs.extend(self.collection_docs().await?);
        for id in ev::all_event_ids(db).await? {
            docs.extend(self.event_docs(&id).await?);
            if docs.len() >= BATCH {
                flush(&mut docs, &mut n)?;
            }
        }
        for id in pr::published_ids(db).await? {
            docs.extend(self.practice_doc(&id).await?);
            if docs.len() >= BATCH {
                flush(&mut docs, &mut n)?;
            }
        }
        for p in pj::public_projects(db).await? {
            docs.extend(self.project_doc(&p.id).await?);
            for need in mt::needs_of(db, &p.id).await? {
                docs.extend(self.need_doc(&need.need.id).await?);
            }
            if docs.len() >= BATCH {
                flush(&mut docs, &mut n)?;
            }
        }
        let mut after = String::new();
        loop {
            let batch = mt::solutions_after(db, &after, 5_000).await?;
            let Some(last) = batch.last() else { break };
            after = last.value.id.clone();
            let orgs = dir::get_orgs(
                db,
                &batch
                    .iter()
                    .map(|s| s.value.company.as_str().to_string())
                    .collect::<Vec<_>>(),
            )
            .await?;
            for s in &batch {
                docs.push(solution_doc_of(
                    &s.value,
                    orgs.get(s.value.company.as_str()),
                ));
            }
            if docs.len() >= BATCH {
                flush(&mut docs, &mut n)?;
            }
        }
        let mut after = String::new();
        loop {
            let batch = mt::offers_after(db, &after, 5_000).await?;
            let Some(last) = batch.last() else { break };
            after = last.value.id.clone();
            let orgs = dir::get_orgs(
                db,
                &batch
                    .iter()
                    .map(|o| o.value.financier.as_str().to_string())
                    .collect::<Vec<_>>(),
            )
            .await?;
            for o in &batch {
                docs.push(offer_doc_of(&o.value, orgs.get(o.value.financier.as_str())));
            }
            if docs.len() >= BATCH {
                flush(&mut docs, &mut n)?;
            }
        }
        n += docs.len() as u64;
        ix.apply(&[], &[], &docs, position).map_err(err)?;
        Ok(n)
    }

    /// Searches the index (everything in it is public).
    pub fn search(
        &self,
        ix: &SearchIndex,
        q: &search::SearchQuery,
    ) -> ServiceResult<search::Results> {
        ix.search(q).map_err(err)
    }
}

/// The names and country an owner lends to a document (a company, a financier, a city).
fn owner_facts(org: Option<&dir::OrgView>) -> (Vec<String>, Option<String>) {
    match org {
        Some(o) => (names_of(&o.names), Some(o.country.code().to_string())),
        None => (Vec::new(), None),
    }
}

/// A solution with its company's names.
fn solution_doc_of(s: &domain::matching::Solution, company: Option<&dir::OrgView>) -> Doc {
    let (names, country) = owner_facts(company);
    solution_doc(s, names, country)
}

/// A solution's search document, with its company's names and country: what the index holds,
/// and what `citydriver match-eval` indexes.
pub fn solution_doc(
    s: &domain::matching::Solution,
    names: Vec<String>,
    country: Option<String>,
) -> Doc {
    let mut texts = texts_of(&s.titles);
    texts.extend(texts_of(&s.description));
    for r in &s.references {
        texts.extend(texts_of(&r.results));
    }
    let id = &s.id;
    Doc {
        id: format!("solution:{id}"),
        group: format!("solution:{id}"),
        kind: Kind::Solution,
        langs: langs_of(&[&s.titles, &s.description]),
        names,
        title: s.titles.clone(),
        texts,
        url: format!("/solutions/{id}"),
        country,
        domain: Some(s.domain.as_str().to_string()),
        year: None,
    }
}

/// A financing offer with its financier's names.
fn offer_doc_of(o: &domain::matching::Offer, financier: Option<&dir::OrgView>) -> Doc {
    let (names, country) = owner_facts(financier);
    let mut texts = texts_of(&o.titles);
    texts.extend(texts_of(&o.description));
    texts.extend(texts_of(&o.terms));
    let id = &o.id;
    Doc {
        id: format!("offer:{id}"),
        group: format!("offer:{id}"),
        kind: Kind::Offer,
        langs: langs_of(&[&o.titles, &o.description]),
        names,
        title: o.titles.clone(),
        texts,
        url: format!("/offers/{id}"),
        country,
        domain: None,
        year: None,
    }
}
