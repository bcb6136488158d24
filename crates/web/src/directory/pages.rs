//! The directory's pages: the list with its filters, an organization, the networks, a network
//! and the map.

use super::choices::{countries, network_choices};
use super::map;
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
    /// The city's projects the reader may see, newest change first (the first few).
    pub projects: domain::Page<services::driver::ProjectView>,
}

/// The first projects of an organization the reader may see, for its page.
pub(super) async fn org_projects(
    c: &Ctx,
    s: &AppState,
    id: &str,
) -> Result<domain::Page<services::driver::ProjectView>, PageError> {
    let f = services::driver::ProjectFilter {
        city: Some(id.to_string()),
        ..Default::default()
    };
    Ok(s.svc
        .projects(&c.actor, &f, Paging::of(1, 10))
        .await?
        .map(|(p, _)| p))
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
    let projects = org_projects(&c, &s, &id).await?;
    html(OrgPageT {
        c: c.chrome("directory"),
        p,
        saved,
        person_errors: BTreeMap::new(),
        projects,
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
    /// Countries with their counts and the directory's address for each (when too many to draw).
    countries: Vec<(String, u64, String)>,
    placed: u64,
    missing: u64,
    svg: String,
}

/// The map: every organization of the selection when there are few, else a circle and a line
/// per country — a page of the same small size whether there are 50 or 100,000.
pub(super) async fn map(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let selected = q.get("network").cloned().unwrap_or_default();
    let network = Some(selected.as_str()).filter(|n| !n.is_empty());
    if let Some(n) = network {
        s.svc.get_network(n).await?;
    }
    let m = s.svc.map(network).await?;
    let points: Vec<map::Point> = m
        .points
        .iter()
        .filter_map(|o| {
            let (lat, lon) = (o.lat?, o.lon?);
            let shown = o.names.show(c.lang);
            Some(map::Point {
                name: shown
                    .as_ref()
                    .map(|s| s.text.to_string())
                    .unwrap_or_else(|| o.id.clone()),
                lang: shown.map(|s| s.lang.tag()).unwrap_or("en"),
                id: o.id.clone(),
                country: o.country.to_string(),
                lat,
                lon,
            })
        })
        .collect();
    let title = c.tr.t("map-title");
    let (svg, countries) = if m.points.is_empty() && m.placed > 0 {
        let href = |code: &str| match network {
            Some(n) => format!(
                "/directory?country={code}&network={}",
                crate::kit::view::enc(n)
            ),
            None => format!("/directory?country={code}"),
        };
        let clusters: Vec<map::Cluster> = m
            .countries
            .iter()
            .map(|k| map::Cluster {
                lat: k.lat,
                lon: k.lon,
                count: k.count,
                label: format!(
                    "{}: {}",
                    k.country.name(c.lang),
                    c.tr.tn("map-country-count", "count", k.count as i64)
                ),
                href: href(k.country.code()),
            })
            .collect();
        let list = m
            .countries
            .iter()
            .map(|k| {
                (
                    k.country.name(c.lang).to_string(),
                    k.count,
                    href(k.country.code()),
                )
            })
            .collect();
        (map::clusters_svg(&clusters, &title), list)
    } else {
        (map::svg(&points, &title), vec![])
    };
    html(MapPage {
        c: c.chrome("map"),
        networks: network_choices(&s, &c).await?,
        selected,
        points,
        countries,
        placed: m.placed,
        missing: m.total.saturating_sub(m.placed),
        svg,
    })
}
