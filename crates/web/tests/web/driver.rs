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

/// The fields of the first form posting to `action` on a page, as the browser would send them
/// (inputs with their values, each select with its selected option).
fn form_fields(page: &str, action: &str) -> Vec<(String, String)> {
    let start = page
        .find(&format!("<form method=\"post\" action=\"{action}\""))
        .expect("the form");
    let form = &page[start..start + page[start..].find("</form>").unwrap()];
    let attr = |tag: &str, name: &str| -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = tag[at..].find('"')? + at;
        Some(
            tag[at..end]
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">"),
        )
    };
    let mut out = vec![];
    for chunk in form.split("<input").skip(1) {
        let tag = &chunk[..chunk.find('>').unwrap()];
        if let Some(n) = attr(tag, "name") {
            out.push((n, attr(tag, "value").unwrap_or_default()));
        }
    }
    for chunk in form.split("<select").skip(1) {
        let tag = &chunk[..chunk.find('>').unwrap()];
        let body = &chunk[..chunk.find("</select>").unwrap()];
        let options: Vec<&str> = body.split("<option").skip(1).collect();
        let chosen = options
            .iter()
            .find(|o| o.contains(" selected"))
            .or(options.first())
            .unwrap();
        out.push((attr(tag, "name").unwrap(), attr(chosen, "value").unwrap()));
    }
    out
}

fn encode(fields: &[(String, String)]) -> String {
    serde_urlencoded::to_string(fields).unwrap()
}

fn set(fields: &mut [(String, String)], name: &str, value: &str) {
    fields
        .iter_mut()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no field {name}"))
        .1 = value.into();
}

