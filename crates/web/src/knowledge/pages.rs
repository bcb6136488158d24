//! Knowledge-base pages: the catalogue of best practices with its facets, a case's page,
//! collections (the Smart Health Responder) and their Atom feeds.

use crate::kit::{AppState, Chrome, Ctx, PageError, PageResult, Paged, Pager, html, no_store};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::IntoResponse;
use domain::I18nText;
use domain::knowledge::PracticeDomain;
use services::knowledge::{Catalogue, CollectionView, ItemView, PracticePage};
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "knowledge/practices.html")]
struct CataloguePage {
    c: Chrome,
    cat: Catalogue,
    /// The filters in force: (name, value).
    active: Vec<(String, String)>,
    q: String,
    pager: Pager,
    /// City id -> its name, for the facet.
    city_names: HashMap<String, I18nText>,
    can_write: bool,
}

impl CataloguePage {
    /// The catalogue's address with one filter set (or removed when it is the one in force).
    fn with(&self, name: &str, value: &str) -> String {
        crate::kit::view::toggled("/practices", &[], &self.active, name, value)
    }
    fn is_on(&self, name: &str, value: &str) -> bool {
        self.active.iter().any(|(k, v)| k == name && v == value)
    }
    fn facet_label(&self, name: &str, value: &str) -> String {
        match name {
            "domain" => self.c.tk("domain-", value),
            "city" => self
                .city_names
                .get(value)
                .map(|n| self.c.text(n))
                .unwrap_or_else(|| value.to_string()),
            _ => value.to_string(),
        }
    }
}

// `written` (a language the case is written in), not `lang`: that one is the page's language.
const FILTERS: [&str; 7] = ["domain", "city", "country", "sdg", "written", "year", "q"];

pub(super) async fn catalogue(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
    Paged(paging): Paged,
) -> PageResult {
    let get = |k: &str| {
        q.get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    if let Some(d) = get("domain") {
        PracticeDomain::parse(&d).map_err(|r| PageError::bad_request("domain", &r))?;
    }
    let sdg = match get("sdg") {
        None => None,
        Some(g) => Some(
            g.parse::<u8>()
                .ok()
                .filter(|g| (1..=17).contains(g))
                .ok_or_else(|| PageError::bad_request("sdg", "must be a number from 1 to 17"))?,
        ),
    };
    let f = store_filter(&get, sdg);
    let cat = s.svc.catalogue(&c.actor, &f, paging).await?;
    let active: Vec<(String, String)> = FILTERS
        .iter()
        .filter_map(|k| get(k).map(|v| (k.to_string(), v)))
        .collect();
    let base: Vec<(&str, String)> = active
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    let pager = Pager::of(&c.tr, &base, &cat.results, "/practices");
    let mut city_names = HashMap::new();
    for (name, values) in &cat.facets {
        if *name == "city" {
            for (id, _) in values {
                if let Ok(o) = s.svc.get_org(id).await {
                    city_names.insert(id.clone(), o.names);
                }
            }
        }
    }
    html(CataloguePage {
        c: c.chrome("practices"),
        q: get("q").unwrap_or_default(),
        cat,
        active,
        pager,
        city_names,
        can_write: c.edits_something(),
    })
}

fn store_filter(get: &dyn Fn(&str) -> Option<String>, sdg: Option<u8>) -> services::PracticeFilter {
    services::PracticeFilter {
        domain: get("domain"),
        city: get("city"),
        country: get("country").map(|c| c.to_ascii_uppercase()),
        sdg,
        lang: get("written"),
        year: get("year"),
        q: get("q"),
    }
}

#[derive(Template)]
#[template(path = "knowledge/practice.html")]
struct CasePage {
    c: Chrome,
    p: PracticePage,
    notice: Option<String>,
}

impl CasePage {
    /// The sections of the case, in order.
    fn sections(&self) -> Vec<(&'static str, &I18nText)> {
        vec![
            ("practice-problem", &self.p.practice.problem),
            ("practice-solution", &self.p.practice.solution),
            ("practice-results", &self.p.practice.results),
        ]
    }
}

pub(super) async fn page(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    render_case(&c, &s, &id, None).await
}

pub(super) async fn render_case(
    c: &Ctx,
    s: &AppState,
    id: &str,
    notice: Option<String>,
) -> PageResult {
    let p = s.svc.practice_page(&c.actor, id).await?;
    let draft = p.practice.published_at.is_none();
    let res = html(CasePage {
        c: c.chrome("practices"),
        p,
        notice,
    })?;
    // A draft is seen by its editors only: never by a shared cache.
    Ok(if draft { no_store(res) } else { res })
}

#[derive(Template)]
#[template(path = "knowledge/collections.html")]
struct CollectionsPage {
    c: Chrome,
    list: Vec<CollectionView>,
}

pub(super) async fn collections(c: Ctx, State(s): State<AppState>) -> PageResult {
    html(CollectionsPage {
        c: c.chrome("practices"),
        list: s.svc.collections().await?,
    })
}

#[derive(Template)]
#[template(path = "knowledge/collection.html")]
struct CollectionPage {
    c: Chrome,
    coll: CollectionView,
    items: Vec<ItemView>,
}

pub(super) async fn collection(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let (coll, items) = s.svc.collection_page(&c.actor, &id).await?;
    html(CollectionPage {
        c: c.chrome("practices"),
        coll,
        items,
    })
}

/// The collection as an Atom feed (RFC 4287): published cases only, whoever asks.
pub(super) async fn collection_atom(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let (coll, items) = s
        .svc
        .collection_page(&domain::auth::Actor::Anonymous, &id)
        .await?;
    // Links from the configured address, never from the request's Host header.
    let base = s.web.public_url.clone();
    let feed = super::atom::Feed {
        id: format!("{base}/collections/{}", coll.id),
        title: coll.names.best(c.lang).to_string(),
        subtitle: Some(coll.description.best(c.lang).to_string()).filter(|d| !d.is_empty()),
        link: format!("{base}/collections/{}", coll.id),
        self_link: format!("{base}/collections/{}/feed.atom", coll.id),
        updated: items
            .iter()
            .map(|i| i.practice.updated_at.max(i.added_at))
            .max()
            .unwrap_or(coll.updated_at),
        author: coll.curator.clone().unwrap_or_else(|| "citydriver".into()),
        entries: items
            .iter()
            .map(|i| super::atom::Entry {
                id: format!("{base}/practices/{}", i.practice.id),
                title: i.practice.titles.best(c.lang).to_string(),
                link: format!("{base}/practices/{}", i.practice.id),
                updated: i.practice.updated_at.max(i.added_at),
                published: i.practice.published_at,
                summary: {
                    let note = i.note.best(c.lang);
                    let summary = i.practice.summary.best(c.lang);
                    format!(
                        "{} · {} · {}{}",
                        i.dated,
                        c.tr.t(&format!("measure-{}", i.measure_type)),
                        i.city.names.best(c.lang),
                        [summary, note]
                            .iter()
                            .filter(|x| !x.is_empty())
                            .map(|x| format!(" — {x}"))
                            .collect::<String>()
                    )
                },
                categories: vec![i.measure_type.to_string(), i.practice.domain.to_string()],
            })
            .collect(),
    };
    Ok((
        [
            (CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=300"),
        ],
        super::atom::write(&feed),
    )
        .into_response())
}
