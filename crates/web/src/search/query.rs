//! The filters of a search, read and checked once for the page and the API.

use domain::Paging;
use search::{Kind, SearchQuery};

/// How deep results go: the index ranks this many at the most for one question.
const MAX_RESULTS: u64 = 10_000;

/// The filters a search takes, checked; `written` is the language of the content (`lang` is
/// the page's language).
pub(super) fn query(
    get: &dyn Fn(&str) -> Option<String>,
) -> Result<SearchQuery, (&'static str, String)> {
    let text = get("q").unwrap_or_default();
    if text.chars().count() > 300 {
        return Err(("q", "must be at most 300 characters".into()));
    }
    let kind = match get("kind") {
        None => None,
        Some(k) => Some(Kind::parse(&k).ok_or_else(|| {
            (
                "kind",
                "is one of organization, network, event, cue, practice, collection".to_string(),
            )
        })?),
    };
    let paging = Paging::parse(get("page").as_deref(), get("per_page").as_deref())?;
    if paging.offset() + paging.per_page > MAX_RESULTS {
        return Err((
            "page",
            format!("goes beyond the first {MAX_RESULTS} results: narrow the search instead"),
        ));
    }
    Ok(SearchQuery {
        text,
        kind,
        lang: get("written"),
        country: get("country").map(|c| c.to_ascii_uppercase()),
        domain: get("domain"),
        year: get("year"),
        page: paging.page as usize,
        per_page: paging.per_page as usize,
        reader: None,
    })
}