#[tokio::test]
async fn the_calculator_shows_the_dscr_dip_and_its_recovery_and_names_every_bad_field() {
    let t = T::new("sqlite").await;
    let acc = t.accounts().await;
    let visitor = t.get("/business-case", "").await;
    assert_eq!(visitor.status, StatusCode::SEE_OTHER);
    assert!(
        visitor.headers["location"]
            .to_str()
            .unwrap()
            .starts_with("/login?next=")
    );

    let cookie = format!("{}; lang=ja", acc.editor);
    let page = t.get("/business-case", &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    let mut fields = form_fields(&page.body, "/business-case");
    assert!(
        fields.iter().any(|(n, v)| n == "loan_grace" && v == "3"),
        "{fields:?}"
    );

    // The example as it opens: the coverage dips below 1.2 in its year 3 (2030).
    let r = t.form("/business-case", &cookie, &encode(&fields)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let ja = Tr::new(Lang::Ja);
    let broken = ja.ts(
        "finance-covenant-broken",
        &[("covenant", "1.20"), ("years", "2030")],
    );
    assert!(r.body.contains(&broken), "{broken} not in the page");
    assert_eq!(
        r.body.matches("<svg").count(),
        5,
        "cash flows, funding mix, DSCR, histogram, tornado"
    );
    assert!(r.body.contains(&ja.t("finance-metric-npv")));
    // A longer grace period: repayments start when the savings have grown.
    set(&mut fields, "loan_grace", "4");
    let r = t.form("/business-case", &cookie, &encode(&fields)).await;
    assert!(
        r.body
            .contains(&ja.ts("finance-covenant-kept", &[("covenant", "1.20")])),
        "the ratio recovers"
    );
    set(&mut fields, "loan_grace", "3");

    // Nonsense in the fields: each named, the form shown again as typed, nothing computed.
    let mut bad = fields.clone();
    set(&mut bad, "discount_rate", "-150");
    set(&mut bad, "loan_tenor", "40");
    set(&mut bad, "line1_amounts", "12000 abc");
    let r = t.form("/business-case", &cookie, &encode(&bad)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<code>line1_amounts</code>"), "{}", r.body);
    assert!(r.body.contains("value=\"12000 abc\""), "kept as typed");
    assert!(!r.body.contains("<svg"), "no results for a refused form");
    let mut bad = fields.clone();
    set(&mut bad, "discount_rate", "-150");
    set(&mut bad, "loan_tenor", "40");
    let r = t.form("/business-case", &cookie, &encode(&bad)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<code>discount_rate</code>"), "{}", r.body);
    let mut bad = fields.clone();
    set(&mut bad, "loan_tenor", "40");
    let r = t.form("/business-case", &cookie, &encode(&bad)).await;
    assert!(r.body.contains("<code>loan_tenor</code>"), "{}", r.body);
    assert!(
        r.body
            .contains(&ja.t("finance-problem-longer_than_horizon"))
    );
    let mut bad = fields.clone();
    set(&mut bad, "currency", "ZZZ");
    let r = t.form("/business-case", &cookie, &encode(&bad)).await;
    assert!(r.body.contains("<code>currency</code>"), "{}", r.body);
    let mut bad = fields.clone();
    set(&mut bad, "city_budget", "1");
    let r = t.form("/business-case", &cookie, &encode(&bad)).await;
    assert!(
        r.body.contains("<code>city_budget</code>"),
        "sources ≠ uses: {}",
        r.body
    );

    // Two inputs made to move together; a correlation out of range is named.
    let mut together = fields.clone();
    set(&mut together, "corr0_a", "1");
    set(&mut together, "corr0_b", "2");
    set(&mut together, "corr0_rank", "0.5");
    let r = t.form("/business-case", &cookie, &encode(&together)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    set(&mut together, "corr0_rank", "2");
    let r = t.form("/business-case", &cookie, &encode(&together)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<code>corr0_rank</code>"), "{}", r.body);
    set(&mut together, "corr0_rank", "0.5");
    set(&mut together, "corr0_b", "1");
    let r = t.form("/business-case", &cookie, &encode(&together)).await;
    assert!(
        r.body.contains("<code>corr0_rank</code>"),
        "an input with itself: {}",
        r.body
    );

    // The same form downloads the workbook; without the CSRF field nothing is read.
    let r = t
        .form("/business-case/workbook", &cookie, &encode(&fields))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.headers["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let no_csrf: Vec<(String, String)> = fields
        .iter()
        .filter(|(n, _)| n != "csrf")
        .cloned()
        .collect();
    let r = t.form("/business-case", &cookie, &encode(&no_csrf)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A wrong token of the right length is refused too.
    let mut forged = fields.clone();
    let same_length: String = CSRF.chars().rev().collect();
    assert_eq!(same_length.len(), CSRF.len());
    set(&mut forged, "csrf", &same_length);
    let r = t.form("/business-case", &cookie, &encode(&forged)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn lines_are_imported_from_a_file_into_the_form_and_a_bad_file_is_named_by_line() {
    let t = T::new("sqlite").await;
    let acc = t.accounts().await;
    let page = t.get("/business-case", &acc.editor).await;
    let form = page.body[page.body.find("action=\"/business-case/import\"").unwrap()..].to_string();
    let hidden = form_fields(
        &format!(
            "<form method=\"post\" action=\"/x\"{}",
            &form[form.find('>').unwrap()..]
        ),
        "/x",
    );
    let kept: Vec<(&str, &str)> = hidden
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert!(
        kept.iter().any(|(k, v)| *k == "currency" && *v == "JPY"),
        "the import carries the model's settings"
    );
    assert!(
        !kept.iter().any(|(k, _)| k.starts_with("line")),
        "but not the lines it replaces"
    );

    // Twelve lines: more than the form's ten rows.
    let mut csv = String::from("label,kind,2027,2028,2029,2030\n");
    csv.push_str("Works,capital,500000000,300000000,0,0\n");
    for i in 0..11 {
        csv.push_str(&format!(
            "Saving {i},avoided_costs,0,0,{},{}\n",
            4_000_000 + i,
            9_000_000
        ));
    }
    let r = t
        .upload(
            "/business-case/import",
            &acc.editor,
            &kept,
            ("lines.csv", csv.as_bytes()),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body.contains("value=\"Saving 10\""),
        "the twelfth line has a row"
    );
    assert!(r.body.contains("value=\"0 0 4000010 9000000\""));
    assert_eq!(
        r.body.matches("<svg").count(),
        5,
        "and the case is worked out"
    );

    let bad = "label,kind,2027\nWorks,capex,1\nFares,lunch,x\n";
    let r = t
        .upload(
            "/business-case/import",
            &acc.editor,
            &kept,
            ("lines.csv", bad.as_bytes()),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("<code>file: line 3: kind</code>"),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("value=\"JPY\""),
        "the rest of the form is kept"
    );
    let r = t
        .upload(
            "/business-case/import",
            &acc.editor,
            &kept,
            ("lines.xlsx", b"PK\x03\x04garbage"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("<code>file: line 1: file</code>"),
        "{}",
        r.body
    );
}
