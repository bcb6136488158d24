//! Import of organizations and memberships from CSV or JSON. Every line is checked first; any
//! bad line means nothing is written, and the report names each bad line, field and reason.

use crate::csv::{self, Problem, Sheet};
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::directory::{Membership, MembershipInput, Organization, OrganizationInput};
use domain::{I18nText, Lang};
use serde::Serialize;
use std::collections::BTreeSet;
use store::directory as dir;
use store::outbox::Topic;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV of organizations: id, kind, country, region, lat, lon, website, name_<lang>, description_<lang>.
    OrganizationsCsv,
    /// CSV of memberships: org, network, role, since, until.
    MembershipsCsv,
    /// `{"organizations": [...], "memberships": [...]}` in the API's shapes.
    Json,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "organizations_csv" => Some(Format::OrganizationsCsv),
            "memberships_csv" => Some(Format::MembershipsCsv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// One problem, located: a line number for CSV (the header is line 1), an item path for JSON.
pub type ImportProblem = Problem;

#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct ImportReport {
    pub organizations: u64,
    pub memberships: u64,
    pub problems: Vec<ImportProblem>,
}

/// Where an input came from, for its problems.
#[derive(Debug, Clone)]
enum Loc {
    Line(u64),
    Item(String),
}

fn problem(loc: &Loc, field: &str, reason: &str) -> Problem {
    match loc {
        Loc::Line(l) => Problem::at_line(*l, field, reason),
        Loc::Item(i) => Problem::at_item(i, field, reason),
    }
}

#[derive(Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct JsonImport {
    #[serde(default)]
    organizations: Vec<serde_json::Value>,
    #[serde(default)]
    memberships: Vec<serde_json::Value>,
}

const ORG_COLUMNS: [&str; 7] = ["id", "kind", "country", "region", "lat", "lon", "website"];
const MEMBERSHIP_COLUMNS: [&str; 5] = ["org", "network", "role", "since", "until"];

fn parse_f64(s: &str, field: &str, loc: &Loc, problems: &mut Vec<ImportProblem>) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    match s.parse::<f64>() {
        Ok(v) => Some(v),
        Err(_) => {
            problems.push(problem(loc, field, "is not a number"));
            None
        }
    }
}

fn orgs_from_csv(
    sheet: &Sheet,
    problems: &mut Vec<ImportProblem>,
) -> Vec<(Loc, OrganizationInput)> {
    for h in &sheet.header {
        let known = ORG_COLUMNS.contains(&h.to_ascii_lowercase().as_str())
            || h.strip_prefix("name_")
                .or_else(|| h.strip_prefix("description_"))
                .is_some_and(|l| Lang::ALL.iter().any(|x| x.tag() == l));
        if !known {
            problems.push(problem(&Loc::Line(1), h, "is not a known column (id, kind, country, region, lat, lon, website, name_<lang>, description_<lang>)"));
        }
    }
    let mut out = Vec::new();
    for row in &sheet.rows {
        let loc = Loc::Line(row.line);
        let mut input = OrganizationInput::default();
        let (mut names, mut desc) = (I18nText::new(), I18nText::new());
        let (mut lat, mut lon) = (None, None);
        for (h, v) in sheet.cells(row) {
            let opt = || Some(v.to_string()).filter(|s| !s.is_empty());
            match h.to_ascii_lowercase().as_str() {
                "id" => input.id = opt(),
                "kind" => input.kind = opt(),
                "country" => input.country = opt(),
                "region" => input.region = opt(),
                "website" => input.website = opt(),
                "lat" => lat = parse_f64(v, "lat", &loc, problems),
                "lon" => lon = parse_f64(v, "lon", &loc, problems),
                other => {
                    if let Some(l) = other.strip_prefix("name_").and_then(Lang::parse) {
                        names.0.insert(l, v.to_string());
                    } else if let Some(l) = other.strip_prefix("description_").and_then(Lang::parse)
                    {
                        desc.0.insert(l, v.to_string());
                    }
                }
            }
        }
        input.lat = lat;
        input.lon = lon;
        input.names = names;
        input.description = desc;
        out.push((loc, input));
    }
    out
}

