//! Projects in the browser and the API: a city editor goes in Korean from an empty project
//! through readiness, a plan, milestones and KPIs to a signed gate, with the forms alone; a
//! private project stays out of every channel for others; the brief and the calendar.

use super::common::*;
use serde_json::json;

fn enc(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

#[tokio::test]
async fn an_editor_takes_a_project_through_its_gates_in_korean_with_the_forms() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let ko = format!("{}; lang=ko", a.editor);
        let tr = Tr::new(Lang::Ko);
        // The form, then a project with a Korean title.
        let r = t.get("/projects/new", &ko).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(r.body.contains(&tr.t("driver-project-new")), "{b}");
        let form = format!(
            "csrf={CSRF}&city=seoul&id=lights&title_ko={}&domain=sustainable_city&sdgs=7,11&visibility=team&lang_ko=1",
            enc("스마트 가로등")
        );
        let r = t.form("/projects/new", &ko, &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let id = "seoul-lights";
        // Nonsense is refused, field by field, and writes nothing.
        let bad = format!("csrf={CSRF}&city=seoul&domain=flying&sdgs=99&lat=500");
        let r = t.form("/projects/new", &ko, &bad).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        for f in ["domain", "sdgs", "titles", "lat"] {
            assert!(r.body.contains(&format!("<code>{f}</code>")), "{b}: {f}");
        }
        // The gate of Discover names what is missing.
        let r = t
            .form(
                &format!("/projects/{id}/gate"),
                &ko,
                &format!("csrf={CSRF}&stage=discover"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.body.contains("<code>readiness</code>") && r.body.contains("<code>problem</code>"),
            "{b}"
        );
        // Readiness: a missing answer is named; then every question answered.
        let r = t
            .form(
                &format!("/projects/{id}/readiness"),
                &ko,
                &format!("csrf={CSRF}&q_data-open=2"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(r.body.contains("answers.leadership-owner"), "{b}");
        let mut answers = format!("csrf={CSRF}&shared=1");
        for q in domain::driver::readiness::QUESTIONS {
            answers.push_str(&format!("&q_{}=3", q.id));
        }
        let r = t
            .form(&format!("/projects/{id}/readiness"), &ko, &answers)
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let r = t.get(&format!("/projects/{id}/discover"), &ko).await;
        assert!(
            r.body.contains("<svg") && r.body.contains(&tr.t("driver-dimension-data")),
            "{b}: the radar"
        );
        let r = t
            .form(
                &format!("/projects/{id}/parts/plan"),
                &ko,
                &format!(
                    "csrf={CSRF}&back=discover&only=problem&problem_ko={}",
                    enc("가로등이 어둡고 전기를 많이 씁니다")
                ),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let r = t
            .form(
                &format!("/projects/{id}/gate"),
                &ko,
                &format!("csrf={CSRF}&stage=discover&note=ok"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        // The plan: an objective, a use case, a stakeholder, a risk (a bad risk first).
        let add = |kind: &str, body: String| {
            (
                format!("/projects/{id}/parts/{kind}"),
                format!("csrf={CSRF}&back=plan&{body}"),
            )
        };
        let (u, f) = add(
            "risk",
            format!(
                "title_ko={}&category=technical&likelihood=9&impact=4&residual_likelihood=2&residual_impact=2&status=open",
                enc("공급업체 종속")
            ),
        );
        let r = t.form(&u, &ko, &f).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(r.body.contains("<code>likelihood</code>"), "{b}");
        for (kind, body) in [
            (
                "objective",
                format!("title_ko={}&target_date=2029-12-31", enc("에너지 절반")),
            ),
            ("use_case", format!("title_ko={}", enc("심야 조도 낮춤"))),
            ("stakeholder", "org=samsung-sds&role=supplier".to_string()),
            (
                "risk",
                format!(
                    "title_ko={}&category=technical&likelihood=3&impact=4&residual_likelihood=2&residual_impact=2&status=open",
                    enc("공급업체 종속")
                ),
            ),
        ] {
            let (u, f) = add(kind, body);
            let r = t.form(&u, &ko, &f).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {kind}: {}", r.body);
        }
        let r = t.get(&format!("/projects/{id}/plan"), &ko).await;
        assert!(
            r.body.contains("공급업체 종속") && r.body.contains(&tr.t("driver-heat-map")),
            "{b}"
        );
        let r = t
            .form(
                &format!("/projects/{id}/gate"),
                &ko,
                &format!("csrf={CSRF}&stage=plan"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        // Finance: the case saved through the calculator's form.
        let case = json!({
            "model": {"currency": "KRW", "start": "2027-01-01", "horizon": 6, "construction_years": 1, "discount_rate": 0.05,
              "lines": [{"label": "Works", "kind": "capital", "amounts": [1000000]},
                        {"label": "Savings", "kind": "benefit", "benefit": "energy_saved", "amounts": [0, 300000, 300000, 300000, 300000, 300000]}]},
            "funding": {"city_budget": 1000000}
        });
        let r = t
            .api(
                "PUT",
                &format!("/api/v1/projects/{id}/business-case"),
                Some(&a.editor_token),
                Some(&case.to_string()),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        assert!(
            r.json()["evaluation"]["metrics"]["npv"].is_number(),
            "{b}: {}",
            r.body
        );
        let r = t.get(&format!("/projects/{id}/finance"), &ko).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains("name=\"line1_amounts\" ") || r.body.contains("300000*5"),
            "{b}: the form holds the stored case"
        );
        let r = t
            .form(
                &format!("/projects/{id}/gate"),
                &ko,
                &format!("csrf={CSRF}&stage=finance"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        // Deploy: a milestone, a task moved on the board, a KPI with values.
        for (kind, body) in [
            (
                "milestone",
                format!(
                    "title_ko={}&baseline=2027-03-31&planned=2027-04-30",
                    enc("시범 구간")
                ),
            ),
            ("task", format!("title_ko={}&status=todo", enc("입찰 공고"))),
            (
                "kpi",
                format!(
                    "name_ko={}&unit=MWh&baseline=100&target=50&values={}",
                    enc("전력 사용량"),
                    enc("2027-06-30 80")
                ),
            ),
        ] {
            let r = t
                .form(
                    &format!("/projects/{id}/parts/{kind}"),
                    &ko,
                    &format!("csrf={CSRF}&back=deploy&{body}"),
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {kind}: {}", r.body);
        }
        let tasks = t
            .svc()
            .parts_of_kind(
                &domain::auth::Actor::Anonymous,
                id,
                domain::driver::parts::PartKind::Task,
            )
            .await;
        assert!(
            tasks.is_err(),
            "{b}: a private project is not found for the anonymous"
        );
        let deploy = t.get(&format!("/projects/{id}/deploy"), &ko).await;
        assert!(
            deploy.body.contains(&tr.t("driver-today")),
            "{b}: the timeline"
        );
        let task_id = deploy
            .body
            .split(&format!("/projects/{id}/parts/task/"))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let r = t
            .form(
                &format!("/projects/{id}/parts/task/{task_id}"),
                &ko,
                &format!("csrf={CSRF}&back=deploy&only=status&status=doing"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let r = t
            .api(
                "GET",
                &format!("/api/v1/projects/{id}/parts/task"),
                Some(&a.editor_token),
                None,
            )
            .await;
        assert_eq!(
            r.json()["items"][0]["body"]["status"],
            json!("doing"),
            "{b}: {}",
            r.body
        );
        assert_eq!(
            r.json()["items"][0]["body"]["title"]["ko"],
            json!("입찰 공고"),
            "{b}: the rest kept"
        );
        let r = t
            .form(
                &format!("/projects/{id}/gate"),
                &ko,
                &format!("csrf={CSRF}&stage=deploy"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let r = t.get(&format!("/projects/{id}"), &ko).await;
        assert!(
            r.body.contains(&tr.t("driver-gate-readiness"))
                || r.body.contains(&tr.t("driver-gate-status_report")),
            "{b}"
        );
        let r = t
            .api(
                "GET",
                &format!("/api/v1/projects/{id}"),
                Some(&a.editor_token),
                None,
            )
            .await;
        let p = r.json();
        assert_eq!(p["project"]["stage"], json!("operate"), "{b}: {}", r.body);
        assert_eq!(p["gates"].as_array().unwrap().len(), 4, "{b}");
        // The brief and the calendar, for the team.
        let r = t.get(&format!("/projects/{id}/brief"), &ko).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains("스마트 가로등") && r.body.contains(&tr.t("finance-title")),
            "{b}"
        );
        let r = t.get(&format!("/projects/{id}/milestones.ics"), &ko).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        if let Some(items) = python_ics(&r.body) {
            // The calendar, then one all-day event on the date now planned.
            let events: Vec<_> = items
                .iter()
                .filter(|e| e["kind"] == json!("event"))
                .collect();
            assert_eq!(events.len(), 1, "{b}: {items:?}");
            assert_eq!(events[0]["start"], json!("2027-04-30"), "{b}: {items:?}");
        }
    }
}

#[tokio::test]
async fn a_private_project_is_found_on_no_channel_by_others() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let body = json!({"city": "seoul", "id": "secret", "titles": {"en": "Quiet plan zzyzx"}, "domain": "mobility"});
        let r = t
            .api(
                "POST",
                "/api/v1/projects",
                Some(&a.editor_token),
                Some(&body.to_string()),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        let risk = json!({"body": {"title": {"en": "zzyzx risk"}, "category": "legal", "likelihood": 2, "impact": 2, "residual_likelihood": 1, "residual_impact": 1}});
        let r = t
            .api(
                "POST",
                "/api/v1/projects/seoul-secret/parts/risk",
                Some(&a.editor_token),
                Some(&risk.to_string()),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        // A bad body names its field.
        let r = t.api("POST", "/api/v1/projects/seoul-secret/parts/risk", Some(&a.editor_token), Some(&json!({"body": {"title": {"en": "x"}, "category": "legal", "likelihood": "high", "impact": 2, "residual_likelihood": 1, "residual_impact": 1}}).to_string())).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {}",
            r.body
        );
        assert!(
            r.json()["error"]["fields"].get("likelihood").is_some(),
            "{b}: {}",
            r.body
        );
        // Another city's editor (through a token) and the anonymous: nothing, on every channel.
        let svc = t.svc();
        let admin = svc
            .session_actor(
                a.admin
                    .split(';')
                    .next()
                    .unwrap()
                    .trim_start_matches("cd_session="),
            )
            .await
            .unwrap();
        let inv = svc
            .create_invitation(&admin, "ed@busan.test", "member", Some("busan"))
            .await
            .unwrap();
        let s = svc
            .accept_invitation(
                &inv,
                SignUp {
                    display_name: "B".into(),
                    password: "a long password here".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        let busan = format!("cd_session={s}; cd_csrf={CSRF}");
        let busan_actor = svc.session_actor(&s).await.unwrap();
        let (_, busan_token) = svc
            .create_token(&busan_actor, "t", "read write:directory")
            .await
            .unwrap();
        for (who, cookie, token) in [
            ("anonymous", "", None),
            ("busan", busan.as_str(), Some(busan_token.as_str())),
        ] {
            for path in [
                "/projects/seoul-secret",
                "/projects/seoul-secret/plan",
                "/projects/seoul-secret/brief",
                "/projects/seoul-secret/milestones.ics",
                "/projects/seoul-secret/finance",
            ] {
                assert_eq!(
                    t.get(path, cookie).await.status,
                    StatusCode::NOT_FOUND,
                    "{b}: {who} {path}"
                );
            }
            let list = t.get("/projects?q=zzyzx", cookie).await;
            assert!(
                !list.body.contains("/projects/seoul-secret"),
                "{b}: {who} list"
            );
            for path in [
                "/api/v1/projects/seoul-secret",
                "/api/v1/projects/seoul-secret/parts/risk",
                "/api/v1/projects/seoul-secret/readiness",
                "/api/v1/projects/seoul-secret/business-case",
            ] {
                assert_eq!(
                    t.api("GET", path, token, None).await.status,
                    StatusCode::NOT_FOUND,
                    "{b}: {who} {path}"
                );
            }
            let r = t.api("GET", "/api/v1/projects?q=zzyzx", token, None).await;
            assert_eq!(r.json()["total"], json!(0), "{b}: {who}: {}", r.body);
            let r = t
                .api(
                    "POST",
                    "/api/v1/projects/seoul-secret/parts/risk",
                    token,
                    Some(&risk.to_string()),
                )
                .await;
            assert!(
                matches!(r.status, StatusCode::NOT_FOUND | StatusCode::UNAUTHORIZED),
                "{b}: {who} writes: {}",
                r.status
            );
        }
        // Search: the private project is not indexed; a public one is, in every script.
        let dir = tempfile::tempdir().unwrap();
        let ix = search::SearchIndex::open(dir.path()).unwrap();
        svc.reindex(&ix).await.unwrap();
        let q = |text: &str| search::SearchQuery {
            text: text.into(),
            ..Default::default()
        };
        assert_eq!(svc.search(&ix, &q("zzyzx")).unwrap().total, 0, "{b}");
        let hits = svc.search(&ix, &q("가로등")).unwrap();
        assert!(
            hits.hits
                .iter()
                .any(|h| h.url == "/projects/da-nang-smart-street-lighting"),
            "{b}: the demo's public project"
        );
        // The export of the whole database is an admin's (it holds everything, by design).
        let r = t.get("/", "").await;
        assert!(!r.body.contains("zzyzx"), "{b}");
    }
}

/// Pages of a PDF that Chromium wrote (one `/Type /Page` object a page).
#[tokio::test]
async fn a_project_started_from_a_template_holds_its_parts_in_the_team_language() {
    let tpl = domain::driver::templates::get("street_lighting").unwrap();
    let ko_parts = tpl.parts(&[Lang::Ko]);
    let text = |kind: &str, field: &str, lang: &str| {
        tpl.parts(&[])
            .iter()
            .find(|(k, _, _)| k.as_str() == kind)
            .map(|(_, _, b)| b[field][lang].as_str().unwrap().to_string())
            .unwrap()
    };
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let ko = format!("{}; lang=ko", a.editor);
        let r = t.get("/projects/new", &ko).await;
        assert!(
            r.body.contains(tpl.names.best(Lang::Ko)),
            "{b}: the template offered"
        );
        let form = format!(
            "csrf={CSRF}&city=seoul&id=lamps&title_ko={}&domain=&template=street_lighting&lang_ko=1",
            enc("가로등 교체")
        );
        let r = t.form("/projects/new", &ko, &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let r = t
            .api(
                "GET",
                "/api/v1/projects/seoul-lamps",
                Some(&a.editor_token),
                None,
            )
            .await;
        assert_eq!(
            r.json()["project"]["domain"],
            "sustainable_city",
            "{b}: the template's domain"
        );
        assert_eq!(r.json()["project"]["sdgs"], json!(tpl.sdgs), "{b}");
        let r = t.get("/projects/seoul-lamps/plan", &ko).await;
        let risk = text("risk", "title", "ko");
        assert!(r.body.contains(&risk), "{b}: {risk}");
        assert!(
            !r.body.contains(&text("risk", "title", "en")),
            "{b}: no English copy"
        );
        let r = t
            .api(
                "GET",
                "/api/v1/projects/seoul-lamps/parts/kpi",
                Some(&a.editor_token),
                None,
            )
            .await;
        let kpis = ko_parts
            .iter()
            .filter(|(k, _, _)| k.as_str() == "kpi")
            .count();
        assert_eq!(
            r.json()["items"].as_array().unwrap().len(),
            kpis,
            "{b}: {}",
            r.body
        );
        // An unknown template is refused with the field named, and nothing is written.
        let body =
            json!({"city": "seoul", "id": "x", "titles": {"en": "X"}, "template": "moon_base"});
        let r = t
            .api(
                "POST",
                "/api/v1/projects",
                Some(&a.editor_token),
                Some(&body.to_string()),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {}",
            r.body
        );
        assert!(r.json()["error"]["fields"].get("template").is_some(), "{b}");
        let r = t
            .api(
                "GET",
                "/api/v1/projects/seoul-x",
                Some(&a.editor_token),
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}");
        // A template is chosen once, when the project is created.
        let body = json!({"titles": {"ko": "가로등"}, "domain": "sustainable_city", "template": "waste_collection"});
        let r = t
            .api(
                "PUT",
                "/api/v1/projects/seoul-lamps",
                Some(&a.editor_token),
                Some(&body.to_string()),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {}",
            r.body
        );
        assert!(r.json()["error"]["fields"].get("template").is_some(), "{b}");
        // KPI values from a file: a bad line is named and nothing is taken; then the good one.
        let path = "/projects/seoul-lamps/kpis/import";
        let bad = b"kpi,date,value\ntpl-m1,2027-01-01,92\ntpl-m1,2027-02-30,88\n";
        let r = t
            .upload(path, &ko, &[("csrf", CSRF)], ("values.csv", bad))
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {}",
            r.body
        );
        assert!(
            r.body.contains("<code>line 3: date</code>"),
            "{b}: {}",
            r.body
        );
        let kpi_values = |r: &Res| {
            r.json()["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k["body"]["values"].as_array().unwrap().len())
                .sum::<usize>()
        };
        let r = t
            .api(
                "GET",
                "/api/v1/projects/seoul-lamps/parts/kpi",
                Some(&a.editor_token),
                None,
            )
            .await;
        assert_eq!(kpi_values(&r), 0, "{b}: nothing taken from a bad file");
        let name = text("kpi", "name", "ko");
        let good = format!(
            "kpi,date,value\ntpl-m1,2027-01-01,92\n\"{name}\",2027-02-01,\"88,5\"\ntpl-m2,2027-02-01,30\n"
        );
        let r = t
            .upload(
                path,
                &ko,
                &[("csrf", CSRF)],
                ("values.csv", good.as_bytes()),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        let tr = Tr::new(Lang::Ko);
        let notice = tr.ts("driver-kpi-imported", &[("kpis", "2"), ("values", "3")]);
        assert!(r.body.contains(&notice), "{b}: {notice}");
        let r = t
            .api(
                "POST",
                "/api/v1/projects/seoul-lamps/kpis/import",
                Some(&a.editor_token),
                Some("kpi,date,value\ntpl-m3,2027-03-01,4\ntpl-m1,2027-01-01,91\n"),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        assert_eq!(r.json(), json!({"kpis": 2, "values": 2}), "{b}");
        let r = t
            .api(
                "GET",
                "/api/v1/projects/seoul-lamps/parts/kpi",
                Some(&a.editor_token),
                None,
            )
            .await;
        assert_eq!(
            kpi_values(&r),
            4,
            "{b}: a day already there is replaced: {}",
            r.body
        );
        let r = t
            .api(
                "POST",
                "/api/v1/projects/seoul-lamps/kpis/import",
                None,
                Some("date,value\n"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{b}");
        // The city's page lists its projects, each reader those it may see.
        let r = t.get("/orgs/seoul", "").await;
        assert!(
            r.body.contains("/projects/seoul-health-emergency-response"),
            "{b}"
        );
        assert!(
            !r.body.contains("/projects/seoul-lamps"),
            "{b}: a team project stays hidden"
        );
        let r = t.get("/orgs/seoul", &ko).await;
        assert!(r.body.contains("/projects/seoul-lamps"), "{b}");
        // Closing the loop: not before Operate; then a draft case, prefilled, opened to edit.
        let make = format!("csrf={CSRF}");
        let r = t.form("/projects/seoul-lamps/practice", &ko, &make).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {}",
            r.body
        );
        let now = domain::time::now_micros();
        let stage = domain::driver::Stage::Operate;
        store::driver::set_stage(&t.svc().store.db, "seoul-lamps", stage, Some(now), now)
            .await
            .unwrap();
        let r = t.get("/projects/seoul-lamps/operate", &ko).await;
        assert!(r.body.contains(&tr.t("driver-practice-make")), "{b}");
        let r = t.form("/projects/seoul-lamps/practice", &ko, &make).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        assert_eq!(r.headers["location"], "/practices/seoul-lamps/edit", "{b}");
        let r = t.get("/practices/seoul-lamps/edit", &ko).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains("100 % → 88.5 %"),
            "{b}: the KPI's latest value in the results"
        );
        assert!(
            r.body.contains(&text("plan", "problem", "ko")),
            "{b}: the plan's problem"
        );
        let r = t.get("/projects/seoul-lamps/operate", &ko).await;
        assert!(r.body.contains(&tr.t("driver-practice-is")), "{b}");
        assert!(
            t.get("/practices/seoul-lamps", "").await.status == StatusCode::NOT_FOUND,
            "{b}: a draft"
        );
    }
}

fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_brief_of_each_demo_project_prints_on_at_most_four_a4_pages_in_every_language() {
    let Some(browser) = chromium() else { return };
    let t = T::new("sqlite").await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(citydriver_web::serve(listener, t.state.clone(), async {
        let _ = stopped.await;
    }));
    let out = tempfile::tempdir().unwrap();
    for project in [
        "bangkok-online-public-services",
        "da-nang-smart-street-lighting",
        "jakarta-waste-collection",
        "busan-traffic-management",
        "seoul-health-emergency-response",
    ] {
        for lang in Lang::ALL {
            let pdf = out.path().join(format!("{project}-{}.pdf", lang.tag()));
            let (b, p) = (browser.clone(), pdf.clone());
            let url = format!("http://{addr}/projects/{project}/brief?lang={}", lang.tag());
            let run = tokio::task::spawn_blocking(move || {
                headless(
                    &b,
                    &[
                        "--no-pdf-header-footer",
                        &format!("--print-to-pdf={}", p.display()),
                        &url,
                    ],
                )
            })
            .await
            .unwrap();
            let bytes = std::fs::read(&pdf).unwrap_or_else(|e| {
                panic!(
                    "{project} {lang:?}: no PDF ({e}): {}",
                    String::from_utf8_lossy(&run.stderr)
                )
            });
            let pages = pdf_pages(&bytes);
            assert!(
                (1..=4).contains(&pages),
                "{project} in {}: {pages} pages",
                lang.tag()
            );
        }
    }
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}
