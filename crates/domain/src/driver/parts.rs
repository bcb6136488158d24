//! The parts a project is made of, one kind each: the plan (problem, SWOT, business model
//! canvas), objectives, use cases, stakeholders and their relationships, risks, milestones,
//! tasks, procurement steps, KPIs with their values, status reports and comments.
//!
//! Every kind is one typed body, read from JSON and checked by one function (`check`), so that
//! the API, the forms, the store and the templates share a single mechanism: a body that is
//! not of its kind's shape is refused with the path of the field that is wrong.

use crate::error::FieldErrors;
use crate::lang::I18nText;
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

words!(
    /// The kinds of part, as they appear in URLs (`/projects/{id}/parts/{kind}`) and the API.
    PartKind {
        Plan = "plan",
        Objective = "objective",
        UseCase = "use_case",
        Stakeholder = "stakeholder",
        Relationship = "relationship",
        Risk = "risk",
        Milestone = "milestone",
        Task = "task",
        Procurement = "procurement",
        Kpi = "kpi",
        Report = "report",
        Comment = "comment",
    }
);

impl PartKind {
    /// The kinds a project has one of (the rest are lists).
    pub fn is_single(self) -> bool {
        self == PartKind::Plan
    }
    /// The most of one kind a project may hold.
    pub fn limit(self) -> usize {
        match self {
            PartKind::Plan => 1,
            PartKind::Task | PartKind::Comment => 2_000,
            PartKind::Risk | PartKind::Relationship => 1_000,
            _ => 500,
        }
    }
}

words!(SwotQuadrant {
    Strengths = "strengths",
    Weaknesses = "weaknesses",
    Opportunities = "opportunities",
    Threats = "threats",
});

words!(
    /// The nine blocks of the business model canvas.
    CanvasBlock {
        KeyPartners = "key_partners",
        KeyActivities = "key_activities",
        KeyResources = "key_resources",
        ValuePropositions = "value_propositions",
        CustomerRelationships = "customer_relationships",
        Channels = "channels",
        CustomerSegments = "customer_segments",
        CostStructure = "cost_structure",
        RevenueStreams = "revenue_streams",
    }
);

words!(StakeholderRole {
    Owner = "owner",
    Funder = "funder",
    Operator = "operator",
    Supplier = "supplier",
    Regulator = "regulator",
    User = "user",
});

words!(RelationKind { Legal = "legal", Financial = "financial", Technical = "technical" });

words!(RiskCategory {
    Technical = "technical",
    Financial = "financial",
    Legal = "legal",
    Political = "political",
    Operational = "operational",
    Social = "social",
    Environmental = "environmental",
});

words!(RiskStatus { Open = "open", Mitigating = "mitigating", Closed = "closed" });

words!(TaskStatus { Todo = "todo", Doing = "doing", Done = "done" });

words!(
    /// The steps of a procurement, in order.
    ProcurementStep {
        RequestForProposals = "request_for_proposals",
        BidsReceived = "bids_received",
        Evaluation = "evaluation",
        Award = "award",
        Contract = "contract",
    }
);

words!(
    /// Standards whose indicators a KPI may be tied to, by code (never by an invented text).
    IndicatorStandard {
        Iso37120 = "iso_37120",
        Iso37122 = "iso_37122",
        Iso37123 = "iso_37123",
        ItuU4ssc = "itu_u4ssc",
    }
);

/// A day, written 2026-12-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Day(pub NaiveDate);

impl TryFrom<String> for Day {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .ok()
            .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
            .map(Day)
            .ok_or_else(|| format!("'{}' is not a day like 2026-12-01", s.trim()))
    }
}
impl From<Day> for String {
    fn from(d: Day) -> String {
        d.to_string()
    }
}
impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

/// The problem, the SWOT and the business model canvas.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    #[serde(default)]
    pub problem: I18nText,
    #[serde(default)]
    pub swot: BTreeMap<SwotQuadrant, I18nText>,
    #[serde(default)]
    pub canvas: BTreeMap<CanvasBlock, I18nText>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    #[serde(default)]
    pub title: I18nText,
    #[serde(default)]
    pub target_date: Option<Day>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UseCase {
    #[serde(default)]
    pub title: I18nText,
    #[serde(default)]
    pub description: I18nText,
}

