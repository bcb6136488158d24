//! One form mechanism for every kind of part: each kind lists its fields and how each is typed
//! (`fields`), a submitted form becomes the JSON body the domain checks (`body_of`), and a
//! stored body fills the form again (`fields_of`). The templates draw a form from the list, so
//! a new kind of part needs its list here and nothing else to be entered in the browser.

use crate::kit::Fields;
use domain::Lang;
use domain::driver::parts::{self, PartKind};
use serde_json::{Map, Value, json};

/// How a field is typed in the form.
#[derive(Debug, Clone, Copy)]
pub enum Input {
    /// A one-line text in each language the form shows.
    Line,
    /// A longer text in each language.
    Text,
    /// One line, one language (a name, a unit, a code).
    Plain,
    /// One of a vocabulary; the label of `value` is the string `prefix` + value.
    Choice(fn() -> Vec<&'static str>, &'static str),
    /// A level from 1 to 5.
    Level,
    Day,
    Number,
    /// An http(s) address.
    Link,
    /// An organization of the directory, by id.
    Org,
    /// A stakeholder of the project, by part id.
    Stakeholder,
    /// Members of the team to address (checkboxes `to_<user id>`).
    Members,
    /// Dated values, one `YYYY-MM-DD value` a line.
    Values,
}

#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The body's field; a dot nests (`swot.strengths`).
    pub name: &'static str,
    pub input: Input,
    pub required: bool,
}

const fn f(name: &'static str, input: Input, required: bool) -> Field {
    Field {
        name,
        input,
        required,
    }
}

fn words<T: Copy>(all: &'static [T], s: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|w| s(*w)).collect()
}
fn stakeholder_roles() -> Vec<&'static str> {
    words(parts::StakeholderRole::ALL, parts::StakeholderRole::as_str)
}
fn relation_kinds() -> Vec<&'static str> {
    words(parts::RelationKind::ALL, parts::RelationKind::as_str)
}
fn risk_categories() -> Vec<&'static str> {
    words(parts::RiskCategory::ALL, parts::RiskCategory::as_str)
}
fn risk_statuses() -> Vec<&'static str> {
    words(parts::RiskStatus::ALL, parts::RiskStatus::as_str)
}
fn task_statuses() -> Vec<&'static str> {
    words(parts::TaskStatus::ALL, parts::TaskStatus::as_str)
}
fn procurement_steps() -> Vec<&'static str> {
    words(parts::ProcurementStep::ALL, parts::ProcurementStep::as_str)
}
fn standards() -> Vec<&'static str> {
    words(
        parts::IndicatorStandard::ALL,
        parts::IndicatorStandard::as_str,
    )
}

/// The fields of each kind, in the order the form shows them.
pub fn fields(kind: PartKind) -> Vec<Field> {
    use Input::*;
    match kind {
        PartKind::Plan => {
            let mut v = vec![f("problem", Text, false)];
            for q in parts::SwotQuadrant::ALL {
                v.push(f(swot_name(*q), Text, false));
            }
            for b in parts::CanvasBlock::ALL {
                v.push(f(canvas_name(*b), Text, false));
            }
            v
        }
        PartKind::Objective => vec![f("title", Line, true), f("target_date", Day, false)],
        PartKind::UseCase => vec![f("title", Line, true), f("description", Text, false)],
        PartKind::Stakeholder => vec![
            f("org", Org, false),
            f("name", Line, false),
            f(
                "role",
                Choice(stakeholder_roles, "driver-stakeholder-role-"),
                true,
            ),
        ],
        PartKind::Relationship => vec![
            f("from", Stakeholder, true),
            f("to", Stakeholder, true),
            f("kind", Choice(relation_kinds, "driver-relation-"), true),
            f("note", Line, false),
        ],
        PartKind::Risk => vec![
            f("title", Line, true),
            f(
                "category",
                Choice(risk_categories, "driver-risk-category-"),
                true,
            ),
            f("likelihood", Level, true),
            f("impact", Level, true),
            f("owner", Plain, false),
            f("mitigation", Text, false),
            f("residual_likelihood", Level, true),
            f("residual_impact", Level, true),
            f("status", Choice(risk_statuses, "driver-risk-status-"), true),
        ],
        PartKind::Milestone => vec![
            f("title", Line, true),
            f("baseline", Day, true),
            f("planned", Day, false),
            f("done", Day, false),
        ],
        PartKind::Task => vec![
            f("title", Line, true),
            f("status", Choice(task_statuses, "driver-task-"), true),
            f("assignee", Plain, false),
            f("due", Day, false),
        ],
        PartKind::Procurement => vec![
            f(
                "step",
                Choice(procurement_steps, "driver-procurement-"),
                true,
            ),
            f("title", Line, false),
            f("date", Day, true),
            f("link", Link, false),
        ],
        PartKind::Kpi => vec![
            f("name", Line, true),
            f("unit", Plain, false),
            f("baseline", Number, true),
            f("target", Number, true),
            f("target_date", Day, false),
            f("standard", Choice(standards, "driver-standard-"), false),
            f("code", Plain, false),
            f("values", Values, false),
        ],
        PartKind::Report => vec![f("date", Day, true), f("body", Text, true)],
        PartKind::Comment => vec![f("body", Plain, true), f("to", Members, false)],
    }
}

