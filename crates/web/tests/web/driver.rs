//! The business case in the API: evaluated without storing anything, by an account or a
//! token only, bounded, every bad field named; the workbook download.

use crate::common::*;
use serde_json::json;

fn case() -> serde_json::Value {
    // 1,000,000 won of works in year 0, then 300,000 won of revenue for five years.
    json!({
        "model": {
            "currency": "KRW", "start": "2027-01-01", "horizon": 6, "construction_years": 1,
            "discount_rate": 0.05,
            "lines": [
                {"label": "Works", "kind": "capital", "amounts": [1000000]},
                {"label": "Fares", "kind": "benefit", "benefit": "revenue",
                 "amounts": [0, 300000, 300000, 300000, 300000, 300000]}
            ]
        },
        "funding": {
            "city_budget": 400000,
            "grants": [{"label": "Ministry", "amount": 100000}],
            "loans": [{"label": "Development bank", "principal": 500000, "rate": 0.03, "tenor": 6, "grace": 1}]
        },
        "simulation": {
            "inputs": [{"label": "Works overrun", "target": "capital",
                        "distribution": {"shape": "triangular", "min": 0.9, "mode": 1.0, "max": 1.5}}],
            "trials": 5000, "seed": 1
        }
    })
}

#[tokio::test]
async fn a_business_case_is_evaluated_for_an_account_and_every_bad_field_is_named() {
    let t = T::new("sqlite").await;
    let acc = t.accounts().await;
    let body = case().to_string();
    let anonymous = t
        .api("POST", "/api/v1/finance/evaluate", None, Some(&body))
        .await;
    assert_eq!(
        anonymous.status,
        StatusCode::UNAUTHORIZED,
        "{}",
        anonymous.body
    );

    let audit_before = t.audit_count().await;
    let r = t
        .api(
            "POST",
            "/api/v1/finance/evaluate",
            Some(&acc.editor_token),
            Some(&body),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let v = r.json();
    let npv: f64 = -1_000_000.0 + (1..=5).map(|t| 300_000.0 / 1.05f64.powi(t)).sum::<f64>();
    assert!(
        (v["metrics"]["npv"].as_f64().unwrap() - npv).abs() < 1e-6,
        "{}",
        v["metrics"]
    );
    assert_eq!(v["metrics"]["irr"]["kind"], "one");
    assert!(v["funding"]["dscr"][1].as_f64().unwrap() > 0.0);
    assert_eq!(v["risk"]["trials"], 5000);
    assert!(v["risk"]["npv"]["p10"].as_f64().unwrap() < v["risk"]["npv"]["p90"].as_f64().unwrap());
    assert!(
        v["risk"].get("npvs").is_none(),
        "the trials themselves are not sent"
    );
    // Nothing stored, nothing audited: it is a calculation.
    assert_eq!(t.audit_count().await, audit_before);

    // Several sign changes: every rate, and the answer says it is ambiguous.
    let mut two = case();
    two["model"]["horizon"] = json!(3);
    two["model"]["lines"] = json!([
        {"label": "Works", "kind": "capital", "amounts": [100, 0, 132]},
        {"label": "Fares", "kind": "benefit", "benefit": "revenue", "amounts": [0, 230, 0]}
    ]);
    two.as_object_mut().unwrap().remove("funding");
    two.as_object_mut().unwrap().remove("simulation");
    let r = t
        .api(
            "POST",
            "/api/v1/finance/evaluate",
            Some(&acc.editor_token),
            Some(&two.to_string()),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let irr = &r.json()["metrics"]["irr"];
    assert_eq!(irr["kind"], "several", "{irr}");
    let rates: Vec<f64> = irr["rates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_f64().unwrap())
        .collect();
    assert!(
        (rates[0] - 0.1).abs() < 1e-9 && (rates[1] - 0.2).abs() < 1e-9,
        "{rates:?}"
    );

    // Bad fields, each named; nothing else in the answer.
    let mut bad = case();
    bad["model"]["discount_rate"] = json!(-1.5);
    bad["funding"]["loans"][0]["tenor"] = json!(40);
    bad["simulation"]["trials"] = json!(2_000_000);
    let r = t
        .api(
            "POST",
            "/api/v1/finance/evaluate",
            Some(&acc.editor_token),
            Some(&bad.to_string()),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let fields = r.json()["error"]["fields"].clone();
    for f in [
        "model.discount_rate",
        "funding.loans[0].tenor",
        "simulation.trials",
    ] {
        assert!(fields.get(f).is_some(), "{f} not in {fields}");
    }
    let mut unknown = case();
    unknown["model"]["currency"] = json!("ZZZ");
    let r = t
        .api(
            "POST",
            "/api/v1/finance/evaluate",
            Some(&acc.editor_token),
            Some(&unknown.to_string()),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("currency"), "{}", r.body);
    let r = t
        .api(
            "POST",
            "/api/v1/finance/evaluate",
            Some(&acc.editor_token),
            Some("{not json"),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    // Sources that do not pay for the uses: the gap is stated.
    let mut short = case();
    short["funding"]["city_budget"] = json!(300000);
    let r = t
        .api(
            "POST",
            "/api/v1/finance/evaluate",
            Some(&acc.editor_token),
            Some(&short.to_string()),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.json()["error"]["fields"]["funding.sources"]
            .as_str()
            .unwrap()
            .contains("100000 KRW"),
        "{}",
        r.body
    );

    // The workbook.
    let r = t
        .send(
            Request::post("/api/v1/finance/workbook")
                .header("authorization", format!("Bearer {}", acc.editor_token))
                .header("content-type", "application/json")
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.headers["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert!(r.body.starts_with("PK"), "an .xlsx is a zip file");
}