/// An organization of the directory (`org`) or one typed by name, with its role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    #[serde(default)]
    pub org: Option<crate::ids::OrgId>,
    #[serde(default)]
    pub name: I18nText,
    pub role: StakeholderRole,
}

/// A legal, financial or technical tie between two stakeholders (by their part ids).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relationship {
    pub from: String,
    pub to: String,
    pub kind: RelationKind,
    #[serde(default)]
    pub note: I18nText,
}

/// A risk: likelihood and impact from 1 to 5 before and after its mitigation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    #[serde(default)]
    pub title: I18nText,
    pub category: RiskCategory,
    pub likelihood: u8,
    pub impact: u8,
    /// Who answers for it (a name or a role).
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub mitigation: I18nText,
    pub residual_likelihood: u8,
    pub residual_impact: u8,
    #[serde(default = "open")]
    pub status: RiskStatus,
}

fn open() -> RiskStatus {
    RiskStatus::Open
}

impl Risk {
    pub fn score(&self) -> u8 {
        self.likelihood * self.impact
    }
    pub fn residual_score(&self) -> u8 {
        self.residual_likelihood * self.residual_impact
    }
}

/// A milestone: the date first agreed (`baseline`), the date now planned, and when it was met.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    #[serde(default)]
    pub title: I18nText,
    pub baseline: Day,
    #[serde(default)]
    pub planned: Option<Day>,
    #[serde(default)]
    pub done: Option<Day>,
}

impl Milestone {
    /// The date now expected: when it was met, else the planned date, else the baseline.
    pub fn expected(&self) -> Day {
        self.done.or(self.planned).unwrap_or(self.baseline)
    }
    /// Days late against the baseline (negative: early).
    pub fn slippage_days(&self) -> i64 {
        (self.expected().0 - self.baseline.0).num_days()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    #[serde(default)]
    pub title: I18nText,
    #[serde(default = "todo")]
    pub status: TaskStatus,
    /// A name, or the e-mail of a team member.
    #[serde(default)]
    pub assignee: String,
    #[serde(default)]
    pub due: Option<Day>,
}

fn todo() -> TaskStatus {
    TaskStatus::Todo
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procurement {
    pub step: ProcurementStep,
    #[serde(default)]
    pub title: I18nText,
    pub date: Day,
    /// Where its documents are (an http(s) address).
    #[serde(default)]
    pub link: Option<String>,
}

/// One dated measurement of a KPI.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KpiValue {
    pub date: Day,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    #[serde(default)]
    pub name: I18nText,
    /// "kWh", "%", "minutes"…
    #[serde(default)]
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    #[serde(default)]
    pub target_date: Option<Day>,
    #[serde(default)]
    pub standard: Option<IndicatorStandard>,
    /// The indicator's code in its standard ("7.4", "ITU EC: ICT: ICT: 1C").
    #[serde(default)]
    pub code: Option<String>,
    /// Sorted by date, one per date.
    #[serde(default)]
    pub values: Vec<KpiValue>,
}

/// The most dated values a KPI keeps.
pub const MAX_KPI_VALUES: usize = 1_000;

impl Kpi {
    pub fn latest(&self) -> Option<KpiValue> {
        self.values.last().copied()
    }
    /// How far the latest value went from the baseline towards the target, 0 to 1.
    pub fn progress(&self) -> Option<f64> {
        let v = self.latest()?.value;
        let span = self.target - self.baseline;
        if span == 0.0 {
            return Some(if v == self.target { 1.0 } else { 0.0 });
        }
        Some(((v - self.baseline) / span).clamp(0.0, 1.0))
    }
}

/// A dated status report, with the figures of its day frozen into it by the services.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub date: Day,
    #[serde(default)]
    pub body: I18nText,
    #[serde(default)]
    pub figures: serde_json::Value,
}