fn swot_name(q: parts::SwotQuadrant) -> &'static str {
    match q {
        parts::SwotQuadrant::Strengths => "swot.strengths",
        parts::SwotQuadrant::Weaknesses => "swot.weaknesses",
        parts::SwotQuadrant::Opportunities => "swot.opportunities",
        parts::SwotQuadrant::Threats => "swot.threats",
    }
}

fn canvas_name(b: parts::CanvasBlock) -> &'static str {
    use parts::CanvasBlock::*;
    match b {
        KeyPartners => "canvas.key_partners",
        KeyActivities => "canvas.key_activities",
        KeyResources => "canvas.key_resources",
        ValuePropositions => "canvas.value_propositions",
        CustomerRelationships => "canvas.customer_relationships",
        Channels => "canvas.channels",
        CustomerSegments => "canvas.customer_segments",
        CostStructure => "canvas.cost_structure",
        RevenueStreams => "canvas.revenue_streams",
    }
}

/// The form's name of a field in one language: `title_ko`, `swot.strengths_en`.
pub fn lang_name(name: &str, lang: Lang) -> String {
    format!("{name}_{}", lang.tag())
}

fn set(body: &mut Map<String, Value>, name: &str, v: Value) {
    match name.split_once('.') {
        None => {
            body.insert(name.to_string(), v);
        }
        Some((head, rest)) => {
            let inner = body
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(m) = inner {
                set(m, rest, v);
            }
        }
    }
}

fn get<'a>(body: &'a Value, name: &str) -> Option<&'a Value> {
    name.split('.').try_fold(body, |v, k| v.get(k))
}

/// A number as the reader typed it (a comma is the decimal mark in French); kept as text when
/// it does not read, so that the domain names the field.
fn number(lang: Lang, raw: &str) -> Value {
    let s: String = raw.trim().chars().filter(|c| !c.is_whitespace()).collect();
    let s = if lang == Lang::Fr {
        s.replace('.', "").replace(',', ".")
    } else {
        s.replace(',', "")
    };
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() => json!(v),
        _ => json!(raw.trim()),
    }
}

/// The body a submitted form describes.
pub fn body_of(kind: PartKind, form: &Fields, lang: Lang) -> Value {
    let mut body = Map::new();
    for fd in fields(kind) {
        let raw = form.get(fd.name);
        let v = match fd.input {
            Input::Line | Input::Text => {
                let mut m = Map::new();
                for l in Lang::ALL {
                    if let Some(t) = form.get(&lang_name(fd.name, l)) {
                        m.insert(l.tag().to_string(), json!(t));
                    }
                }
                Some(Value::Object(m))
            }
            Input::Level => raw.map(|r| match r.trim().parse::<u8>() {
                Ok(n) => json!(n),
                Err(_) => json!(r),
            }),
            Input::Number => raw.map(|r| number(lang, &r)),
            Input::Members => Some(Value::Array(
                form.0
                    .iter()
                    .filter_map(|(k, v)| {
                        k.strip_prefix("to_")
                            .filter(|_| !v.trim().is_empty())
                            .map(|u| json!(u))
                    })
                    .collect(),
            )),
            Input::Values => {
                let mut values = Vec::new();
                for line in raw.unwrap_or_default().lines() {
                    let mut words = line.split_whitespace();
                    if let Some(date) = words.next() {
                        let rest: String = words.collect::<Vec<_>>().join("");
                        values.push(json!({"date": date, "value": number(lang, &rest)}));
                    }
                }
                Some(Value::Array(values))
            }
            _ => raw.map(Value::String),
        };
        if let Some(v) = v {
            set(&mut body, fd.name, v);
        }
    }
    Value::Object(body)
}

