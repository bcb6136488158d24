//! The directory's forms: an organization (new and edit), its people, a network, a membership.
//! A refused form comes back as it was typed, each refused field named (422).

use super::choices::countries;
use super::pages::{OrgPageT, network_page, networks_page};
use crate::kit::{
    AppState, Chrome, CsrfForm, Ctx, Fields, PageError, PageResult, Refused, SignedIn, with_status,
};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use domain::directory::{MembershipInput, NetworkInput, OrgKind, OrganizationInput, PersonInput};
use domain::{I18nText, Lang};
use services::directory::OrgView;
use std::collections::BTreeMap;

/// The organization form's values, kept as typed so that a refused form comes back as it was.
#[derive(Default)]
pub(super) struct OrgForm {
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

/// (tag, language name, value) for each of the five languages.
fn per_lang(value: impl Fn(Lang) -> String) -> Vec<(&'static str, &'static str, String)> {
    Lang::ALL
        .iter()
        .map(|l| (l.tag(), l.native_name(), value(*l)))
        .collect()
}

impl OrgForm {
    fn from_view(o: &OrgView) -> Self {
        let text = |t: &I18nText| per_lang(|l| t.get_exact(l).unwrap_or("").to_string());
        OrgForm {
            id: o.id.clone(),
            kind: o.kind.to_string(),
            country: o.country.to_string(),
            region: o.region.clone().unwrap_or_default(),
            lat: o.lat.map(|v| v.to_string()).unwrap_or_default(),
            lon: o.lon.map(|v| v.to_string()).unwrap_or_default(),
            website: o.website.clone().unwrap_or_default(),
            names: text(&o.names),
            descriptions: text(&o.description),
        }
    }

    fn empty() -> Self {
        OrgForm {
            names: per_lang(|_| String::new()),
            descriptions: per_lang(|_| String::new()),
            ..Default::default()
        }
    }

    fn from_fields(f: &Fields) -> Self {
        let text = |prefix: &str| per_lang(|l| f.raw(&format!("{prefix}_{}", l.tag())));
        OrgForm {
            id: f.raw("id"),
            kind: f.raw("kind"),
            country: f.raw("country"),
            region: f.raw("region"),
            lat: f.raw("lat"),
            lon: f.raw("lon"),
            website: f.raw("website"),
            names: text("name"),
            descriptions: text("description"),
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
#[template(path = "directory/org_form.html")]
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

/// The form for a new organization (`id` None) or for `id`; 422 when it shows refused fields.
fn org_form_page(
    c: &Ctx,
    id: Option<&str>,
    heading: String,
    form: OrgForm,
    errors: BTreeMap<String, String>,
) -> PageResult {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    with_status(
        status,
        OrgFormPage {
            c: c.chrome("directory"),
            heading,
            action: id.map_or("/orgs/new".into(), |id| format!("/orgs/{id}/edit")),
            cancel: id.map_or("/directory".into(), |id| format!("/orgs/{id}")),
            is_new: id.is_none(),
            form,
            errors,
            kinds: OrgKind::ALL.iter().map(|k| k.as_str()).collect(),
            countries: countries(c.lang),
        },
    )
}

pub(super) async fn new_org(SignedIn(c): SignedIn) -> PageResult {
    if !c.is_admin() {
        return Err(PageError::forbidden());
    }
    org_form_page(
        &c,
        None,
        c.tr.t("org-new"),
        OrgForm::empty(),
        BTreeMap::new(),
    )
}

pub(super) async fn edit_org(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> PageResult {
    let p = s.svc.org_page(&c.actor, &id).await?;
    if !p.can_edit {
        return Err(PageError::forbidden());
    }
    let heading = format!("{} — {}", c.tr.t("org-edit"), p.org.names.best(c.lang));
    org_form_page(
        &c,
        Some(&id),
        heading,
        OrgForm::from_view(&p.org),
        BTreeMap::new(),
    )
}

pub(super) async fn update_org(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let form = OrgForm::from_fields(&f);
    let (mut input, errors) = form.input();
    input.id = None;
    let heading = c.tr.t("org-edit");
    if !errors.is_empty() {
        return org_form_page(&c, Some(&id), heading, form, errors);
    }
    match s.svc.update_org(&c.actor, &id, input).await.or_fields()? {
        Ok(_) => Ok(Redirect::to(&format!("/orgs/{id}?saved=1")).into_response()),
        Err(errors) => org_form_page(&c, Some(&id), heading, form, errors),
    }
}

pub(super) async fn create_org(
    c: Ctx,
    State(s): State<AppState>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let form = OrgForm::from_fields(&f);
    let (input, errors) = form.input();
    let heading = c.tr.t("org-new");
    if !errors.is_empty() {
        return org_form_page(&c, None, heading, form, errors);
    }
    match s.svc.create_org(&c.actor, input).await.or_fields()? {
        Ok(o) => Ok(Redirect::to(&format!("/orgs/{}?saved=created", o.id)).into_response()),
        Err(errors) => org_form_page(&c, None, heading, form, errors),
    }
}

pub(super) async fn add_person(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let input = PersonInput {
        name: f.get("name"),
        position: f
            .get("position")
            .map(|p| I18nText::new().with(c.lang, p))
            .unwrap_or_default(),
        as_of: f.get("as_of"),
        email: f.get("email"),
    };
    match s.svc.add_person(&c.actor, &id, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/orgs/{id}?saved=1")).into_response()),
        Err(services::ServiceError::Invalid(errors)) => {
            let p = s.svc.org_page(&c.actor, &id).await?;
            let projects = super::pages::org_projects(&c, &s, &id).await?;
            let page = OrgPageT {
                c: c.chrome("directory"),
                p,
                saved: None,
                person_errors: errors.0,
                projects,
            };
            with_status(StatusCode::UNPROCESSABLE_ENTITY, page)
        }
        Err(e) => Err(e.into()),
    }
}

pub(super) async fn delete_person(
    State(s): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    _: CsrfForm,
) -> PageResult {
    let org = s.svc.person_org(&id).await?;
    s.svc.delete_person(&c.actor, &id).await?;
    Ok(Redirect::to(&format!("/orgs/{org}?saved=1")).into_response())
}

pub(super) async fn create_network(
    c: Ctx,
    State(s): State<AppState>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let input = NetworkInput {
        id: f.get("id"),
        names: f.i18n("name"),
        parent: f.get("parent"),
        relation: f.get("relation"),
        scope: f.get("scope"),
        status: f.get("status"),
        secretariat: f.get("secretariat"),
        founded: f.get("founded"),
        description: I18nText::new(),
    };
    match s.svc.create_network(&c.actor, input).await.or_fields()? {
        Ok(n) => Ok(Redirect::to(&format!("/networks/{}", n.id)).into_response()),
        Err(errors) => networks_page(&c, &s, errors).await,
    }
}

pub(super) async fn add_member(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let input = MembershipInput {
        org: f.get("org"),
        network: Some(id.clone()),
        role: f.get("role"),
        since: f.get("since"),
        until: f.get("until"),
    };
    match s.svc.add_membership(&c.actor, input).await.or_fields()? {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{id}")).into_response()),
        Err(errors) => network_page(&c, &s, &id, errors).await,
    }
}

pub(super) async fn delete_member(
    c: Ctx,
    State(s): State<AppState>,
    Path(id): Path<String>,
    _: CsrfForm,
) -> PageResult {
    let network = s.svc.membership_network(&id).await?;
    s.svc.delete_membership(&c.actor, &id).await?;
    Ok(Redirect::to(&format!("/networks/{network}")).into_response())
}