/// A comment of a team member, addressed to some of the others (account ids).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub to: Vec<String>,
    /// Set by the services: the account that wrote it.
    #[serde(default)]
    pub author: String,
}

/// What every kind of body does: say what is wrong with it, and normalize its texts.
pub trait Body: Serialize + DeserializeOwned {
    const KIND: PartKind;
    fn check(self, e: &mut FieldErrors) -> Self;
}

fn level(field: &str, v: u8, e: &mut FieldErrors) {
    if !(1..=5).contains(&v) {
        e.add(field, "is a level from 1 to 5");
    }
}

fn line(v: String, field: &str, max: usize, e: &mut FieldErrors) -> String {
    let v = v.trim().to_string();
    if v.chars().count() > max {
        e.add(field, format!("must be at most {max} characters"));
    } else if v.chars().any(char::is_control) {
        e.add(field, "must be one line, without control characters");
    }
    v
}

fn link(v: Option<String>, field: &str, e: &mut FieldErrors) -> Option<String> {
    let v = v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())?;
    if !(v.starts_with("https://") || v.starts_with("http://")) || v.len() > 2_000 {
        e.add(field, "is an http:// or https:// address");
    }
    Some(v)
}

fn finite(field: &str, v: f64, e: &mut FieldErrors) {
    if !v.is_finite() || v.abs() > 1e15 {
        e.add(field, "must be a number below 10^15");
    }
}

impl Body for Plan {
    const KIND: PartKind = PartKind::Plan;
    fn check(self, e: &mut FieldErrors) -> Self {
        let problem = self.problem.normalized("problem", false, 20_000, e);
        let swot = self
            .swot
            .into_iter()
            .map(|(q, t)| (q, t.normalized(&format!("swot.{q}"), false, 5_000, e)))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        let canvas = self
            .canvas
            .into_iter()
            .map(|(b, t)| (b, t.normalized(&format!("canvas.{b}"), false, 5_000, e)))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        Plan {
            problem,
            swot,
            canvas,
        }
    }
}

impl Body for Objective {
    const KIND: PartKind = PartKind::Objective;
    fn check(self, e: &mut FieldErrors) -> Self {
        Objective {
            title: self.title.normalized_line("title", true, 300, e),
            ..self
        }
    }
}

impl Body for UseCase {
    const KIND: PartKind = PartKind::UseCase;
    fn check(self, e: &mut FieldErrors) -> Self {
        UseCase {
            title: self.title.normalized_line("title", true, 300, e),
            description: self.description.normalized("description", false, 5_000, e),
        }
    }
}

impl Body for Stakeholder {
    const KIND: PartKind = PartKind::Stakeholder;
    fn check(self, e: &mut FieldErrors) -> Self {
        let name = self
            .name
            .normalized_line("name", self.org.is_none(), 200, e);
        Stakeholder { name, ..self }
    }
}

impl Body for Relationship {
    const KIND: PartKind = PartKind::Relationship;
    fn check(self, e: &mut FieldErrors) -> Self {
        let from = line(self.from, "from", 128, e);
        let to = line(self.to, "to", 128, e);
        if from == to && !from.is_empty() {
            e.add("to", "is another stakeholder than from");
        }
        Relationship {
            from,
            to,
            note: self.note.normalized_line("note", false, 300, e),
            ..self
        }
    }
}

impl Body for Risk {
    const KIND: PartKind = PartKind::Risk;
    fn check(self, e: &mut FieldErrors) -> Self {
        level("likelihood", self.likelihood, e);
        level("impact", self.impact, e);
        level("residual_likelihood", self.residual_likelihood, e);
        level("residual_impact", self.residual_impact, e);
        Risk {
            title: self.title.normalized_line("title", true, 300, e),
            owner: line(self.owner, "owner", 200, e),
            mitigation: self.mitigation.normalized("mitigation", false, 5_000, e),
            ..self
        }
    }
}

impl Body for Milestone {
    const KIND: PartKind = PartKind::Milestone;
    fn check(self, e: &mut FieldErrors) -> Self {
        Milestone {
            title: self.title.normalized_line("title", true, 300, e),
            ..self
        }
    }
}