/// The form's fields for a stored body (to edit it).
pub fn fields_of(kind: PartKind, body: &Value, lang: Lang) -> Fields {
    let mut out = Fields::default();
    for fd in fields(kind) {
        let Some(v) = get(body, fd.name) else {
            continue;
        };
        match fd.input {
            Input::Line | Input::Text => {
                if let Value::Object(m) = v {
                    for (tag, t) in m {
                        if let (Some(l), Some(t)) = (Lang::parse(tag), t.as_str()) {
                            out.put(&lang_name(fd.name, l), t);
                        }
                    }
                }
            }
            Input::Members => {
                for u in v.as_array().into_iter().flatten() {
                    if let Some(u) = u.as_str() {
                        out.put(&format!("to_{u}"), "1");
                    }
                }
            }
            Input::Values => {
                let lines: Vec<String> = v
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|x| {
                        format!(
                            "{} {}",
                            x["date"].as_str().unwrap_or(""),
                            shown_number(x["value"].as_f64().unwrap_or(0.0), lang)
                        )
                    })
                    .collect();
                out.put(fd.name, lines.join("\n"));
            }
            Input::Number => {
                if let Some(n) = v.as_f64() {
                    out.put(fd.name, shown_number(n, lang));
                }
            }
            _ => match v {
                Value::String(s) => out.put(fd.name, s.clone()),
                Value::Number(n) => out.put(fd.name, n.to_string()),
                _ => {}
            },
        }
    }
    out
}

/// One field of a form as the template draws it.
#[derive(Debug, Clone)]
pub struct FieldView {
    /// The form's name (for one-language fields) and the field's id on the page.
    pub name: String,
    pub label: String,
    /// `line`, `text`, `plain`, `choice`, `day`, `number`, `link`, `org`, `members`, `values`.
    pub kind: &'static str,
    pub required: bool,
    pub value: String,
    /// For texts in several languages: (tag, language's own name, form name, value).
    pub langs: Vec<(&'static str, &'static str, String, String)>,
    /// For choices: (value, label, selected).
    pub options: Vec<(String, String, bool)>,
    pub error: Option<String>,
}

/// The label key of a field: `driver-field-title`, `driver-field-swot-strengths`.
pub fn label_key(name: &str) -> String {
    format!("driver-field-{}", name.replace(['.', '_'], "-"))
}

/// The fields of a kind's form, filled from `values`, with the errors of a refused one.
pub fn views(
    c: &crate::kit::Chrome,
    kind: PartKind,
    values: &Fields,
    errors: &std::collections::BTreeMap<String, String>,
    langs: &[Lang],
    stakeholders: &[(String, String)],
    members: &[(String, String)],
) -> Vec<FieldView> {
    fields(kind)
        .into_iter()
        .map(|fd| {
            let value = values.raw(fd.name);
            let error = errors
                .iter()
                .find(|(k, _)| {
                    *k == fd.name
                        || k.starts_with(&format!("{}.", fd.name))
                        || k.starts_with(&format!("{}[", fd.name))
                })
                .map(|(_, v)| v.clone());
            let (kind_name, options) = match fd.input {
                Input::Line => ("line", vec![]),
                Input::Text => ("text", vec![]),
                Input::Plain => ("plain", vec![]),
                Input::Day => ("day", vec![]),
                Input::Number => ("number", vec![]),
                Input::Link => ("link", vec![]),
                Input::Org => ("org", vec![]),
                Input::Values => ("values", vec![]),
                Input::Choice(..) | Input::Level => (
                    "choice",
                    choices(c, &fd.input)
                        .into_iter()
                        .map(|(v, l)| (v.to_string(), l, value == v))
                        .collect(),
                ),
                Input::Stakeholder => (
                    "choice",
                    stakeholders
                        .iter()
                        .map(|(id, n)| (id.clone(), n.clone(), value == *id))
                        .collect(),
                ),
                Input::Members => (
                    "members",
                    members
                        .iter()
                        .map(|(id, n)| {
                            (
                                format!("to_{id}"),
                                n.clone(),
                                values.has(&format!("to_{id}")),
                            )
                        })
                        .collect(),
                ),
            };
            let langs = if matches!(fd.input, Input::Line | Input::Text) {
                langs
                    .iter()
                    .map(|l| {
                        let n = lang_name(fd.name, *l);
                        let v = values.raw(&n);
                        (l.tag(), l.native_name(), n, v)
                    })
                    .collect()
            } else {
                vec![]
            };
            FieldView {
                name: fd.name.to_string(),
                label: c.t(&label_key(fd.name)),
                kind: kind_name,
                required: fd.required,
                value,
                langs,
                options,
                error,
            }
        })
        .collect()
}

