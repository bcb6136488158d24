//! Closing the loop: what a project in Operate tells the knowledge base. Its best-practice
//! case starts from the plan (the problem; the summary and use cases as the solution) and the
//! KPIs (the results: each from its baseline to its latest value, against its target), in the
//! languages the team works in. The team reads it over as a draft before it is published.

use super::parts::{Kpi, Parts};
use crate::lang::{I18nText, Lang};

/// The texts of a case drafted from a project.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CaseDraft {
    pub problem: I18nText,
    pub solution: I18nText,
    pub results: I18nText,
}

/// "target", in each language (the one word the results need).
fn target_word(l: Lang) -> &'static str {
    match l {
        Lang::En => "target",
        Lang::Ko => "목표",
        Lang::Ja => "目標",
        Lang::ZhHans => "目标",
        Lang::Fr => "cible",
    }
}

/// A number as people write it in a case: no trailing zeros, at most two decimals.
pub fn plain_number(x: f64) -> String {
    let s = format!("{:.2}", x);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

fn kpi_line(k: &Kpi, l: Lang) -> Option<String> {
    let name = k.name.get_exact(l)?;
    let unit = if k.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", k.unit)
    };
    let (b, t) = (plain_number(k.baseline), plain_number(k.target));
    let target = target_word(l);
    Some(match k.latest() {
        Some(v) => format!(
            "• {name}: {b}{unit} → {}{unit} ({}; {target} {t}{unit})",
            plain_number(v.value),
            v.date
        ),
        None => format!("• {name}: {b}{unit} ({target} {t}{unit})"),
    })
}

/// Joins the non-empty pieces of each language with blank lines.
fn join(pieces: Vec<(Lang, String)>) -> I18nText {
    let mut out = I18nText::new();
    for (l, p) in pieces.into_iter().filter(|(_, p)| !p.trim().is_empty()) {
        let text = match out.get_exact(l) {
            Some(before) => format!("{before}\n\n{p}"),
            None => p,
        };
        out = out.with(l, text);
    }
    out
}

/// The case's texts in `langs`, from the project's summary and parts.
pub fn case_draft(summary: &I18nText, parts: &Parts, langs: &[Lang]) -> CaseDraft {
    let mut problem = Vec::new();
    let mut solution = Vec::new();
    let mut results = Vec::new();
    for &l in langs {
        if let Some(p) = parts.plan.problem.get_exact(l) {
            problem.push((l, p.to_string()));
        }
        if let Some(s) = summary.get_exact(l) {
            solution.push((l, s.to_string()));
        }
        let uses: Vec<String> = parts
            .use_cases
            .iter()
            .filter_map(|(_, u)| {
                let title = u.title.get_exact(l)?;
                Some(match u.description.get_exact(l) {
                    Some(d) if !d.trim().is_empty() => format!("• {title}: {d}"),
                    _ => format!("• {title}"),
                })
            })
            .collect();
        solution.push((l, uses.join("\n")));
        let kpis: Vec<String> = parts
            .kpis
            .iter()
            .filter_map(|(_, k)| kpi_line(k, l))
            .collect();
        results.push((l, kpis.join("\n")));
    }
    CaseDraft {
        problem: join(problem),
        solution: join(solution),
        results: join(results),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::parts::{Day, KpiValue, UseCase};

    #[test]
    fn a_case_takes_the_problem_the_use_cases_and_the_kpis_in_the_team_languages() {
        let mut parts = Parts::default();
        parts.plan.problem = I18nText::en("Dark streets").with(Lang::Ko, "어두운 거리");
        parts.use_cases.push((
            "u".into(),
            UseCase {
                title: I18nText::en("Dimming").with(Lang::Ko, "밝기 조절"),
                description: I18nText::en("At night"),
            },
        ));
        let day = Day::try_from("2027-03-01".to_string()).unwrap();
        parts.kpis.push((
            "k".into(),
            Kpi {
                name: I18nText::en("Energy").with(Lang::Ko, "전력"),
                unit: "%".into(),
                baseline: 100.0,
                target: 50.0,
                target_date: None,
                standard: None,
                code: None,
                values: vec![KpiValue {
                    date: day,
                    value: 61.5,
                }],
            },
        ));
        let summary = I18nText::en("LED lamps");
        let d = case_draft(&summary, &parts, &[Lang::En, Lang::Ko]);
        assert_eq!(d.problem.get_exact(Lang::Ko), Some("어두운 거리"));
        assert_eq!(
            d.solution.get_exact(Lang::En),
            Some("LED lamps\n\n• Dimming: At night")
        );
        assert_eq!(d.solution.get_exact(Lang::Ko), Some("• 밝기 조절"));
        assert_eq!(
            d.results.get_exact(Lang::En),
            Some("• Energy: 100 % → 61.5 % (2027-03-01; target 50 %)")
        );
        assert_eq!(
            d.results.get_exact(Lang::Ko),
            Some("• 전력: 100 % → 61.5 % (2027-03-01; 목표 50 %)")
        );
        // Only the languages asked for.
        let d = case_draft(&summary, &parts, &[Lang::Ko]);
        assert_eq!(d.solution.get_exact(Lang::En), None);
        assert_eq!(plain_number(1.0 / 3.0), "0.33");
        assert_eq!(plain_number(-0.001), "0");
    }
}