impl Body for Task {
    const KIND: PartKind = PartKind::Task;
    fn check(self, e: &mut FieldErrors) -> Self {
        Task {
            title: self.title.normalized_line("title", true, 300, e),
            assignee: line(self.assignee, "assignee", 200, e),
            ..self
        }
    }
}

impl Body for Procurement {
    const KIND: PartKind = PartKind::Procurement;
    fn check(self, e: &mut FieldErrors) -> Self {
        Procurement {
            title: self.title.normalized_line("title", false, 300, e),
            link: link(self.link, "link", e),
            ..self
        }
    }
}

impl Body for Kpi {
    const KIND: PartKind = PartKind::Kpi;
    fn check(mut self, e: &mut FieldErrors) -> Self {
        finite("baseline", self.baseline, e);
        finite("target", self.target, e);
        if self.baseline == self.target && self.baseline.is_finite() {
            e.add("target", "differs from the baseline");
        }
        self.code = self
            .code
            .map(|c| line(c, "code", 40, e))
            .filter(|c| !c.is_empty());
        if self.code.is_some() != self.standard.is_some() {
            e.add(
                "code",
                "a standard indicator is named by its standard and its code, both",
            );
        }
        for v in &self.values {
            finite("values", v.value, e);
        }
        self.values.sort_by_key(|v| v.date);
        // One value per day: a later entry of the same day replaces the earlier one.
        let mut values: Vec<KpiValue> = Vec::with_capacity(self.values.len());
        for v in self.values {
            match values.last_mut() {
                Some(last) if last.date == v.date => *last = v,
                _ => values.push(v),
            }
        }
        if values.len() > MAX_KPI_VALUES {
            e.add("values", format!("at most {MAX_KPI_VALUES}"));
        }
        Kpi {
            name: self.name.normalized_line("name", true, 300, e),
            unit: line(self.unit, "unit", 40, e),
            values,
            ..self
        }
    }
}

impl Body for Report {
    const KIND: PartKind = PartKind::Report;
    fn check(self, e: &mut FieldErrors) -> Self {
        Report {
            body: self.body.normalized("body", true, 20_000, e),
            ..self
        }
    }
}

impl Body for Comment {
    const KIND: PartKind = PartKind::Comment;
    fn check(self, e: &mut FieldErrors) -> Self {
        let body = self.body.trim().to_string();
        if body.is_empty() {
            e.add("body", "is required");
        } else if body.chars().count() > 5_000 {
            e.add("body", "must be at most 5000 characters");
        }
        let mut to = self.to;
        to.sort();
        to.dedup();
        if to.len() > 50 {
            e.add("to", "must name at most 50");
        }
        Comment { body, to, ..self }
    }
}

/// Reads a body of its kind from JSON and checks it; the errors name the field.
pub fn read<B: Body>(v: serde_json::Value) -> Result<B, FieldErrors> {
    let b: B = serde_path_to_error::deserialize(v).map_err(|err| {
        let path = err.path().to_string();
        let field = if path.starts_with(|c: char| c.is_ascii_alphabetic()) {
            path
        } else {
            "body".into()
        };
        FieldErrors::single_field(&field, &err.into_inner().to_string())
    })?;
    let mut e = FieldErrors::new();
    let b = b.check(&mut e);
    if e.is_empty() { Ok(b) } else { Err(e) }
}

fn normalized<B: Body>(v: serde_json::Value) -> Result<serde_json::Value, FieldErrors> {
    let b = read::<B>(v)?;
    serde_json::to_value(&b).map_err(|err| FieldErrors::single_field("body", &err.to_string()))
}

