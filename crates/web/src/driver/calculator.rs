//! The business case calculator: a form (no JavaScript needed) for a cost and benefit model,
//! its funding and its uncertain inputs; submitted, it shows the metrics with their
//! explanations, the funding table and the charts, and keeps every value as typed. The same
//! form downloads the workbook. Projects will keep their business case with them (issue 9);
//! this page computes one without storing it.
//!
//! Amounts are typed in major units with the reader's decimal mark (`1234.5`, or `1234,5` in
//! French), years separated by spaces or semicolons, and `value*count` repeating a value
//! (`0 0 180000*8`); rates in percent.

use super::form::{CORRELATIONS, RISKS, amounts_text, read};
use super::view::{Report, report};
use crate::kit::{
    AppState, Chrome, CsrfForm, CsrfMultipart, Ctx, Fields, PageResult, SignedIn, form_page,
};
use askama::Template;
use axum::extract::State;
use domain::Lang;
use finance::Currency;
use finance::model::{Benefit, LineKind};
use services::driver::business_case;
use services::driver::import;
use std::collections::BTreeMap;

/// Rows of the form: at least `LINES` for lines, two free rows below the last one used, at
/// most a model's 200.
pub const LINES: usize = 10;

/// The kinds a line may be, by the key the form sends.
pub const KINDS: [&str; 9] = [
    "capital",
    "operating",
    "energy_saved",
    "time_saved",
    "avoided_costs",
    "revenue",
    "co2",
    "other",
    "residual",
];

pub const TARGETS: [&str; 6] = [
    "capital",
    "operating",
    "benefits",
    "carbon_price",
    "discount_rate",
    "benefit_delay",
];
pub const SHAPES: [&str; 6] = [
    "triangular",
    "pert",
    "normal",
    "lognormal",
    "uniform",
    "delay",
];

#[derive(Template)]
#[template(path = "driver/business_case.html")]
struct Page {
    c: Chrome,
    f: Fields,
    errors: BTreeMap<String, String>,
    lines: Vec<usize>,
    risks: Vec<usize>,
    correlations: Vec<usize>,
    kinds: &'static [&'static str],
    targets: &'static [&'static str],
    shapes: &'static [&'static str],
    report: Option<Report>,
    /// Where the forms post: `/business-case`, or a project's `/projects/{id}/finance`.
    base: String,
    /// The project whose case this is, when it is one's.
    project: Option<ProjectHead>,
}

/// What the Finance tab of a project adds to the calculator.
pub struct ProjectHead {
    pub id: String,
    pub title: String,
    /// Whether the reader may change the case (else the results alone are shown).
    pub can_edit: bool,
    pub saved: bool,
    /// Items of a case sent through the API that the form cannot show.
    pub left_out: usize,
    pub notice: Option<String>,
}

/// How many line rows the form shows for these fields.
fn line_rows(f: &Fields) -> usize {
    let last =
        f.0.iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .filter_map(|(k, _)| {
                k.strip_prefix("line")?
                    .split_once('_')?
                    .0
                    .parse::<usize>()
                    .ok()
            })
            .max();
    last.map_or(LINES, |n| (n + 3).max(LINES))
        .min(finance::model::MAX_LINES)
}

impl Page {
    fn tab_id(&self) -> &str {
        self.project.as_ref().map(|p| p.id.as_str()).unwrap_or("")
    }
    fn tab_section(&self) -> &str {
        "finance"
    }
    /// The calculator is anyone's; a project's case is its editors'.
    fn can_edit(&self) -> bool {
        self.project.as_ref().is_none_or(|p| p.can_edit)
    }
    /// The fields other than the lines, for the import form to carry along.
    fn kept(&self) -> Vec<(&String, &String)> {
        let mut v: Vec<(&String, &String)> = self
            .f
            .0
            .iter()
            .filter(|(k, _)| *k != "csrf" && !k.starts_with("line"))
            .collect();
        v.sort();
        v
    }
    fn v(&self, k: &str) -> String {
        self.f.raw(k)
    }
    fn vi(&self, prefix: &str, i: &usize, suffix: &str) -> String {
        self.f.raw(&format!("{prefix}{i}_{suffix}"))
    }
    fn err(&self, k: &str) -> Option<&String> {
        self.errors.get(k)
    }
    fn erri(&self, prefix: &str, i: &usize, suffix: &str) -> Option<&String> {
        self.errors.get(&format!("{prefix}{i}_{suffix}"))
    }
}

