//! Import of organizations and memberships from CSV or JSON. Every line is checked first; any
//! bad line means nothing is written, and the report names each bad line, field and reason.

use crate::directory::{membership_model, org_model};
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::directory::{Membership, MembershipInput, Organization, OrganizationInput};
use domain::time::now_micros;
use domain::{I18nText, Lang};
use serde::Serialize;
use std::collections::BTreeSet;
use store::{directory as dir, outbox};

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
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ImportProblem {
    pub line: Option<u64>,
    pub item: Option<String>,
    pub field: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct ImportReport {
    pub organizations: u64,
    pub memberships: u64,
    pub problems: Vec<ImportProblem>,
}

#[derive(Debug, Clone)]
enum Loc {
    Line(u64),
    Item(String),
}

fn problem(loc: &Loc, field: &str, reason: &str) -> ImportProblem {
    let (line, item) = match loc {
        Loc::Line(l) => (Some(*l), None),
        Loc::Item(i) => (None, Some(i.clone())),
    };
    ImportProblem {
        line,
        item,
        field: field.to_string(),
        reason: reason.to_string(),
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

fn utf8(bytes: &[u8]) -> Result<&str, ImportProblem> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|b| **b == b'\n').count() as u64 + 1;
        ImportProblem {
            line: Some(line),
            item: None,
            field: "file".into(),
            reason: "is not valid UTF-8".into(),
        }
    })
}

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

/// A CSV record with its line number.
type CsvRow = (u64, Vec<String>);

fn csv_rows(text: &str, problems: &mut Vec<ImportProblem>) -> Option<(Vec<String>, Vec<CsvRow>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_string()).collect(),
        Err(e) => {
            problems.push(problem(&Loc::Line(1), "header", &e.to_string()));
            return None;
        }
    };
    let mut rows = Vec::new();
    for rec in rdr.records() {
        match rec {
            Ok(r) => {
                let line = r.position().map(|p| p.line()).unwrap_or(0);
                rows.push((line, r.iter().map(str::to_string).collect()));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                let reason = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => {
                        format!("has {len} fields where the header has {expected_len}")
                    }
                    _ => e.to_string(),
                };
                problems.push(problem(&Loc::Line(line), "line", &reason));
            }
        }
    }
    Some((header, rows))
}

