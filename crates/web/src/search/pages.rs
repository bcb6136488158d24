//! The search page, with facets beside the results.

use super::query::query;
use crate::kit::{AppState, Chrome, Ctx, PageError, PageResult, Pager, html};
use askama::Template;
use axum::extract::{Query, State};
use search::Results;
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "search/search.html")]
struct SearchPage {
    c: Chrome,
    q: String,
    r: Results,
    active: Vec<(String, String)>,
    pager: Pager,
}

impl SearchPage {
    fn with(&self, name: &str, value: &str) -> String {
        let name = if name == "lang" { "written" } else { name };
        let q = [("q".to_string(), self.q.clone())];
        crate::kit::view::toggled("/search", &q, &self.active, name, value)
    }
    fn is_on(&self, name: &str, value: &str) -> bool {
        let name = if name == "lang" { "written" } else { name };
        self.active.iter().any(|(k, v)| k == name && v == value)
    }
    fn label(&self, facet: &str, value: &str) -> String {
        match facet {
            "kind" => self.c.tk("search-kind-", value),
            "domain" => self.c.tk("domain-", value),
            "country" => self.c.country(value),
            _ => value.to_string(),
        }
    }
}

const FILTERS: [&str; 5] = ["kind", "written", "country", "domain", "year"];

pub(super) async fn page(
    c: Ctx,
    State(s): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> PageResult {
    let get = |k: &str| {
        params
            .get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let mut q = query(&get).map_err(|(f, r)| PageError::bad_request(f, &r))?;
    // The page's language is the reader's: its documents first, its texts for the snippets.
    q.reader = Some(c.lang);
    let r = s.svc.search(&s.index, &q)?;
    let active: Vec<(String, String)> = FILTERS
        .iter()
        .filter_map(|k| get(k).map(|v| (k.to_string(), v)))
        .collect();
    let mut base: Vec<(&str, String)> = vec![("q", q.text.clone())];
    base.extend(active.iter().map(|(k, v)| (k.as_str(), v.clone())));
    let pager = Pager::new(
        &c.tr,
        &base,
        q.page as u64,
        q.per_page as u64,
        r.total as u64,
        "/search",
    );
    html(SearchPage {
        c: c.chrome("search"),
        q: q.text,
        r,
        active,
        pager,
    })
}
