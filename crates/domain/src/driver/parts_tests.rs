//! Tests of the parts: checking each kind, KPI values and progress, typing stored parts.
use super::*;
use serde_json::json;

#[test]
fn a_body_of_the_wrong_shape_is_refused_with_its_field() {
    let e = check(
        PartKind::Risk,
        json!({"title": {"en": "Vendor lock-in"}, "category": "technical",
               "likelihood": 7, "impact": 3, "residual_likelihood": 2, "residual_impact": 2}),
    )
    .unwrap_err();
    assert!(e.0.contains_key("likelihood"), "{e:?}");
    let e = check(
        PartKind::Milestone,
        json!({"title": {"en": "Pilot"}, "baseline": "2026-02-30"}),
    )
    .unwrap_err();
    assert!(e.0.contains_key("baseline"), "{e:?}");
    assert!(e.0["baseline"].contains("2026-02-30"), "{e:?}");
    let e = check(
        PartKind::Task,
        json!({"title": {"en": "x"}, "colour": "red"}),
    )
    .unwrap_err();
    assert!(e.0.values().any(|r| r.contains("colour")), "{e:?}");
    let e = check(
        PartKind::Kpi,
        json!({"name": {}, "baseline": 1, "target": 1}),
    )
    .unwrap_err();
    assert!(
        e.0.contains_key("name") && e.0.contains_key("target"),
        "{e:?}"
    );
    let e = check(PartKind::Objective, json!([1, 2])).unwrap_err();
    assert!(e.0.contains_key("body"), "{e:?}");
}

#[test]
fn kpi_values_are_sorted_one_per_day_and_progress_rolls_up() {
    let v = check(
        PartKind::Kpi,
        json!({"name": {"en": "Energy use"}, "unit": "MWh", "baseline": 100.0, "target": 60.0,
               "standard": "iso_37120", "code": "7.1",
               "values": [{"date": "2027-01-01", "value": 90.0},
                          {"date": "2026-07-01", "value": 95.0},
                          {"date": "2027-01-01", "value": 80.0}]}),
    )
    .unwrap();
    let k: Kpi = serde_json::from_value(v).unwrap();
    assert_eq!(k.values.len(), 2);
    assert_eq!(
        k.latest().unwrap().value,
        80.0,
        "the later entry of a day wins"
    );
    assert!((k.progress().unwrap() - 0.5).abs() < 1e-12);
    let mut parts = Parts {
        kpis: vec![("k".into(), k)],
        ..Default::default()
    };
    assert_eq!(parts.progress(), Some(0.5));
    let m = |done: Option<&str>| Milestone {
        title: I18nText::en("m"),
        baseline: Day::try_from("2026-01-10".to_string()).unwrap(),
        planned: Some(Day::try_from("2026-01-20".to_string()).unwrap()),
        done: done.map(|d| Day::try_from(d.to_string()).unwrap()),
    };
    assert_eq!(m(None).slippage_days(), 10);
    parts.milestones = vec![("a".into(), m(Some("2026-01-05"))), ("b".into(), m(None))];
    assert_eq!(parts.milestones[0].1.slippage_days(), -5);
    assert_eq!(parts.progress(), Some(0.5), "(1/2 + 1/2) / 2");
    let e = check(
        PartKind::Kpi,
        json!({"name": {"en": "x"}, "baseline": 1, "target": 2, "code": "7.1"}),
    )
    .unwrap_err();
    assert!(e.0.contains_key("code"), "{e:?}");
}

#[test]
fn stored_parts_are_typed_and_unreadable_ones_named() {
    let p = |kind, id: &str, body| StoredPart {
        kind,
        id: id.into(),
        body,
        created_at: 0,
        updated_at: 0,
    };
    let (parts, unread) = Parts::of(vec![
        p(
            PartKind::Plan,
            "plan",
            json!({"problem": {"en": "Dark streets"}}),
        ),
        p(
            PartKind::Objective,
            "o1",
            json!({"title": {"en": "Halve energy"}}),
        ),
        p(PartKind::Risk, "r1", json!({"title": "not a text"})),
    ]);
    assert_eq!(parts.plan.problem.best(crate::Lang::En), "Dark streets");
    assert_eq!(parts.objectives.len(), 1);
    assert_eq!(unread, vec!["risk/r1".to_string()]);
}