fn orgs_from_csv(text: &str, problems: &mut Vec<ImportProblem>) -> Vec<(Loc, OrganizationInput)> {
    let Some((header, rows)) = csv_rows(text, problems) else {
        return vec![];
    };
    for h in &header {
        let known = ORG_COLUMNS.contains(&h.as_str())
            || h.strip_prefix("name_")
                .or_else(|| h.strip_prefix("description_"))
                .is_some_and(|l| Lang::ALL.iter().any(|x| x.tag() == l));
        if !known {
            problems.push(problem(&Loc::Line(1), h, "is not a known column (id, kind, country, region, lat, lon, website, name_<lang>, description_<lang>)"));
        }
    }
    let mut out = Vec::new();
    for (line, vals) in rows {
        let loc = Loc::Line(line);
        let mut input = OrganizationInput::default();
        let (mut names, mut desc) = (I18nText::new(), I18nText::new());
        let (mut lat, mut lon) = (None, None);
        for (h, v) in header.iter().zip(vals.iter()) {
            let v = v.trim();
            let opt = || Some(v.to_string()).filter(|s| !s.is_empty());
            match h.as_str() {
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
    text: &str,
    problems: &mut Vec<ImportProblem>,
) -> Vec<(Loc, MembershipInput)> {
    let Some((header, rows)) = csv_rows(text, problems) else {
        return vec![];
    };
    for h in &header {
        if !MEMBERSHIP_COLUMNS.contains(&h.as_str()) {
            problems.push(problem(
                &Loc::Line(1),
                h,
                "is not a known column (org, network, role, since, until)",
            ));
        }
    }
    rows.into_iter()
        .map(|(line, vals)| {
            let mut m = MembershipInput::default();
            for (h, v) in header.iter().zip(vals) {
                let v = Some(v.trim().to_string()).filter(|s| !s.is_empty());
                match h.as_str() {
                    "org" => m.org = v,
                    "network" => m.network = v,
                    "role" => m.role = v,
                    "since" => m.since = v,
                    "until" => m.until = v,
                    _ => {}
                }
            }
            (Loc::Line(line), m)
        })
        .collect()
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
        if let Err(d) = actor.require_admin() {
            return Err(self
                .refused(actor, "directory.import", "import", "", d)
                .await);
        }
        let mut problems = Vec::new();
        let text = match utf8(bytes) {
            Ok(t) => t,
            Err(p) => {
                return Ok(ImportReport {
                    problems: vec![p],
                    ..Default::default()
                });
            }
        };
        let (orgs_in, members_in) = match format {
            Format::OrganizationsCsv => (orgs_from_csv(text, &mut problems), vec![]),
            Format::MembershipsCsv => (vec![], memberships_from_csv(text, &mut problems)),
            Format::Json => match serde_json::from_str::<JsonImport>(text) {
                Err(e) => {
                    let p = ImportProblem {
                        line: Some(e.line() as u64),
                        item: None,
                        field: "file".into(),
                        reason: e.to_string(),
                    };
                    return Ok(ImportReport {
                        problems: vec![p],
                        ..Default::default()
                    });
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
                    } else if dir::get_org(&self.store.db, o.id.as_str()).await?.is_some() {
                        problems.push(problem(&loc, "id", &format!("'{}' already exists", o.id)));
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
                    let org_known = seen.contains(m.org.as_str())
                        || dir::get_org(&self.store.db, m.org.as_str())
                            .await?
                            .is_some();
                    if !org_known {
                        problems.push(problem(
                            &loc,
                            "org",
                            &format!("no organization '{}'", m.org),
                        ));
                    }
                    if dir::get_network(&self.store.db, m.network.as_str())
                        .await?
                        .is_none()
                    {
                        problems.push(problem(
                            &loc,
                            "network",
                            &format!("no network '{}'", m.network),
                        ));
                    }
                    if !seen_m.insert((m.org.to_string(), m.network.to_string(), m.role)) {
                        problems.push(problem(&loc, "role", "appears twice in this file"));
                    }
                    members.push((loc, m));
                }
            }
        }
        if !problems.is_empty() {
            problems.sort_by_key(|p| (p.line, p.item.clone()));
            return Ok(ImportReport {
                problems,
                ..Default::default()
            });
        }

        let now = now_micros();
        let who = actor.id_for_log();
        let tx = self.store.begin().await?;
        for (loc, o) in &orgs {
            let m = dir::insert_org(&tx, org_model(o, now, now))
                .await
                .map_err(|e| located(e, loc))?;
            crate::audited(
                &tx,
                now,
                &who,
                "organization.import",
                ("organization", &m.id),
                None,
                Some(
                    serde_json::to_string(&crate::directory::org_view(m.clone())?)
                        .unwrap_or_default(),
                ),
            )
            .await?;
            outbox::push(
                &tx,
                now,
                "organization.changed",
                &m.id,
                &serde_json::json!({"id": m.id}),
            )
            .await?;
        }
        for (loc, m) in &members {
            let row = dir::insert_membership(&tx, membership_model(m, None, now))
                .await
                .map_err(|e| located(e, loc))?;
            crate::audited(
                &tx,
                now,
                &who,
                "membership.import",
                ("membership", &row.id),
                None,
                serde_json::to_string(&row).ok(),
            )
            .await?;
        }
        tx.commit().await.map_err(store::StoreError::from)?;
        Ok(ImportReport {
            organizations: orgs.len() as u64,
            memberships: members.len() as u64,
            problems: vec![],
        })
    }
}

/// A write that the database refused after the checks passed (a race): say where.
fn located(e: store::StoreError, loc: &Loc) -> ServiceError {
    let at = match loc {
        Loc::Line(l) => format!("line {l}"),
        Loc::Item(i) => i.clone(),
    };
    match e {
        store::StoreError::Duplicate(_) => {
            ServiceError::Conflict(crate::error::field(&at, "already exists"))
        }
        other => other.into(),
    }
}
