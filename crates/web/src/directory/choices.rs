//! What the directory's filters and forms offer to choose from, in the viewer's language.

use crate::kit::{AppState, Ctx};
use domain::Lang;

/// Countries by their name in the viewer's language, for the filters and forms.
pub(super) fn countries(lang: Lang) -> Vec<(&'static str, String)> {
    let mut v: Vec<_> = domain::country::all()
        .iter()
        .map(|c| (c.alpha2, c.name(lang).to_string()))
        .collect();
    v.sort_by(|a, b| a.1.cmp(&b.1));
    v
}

/// The networks as (id, name in the viewer's language), for the filters.
pub(super) async fn network_choices(
    s: &AppState,
    c: &Ctx,
) -> Result<Vec<(String, String)>, services::ServiceError> {
    Ok(s.svc
        .network_names()
        .await?
        .into_iter()
        .map(|(id, names)| (id, names.best(c.lang).to_string()))
        .collect())
}
