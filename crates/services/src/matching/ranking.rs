//! Ranking a need's candidates. The catalogue a ranking reads — every solution, every offer,
//! the cities that did something, as `domain::matching::rank` facts — is made once and kept
//! (`crate::derived`) until the outbox shows a change to what it was made from; a ranking then
//! costs the search index's text relevance (one query) and a pass over the need's domain.

use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::country::Country;
use domain::driver::TeamRole;
use domain::knowledge::PracticeDomain;
use domain::matching::rank::{
    self, CityFacts, NeedFacts, OfferFacts, PeerFacts, Ranked, Ranking, SolutionFacts,
};
use domain::matching::{CandidateKind, NeedKind};
use domain::{I18nText, Lang, Page, Paging};
use search::{Kind, SearchIndex};
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;
use store::directory::{self as dir, OrgView};
use store::driver::ProjectView;
use store::matching::{self as mt, NeedView, PlaceRow};
use store::outbox::{self, Topic};

/// How many of the best text matches a ranking takes from the search index.
const TEXT_HITS: usize = 400;

/// Solutions by id and by domain: the catalogue a solution need is ranked against.
#[derive(Default)]
pub struct Solutions {
    all: Vec<SolutionFacts>,
    by_id: HashMap<String, usize>,
    by_domain: HashMap<PracticeDomain, Vec<usize>>,
    /// Where each is offered: by country code and by sub-region key.
    in_country: HashMap<Country, Vec<usize>>,
    in_region: HashMap<&'static str, Vec<usize>>,
}

impl Solutions {
    pub fn new(all: Vec<SolutionFacts>) -> Solutions {
        let mut c = Solutions::default();
        for s in all {
            let i = c.all.len();
            c.by_id.insert(s.id.clone(), i);
            c.by_domain.entry(s.domain).or_default().push(i);
            for k in &s.reach.countries {
                c.in_country.entry(*k).or_default().push(i);
            }
            for r in &s.reach.regions {
                c.in_region.entry(*r).or_default().push(i);
            }
            c.all.push(s);
        }
        c
    }

    /// Which solutions are offered in the country, by country or by its sub-region: the hard
    /// filter, read from the index rather than asked of each solution.
    fn offered_in(&self, country: Country) -> Vec<bool> {
        let mut yes = vec![false; self.all.len()];
        let region = country.region();
        let by_region = region.and_then(|r| self.in_region.get(r));
        for i in self
            .in_country
            .get(&country)
            .into_iter()
            .chain(by_region)
            .flatten()
        {
            yes[*i] = true;
        }
        yes
    }

    /// A window of a need's eligible solutions, best first: every solution of its domain and
    /// the best text matches of `text` in the index (of any domain), weighed by
    /// `rank::solutions`.
    pub fn rank(
        &self,
        ix: &SearchIndex,
        text: &str,
        facts: &NeedFacts,
        window: Range<usize>,
    ) -> ServiceResult<Ranking> {
        let mut hits: HashMap<usize, f32> = HashMap::new();
        for (id, s) in relevance(ix, text, Kind::Solution)? {
            if let Some(i) = self.by_id.get(&id) {
                hits.insert(*i, s);
            }
        }
        // The best text match of all scales the others, eligible or not (as in `rank`).
        let best = hits.values().copied().fold(0.0f32, f32::max);
        let offered = self.offered_in(facts.country);
        let mut items: Vec<(&SolutionFacts, f32)> = Vec::new();
        for i in self.by_domain.get(&facts.domain).into_iter().flatten() {
            let text = hits.remove(i).unwrap_or(0.0);
            if offered[*i] {
                items.push((&self.all[*i], text));
            }
        }
        items.extend(
            hits.into_iter()
                .filter(|(i, _)| offered[*i])
                .map(|(i, s)| (&self.all[i], s)),
        );
        Ok(rank::solutions_in(facts, &items, best, window))
    }
}

/// What a solution's ranking knows of it; `places` has the cities of its references.
pub fn solution_facts(
    s: domain::matching::Solution,
    places: &HashMap<String, CityFacts>,
) -> SolutionFacts {
    SolutionFacts {
        references: s
            .references
            .iter()
            .filter_map(|r| places.get(r.city.as_str()).cloned())
            .collect(),
        id: s.id,
        domain: s.domain,
        reach: s.reach,
        price: s.price,
        languages: s.languages,
    }
}

/// The text a need is matched with: its titles and description in every language it has.
pub fn need_text(need: &domain::matching::Need) -> String {
    let mut text = String::new();
    for t in need.titles.0.values().chain(need.description.0.values()) {
        text.push_str(t);
        text.push('\n');
    }
    text
}

