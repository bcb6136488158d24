//! The HTML pages. Every page works without JavaScript; every form carries the CSRF token.

use crate::AppState;
use crate::ctx::{Ctx, LANG_COOKIE, SESSION_COOKIE, set_cookie};
use crate::error::PageError;
use crate::map;
use crate::view::{Chrome, Pager};
use askama::Template;
use axum::Router;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::country;
use domain::directory::{
    MembershipInput, MembershipRole, NetworkInput, NetworkScope, OrgKind, OrganizationInput,
    PersonInput,
};
use domain::{I18nText, Lang};
use services::OrgFilter;
use services::ServiceError;
use services::accounts::{InvitationView, SignUp, TokenView, UserView};
use services::directory::{NetworkPage, NetworkView, OrgPage, OrgView};
use services::import::{Format, ImportReport};
use std::collections::{BTreeMap, HashMap};

type PageResult = Result<Response, PageError>;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/static/app.css", get(css))
        .route("/static/transcript.js", get(transcript_js))
        .route("/demo/sample-recording.wav", get(sample_recording))
        .route("/lang/{code}", get(set_lang))
        .route("/directory", get(directory))
        .route("/orgs/new", get(new_org_form).post(new_org_submit))
        .route("/orgs/{id}", get(org))
        .route("/orgs/{id}/edit", get(edit_org_form).post(edit_org_submit))
        .route("/networks", get(networks).post(create_network))
        .route("/networks/{id}", get(network))
        .route("/networks/{id}/members", post(add_member))
        .route("/memberships/{id}/delete", post(delete_member))
        .route("/orgs/{id}/people", post(add_person))
        .route("/people/{id}/delete", post(delete_person))
        .route("/map", get(map_page))
        .route("/login", get(login_form).post(login_submit))
        .route("/logout", post(logout))
        .route("/invite/{token}", get(signup_form).post(signup_submit))
        .route("/account", get(account))
        .route("/account/tokens", post(create_token))
        .route("/account/tokens/{id}/revoke", post(revoke_token))
        .route("/admin", get(admin))
        .route("/admin/invitations", post(admin_invite))
        .route("/admin/import", post(admin_import))
        .route("/admin/audit", get(audit_page))
}

fn html(t: impl Template) -> PageResult {
    Ok(Html(t.render()?).into_response())
}

fn with_status(status: StatusCode, t: impl Template) -> PageResult {
    Ok((status, Html(t.render()?)).into_response())
}

fn svc_err(c: &Ctx) -> impl Fn(ServiceError) -> PageError + '_ {
    move |e| PageError::from_service(e, c.lang)
}

/// Sign-in first for pages that need an account; the way back is kept.
pub(crate) fn need_login(c: &Ctx) -> Option<Response> {
    (!c.signed_in()).then(|| {
        Redirect::to(&format!("/login?next={}", crate::view::enc(&c.here))).into_response()
    })
}

pub async fn not_found(c: Ctx) -> PageError {
    PageError::not_found(c.lang)
}

async fn css() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/app.css"),
    )
}

async fn transcript_js() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/transcript.js"),
    )
}

/// The demo's sample recording (a tone at the start of each line of the sample transcript).
async fn sample_recording() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "audio/wav"),
            (CACHE_CONTROL, "public, max-age=86400"),
        ],
        services::demo::sample_recording_wav(),
    )
}

/// Only local paths, so the switcher cannot be used to send people elsewhere.
fn local_path(next: Option<&String>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.clone(),
        _ => "/".into(),
    }
}

async fn set_lang(
    c: Ctx,
    Path(code): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let Some(lang) = Lang::ALL.into_iter().find(|l| l.tag() == code) else {
        return Err(PageError::not_found(c.lang));
    };
    let mut res = Redirect::to(&local_path(q.get("next"))).into_response();
    res.headers_mut().append(
        SET_COOKIE,
        set_cookie(LANG_COOKIE, lang.tag(), 365 * 24 * 3600, c.secure_cookies),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    c: Chrome,
    networks: Vec<(NetworkView, u64)>,
    org_count: u64,
}

async fn home(c: Ctx, State(s): State<AppState>) -> PageResult {
    let networks = s.svc.list_networks().await.map_err(svc_err(&c))?;
    let org_count = s
        .svc
        .list_orgs(&OrgFilter::default(), 1, 1)
        .await
        .map_err(svc_err(&c))?
        .total;
    html(HomePage {
        c: Chrome::new(&c, "home"),
        networks,
        org_count,
    })
}

#[derive(Default, serde::Deserialize)]
struct DirQuery {
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
    #[serde(default)]
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "directory.html")]
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