fn memberships_from_csv(
    sheet: &Sheet,
    problems: &mut Vec<ImportProblem>,
) -> Vec<(Loc, MembershipInput)> {
    for h in &sheet.header {
        if !MEMBERSHIP_COLUMNS.contains(&h.to_ascii_lowercase().as_str()) {
            problems.push(problem(
                &Loc::Line(1),
                h,
                "is not a known column (org, network, role, since, until)",
            ));
        }
    }
    sheet
        .rows
        .iter()
        .map(|row| {
            let mut m = MembershipInput::default();
            for (h, v) in sheet.cells(row) {
                let v = Some(v.to_string()).filter(|s| !s.is_empty());
                match h.to_ascii_lowercase().as_str() {
                    "org" => m.org = v,
                    "network" => m.network = v,
                    "role" => m.role = v,
                    "since" => m.since = v,
                    "until" => m.until = v,
                    _ => {}
                }
            }
            (Loc::Line(row.line), m)
        })
        .collect()
}

/// What a file holds, read and checked without the database: its organizations and
/// memberships, validated, and every problem found so far (unreadable bytes, bad JSON, unknown
/// columns, invalid fields, an id or a membership twice in the file). Never panics, whatever
/// the bytes (fuzzed: `fuzz/fuzz_targets/directory_import.rs`).
pub struct FileContents {
    orgs: Vec<(Loc, Organization)>,
    members: Vec<(Loc, Membership)>,
    pub problems: Vec<ImportProblem>,
}

impl FileContents {
    /// How many organizations and memberships were read (valid or not).
    pub fn counts(&self) -> (usize, usize) {
        (self.orgs.len(), self.members.len())
    }
}

/// Reads and checks an import file (see `FileContents`).
pub fn read_file(format: Format, bytes: &[u8]) -> FileContents {
    let mut problems = Vec::new();
    let unreadable = |problems: Vec<Problem>| FileContents {
        orgs: vec![],
        members: vec![],
        problems,
    };
    let (orgs_in, members_in) = match format {
        Format::OrganizationsCsv | Format::MembershipsCsv => {
            let sheet = match csv::read(bytes) {
                Ok(s) => s,
                Err(problems) => return unreadable(problems),
            };
            if format == Format::OrganizationsCsv {
                (orgs_from_csv(&sheet, &mut problems), vec![])
            } else {
                (vec![], memberships_from_csv(&sheet, &mut problems))
            }
        }
        Format::Json => match serde_json::from_slice::<JsonImport>(bytes) {
            Err(e) => {
                return unreadable(vec![Problem::at_line(
                    e.line() as u64,
                    "file",
                    e.to_string(),
                )]);
            }
            Ok(j) => {
                let mut orgs = Vec::new();
                for (i, v) in j.organizations.into_iter().enumerate() {
                    let loc = Loc::Item(format!("organizations[{i}]"));
                    match serde_json::from_value::<OrganizationInput>(v) {
                        Ok(o) => orgs.push((loc, o)),
                        Err(e) => problems.push(problem(&loc, "item", &e.to_string())),
                    }
                }
                let mut ms = Vec::new();
                for (i, v) in j.memberships.into_iter().enumerate() {
                    let loc = Loc::Item(format!("memberships[{i}]"));
                    match serde_json::from_value::<MembershipInput>(v) {
                        Ok(m) => ms.push((loc, m)),
                        Err(e) => problems.push(problem(&loc, "item", &e.to_string())),
                    }
                }
                (orgs, ms)
            }
        },
    };
    let mut orgs: Vec<(Loc, Organization)> = Vec::new();
    let mut seen = BTreeSet::new();
    for (loc, input) in orgs_in {
        match input.validate(None) {
            Err(fe) => problems.extend(fe.0.iter().map(|(f, r)| problem(&loc, f, r))),
            Ok(o) => {
                if !seen.insert(o.id.to_string()) {
                    problems.push(problem(
                        &loc,
                        "id",
                        &format!("'{}' appears twice in this file", o.id),
                    ));
                }
                orgs.push((loc, o));
            }
        }
    }
    let mut members: Vec<(Loc, Membership)> = Vec::new();
    let mut seen_m = BTreeSet::new();
    for (loc, input) in members_in {
        match input.validate() {
            Err(fe) => problems.extend(fe.0.iter().map(|(f, r)| problem(&loc, f, r))),
            Ok(m) => {
                if !seen_m.insert((m.org.to_string(), m.network.to_string(), m.role)) {
                    problems.push(problem(&loc, "role", "appears twice in this file"));
                }
                members.push((loc, m));
            }
        }
    }
    FileContents {
        orgs,
        members,
        problems,
    }
}