/// The best text matches of `text` among the index's documents of `kind`, with their scores.
pub fn relevance(ix: &SearchIndex, text: &str, kind: Kind) -> ServiceResult<Vec<(String, f32)>> {
    ix.relevance(text, kind, TEXT_HITS)
        .map_err(|e| ServiceError::Internal(e.to_string()))
}

#[derive(Default)]
pub(crate) struct Offers {
    all: Vec<OfferFacts>,
    by_id: HashMap<String, usize>,
}

/// The cities that did something, by domain, and the city of each published case.
#[derive(Default)]
pub(crate) struct Peers {
    by_domain: HashMap<PracticeDomain, Vec<PeerFacts>>,
    case_city: HashMap<String, String>,
}

fn city_of(p: &PlaceRow) -> Option<CityFacts> {
    Some(CityFacts {
        id: p.id.clone(),
        country: Country::parse(&p.country).ok()?,
        at: p.lat.zip(p.lon),
        networks: p.networks.clone(),
    })
}

/// A candidate as a page shows it: its rank and reasons, what it is called, whose it is.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    #[serde(flatten)]
    pub ranked: Ranked,
    pub kind: CandidateKind,
    pub titles: I18nText,
    /// The company, the financier, or the peer city itself.
    pub org: OrgView,
    pub url: String,
}

/// A need with its project, its city and a page of ranked candidates.
#[derive(Debug, Clone, Serialize)]
pub struct NeedPage {
    pub need: NeedView,
    pub project: ProjectView,
    pub city: OrgView,
    pub candidates: Page<Candidate>,
    /// The names of the networks the reasons mention.
    pub networks: Vec<(String, I18nText)>,
    /// Whether the reader is of the project's team (and sees its interests).
    pub team: bool,
    pub owner: bool,
    /// The reader's organizations that may express interest in this need (companies for a
    /// solution, financiers for funding, cities for a peer), with their candidate of it.
    pub may_answer: Vec<(String, Vec<String>)>,
    pub interests: Vec<store::matching::InterestView>,
    /// The organizations the reader edits (who answer invitations sent to them).
    pub mine: Vec<String>,
}

impl Services {
    fn ranking_version(&self, topics: &[Topic]) -> impl Future<Output = ServiceResult<Vec<i64>>> {
        let topics = topics.to_vec();
        async move {
            let mut v = Vec::new();
            for t in topics {
                v.push(outbox::last_of(&self.store.db, t).await?);
            }
            Ok(v)
        }
    }

    async fn places_of(&self, ids: Vec<String>) -> ServiceResult<HashMap<String, CityFacts>> {
        let mut ids = ids;
        ids.sort();
        ids.dedup();
        Ok(mt::places(&self.store.db, &ids)
            .await?
            .iter()
            .filter_map(|p| city_of(p).map(|c| (p.id.clone(), c)))
            .collect())
    }

    pub(crate) async fn solution_catalogue(&self) -> ServiceResult<std::sync::Arc<Solutions>> {
        let version = self
            .ranking_version(&[
                Topic::SolutionChanged,
                Topic::OrganizationChanged,
                Topic::OrganizationDeleted,
            ])
            .await?;
        self.derived
            .get_or_make("matching.solutions", String::new(), version, async || {
                let db = &self.store.db;
                let mut stored = Vec::new();
                let mut after = String::new();
                loop {
                    let batch = mt::solutions_after(db, &after, 5_000).await?;
                    let Some(last) = batch.last() else { break };
                    after = last.value.id.clone();
                    stored.extend(batch.into_iter().map(|s| s.value));
                }
                let places = self
                    .places_of(
                        stored
                            .iter()
                            .flat_map(|s| s.references.iter().map(|r| r.city.as_str().to_string()))
                            .collect(),
                    )
                    .await?;
                Ok(Solutions::new(
                    stored
                        .into_iter()
                        .map(|s| solution_facts(s, &places))
                        .collect(),
                ))
            })
            .await
    }

    pub(crate) async fn offer_catalogue(&self) -> ServiceResult<std::sync::Arc<Offers>> {
        let version = self.ranking_version(&[Topic::OfferChanged]).await?;
        self.derived
            .get_or_make("matching.offers", String::new(), version, async || {
                let db = &self.store.db;
                let mut c = Offers::default();
                let mut after = String::new();
                loop {
                    let batch = mt::offers_after(db, &after, 5_000).await?;
                    let Some(last) = batch.last() else { break };
                    after = last.value.id.clone();
                    for o in batch {
                        let o = o.value;
                        c.by_id.insert(o.id.clone(), c.all.len());
                        c.all.push(OfferFacts {
                            id: o.id,
                            instrument: o.instrument,
                            reach: o.reach,
                            domains: o.domains,
                            ticket: o.ticket,
                        });
                    }
                }
                Ok(c)
            })
            .await
    }

