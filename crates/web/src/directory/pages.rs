//! The directory's pages: the list with its filters, an organization, the networks, a network
//! and the map.

use super::{countries, map, network_choices};
use crate::kit::{AppState, Chrome, Ctx, PageError, PageResult, Paged, Pager, form_page, html};
use askama::Template;
use axum::extract::{Path, Query, State};
use domain::Lang;
use domain::Paging;
use domain::directory::{MembershipRole, NetworkScope, OrgKind};
use services::OrgFilter;
use services::directory::{NetworkPage, NetworkView, OrgPage, OrgView};
use std::collections::{BTreeMap, HashMap};

#[derive(Default, serde::Deserialize)]
pub(super) struct DirQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    network: String,
    #[serde(default)]
    role: String,
}

#[derive(Template)]
#[template(path = "directory/directory.html")]
struct DirectoryPage {
    c: Chrome,
    f: DirQuery,
    kinds: Vec<&'static str>,
    roles: Vec<&'static str>,
    countries: Vec<(&'static str, String)>,
    networks: Vec<(String, String)>,
    orgs: Vec<OrgView>,
    total: u64,
    pager: Pager,
    filter_error: Option<String>,
}

pub(super) async fn directory(
    c: Ctx,
    State(s): State<AppState>,
    q: Result<Query<DirQuery>, axum::extract::rejection::QueryRejection>,
    paging: Result<Paged, PageError>,
) -> PageResult {
    // A malformed query still shows the page, unfiltered, with the reason.
    let (f, mut filter_error) = match q {
        Ok(Query(f)) => (f, None),
        Err(e) => (DirQuery::default(), Some(e.body_text())),
    };
    let paging = match paging {
        Ok(Paged(p)) => p,
        Err(e) => {
            filter_error = e.fields.iter().next().map(|(f, r)| format!("{f}: {r}"));
            Paging::default()
        }
    };
    let opt = |v: &str| Some(v.trim().to_string()).filter(|s| !s.is_empty());
    let filter = OrgFilter {
        kind: opt(&f.kind),
        country: opt(&f.country).map(|c| c.to_ascii_uppercase()),
        network: opt(&f.network),
        role: opt(&f.role),
        q: opt(&f.q).map(|q| q.chars().take(200).collect()),
    };
    let result = s.svc.list_orgs(&filter, paging).await?;
    let base = [
        ("q", f.q.clone()),
        ("kind", f.kind.clone()),
        ("country", f.country.clone()),
        ("network", f.network.clone()),
        ("role", f.role.clone()),
    ];
    let pager = Pager::of(&c.tr, &base, &result, "/directory");
    html(DirectoryPage {
        kinds: OrgKind::ALL.iter().map(|k| k.as_str()).collect(),
        roles: MembershipRole::ALL.iter().map(|k| k.as_str()).collect(),
        countries: countries(c.lang),
        networks: network_choices(&s, &c).await?,
        total: result.total,
        orgs: result.items,
        pager,
        filter_error,
        f,
        c: c.chrome("directory"),
    })
}

#[derive(Template)]
#[template(path = "directory/org.html")]
pub(super) struct OrgPageT {
    pub c: Chrome,
    pub p: OrgPage,
    pub saved: Option<String>,
    pub person_errors: BTreeMap<String, String>,
}

pub(super) async fn org(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let p = s.svc.org_page(&c.actor, &id).await?;
    let saved = match q.get("saved").map(String::as_str) {
        Some("created") => Some(c.tr.t("org-created")),
        Some(_) => Some(c.tr.t("org-saved")),
        None => None,
    };
    html(OrgPageT {
        c: c.chrome("directory"),
        p,
        saved,
        person_errors: BTreeMap::new(),
    })
}

#[derive(Template)]
#[template(path = "directory/networks.html")]
struct NetworksPage {
    c: Chrome,
    networks: Vec<(NetworkView, u64)>,
    errors: BTreeMap<String, String>,
    langs: Vec<(&'static str, &'static str)>,
    scopes: Vec<&'static str>,
}

/// The networks, with the creation form's refused fields when there are any.
pub(super) async fn networks_page(
    c: &Ctx,
    s: &AppState,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let networks = s.svc.list_networks().await?;
    form_page(
        &errors.clone(),
        NetworksPage {
            c: c.chrome("networks"),
            networks,
            errors,
            langs: Lang::ALL
                .iter()
                .map(|l| (l.tag(), l.native_name()))
                .collect(),
            scopes: NetworkScope::ALL.iter().map(|x| x.as_str()).collect(),
        },
    )
}

pub(super) async fn networks(c: Ctx, State(s): State<AppState>) -> PageResult {
    networks_page(&c, &s, BTreeMap::new()).await
}

#[derive(Template)]
#[template(path = "directory/network.html")]
struct NetworkPageT {
    c: Chrome,
    p: NetworkPage,
    relation: String,
    errors: BTreeMap<String, String>,
    roles: Vec<&'static str>,
}

/// A network, with the membership form's refused fields when there are any.
pub(super) async fn network_page(
    c: &Ctx,
    s: &AppState,
    id: &str,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let p = s.svc.network_page(id).await?;
    let relation = match (&p.network.relation, &p.parent) {
        (Some(r), Some(parent)) => c.tr.ts(
            &format!("network-relation-{r}"),
            &[("parent", parent.names.best(c.lang))],
        ),
        _ => String::new(),
    };
    form_page(
        &errors.clone(),
        NetworkPageT {
            c: c.chrome("networks"),
            p,
            relation,
            errors,
            roles: MembershipRole::ALL.iter().map(|r| r.as_str()).collect(),
        },
    )
}

pub(super) async fn network(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    network_page(&c, &s, &id, BTreeMap::new()).await
}

#[derive(Template)]
#[template(path = "directory/map.html")]
struct MapPage {
    c: Chrome,
    networks: Vec<(String, String)>,
    selected: String,
    points: Vec<map::Point>,
    missing: u64,
    svg: String,
}

pub(super) async fn map(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let selected = q.get("network").cloned().unwrap_or_default();
    let network = Some(selected.as_str()).filter(|n| !n.is_empty());
    if let Some(n) = network
        && s.svc.network_page(n).await.is_err()
    {
        return Err(PageError::not_found());
    }
    let orgs = s.svc.orgs_on_map(network).await?;
    let filter = OrgFilter {
        network: network.map(str::to_string),
        ..Default::default()
    };
    let total = s.svc.list_orgs(&filter, Paging::of(1, 1)).await?.total;
    let points: Vec<map::Point> = orgs
        .into_iter()
        .filter_map(|o| {
            let (lat, lon) = (o.lat?, o.lon?);
            let shown = o.names.show(c.lang);
            Some(map::Point {
                name: shown
                    .as_ref()
                    .map(|s| s.text.to_string())
                    .unwrap_or_else(|| o.id.clone()),
                lang: shown.map(|s| s.lang.tag()).unwrap_or("en"),
                id: o.id,
                country: o.country.to_string(),
                lat,
                lon,
            })
        })
        .collect();
    let missing = total.saturating_sub(points.len() as u64);
    let svg = map::svg(&points, &c.tr.t("map-title"));
    html(MapPage {
        c: c.chrome("map"),
        networks: network_choices(&s, &c).await?,
        selected,
        points,
        missing,
        svg,
    })
}