/// The illustrative example the page opens with: LED street lights and sensors, works over two
/// years paid by a national grant, a development-bank loan and the city's budget.
fn example(c: &Ctx) -> Fields {
    let mut f = Fields::default();
    let sep = if c.lang == Lang::Fr { "," } else { "." };
    let t = |k: &str| c.tr.t(&format!("finance-example-{k}"));
    for (k, v) in [
        ("currency", "JPY"),
        ("start", "2027-04-01"),
        ("horizon", "20"),
        ("construction_years", "2"),
        ("terms", "real"),
        ("discount_rate", &format!("4{sep}0")),
        ("inflation", &format!("1{sep}5")),
        ("carbon_price", "6000"),
        ("line0_label", &t("lights")),
        ("line0_kind", "capital"),
        ("line0_amounts", "480000000 320000000"),
        ("line1_label", &t("maintenance")),
        ("line1_kind", "operating"),
        ("line1_amounts", "0 0 12000000*18"),
        ("line2_label", &t("electricity")),
        ("line2_kind", "energy_saved"),
        ("line2_amounts", "0 0 30000000 55000000 85000000*16"),
        ("line3_label", &t("co2")),
        ("line3_kind", "co2"),
        ("line3_amounts", "0 0 900*18"),
        ("grant_label", &t("grant")),
        ("grant_amount", "250000000"),
        ("loan_label", &t("loan")),
        ("loan_principal", "400000000"),
        ("loan_rate", &format!("2{sep}5")),
        ("loan_tenor", "15"),
        ("loan_grace", "3"),
        ("loan_repayment", "annuity"),
        ("loan_idc", "capitalized"),
        ("covenant", &format!("1{sep}2")),
        ("trials", "10000"),
        ("seed", "1"),
        ("risk0_label", &t("overrun")),
        ("risk0_target", "capital"),
        ("risk0_shape", "triangular"),
        ("risk0_a", &format!("0{sep}9")),
        ("risk0_b", "1"),
        ("risk0_c", &format!("1{sep}5")),
        ("risk1_label", &t("savings")),
        ("risk1_target", "benefits"),
        ("risk1_shape", "pert"),
        ("risk1_a", &format!("0{sep}6")),
        ("risk1_b", "1"),
        ("risk1_c", &format!("1{sep}15")),
        ("risk2_label", &t("late")),
        ("risk2_target", "benefit_delay"),
        ("risk2_shape", "delay"),
        ("risk2_a", &format!("0{sep}6 0{sep}3 0{sep}1")),
    ] {
        f.put(k, v);
    }
    f
}

pub(super) async fn page(SignedIn(c): SignedIn) -> PageResult {
    render(&c, example(&c), BTreeMap::new(), None)
}

fn render(
    c: &Ctx,
    f: Fields,
    errors: BTreeMap<String, String>,
    report: Option<Report>,
) -> PageResult {
    render_for(c, f, errors, report, None)
}

/// The calculator's page, for a project's case when `project` is given.
pub fn render_for(
    c: &Ctx,
    f: Fields,
    errors: BTreeMap<String, String>,
    report: Option<Report>,
    project: Option<ProjectHead>,
) -> PageResult {
    let rows = line_rows(&f);
    let base = match &project {
        Some(p) => format!("/projects/{}/finance", p.id),
        None => "/business-case".to_string(),
    };
    let section = if project.is_some() {
        "projects"
    } else {
        "business-case"
    };
    let page = Page {
        base,
        project,
        c: c.chrome(section),
        f,
        errors: errors.clone(),
        lines: (0..rows).collect(),
        risks: (0..RISKS).collect(),
        correlations: (0..CORRELATIONS).collect(),
        kinds: &KINDS,
        targets: &TARGETS,
        shapes: &SHAPES,
        report,
    };
    form_page(&errors, page)
}

/// Evaluates the form; shows it again with the results, or with each bad field named.
pub(super) async fn evaluate(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    show(&c, &s, f).await
}

/// The form read and worked out, shown with its results or its errors.
pub(super) async fn show(c: &Ctx, s: &AppState, f: Fields) -> PageResult {
    let case = match read(c, &f) {
        Ok(case) => case,
        Err(errors) => return render(c, f, errors, None),
    };
    let e = business_case::evaluate(&s.svc, &c.actor, case).await?;
    let r = report(c, &e);
    render(c, f, BTreeMap::new(), Some(r))
}

/// The same form, as a workbook to download.
pub(super) async fn workbook(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let case = match read(&c, &f) {
        Ok(case) => case,
        Err(errors) => return render(&c, f, errors, None),
    };
    let e = business_case::evaluate(&s.svc, &c.actor, case).await?;
    Ok(super::api::workbook_download(&e)?)
}

/// Fills the line rows from an uploaded CSV file or workbook (`label, kind, <a column a
/// year>`), then works the case out; a bad file is named line by line and changes nothing.
pub(super) async fn import(
    SignedIn(c): SignedIn,
    State(s): State<AppState>,
    CsrfMultipart(f, file): CsrfMultipart,
) -> PageResult {
    let (f, errors) = imported(&c, f, file);
    if !errors.is_empty() {
        return render(&c, f, errors, None);
    }
    show(&c, &s, f).await
}

/// The form's line rows replaced by those of an uploaded file, or the file's problems by line.
pub(super) fn imported(
    c: &Ctx,
    mut f: Fields,
    file: Option<crate::kit::extract::Upload>,
) -> (Fields, BTreeMap<String, String>) {
    let mut errors = BTreeMap::new();
    let file = file.filter(|u| !u.bytes.is_empty());
    let currency = Currency::from_code(&f.get("currency").unwrap_or_default());
    match (file, currency) {
        (None, _) => {
            errors.insert("file".to_string(), c.tr.t("finance-import-no-file"));
        }
        (_, Err(_)) => {
            errors.insert(
                "currency".to_string(),
                c.tr.ts("finance-error-currency", &[("value", &f.raw("currency"))]),
            );
        }
        (Some(file), Ok(cur)) => {
            match import::read_table(&file.file_name, &file.bytes)
                .and_then(|sheet| import::cost_lines(&sheet, cur))
            {
                Err(problems) => {
                    for p in problems {
                        errors.insert(format!("file: {}", p.place()), p.reason);
                    }
                }
                Ok(lines) => {
                    f.0.retain(|k, _| !k.starts_with("line"));
                    for (i, line) in lines.iter().enumerate() {
                        f.put(&format!("line{i}_label"), line.label.clone());
                        f.put(&format!("line{i}_kind"), line.kind.key());
                        let digits = if line.kind == LineKind::Benefit(Benefit::Co2) {
                            3
                        } else {
                            cur.digits()
                        };
                        f.put(
                            &format!("line{i}_amounts"),
                            amounts_text(&line.amounts, digits, c.lang),
                        );
                    }
                }
            }
        }
    }
    (f, errors)
}