/// The options of a choice or a level, with their labels in the reader's language.
pub fn choices(c: &crate::kit::Chrome, input: &Input) -> Vec<(&'static str, String)> {
    match input {
        Input::Choice(all, prefix) => all().into_iter().map(|w| (w, c.tk(prefix, w))).collect(),
        Input::Level => ["1", "2", "3", "4", "5"]
            .into_iter()
            .map(|n| (n, c.tk("driver-level-", n)))
            .collect(),
        _ => Vec::new(),
    }
}

/// A number as the form shows it: no grouping, the reader's decimal mark.
pub fn shown_number(n: f64, lang: Lang) -> String {
    let s = format!("{n}");
    if lang == Lang::Fr {
        s.replace('.', ",")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_goes_from_form_to_body_and_back() {
        let mut form = Fields::default();
        form.put("title_ko", "공급업체 종속");
        form.put("title_en", "Vendor lock-in");
        form.put("category", "technical");
        form.put("likelihood", "3");
        form.put("impact", "4");
        form.put("residual_likelihood", "2");
        form.put("residual_impact", "2");
        form.put("status", "open");
        let body = body_of(PartKind::Risk, &form, Lang::Ko);
        let checked = parts::check(PartKind::Risk, body).unwrap();
        let back = fields_of(PartKind::Risk, &checked, Lang::Ko);
        for k in ["title_ko", "title_en", "category", "likelihood", "status"] {
            assert_eq!(back.raw(k), form.raw(k), "{k}");
        }
        // French numbers, dated values, nested plan blocks.
        let mut kpi = Fields::default();
        kpi.put("name_fr", "Énergie");
        kpi.put("baseline", "1 200,5");
        kpi.put("target", "600");
        kpi.put("values", "2026-01-01 1100,25\n2026-07-01 900");
        let body = parts::check(PartKind::Kpi, body_of(PartKind::Kpi, &kpi, Lang::Fr)).unwrap();
        assert_eq!(body["baseline"], json!(1200.5));
        assert_eq!(body["values"][0]["value"], json!(1100.25));
        let back = fields_of(PartKind::Kpi, &body, Lang::Fr);
        assert_eq!(back.raw("values"), "2026-01-01 1100,25\n2026-07-01 900");
        let mut plan = Fields::default();
        plan.put("swot.strengths_en", "Fibre everywhere");
        plan.put("canvas.channels_ja", "区の窓口");
        let body = parts::check(PartKind::Plan, body_of(PartKind::Plan, &plan, Lang::En)).unwrap();
        assert_eq!(body["swot"]["strengths"]["en"], json!("Fibre everywhere"));
        assert_eq!(
            fields_of(PartKind::Plan, &body, Lang::En).raw("canvas.channels_ja"),
            "区の窓口"
        );
        // A number that does not read is named by the domain.
        let mut bad = kpi.clone();
        bad.put("target", "lots");
        let e = parts::check(PartKind::Kpi, body_of(PartKind::Kpi, &bad, Lang::En)).unwrap_err();
        assert!(e.0.contains_key("target"), "{e:?}");
        for k in PartKind::ALL {
            assert!(!fields(*k).is_empty(), "{k}");
        }
    }
}