    pub(crate) async fn peer_catalogue(&self) -> ServiceResult<std::sync::Arc<Peers>> {
        let version = self
            .ranking_version(&[
                Topic::PracticeChanged,
                Topic::ProjectChanged,
                Topic::OrganizationChanged,
                Topic::OrganizationDeleted,
            ])
            .await?;
        self.derived
            .get_or_make("matching.peers", String::new(), version, async || {
                let db = &self.store.db;
                let cases = mt::published_cases(db).await?;
                let finished = mt::finished_projects(db).await?;
                let places = self
                    .places_of(
                        cases
                            .iter()
                            .map(|c| c.1.clone())
                            .chain(finished.iter().map(|f| f.0.clone()))
                            .collect(),
                    )
                    .await?;
                // (domain, city) → (cases, finished, languages)
                let mut did: HashMap<(PracticeDomain, String), (usize, usize, Vec<&'static str>)> =
                    HashMap::new();
                let mut p = Peers::default();
                for (id, city, domain, titles) in &cases {
                    let Ok(d) = PracticeDomain::parse(domain) else {
                        continue;
                    };
                    p.case_city.insert(id.clone(), city.clone());
                    let e = did.entry((d, city.clone())).or_default();
                    e.0 += 1;
                    for l in I18nText::from_json(titles).unwrap_or_default().0.keys() {
                        let code = domain::matching::languages::of_lang(*l);
                        if !e.2.contains(&code) {
                            e.2.push(code);
                        }
                    }
                }
                for (city, domain) in &finished {
                    if let Ok(d) = PracticeDomain::parse(domain) {
                        did.entry((d, city.clone())).or_default().1 += 1;
                    }
                }
                let mut keys: Vec<_> = did.into_iter().collect();
                keys.sort_by(|a, b| a.0.cmp(&b.0));
                for ((d, city), (practices, finished, languages)) in keys {
                    if let Some(c) = places.get(&city) {
                        p.by_domain.entry(d).or_default().push(PeerFacts {
                            city: c.clone(),
                            practices,
                            finished,
                            languages,
                        });
                    }
                }
                Ok(p)
            })
            .await
    }

    /// What the ranking knows of a need: its project's city, domain and languages.
    pub(crate) async fn need_facts(
        &self,
        need: &NeedView,
        project: &ProjectView,
        city: &OrgView,
    ) -> ServiceResult<NeedFacts> {
        let networks = dir::org_memberships(&self.store.db, &city.id)
            .await?
            .into_iter()
            .map(|(_, n)| n.id)
            .collect();
        Ok(NeedFacts {
            city: city.id.clone(),
            country: city.country,
            at: city.lat.zip(city.lon),
            domain: project.domain,
            networks,
            languages: rank::need_languages(&project.languages, city.country),
            amount: need.need.amount,
            instruments: need.need.instruments.clone(),
        })
    }

    /// A window of a need's eligible candidates, best first, and how many there are. The text
    /// is the need's titles and description in every language it has.
    pub async fn rank_need(
        &self,
        ix: &SearchIndex,
        need: &NeedView,
        facts: &NeedFacts,
        window: Range<usize>,
    ) -> ServiceResult<Ranking> {
        let text = need_text(&need.need);
        let relevance = |kind| relevance(ix, &text, kind);
        Ok(match need.need.kind {
            NeedKind::Solution => self
                .solution_catalogue()
                .await?
                .rank(ix, &text, facts, window)?,
            NeedKind::Funding => {
                let c = self.offer_catalogue().await?;
                let mut score = vec![0.0f32; c.all.len()];
                for (id, s) in relevance(Kind::Offer)? {
                    if let Some(i) = c.by_id.get(&id) {
                        score[*i] = s;
                    }
                }
                let items: Vec<(&OfferFacts, f32)> = c.all.iter().zip(score).collect();
                rank::offers_in(facts, &items, window)
            }
            NeedKind::Peer => {
                let c = self.peer_catalogue().await?;
                let mut best: HashMap<&str, f32> = HashMap::new();
                for (id, s) in relevance(Kind::Practice)? {
                    if let Some(city) = c.case_city.get(&id) {
                        let e = best.entry(city.as_str()).or_default();
                        *e = e.max(s);
                    }
                }
                let items: Vec<(&PeerFacts, f32)> = c
                    .by_domain
                    .get(&facts.domain)
                    .into_iter()
                    .flatten()
                    .map(|p| (p, best.get(p.city.id.as_str()).copied().unwrap_or(0.0)))
                    .collect();
                rank::peers_in(facts, &items, window)
            }
        })
    }

    /// A need's page: the need if the reader sees its project, with a page of its ranked
    /// candidates.
    pub async fn need_page(
        &self,
        actor: &Actor,
        ix: &SearchIndex,
        id: &str,
        paging: Paging,
    ) -> ServiceResult<NeedPage> {
        let db = &self.store.db;
        let need = mt::get_need(db, id)
            .await?
            .ok_or(ServiceError::NotFound("need"))?;
        let (project, standing) = self
            .seen_project(db, actor, &need.project)
            .await
            .map_err(|_| ServiceError::NotFound("need"))?;
        let city = dir::get_org(db, &project.city)
            .await?
            .ok_or(ServiceError::NotFound("need"))?;
        let facts = self.need_facts(&need, &project, &city).await?;
        let from = usize::try_from(paging.offset()).unwrap_or(usize::MAX);
        let window = from..from.saturating_add(paging.per_page as usize);
        let ranked = self.rank_need(ix, &need, &facts, window).await?;
        let total = ranked.total as u64;
        let mut networks: Vec<String> = Vec::new();
        for r in &ranked.page {
            for reason in &r.reasons {
                if let rank::Reason::ReferencesInNetwork { network, .. }
                | rank::Reason::SharedNetwork { network } = reason
                    && !networks.contains(network)
                {
                    networks.push(network.clone());
                }
            }
        }
        let items = self
            .candidates(need.need.kind.candidates(), ranked.page)
            .await?;
        let mut names = Vec::new();
        for n in networks {
            if let Some(v) = dir::get_network(db, &n).await? {
                names.push((n, v.names));
            }
        }
        let team = standing.may(TeamRole::Viewer);
        let interests = if team {
            mt::interests_of_needs(db, std::slice::from_ref(&need.need.id)).await?
        } else {
            let mine = self.my_orgs(actor);
            mt::interests_of_needs(db, std::slice::from_ref(&need.need.id))
                .await?
                .into_iter()
                .filter(|i| mine.contains(&i.org))
                .collect()
        };
        let may_answer = self.answerable(actor, &need, &project).await?;
        Ok(NeedPage {
            candidates: paging.page_of(items, total),
            need,
            owner: standing.may(TeamRole::Owner),
            team,
            project,
            city,
            networks: names,
            may_answer,
            interests,
            mine: self.my_orgs(actor),
        })
    }

    pub(crate) fn my_orgs(&self, actor: &Actor) -> Vec<String> {
        actor
            .user()
            .map(|u| u.editor_of.iter().map(|o| o.as_str().to_string()).collect())
            .unwrap_or_default()
    }

    /// Ranked candidates with what a page shows of them, in their order; one that went
    /// meanwhile is left out. Three queries, whatever the page's size.
    async fn candidates(
        &self,
        kind: CandidateKind,
        ranked: Vec<Ranked>,
    ) -> ServiceResult<Vec<Candidate>> {
        let db = &self.store.db;
        let ids: Vec<String> = ranked.iter().map(|r| r.id.clone()).collect();
        // Each candidate's titles (none for a city: its names) and its organization.
        let mut of: HashMap<String, (I18nText, String)> = match kind {
            CandidateKind::Solution => mt::get_solutions(db, &ids)
                .await?
                .into_iter()
                .map(|(id, s)| (id, (s.value.titles, s.value.company.as_str().to_string())))
                .collect(),
            CandidateKind::Offer => mt::get_offers(db, &ids)
                .await?
                .into_iter()
                .map(|(id, o)| (id, (o.value.titles, o.value.financier.as_str().to_string())))
                .collect(),
            CandidateKind::City => ids
                .iter()
                .map(|id| (id.clone(), (I18nText::new(), id.clone())))
                .collect(),
        };
        let orgs: Vec<String> = of.values().map(|(_, org)| org.clone()).collect();
        let orgs = dir::get_orgs(db, &orgs).await?;
        let path = match kind {
            CandidateKind::Solution => "solutions",
            CandidateKind::Offer => "offers",
            CandidateKind::City => "orgs",
        };
        Ok(ranked
            .into_iter()
            .filter_map(|r| {
                let (titles, org) = of.remove(&r.id)?;
                let org = orgs.get(&org)?.clone();
                Some(Candidate {
                    url: format!("/{path}/{}", r.id),
                    titles: if titles.is_empty() {
                        org.names.clone()
                    } else {
                        titles
                    },
                    ranked: r,
                    kind,
                    org,
                })
            })
            .collect())
    }
}

/// The name of a language for a reason, in the reader's language.
pub fn language_name(code: &str, lang: Lang) -> String {
    domain::matching::languages::name(code, lang).to_string()
}