fn countries(lang: Lang) -> Vec<(&'static str, String)> {
    let mut v: Vec<_> = country::all()
        .iter()
        .map(|c| (c.alpha2, c.name(lang).to_string()))
        .collect();
    v.sort_by(|a, b| a.1.cmp(&b.1));
    v
}

async fn network_choices(s: &AppState, c: &Ctx) -> Result<Vec<(String, String)>, PageError> {
    Ok(s.svc
        .list_networks()
        .await
        .map_err(svc_err(c))?
        .into_iter()
        .map(|(n, _)| (n.id.clone(), n.names.best(c.lang).to_string()))
        .collect())
}

const PER_PAGE: u64 = 50;

async fn directory(
    c: Ctx,
    State(s): State<AppState>,
    q: Result<Query<DirQuery>, axum::extract::rejection::QueryRejection>,
) -> PageResult {
    // A malformed query still shows the page, unfiltered, with the reason.
    let (f, mut filter_error) = match q {
        Ok(Query(f)) => (f, None),
        Err(e) => (DirQuery::default(), Some(e.body_text())),
    };
    let page = match f.page.as_deref().map(str::parse::<u64>) {
        None => 1,
        Some(Ok(p)) if p >= 1 => p,
        Some(_) => {
            filter_error = Some("page: must be a number from 1".into());
            1
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
    let result = s
        .svc
        .list_orgs(&filter, page, PER_PAGE)
        .await
        .map_err(svc_err(&c))?;
    let base = [
        ("q", f.q.clone()),
        ("kind", f.kind.clone()),
        ("country", f.country.clone()),
        ("network", f.network.clone()),
        ("role", f.role.clone()),
    ];
    let pager = Pager::new(&c.tr, &base, page, PER_PAGE, result.total, "/directory");
    html(DirectoryPage {
        kinds: OrgKind::ALL.iter().map(|k| k.as_str()).collect(),
        roles: MembershipRole::ALL.iter().map(|k| k.as_str()).collect(),
        countries: countries(c.lang),
        networks: network_choices(&s, &c).await?,
        orgs: result.items,
        total: result.total,
        pager,
        filter_error,
        f,
        c: Chrome::new(&c, "directory"),
    })
}

#[derive(Template)]
#[template(path = "org.html")]
struct OrgPageT {
    c: Chrome,
    p: OrgPage,
    saved: Option<String>,
    person_errors: BTreeMap<String, String>,
}

async fn org(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let p = s.svc.org_page(&c.actor, &id).await.map_err(svc_err(&c))?;
    let saved = match q.get("saved").map(String::as_str) {
        Some("created") => Some(c.tr.t("org-created")),
        Some(_) => Some(c.tr.t("org-saved")),
        None => None,
    };
    html(OrgPageT {
        c: Chrome::new(&c, "directory"),
        p,
        saved,
        person_errors: BTreeMap::new(),
    })
}

async fn add_person(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: FormFields,
) -> PageResult {
    let fields = fields(&c, f)?;
    let get = |k: &str| fields.get(k).cloned().filter(|v| !v.trim().is_empty());
    let input = PersonInput {
        name: get("name"),
        position: get("position")
            .map(|p| I18nText::new().with(c.lang, p))
            .unwrap_or_default(),
        as_of: get("as_of"),
        email: get("email"),
    };
    match s.svc.add_person(&c.actor, &id, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/orgs/{id}?saved=1")).into_response()),
        Err(ServiceError::Invalid(errors)) => {
            let p = s.svc.org_page(&c.actor, &id).await.map_err(svc_err(&c))?;
            let page = OrgPageT {
                c: Chrome::new(&c, "directory"),
                p,
                saved: None,
                person_errors: errors.0,
            };
            with_status(StatusCode::UNPROCESSABLE_ENTITY, page)
        }
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}

async fn delete_person(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: FormFields,
) -> PageResult {
    fields(&c, f)?;
    let org = s.svc.person_org(&id).await.map_err(svc_err(&c))?;
    s.svc
        .delete_person(&c.actor, &id)
        .await
        .map_err(svc_err(&c))?;
    Ok(Redirect::to(&format!("/orgs/{org}?saved=1")).into_response())
}

/// The organization form's values, kept as typed so that a refused form comes back as it was.
#[derive(Default)]
struct OrgForm {
    id: String,
    kind: String,
    country: String,
    region: String,
    lat: String,
    lon: String,
    website: String,
    names: Vec<(&'static str, &'static str, String)>,
    descriptions: Vec<(&'static str, &'static str, String)>,
}

impl OrgForm {
    fn from_view(o: &OrgView) -> Self {
        let per_lang = |t: &I18nText| {
            Lang::ALL
                .iter()
                .map(|l| {
                    (
                        l.tag(),
                        l.native_name(),
                        t.get_exact(*l).unwrap_or("").to_string(),
                    )
                })
                .collect()
        };
        OrgForm {
            id: o.id.clone(),
            kind: o.kind.clone(),
            country: o.country.clone(),
            region: o.region.clone().unwrap_or_default(),
            lat: o.lat.map(|v| v.to_string()).unwrap_or_default(),
            lon: o.lon.map(|v| v.to_string()).unwrap_or_default(),
            website: o.website.clone().unwrap_or_default(),
            names: per_lang(&o.names),
            descriptions: per_lang(&o.description),
        }
    }

    fn empty() -> Self {
        let blank = || {
            Lang::ALL
                .iter()
                .map(|l| (l.tag(), l.native_name(), String::new()))
                .collect()
        };
        OrgForm {
            names: blank(),
            descriptions: blank(),
            ..Default::default()
        }
    }

    fn from_fields(f: &HashMap<String, String>) -> Self {
        let get = |k: &str| f.get(k).cloned().unwrap_or_default();
        let per_lang = |prefix: &str| {
            Lang::ALL
                .iter()
                .map(|l| {
                    (
                        l.tag(),
                        l.native_name(),
                        get(&format!("{prefix}_{}", l.tag())),
                    )
                })
                .collect()
        };
        OrgForm {
            id: get("id"),
            kind: get("kind"),
            country: get("country"),
            region: get("region"),
            lat: get("lat"),
            lon: get("lon"),
            website: get("website"),
            names: per_lang("name"),
            descriptions: per_lang("description"),
        }
    }

    /// The service's input, plus the fields that are not even numbers.
    fn input(&self) -> (OrganizationInput, BTreeMap<String, String>) {
        let mut errors = BTreeMap::new();
        let mut num = |name: &str, v: &str| {
            let v = v.trim();
            if v.is_empty() {
                return None;
            }
            v.parse::<f64>()
                .map_err(|_| errors.insert(name.to_string(), "is not a number".to_string()))
                .ok()
        };
        let lat = num("lat", &self.lat);
        let lon = num("lon", &self.lon);
        let text = |v: &Vec<(&'static str, &'static str, String)>| {
            I18nText(
                v.iter()
                    .filter_map(|(tag, _, t)| Lang::parse(tag).map(|l| (l, t.clone())))
                    .collect(),
            )
        };
        let opt = |v: &str| Some(v.to_string()).filter(|s| !s.trim().is_empty());
        (
            OrganizationInput {
                id: opt(&self.id),
                kind: opt(&self.kind),
                names: text(&self.names),
                country: opt(&self.country),
                region: opt(&self.region),
                lat,
                lon,
                website: opt(&self.website),
                description: text(&self.descriptions),
            },
            errors,
        )
    }
}

#[derive(Template)]
#[template(path = "org_form.html")]
struct OrgFormPage {
    c: Chrome,
    heading: String,
    action: String,
    cancel: String,
    is_new: bool,
    form: OrgForm,
    errors: BTreeMap<String, String>,
    kinds: Vec<&'static str>,
    countries: Vec<(&'static str, String)>,
}

fn org_form_page(
    c: &Ctx,
    is_new: bool,
    id: &str,
    heading: String,
    form: OrgForm,
    errors: BTreeMap<String, String>,
) -> OrgFormPage {
    OrgFormPage {
        c: Chrome::new(c, "directory"),
        heading,
        action: if is_new {
            "/orgs/new".into()
        } else {
            format!("/orgs/{id}/edit")
        },
        cancel: if is_new {
            "/directory".into()
        } else {
            format!("/orgs/{id}")
        },
        is_new,
        form,
        errors,
        kinds: OrgKind::ALL.iter().map(|k| k.as_str()).collect(),
        countries: countries(c.lang),
    }
}

async fn edit_org_form(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    if let Some(r) = need_login(&c) {
        return Ok(r);
    }
    let p = s.svc.org_page(&c.actor, &id).await.map_err(svc_err(&c))?;
    if !p.can_edit {
        return Err(PageError::from_service(
            ServiceError::Denied(domain::auth::Denied::Forbidden),
            c.lang,
        ));
    }
    let heading = format!("{} — {}", c.tr.t("org-edit"), p.org.names.best(c.lang));
    html(org_form_page(
        &c,
        false,
        &id,
        heading,
        OrgForm::from_view(&p.org),
        BTreeMap::new(),
    ))
}

fn refused_form(
    c: &Ctx,
    e: ServiceError,
    page: impl FnOnce(BTreeMap<String, String>) -> OrgFormPage,
) -> PageResult {
    match e {
        ServiceError::Invalid(f) | ServiceError::Conflict(f) | ServiceError::Malformed(f) => {
            with_status(StatusCode::UNPROCESSABLE_ENTITY, page(f.0))
        }
        other => Err(PageError::from_service(other, c.lang)),
    }
}

type FormFields =
    Result<axum::Form<HashMap<String, String>>, axum::extract::rejection::FormRejection>;

fn fields(c: &Ctx, f: FormFields) -> Result<HashMap<String, String>, PageError> {
    let fields = f.map_err(|e| PageError::form(e, c.lang))?.0;
    c.check_csrf(fields.get("csrf").map(String::as_str))?;
    Ok(fields)
}

async fn edit_org_submit(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: FormFields,
) -> PageResult {
    let fields = fields(&c, f)?;
    let form = OrgForm::from_fields(&fields);
    let (mut input, errors) = form.input();
    input.id = None;
    let heading = c.tr.t("org-edit");
    if !errors.is_empty() {
        return with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            org_form_page(&c, false, &id, heading, form, errors),
        );
    }
    match s.svc.update_org(&c.actor, &id, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/orgs/{id}?saved=1")).into_response()),
        Err(e) => refused_form(&c, e, |errs| {
            org_form_page(&c, false, &id, heading.clone(), form, errs)
        }),
    }
}

async fn new_org_form(c: Ctx) -> PageResult {
    if let Some(r) = need_login(&c) {
        return Ok(r);
    }
    if !c.is_admin() {
        return Err(PageError::from_service(
            ServiceError::Denied(domain::auth::Denied::Forbidden),
            c.lang,
        ));
    }
    html(org_form_page(
        &c,
        true,
        "",
        c.tr.t("org-new"),
        OrgForm::empty(),
        BTreeMap::new(),
    ))
}

async fn new_org_submit(c: Ctx, State(s): State<AppState>, f: FormFields) -> PageResult {
    let fields = fields(&c, f)?;
    let form = OrgForm::from_fields(&fields);
    let (input, errors) = form.input();
    let heading = c.tr.t("org-new");
    if !errors.is_empty() {
        return with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            org_form_page(&c, true, "", heading, form, errors),
        );
    }
    match s.svc.create_org(&c.actor, input).await {
        Ok(o) => Ok(Redirect::to(&format!("/orgs/{}?saved=created", o.id)).into_response()),
        Err(e) => refused_form(&c, e, |errs| {
            org_form_page(&c, true, "", heading.clone(), form, errs)
        }),
    }
}

#[derive(Template)]
#[template(path = "networks.html")]
struct NetworksPage {
    c: Chrome,
    networks: Vec<(NetworkView, u64)>,
    errors: BTreeMap<String, String>,
    langs: Vec<(&'static str, &'static str)>,
    scopes: Vec<&'static str>,
}

async fn networks_page(c: &Ctx, s: &AppState, errors: BTreeMap<String, String>) -> PageResult {
    let networks = s.svc.list_networks().await.map_err(svc_err(c))?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    with_status(
        status,
        NetworksPage {
            c: Chrome::new(c, "networks"),
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

async fn networks(c: Ctx, State(s): State<AppState>) -> PageResult {
    networks_page(&c, &s, BTreeMap::new()).await
}

async fn create_network(c: Ctx, State(s): State<AppState>, f: FormFields) -> PageResult {
    let fields = fields(&c, f)?;
    let get = |k: &str| fields.get(k).cloned().filter(|v| !v.trim().is_empty());
    let names = I18nText(
        Lang::ALL
            .iter()
            .filter_map(|l| get(&format!("name_{}", l.tag())).map(|v| (*l, v)))
            .collect(),
    );
    let input = NetworkInput {
        id: get("id"),
        names,
        parent: get("parent"),
        relation: get("relation"),
        scope: get("scope"),
        status: get("status"),
        secretariat: get("secretariat"),
        founded: get("founded"),
        description: I18nText::new(),
    };
    match s.svc.create_network(&c.actor, input).await {
        Ok(n) => Ok(Redirect::to(&format!("/networks/{}", n.id)).into_response()),
        Err(ServiceError::Invalid(e) | ServiceError::Conflict(e)) => {
            networks_page(&c, &s, e.0).await
        }
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}

#[derive(Template)]
#[template(path = "network.html")]
struct NetworkPageT {
    c: Chrome,
    p: NetworkPage,
    relation: String,
    errors: BTreeMap<String, String>,
    roles: Vec<&'static str>,
}

async fn network_page(
    c: &Ctx,
    s: &AppState,
    id: &str,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let p = s.svc.network_page(id).await.map_err(svc_err(c))?;
    let relation = match (&p.network.relation, &p.parent) {
        (Some(r), Some(parent)) => c.tr.ts(
            &format!("network-relation-{r}"),
            &[("parent", parent.names.best(c.lang))],
        ),
        _ => String::new(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    with_status(
        status,
        NetworkPageT {
            c: Chrome::new(c, "networks"),
            p,
            relation,
            errors,
            roles: MembershipRole::ALL.iter().map(|r| r.as_str()).collect(),
        },
    )
}

async fn network(c: Ctx, State(s): State<AppState>, Path(id): Path<String>) -> PageResult {
    network_page(&c, &s, &id, BTreeMap::new()).await
}

async fn add_member(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: FormFields,
) -> PageResult {
    let fields = fields(&c, f)?;
    let get = |k: &str| fields.get(k).cloned().filter(|v| !v.trim().is_empty());
    let input = MembershipInput {
        org: get("org"),
        network: Some(id.clone()),
        role: get("role"),
        since: get("since"),
        until: get("until"),
    };
    match s.svc.add_membership(&c.actor, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{id}")).into_response()),
        Err(ServiceError::Invalid(e) | ServiceError::Conflict(e)) => {
            network_page(&c, &s, &id, e.0).await
        }
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}

async fn delete_member(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: FormFields,
) -> PageResult {
    fields(&c, f)?;
    let network = s.svc.membership_network(&id).await.map_err(svc_err(&c))?;
    s.svc
        .delete_membership(&c.actor, &id)
        .await
        .map_err(svc_err(&c))?;
    Ok(Redirect::to(&format!("/networks/{network}")).into_response())
}

#[derive(Template)]
#[template(path = "map.html")]
struct MapPage {
    c: Chrome,
    networks: Vec<(String, String)>,
    selected: String,
    points: Vec<map::Point>,
    missing: u64,
    svg: String,
}

async fn map_page(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let selected = q.get("network").cloned().unwrap_or_default();
    let network = Some(selected.as_str()).filter(|n| !n.is_empty());
    if let Some(n) = network
        && s.svc.network_page(n).await.is_err()
    {
        return Err(PageError::not_found(c.lang));
    }
    let orgs = s.svc.orgs_on_map(network).await.map_err(svc_err(&c))?;
    let filter = OrgFilter {
        network: network.map(str::to_string),
        ..Default::default()
    };
    let total = s
        .svc
        .list_orgs(&filter, 1, 1)
        .await
        .map_err(svc_err(&c))?
        .total;
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
                country: o.country,
                lat,
                lon,
            })
        })
        .collect();
    let missing = total.saturating_sub(points.len() as u64);
    let svg = map::svg(&points, &c.tr.t("map-title"));
    html(MapPage {
        c: Chrome::new(&c, "map"),
        networks: network_choices(&s, &c).await?,
        selected,
        points,
        missing,
        svg,
    })
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    c: Chrome,
    failed: bool,
    email: String,
    next: String,
}

async fn login_form(c: Ctx, Query(q): Query<HashMap<String, String>>) -> PageResult {
    html(LoginPage {
        c: Chrome::new(&c, "login"),
        failed: false,
        email: String::new(),
        next: local_path(q.get("next")),
    })
}

fn session_cookie(c: &Ctx, secret: &str, ttl: i64) -> HeaderValue {
    set_cookie(SESSION_COOKIE, secret, ttl, c.secure_cookies)
}

async fn login_submit(c: Ctx, State(s): State<AppState>, f: FormFields) -> PageResult {
    let fields = fields(&c, f)?;
    let email = fields.get("email").cloned().unwrap_or_default();
    let password = fields.get("password").cloned().unwrap_or_default();
    let next = local_path(fields.get("next"));
    match s.svc.login(&email, &password).await {
        Ok(secret) => {
            let mut res = Redirect::to(&next).into_response();
            res.headers_mut().append(
                SET_COOKIE,
                session_cookie(&c, &secret, s.svc.config.session_ttl_secs),
            );
            Ok(res)
        }
        Err(ServiceError::Invalid(_)) => with_status(
            StatusCode::UNAUTHORIZED,
            LoginPage {
                c: Chrome::new(&c, "login"),
                failed: true,
                email,
                next,
            },
        ),
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}

async fn logout(
    c: Ctx,
    State(s): State<AppState>,
    headers: HeaderMap,
    f: FormFields,
) -> PageResult {
    fields(&c, f)?;
    if let Some(secret) = crate::ctx::cookie(&headers, SESSION_COOKIE) {
        s.svc.logout(secret).await.map_err(svc_err(&c))?;
    }
    let mut res = Redirect::to("/").into_response();
    res.headers_mut()
        .append(SET_COOKIE, session_cookie(&c, "", 0));
    Ok(res)
}

#[derive(Template)]
#[template(path = "signup.html")]
struct SignupPage {
    c: Chrome,
    token: String,
    role_name: String,
    org: Option<String>,
    fixed_email: Option<String>,
    email: String,
    display_name: String,
    errors: BTreeMap<String, String>,
}

fn signup_page(
    c: &Ctx,
    token: &str,
    inv: &InvitationView,
    form: &SignUp,
    errors: BTreeMap<String, String>,
) -> SignupPage {
    SignupPage {
        c: Chrome::new(c, "login"),
        token: token.to_string(),
        role_name: if inv.role == "admin" {
            c.tr.t("role-admin")
        } else {
            c.tr.t("role-member-account")
        },
        org: inv.org_id.clone(),
        fixed_email: inv.email.clone(),
        email: form.email.clone(),
        display_name: form.display_name.clone(),
        errors,
    }
}

async fn invitation_or_404(
    c: &Ctx,
    s: &AppState,
    token: &str,
) -> Result<InvitationView, PageError> {
    s.svc.invitation_info(token).await.map_err(|e| match e {
        ServiceError::NotFound(_) => PageError {
            detail_key: None,
            ..PageError::new(StatusCode::NOT_FOUND, c.lang, "signup-invalid")
        },
        e => PageError::from_service(e, c.lang),
    })
}

async fn signup_form(c: Ctx, State(s): State<AppState>, Path(token): Path<String>) -> PageResult {
    let inv = invitation_or_404(&c, &s, &token).await?;
    html(signup_page(
        &c,
        &token,
        &inv,
        &SignUp::default(),
        BTreeMap::new(),
    ))
}

async fn signup_submit(
    c: Ctx,
    State(s): State<AppState>,
    Path(token): Path<String>,
    f: FormFields,
) -> PageResult {
    let fields = fields(&c, f)?;
    let inv = invitation_or_404(&c, &s, &token).await?;
    let form = SignUp {
        email: fields.get("email").cloned().unwrap_or_default(),
        display_name: fields.get("display_name").cloned().unwrap_or_default(),
        password: fields.get("password").cloned().unwrap_or_default(),
    };
    match s.svc.accept_invitation(&token, form.clone()).await {
        Ok(secret) => {
            let mut res = Redirect::to("/account").into_response();
            res.headers_mut().append(
                SET_COOKIE,
                session_cookie(&c, &secret, s.svc.config.session_ttl_secs),
            );
            Ok(res)
        }
        Err(ServiceError::Invalid(f) | ServiceError::Conflict(f)) => with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            signup_page(&c, &token, &inv, &form, f.0),
        ),
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    c: Chrome,
    user: UserView,
    tokens: Vec<TokenView>,
    new_token: Option<String>,
    errors: BTreeMap<String, String>,
    /// The address of the user's own calendar feed (a secret).
    feed: String,
}

async fn account_page(
    c: &Ctx,
    s: &AppState,
    new_token: Option<String>,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let Some(user) = s.svc.user_view(&c.actor).await.map_err(svc_err(c))? else {
        return Ok(need_login(c).unwrap_or_else(|| Redirect::to("/login").into_response()));
    };
    let tokens = s.svc.list_tokens(&c.actor).await.map_err(svc_err(c))?;
    let feed = format!(
        "/feeds/{}/{}/calendar.ics",
        user.id,
        s.svc.feed_secret(&user.id).await.map_err(svc_err(c))?
    );
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut res = with_status(
        status,
        AccountPage {
            c: Chrome::new(c, "account"),
            user,
            tokens,
            new_token,
            errors,
            feed,
        },
    )?;
    // A page showing a secret must not be cached.
    res.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

async fn account(c: Ctx, State(s): State<AppState>) -> PageResult {
    if let Some(r) = need_login(&c) {
        return Ok(r);
    }
    account_page(&c, &s, None, BTreeMap::new()).await
}

async fn create_token(c: Ctx, State(s): State<AppState>, f: FormFields) -> PageResult {
    let fields = fields(&c, f)?;
    let mut scopes = Vec::new();
    for (field, scope) in [
        ("scope_read", "read"),
        ("scope_write", "write:directory"),
        ("scope_admin", "admin"),
    ] {
        if fields.contains_key(field) {
            scopes.push(scope);
        }
    }
    let name = fields.get("name").cloned().unwrap_or_default();
    match s.svc.create_token(&c.actor, &name, &scopes.join(" ")).await {
        Ok((_, secret)) => account_page(&c, &s, Some(secret), BTreeMap::new()).await,
        Err(ServiceError::Invalid(f)) => account_page(&c, &s, None, f.0).await,
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}

async fn revoke_token(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    f: FormFields,
) -> PageResult {
    fields(&c, f)?;
    s.svc
        .revoke_token(&c.actor, &id)
        .await
        .map_err(svc_err(&c))?;
    Ok(Redirect::to("/account").into_response())
}

#[derive(Template)]
#[template(path = "admin.html")]
struct AdminPage {
    c: Chrome,
    users: Vec<UserView>,
    invite_link: Option<String>,
    invite_email: String,
    errors: BTreeMap<String, String>,
    import: Option<ImportReport>,
}

async fn admin_page(
    c: &Ctx,
    s: &AppState,
    invite: Option<(String, String)>,
    errors: BTreeMap<String, String>,
    import: Option<ImportReport>,
) -> PageResult {
    if let Some(r) = need_login(c) {
        return Ok(r);
    }
    let users = s.svc.list_users(&c.actor).await.map_err(svc_err(c))?;
    let failed = !errors.is_empty() || import.as_ref().is_some_and(|r| !r.problems.is_empty());
    let status = if failed {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let (invite_link, invite_email) = match invite {
        Some((link, email)) => (Some(link), email),
        None => (None, String::new()),
    };
    let mut res = with_status(
        status,
        AdminPage {
            c: Chrome::new(c, "admin"),
            users,
            invite_link,
            invite_email,
            errors,
            import,
        },
    )?;
    res.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

async fn admin(c: Ctx, State(s): State<AppState>) -> PageResult {
    admin_page(&c, &s, None, BTreeMap::new(), None).await
}

async fn admin_invite(
    c: Ctx,
    State(s): State<AppState>,
    headers: HeaderMap,
    f: FormFields,
) -> PageResult {
    let fields = fields(&c, f)?;
    let email = fields.get("email").cloned().unwrap_or_default();
    let role = fields.get("role").cloned().unwrap_or_default();
    let org = fields.get("org").cloned();
    match s
        .svc
        .create_invitation(&c.actor, &email, &role, org.as_deref())
        .await
    {
        Ok(secret) => {
            let host = headers
                .get("host")
                .and_then(|h| h.to_str().ok())
                .unwrap_or("localhost");
            let link = format!("http://{host}/invite/{secret}");
            admin_page(&c, &s, Some((link, email)), BTreeMap::new(), None).await
        }
        Err(ServiceError::Invalid(f)) => admin_page(&c, &s, None, f.0, None).await,
        Err(e) => Err(PageError::from_service(e, c.lang)),
    }
}

async fn admin_import(
    c: Ctx,
    State(s): State<AppState>,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> PageResult {
    let bad = || PageError::new(StatusCode::BAD_REQUEST, c.lang, "error-invalid");
    let mut mp = mp.map_err(|_| bad())?;
    let (mut csrf, mut format, mut file) = (None, None, None);
    while let Some(field) = mp.next_field().await.map_err(|_| bad())? {
        match field.name() {
            Some("csrf") => csrf = Some(field.text().await.map_err(|_| bad())?),
            Some("format") => format = Some(field.text().await.map_err(|_| bad())?),
            Some("file") => file = Some(field.bytes().await.map_err(|_| bad())?),
            _ => {}
        }
    }
    // The token must come before anything is done with the file.
    c.check_csrf(csrf.as_deref())?;
    let Some(format) = format.as_deref().and_then(Format::parse) else {
        return admin_page(
            &c,
            &s,
            None,
            services::error::field("format", "choose a format").0,
            None,
        )
        .await;
    };
    let bytes = file.unwrap_or_default();
    if bytes.is_empty() {
        return admin_page(
            &c,
            &s,
            None,
            services::error::field("file", "is empty").0,
            None,
        )
        .await;
    }
    let report = s
        .svc
        .import_directory(&c.actor, format, &bytes)
        .await
        .map_err(svc_err(&c))?;
    admin_page(&c, &s, None, BTreeMap::new(), Some(report)).await
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    c: Chrome,
    entries: Vec<services::AuditRecord>,
    pager: Pager,
}

async fn audit_page(
    c: Ctx,
    State(s): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    if let Some(r) = need_login(&c) {
        return Ok(r);
    }
    let page = q
        .get("page")
        .and_then(|p| p.parse::<u64>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let (entries, total) = s
        .svc
        .audit_log(&c.actor, page, 100)
        .await
        .map_err(svc_err(&c))?;
    let pager = Pager::new(&c.tr, &[], page, 100, total, "/admin/audit");
    html(AuditPage {
        c: Chrome::new(&c, "admin"),
        entries,
        pager,
    })
}
