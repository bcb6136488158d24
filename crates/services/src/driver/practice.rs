//! Closing the loop: a project in Operate becomes a best-practice case of its city — a draft
//! prefilled from the plan, the business case and the KPIs (`domain::driver::practice`),
//! linked to the project in the same transaction, then read over and published through the
//! knowledge base's usual draft → published flow.

use crate::error::field;
use crate::knowledge::practices::put_practice;
use crate::write::op;
use crate::{ServiceError, ServiceResult, Services};
use domain::auth::Actor;
use domain::driver::parts::Parts;
use domain::driver::practice::case_draft;
use domain::driver::{PartnerStatus, Stage, TeamRole};
use domain::knowledge::PracticeInput;
use domain::{I18nText, Lang};
use finance::model::LineKind;
use store::driver as pj;
use store::knowledge::PracticeView;
use store::outbox::Topic;

/// Digits in groups of three: 12,000,000.
fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if n < 0 { format!("-{out}") } else { out }
}

impl Services {
    /// Drafts the best-practice case of a project in Operate, prefilled, and links the two.
    /// Editors of the project who may also write the city's cases (its editors, admins).
    pub async fn practice_from_project(
        &self,
        actor: &Actor,
        id: &str,
    ) -> ServiceResult<PracticeView> {
        let o = op("project.practice", "project", id);
        self.write(actor, o, actor.require_user().map(|_| ()), async |w| {
            let (p, _) = self.project_for(&w.tx, actor, id, TeamRole::Editor).await?;
            if p.stage != Stage::Operate {
                return Err(ServiceError::Conflict(field(
                    "stage",
                    "a project becomes a best-practice case once it is in Operate",
                )));
            }
            if let Some(practice) = &p.practice {
                return Err(ServiceError::Conflict(field(
                    "practice",
                    &format!("the project is the case '{practice}' already"),
                )));
            }
            let (parts, _) = Parts::of(pj::parts(&w.tx, id).await?);
            let langs: Vec<Lang> = if p.languages.is_empty() {
                p.titles.0.keys().copied().collect()
            } else {
                p.languages.clone()
            };
            let draft = case_draft(&p.summary, &parts, &langs);
            let cost = self.stored_case(&w.tx, id).await?.and_then(|case| {
                let m = &case.model;
                let capital: i64 = m
                    .lines
                    .iter()
                    .filter(|l| l.kind == LineKind::Capital)
                    .flat_map(|l| l.amounts.iter())
                    .sum();
                let per = m.currency.minor_per_major();
                (capital > 0).then(|| format!("{} {}", grouped(capital / per), m.currency))
            });
            let partners = pj::partners(&w.tx, id)
                .await?
                .into_iter()
                .filter(|x| x.status == PartnerStatus::Accepted)
                .map(|x| x.org_id)
                .collect();
            let started = Some(
                domain::time::from_micros(p.created_at)
                    .format("%Y-%m")
                    .to_string(),
            );
            let summary: I18nText = I18nText(
                p.summary
                    .0
                    .iter()
                    .filter(|(l, _)| langs.contains(l))
                    .map(|(l, s)| (*l, s.chars().take(2_000).collect()))
                    .collect(),
            );
            let input = PracticeInput {
                id: Some(p.id.clone()),
                city: Some(p.city.clone()),
                domain: Some(p.domain.as_str().to_string()),
                sdgs: p.sdgs.clone(),
                titles: p.titles.clone(),
                summary,
                problem: draft.problem,
                solution: draft.solution,
                results: draft.results,
                cost,
                partners,
                started,
                ..Default::default()
            };
            let saved = put_practice(w, actor, None, input).await?;
            pj::set_practice(&w.tx, id, &saved.id, w.now).await?;
            w.audit_json(o, None, Some(saved.id.clone())).await?;
            w.changed(Topic::ProjectChanged, id).await?;
            Ok(saved)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(super::grouped(12_000_000), "12,000,000");
        assert_eq!(super::grouped(999), "999");
        assert_eq!(super::grouped(-1_000), "-1,000");
    }
}