/// Checks a body of any kind and gives it back normalized, as it is stored.
pub fn check(kind: PartKind, v: serde_json::Value) -> Result<serde_json::Value, FieldErrors> {
    match kind {
        PartKind::Plan => normalized::<Plan>(v),
        PartKind::Objective => normalized::<Objective>(v),
        PartKind::UseCase => normalized::<UseCase>(v),
        PartKind::Stakeholder => normalized::<Stakeholder>(v),
        PartKind::Relationship => normalized::<Relationship>(v),
        PartKind::Risk => normalized::<Risk>(v),
        PartKind::Milestone => normalized::<Milestone>(v),
        PartKind::Task => normalized::<Task>(v),
        PartKind::Procurement => normalized::<Procurement>(v),
        PartKind::Kpi => normalized::<Kpi>(v),
        PartKind::Report => normalized::<Report>(v),
        PartKind::Comment => normalized::<Comment>(v),
    }
}

/// One stored part: its kind, its id within the project, its body as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredPart {
    pub kind: PartKind,
    pub id: String,
    pub body: serde_json::Value,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A project's parts, typed, each list in the order they were made.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Parts {
    pub plan: Plan,
    pub objectives: Vec<(String, Objective)>,
    pub use_cases: Vec<(String, UseCase)>,
    pub stakeholders: Vec<(String, Stakeholder)>,
    pub relationships: Vec<(String, Relationship)>,
    pub risks: Vec<(String, Risk)>,
    pub milestones: Vec<(String, Milestone)>,
    pub tasks: Vec<(String, Task)>,
    pub procurement: Vec<(String, Procurement)>,
    pub kpis: Vec<(String, Kpi)>,
    pub reports: Vec<(String, Report)>,
    pub comments: Vec<(String, Comment, i64)>,
}

impl Parts {
    /// Types the stored parts; a stored body that no longer reads is skipped (and named).
    pub fn of(stored: Vec<StoredPart>) -> (Parts, Vec<String>) {
        fn typed<B: Body>(p: &StoredPart) -> Option<(String, B)> {
            B::deserialize(&p.body).ok().map(|b| (p.id.clone(), b))
        }
        let mut parts = Parts::default();
        let mut unread = Vec::new();
        for p in &stored {
            let ok = match p.kind {
                PartKind::Plan => typed::<Plan>(p).map(|(_, b)| parts.plan = b).is_some(),
                PartKind::Objective => typed(p).map(|b| parts.objectives.push(b)).is_some(),
                PartKind::UseCase => typed(p).map(|b| parts.use_cases.push(b)).is_some(),
                PartKind::Stakeholder => typed(p).map(|b| parts.stakeholders.push(b)).is_some(),
                PartKind::Relationship => typed(p).map(|b| parts.relationships.push(b)).is_some(),
                PartKind::Risk => typed(p).map(|b| parts.risks.push(b)).is_some(),
                PartKind::Milestone => typed(p).map(|b| parts.milestones.push(b)).is_some(),
                PartKind::Task => typed(p).map(|b| parts.tasks.push(b)).is_some(),
                PartKind::Procurement => typed(p).map(|b| parts.procurement.push(b)).is_some(),
                PartKind::Kpi => typed(p).map(|b| parts.kpis.push(b)).is_some(),
                PartKind::Report => typed(p).map(|b| parts.reports.push(b)).is_some(),
                PartKind::Comment => typed::<Comment>(p)
                    .map(|(id, b)| parts.comments.push((id, b, p.created_at)))
                    .is_some(),
            };
            if !ok {
                unread.push(format!("{}/{}", p.kind, p.id));
            }
        }
        (parts, unread)
    }

    /// Progress from 0 to 1: the share of milestones met and the mean progress of the KPIs,
    /// weighted equally when both exist.
    pub fn progress(&self) -> Option<f64> {
        let milestones = (!self.milestones.is_empty()).then(|| {
            self.milestones
                .iter()
                .filter(|(_, m)| m.done.is_some())
                .count() as f64
                / self.milestones.len() as f64
        });
        let kpis: Vec<f64> = self.kpis.iter().filter_map(|(_, k)| k.progress()).collect();
        let kpis = (!kpis.is_empty()).then(|| kpis.iter().sum::<f64>() / kpis.len() as f64);
        match (milestones, kpis) {
            (Some(m), Some(k)) => Some((m + k) / 2.0),
            (m, k) => m.or(k),
        }
    }
}

#[cfg(test)]
#[path = "parts_tests.rs"]
mod tests;
