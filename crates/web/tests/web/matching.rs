//! Matchmaking in the browser and the API: the demo's waste project of an ASCN city gets
//! eligible solutions, peers and offers with their reasons in five languages; a company
//! publishes, expresses interest and is introduced when the city accepts; a private project's
//! needs reach nobody outside its team.

use super::common::*;
use domain::country::Country;
use serde_json::json;

fn enc(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

#[tokio::test]
async fn the_demo_waste_project_gets_eligible_candidates_with_reasons_in_every_language() {
    for b in backends() {
        let t = T::new(b).await;
        t.svc().reindex(&t.state.index).await.unwrap();
        let indonesia = Country::parse("ID").unwrap();
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            let q = format!("?lang={}", lang.tag());
            let r = t
                .get(&format!("/needs/jakarta-waste-collection-routes{q}"), "")
                .await;
            assert_eq!(r.status, StatusCode::OK, "{b} {lang:?}");
            // Solutions of companies that serve Indonesia, each with reasons in the language.
            assert!(
                r.body.contains("/solutions/sample-binroute-route-planner"),
                "{b}"
            );
            let serves = tr.ts("reason-serves", &[("place", indonesia.name(lang))]);
            assert!(r.body.contains(&serves), "{b} {lang:?}: {serves}");
            assert!(
                !r.body
                    .contains("sample-atlantic-waste-collection-analytics"),
                "{b}: a solution sold only in Europe is not eligible"
            );
            // Peer cities with waste practices.
            let r = t
                .get(&format!("/needs/jakarta-waste-collection-peers{q}"), "")
                .await;
            assert!(r.body.contains("href=\"/orgs/singapore\""), "{b} {lang:?}");
            assert!(r.body.contains("href=\"/orgs/seoul\""), "{b} {lang:?}");
            // Offers it is eligible for; the Korean bank's offer (Korea only) never appears.
            let r = t
                .get(&format!("/needs/jakarta-waste-collection-funding{q}"), "")
                .await;
            assert!(
                r.body
                    .contains("/offers/sample-asean-city-fund-infrastructure-loans"),
                "{b} {lang:?}"
            );
            assert!(!r.body.contains("sample-korea-urban-bank"), "{b} {lang:?}");
        }
        // The same through the API, with the reasons as codes.
        let r = t
            .api(
                "GET",
                "/api/v1/needs/jakarta-waste-collection-routes/candidates",
                None,
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        let items = r.json()["items"].as_array().unwrap().clone();
        assert!(!items.is_empty(), "{b}");
        let scores: Vec<u64> = items.iter().map(|c| c["score"].as_u64().unwrap()).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{b}: best first");
        for c in &items {
            assert_eq!(c["reasons"][0]["code"], json!("serves"), "{b}: {c}");
        }
        assert_eq!(
            items[0]["id"],
            json!("sample-binroute-route-planner"),
            "{b}"
        );
        let r = t
            .api(
                "GET",
                "/api/v1/needs/jakarta-waste-collection-funding/candidates",
                None,
                None,
            )
            .await;
        let ids: Vec<String> = r.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect();
        assert!(!ids.is_empty(), "{b}");
        assert!(!ids.iter().any(|i| i.contains("korea")), "{b}: {ids:?}");
        // The catalogue's lists and filters.
        let r = t.get("/solutions?country=ID&lang=fr", "").await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(r.body.contains("sample-binroute-route-planner"), "{b}");
        assert!(!r.body.contains("sample-atlantic-waste"), "{b}");
        assert_eq!(
            t.get("/solutions?country=XX", "").await.status,
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            t.get("/offers?domain=flying", "").await.status,
            StatusCode::BAD_REQUEST
        );
        let r = t.get("/solutions?q=zzyzx", "").await;
        assert!(
            r.body
                .contains(&Tr::new(Lang::En).t("catalogue-none-filtered")),
            "{b}"
        );
        assert_eq!(t.get("/needs/nope", "").await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            t.get("/solutions/nope", "").await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn a_company_publishes_expresses_interest_and_the_city_accepts_an_introduction() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let (company, company_token) = t.editor_of(&a, "sample-binroute").await;
        let (city, city_token) = t.editor_of(&a, "jakarta").await;
        // Nonsense is refused with every field named, and nothing is written.
        let bad = json!({"company": "sample-binroute", "titles": {"en": "X"}, "domain": "flying",
            "countries": ["ZZ"], "languages": ["klingon"], "price_min": 5, "price_max": 1, "currency": "XXX"});
        let r = t
            .api(
                "POST",
                "/api/v1/solutions",
                Some(&company_token),
                Some(&bad.to_string()),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {}",
            r.body
        );
        let fields = r.json()["error"]["fields"].clone();
        for f in ["domain", "currency"] {
            assert!(fields.get(f).is_some(), "{b}: {f} in {fields}");
        }
        assert!(
            fields
                .as_object()
                .unwrap()
                .keys()
                .any(|k| k.starts_with("countries")),
            "{b}: {fields}"
        );
        // Another company's solution cannot be published by this editor.
        let theirs = json!({"company": "sample-lionsort", "titles": {"en": "Bins"}, "description": {"en": "Bins."},
            "domain": "sustainable_city", "countries": ["ID"], "languages": ["en"], "price_model": "purchase"});
        let r = t
            .api(
                "POST",
                "/api/v1/solutions",
                Some(&company_token),
                Some(&theirs.to_string()),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: {}", r.body);
        // The form: a refusal keeps what was typed; then a solution.
        let r = t
            .form(
                "/solutions/new",
                &company,
                &format!("csrf={CSRF}&org=sample-binroute&title_en=Night+sweeper&domain=sustainable_city&countries=ZZ&price_min=ten"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.body.contains("Night sweeper") && r.body.contains("<code>price_min</code>"),
            "{b}"
        );
        let r = t
            .form(
                "/solutions/new",
                &company,
                &format!(
                    "csrf={CSRF}&org=sample-binroute&id=truck-weighing&title_en={}&description_en={}&domain=sustainable_city&countries=ID&region_south-eastern-asia=1&price_min=20%2C000&price_max=90000&currency=USD&price_model=purchase&languages=id,+en&references=makassar+%7C+2024+%7C+Weighed+every+truck",
                    enc("Truck weighing at the transfer station"),
                    enc("Weighs every collection truck and bills districts by the tonne of waste collected.")
                ),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let id = "sample-binroute-truck-weighing";
        let r = t.get(&format!("/solutions/{id}"), "").await;
        assert!(
            r.body.contains("Truck weighing") && r.body.contains("/orgs/makassar"),
            "{b}"
        );
        // The company sees the public need and expresses interest with its new solution.
        let need = "jakarta-waste-collection-routes";
        let r = t.get(&format!("/needs/{need}"), &company).await;
        assert!(
            r.body.contains(&format!("value=\"{id}\"")),
            "{b}: offered as a candidate"
        );
        let r = t
            .form(
                &format!("/needs/{need}/interest"),
                &company,
                &format!("csrf={CSRF}&candidate={id}&message=We+weigh+trucks"),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        assert!(
            r.body.contains("role=\"status\"") && r.body.contains("We weigh trucks"),
            "{b}: said, and listed among its interests"
        );
        // Twice is refused.
        let again = json!({"candidate": id}).to_string();
        let r = t
            .api(
                "POST",
                &format!("/api/v1/needs/{need}/interests"),
                Some(&company_token),
                Some(&again),
            )
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{b}: {}", r.body);
        let r = t
            .api("GET", "/api/v1/interests", Some(&company_token), None)
            .await;
        let interest = r.json()["items"][0].clone();
        assert_eq!(interest["status"], json!("proposed"), "{b}: {interest}");
        let iid = interest["id"].as_str().unwrap().to_string();
        // The company cannot accept its own interest; the city's editor (an owner) can.
        let answer = json!({"accept": true}).to_string();
        let r = t
            .api(
                "POST",
                &format!("/api/v1/interests/{iid}/answer"),
                Some(&company_token),
                Some(&answer),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: {}", r.body);
        let r = t
            .get("/projects/jakarta-waste-collection/needs", &city)
            .await;
        assert!(
            r.body.contains(&format!("/interests/{iid}/answer")),
            "{b}: the owner answers"
        );
        assert!(r.body.contains("We weigh trucks"), "{b}");
        let r = t
            .form(
                &format!("/interests/{iid}/answer"),
                &city,
                &format!("csrf={CSRF}&answer=accept"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
        let r = t
            .api("GET", "/api/v1/interests", Some(&company_token), None)
            .await;
        assert_eq!(r.json()["items"][0]["status"], json!("accepted"), "{b}");
        // Both sides are e-mailed the introduction.
        let mails = store::outbox::read_after(&t.svc().store.db, 0, 100_000)
            .await
            .unwrap();
        let intro: Vec<_> = mails
            .iter()
            .filter(|m| m.payload.contains("project_introduction"))
            .collect();
        assert_eq!(intro.len(), 2, "{b}: the company's editor and the city's");
        // The city invites a candidate directly; the company answers in its inbox.
        let invite =
            json!({"candidate": "sample-binroute-streetlight-control", "message": "Lights too?"})
                .to_string();
        let r = t
            .api(
                "POST",
                "/api/v1/needs/da-nang-smart-street-lighting-lighting/invitations",
                Some(&city_token),
                Some(&invite),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::FORBIDDEN,
            "{b}: Jakarta does not own Da Nang's project: {}",
            r.body
        );
        let invite =
            json!({"candidate": "sample-lionsort-smart-bins", "message": "Bins?"}).to_string();
        let r = t
            .api(
                "POST",
                &format!("/api/v1/needs/{need}/invitations"),
                Some(&city_token),
                Some(&invite),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        let r = t.get("/matching", &company).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains("We weigh trucks"),
            "{b}: its own interest is listed"
        );
        // The survey of the catalogue's writes: the company withdraws its solution.
        let r = t
            .api(
                "DELETE",
                &format!("/api/v1/solutions/{id}"),
                Some(&city_token),
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let r = t
            .api(
                "DELETE",
                &format!("/api/v1/solutions/{id}"),
                Some(&company_token),
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{b}: {}", r.body);
    }
}

#[tokio::test]
async fn a_private_projects_needs_reach_nobody_outside_its_team() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let (company, company_token) = t.editor_of(&a, "sample-binroute").await;
        let project = json!({"city": "seoul", "id": "secret", "titles": {"en": "Secret bins"},
            "domain": "sustainable_city", "visibility": "team"});
        let r = t
            .api(
                "POST",
                "/api/v1/projects",
                Some(&a.editor_token),
                Some(&project.to_string()),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        let pid = r.json()["id"].as_str().unwrap().to_string();
        let need = json!({"kind": "solution", "titles": {"en": "zzyzx sensors for bins"}});
        let r = t
            .api(
                "POST",
                &format!("/api/v1/projects/{pid}/needs"),
                Some(&a.editor_token),
                Some(&need.to_string()),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        let nid = r.json()["id"].as_str().unwrap().to_string();
        // The team sees it, never kept by a shared cache.
        let r = t.get(&format!("/needs/{nid}"), &a.editor).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.headers["cache-control"]
                .to_str()
                .unwrap()
                .contains("no-store"),
            "{b}"
        );
        // A company, and the anonymous: not found on every channel.
        for (who, cookie, token) in [
            ("anonymous", "", None),
            ("company", company.as_str(), Some(company_token.as_str())),
        ] {
            for path in [format!("/needs/{nid}"), format!("/projects/{pid}/needs")] {
                assert_eq!(
                    t.get(&path, cookie).await.status,
                    StatusCode::NOT_FOUND,
                    "{b}: {who} {path}"
                );
            }
            for path in [
                format!("/api/v1/needs/{nid}"),
                format!("/api/v1/needs/{nid}/candidates"),
                format!("/api/v1/projects/{pid}/needs"),
            ] {
                assert_eq!(
                    t.api("GET", &path, token, None).await.status,
                    StatusCode::NOT_FOUND,
                    "{b}: {who} {path}"
                );
            }
        }
        let r = t
            .api(
                "POST",
                &format!("/api/v1/needs/{nid}/interests"),
                Some(&company_token),
                Some(&json!({"candidate": "sample-binroute-route-planner"}).to_string()),
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}: {}", r.body);
        let r = t.get("/matching", &company).await;
        assert!(!r.body.contains("zzyzx"), "{b}");
        // Nor in the search.
        t.svc().reindex(&t.state.index).await.unwrap();
        let r = t
            .api("GET", "/api/v1/search?q=zzyzx", Some(&company_token), None)
            .await;
        assert_eq!(r.json()["total"], json!(0), "{b}: {}", r.body);
        let r = t.get("/search?q=zzyzx", &company).await;
        assert!(!r.body.contains(&nid), "{b}");
    }
}
