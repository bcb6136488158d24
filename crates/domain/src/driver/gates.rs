//! The gate that closes each stage: the parts the stage requires, checked against what the
//! project holds. The owner signs a gate only when nothing is missing.

use super::Stage;
use super::parts::Parts;
use serde::{Deserialize, Serialize};

words!(
    /// One required part of a stage.
    GateItem {
        Readiness = "readiness",
        Problem = "problem",
        Objectives = "objectives",
        UseCases = "use_cases",
        Stakeholders = "stakeholders",
        Risks = "risks",
        BusinessCase = "business_case",
        Funding = "funding",
        Milestones = "milestones",
        Tasks = "tasks",
        Kpis = "kpis",
        KpiActuals = "kpi_actuals",
        StatusReport = "status_report",
    }
);

impl Stage {
    /// What the gate of this stage requires.
    pub fn gate(self) -> &'static [GateItem] {
        use GateItem::*;
        match self {
            Stage::Discover => &[Readiness, Problem],
            Stage::Plan => &[Objectives, UseCases, Stakeholders, Risks],
            Stage::Finance => &[BusinessCase, Funding],
            Stage::Deploy => &[Milestones, Tasks, Kpis],
            Stage::Operate => &[KpiActuals, StatusReport],
        }
    }
}

/// What the gates look at besides the parts: facts the services establish.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outside {
    /// The city has assessed its readiness for this project.
    pub readiness: bool,
    /// A business case is saved and evaluates without a problem.
    pub business_case: bool,
    /// Its funding covers its costs (sources equal uses) with every loan's schedule.
    pub funding: bool,
}

impl GateItem {
    /// Whether the project holds this part.
    pub fn met(self, parts: &Parts, outside: Outside) -> bool {
        use GateItem::*;
        match self {
            Readiness => outside.readiness,
            Problem => !parts.plan.problem.is_empty(),
            Objectives => !parts.objectives.is_empty(),
            UseCases => !parts.use_cases.is_empty(),
            Stakeholders => !parts.stakeholders.is_empty(),
            Risks => !parts.risks.is_empty(),
            BusinessCase => outside.business_case,
            Funding => outside.funding,
            Milestones => !parts.milestones.is_empty(),
            Tasks => !parts.tasks.is_empty(),
            Kpis => !parts.kpis.is_empty(),
            KpiActuals => parts.kpis.iter().any(|(_, k)| !k.values.is_empty()),
            StatusReport => !parts.reports.is_empty(),
        }
    }
}

/// The checklist of a stage's gate: each item and whether it is met.
pub fn checklist(stage: Stage, parts: &Parts, outside: Outside) -> Vec<(GateItem, bool)> {
    stage
        .gate()
        .iter()
        .map(|i| (*i, i.met(parts, outside)))
        .collect()
}

/// What is still missing before the gate may be signed.
pub fn missing(stage: Stage, parts: &Parts, outside: Outside) -> Vec<GateItem> {
    checklist(stage, parts, outside)
        .into_iter()
        .filter(|(_, met)| !met)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::I18nText;
    use crate::driver::parts::{Objective, Plan};

    #[test]
    fn every_stage_has_a_gate_and_missing_parts_are_named() {
        for s in Stage::ALL {
            assert!(!s.gate().is_empty(), "{s}");
        }
        let mut parts = Parts::default();
        assert_eq!(
            missing(Stage::Discover, &parts, Outside::default()),
            vec![GateItem::Readiness, GateItem::Problem]
        );
        parts.plan = Plan {
            problem: I18nText::en("Streets are dark and lamps waste energy"),
            ..Default::default()
        };
        let outside = Outside {
            readiness: true,
            ..Default::default()
        };
        assert!(missing(Stage::Discover, &parts, outside).is_empty());
        parts.objectives.push((
            "o".into(),
            Objective {
                title: I18nText::en("Halve the energy of street lights"),
                target_date: None,
            },
        ));
        assert_eq!(
            missing(Stage::Plan, &parts, outside),
            vec![GateItem::UseCases, GateItem::Stakeholders, GateItem::Risks]
        );
        assert_eq!(
            checklist(Stage::Finance, &parts, outside),
            vec![(GateItem::BusinessCase, false), (GateItem::Funding, false)]
        );
    }
}