impl Services {
    /// Imports a file. On any problem nothing is written and the report lists every problem
    /// (returned as `Ok` with problems, so callers can show them all).
    pub async fn import_directory(
        &self,
        actor: &Actor,
        format: Format,
        bytes: &[u8],
    ) -> ServiceResult<ImportReport> {
        let o = op("directory.import", "import", "");
        if let Err(d) = actor.require_admin() {
            return Err(self.refused(actor, o, d).await);
        }
        let FileContents {
            orgs,
            members,
            mut problems,
        } = read_file(format, bytes);
        // What only the database can tell: ids taken, organizations and networks unknown.
        let mut checked = BTreeSet::new();
        for (loc, org) in &orgs {
            if checked.insert(org.id.to_string())
                && dir::get_org(&self.store.db, org.id.as_str())
                    .await?
                    .is_some()
            {
                problems.push(problem(loc, "id", &format!("'{}' already exists", org.id)));
            }
        }
        for (loc, m) in &members {
            let org_known = checked.contains(m.org.as_str())
                || dir::get_org(&self.store.db, m.org.as_str())
                    .await?
                    .is_some();
            if !org_known {
                problems.push(problem(loc, "org", &format!("no organization '{}'", m.org)));
            }
            if dir::get_network(&self.store.db, m.network.as_str())
                .await?
                .is_none()
            {
                problems.push(problem(
                    loc,
                    "network",
                    &format!("no network '{}'", m.network),
                ));
            }
        }
        if !problems.is_empty() {
            problems.sort_by_key(|p| (p.line, p.item.clone()));
            return Ok(ImportReport {
                problems,
                ..Default::default()
            });
        }

        let report = ImportReport {
            organizations: orgs.len() as u64,
            memberships: members.len() as u64,
            problems: vec![],
        };
        self.write(actor, o, Ok(()), async |w| {
            for (loc, org) in &orgs {
                let view = dir::insert_org(&w.tx, org, w.now)
                    .await
                    .map_err(|e| located(e, loc))?;
                let at = op("organization.import", "organization", &view.id);
                w.audit(at, None::<&()>, Some(&view)).await?;
                w.changed(Topic::OrganizationChanged, &view.id).await?;
            }
            for (loc, m) in &members {
                let view = dir::insert_membership(&w.tx, m, None, w.now)
                    .await
                    .map_err(|e| located(e, loc))?;
                let at = op("membership.import", "membership", &view.id);
                w.audit(at, None::<&()>, Some(&view)).await?;
            }
            Ok(report)
        })
        .await
    }
}

/// A write that the database refused after the checks passed (a race): say where.
fn located(e: store::StoreError, loc: &Loc) -> ServiceError {
    let at = match loc {
        Loc::Line(l) => format!("line {l}"),
        Loc::Item(i) => i.clone(),
    };
    match e {
        store::StoreError::Duplicate { .. } => {
            ServiceError::Conflict(crate::error::field(&at, "already exists"))
        }
        other => other.into(),
    }
}
