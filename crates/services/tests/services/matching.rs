//! Matchmaking end to end on each backend: the demo's waste project meets solutions, peers and
//! financiers with reasons; a private project's needs reach nobody outside its team; interest,
//! invitation and answer, with their e-mails.

use super::common::*;
use citydriver_services::matching::NeedPage;
use domain::matching::rank::Reason;
use domain::matching::{Covered, InterestStatus};
use search::SearchIndex;

async fn editor_of(svc: &Services, admin: &Actor, org: &str) -> Actor {
    let email = format!("editor@{org}.test");
    let inv = svc_ok(
        svc.create_invitation(admin, &email, "member", Some(org))
            .await,
    );
    let s = svc_ok(
        svc.accept_invitation(
            &inv,
            SignUp {
                email: email.clone(),
                display_name: format!("Editor of {org}"),
                password: "a long enough password".into(),
            },
        )
        .await,
    );
    svc.session_actor(&s).await.unwrap()
}

async fn caught_up(svc: &Services, ix: &SearchIndex) {
    while svc_ok(svc.index_pending(ix, 1_000).await) > 0 {}
}

fn ids(p: &NeedPage) -> Vec<&str> {
    p.candidates
        .items
        .iter()
        .map(|c| c.ranked.id.as_str())
        .collect()
}

fn reasons<'a>(p: &'a NeedPage, id: &str) -> &'a [Reason] {
    &p.candidates
        .items
        .iter()
        .find(|c| c.ranked.id == id)
        .unwrap_or_else(|| panic!("{id} not in {:?}", ids(p)))
        .ranked
        .reasons
}

/// The e-mail kinds and recipients waiting in the outbox, after `from`.
async fn mails(svc: &Services, from: i64) -> Vec<(String, String)> {
    store::outbox::read_after(&svc.store.db, from, 1_000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.topic == "email")
        .map(|e| {
            let v: serde_json::Value = serde_json::from_str(&e.payload).unwrap();
            (
                v["kind"].as_str().unwrap_or("").to_string(),
                v["user_id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_demo_waste_project_meets_solutions_peers_and_financiers_with_reasons() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let ix = SearchIndex::in_memory().unwrap();
        caught_up(&svc, &ix).await;
        let anyone = Actor::Anonymous;
        let all = Paging::default();
        let routes = svc_ok(
            svc.need_page(&anyone, &ix, "jakarta-waste-collection-routes", all)
                .await,
        );
        let got = ids(&routes);
        assert!(
            got.contains(&"sample-binroute-route-planner"),
            "{b}: {got:?}"
        );
        assert!(
            got.contains(&"sample-hangang-sensing-food-waste-rfid"),
            "{b}: {got:?}"
        );
        assert!(
            !got.contains(&"sample-atlantic-waste-collection-analytics"),
            "{b}: not offered in Indonesia: {got:?}"
        );
        assert_eq!(
            got[0], "sample-binroute-route-planner",
            "{b}: the words, the references and the price: {got:?}"
        );
        let r = reasons(&routes, "sample-binroute-route-planner");
        let id = domain::country::Country::parse("ID").unwrap();
        assert!(
            r.contains(&Reason::Serves {
                covered: Covered::Country(id)
            }),
            "{b}: {r:?}"
        );
        assert!(
            r.contains(&Reason::ReferencesInNetwork {
                count: 3,
                network: "ascn".into()
            }),
            "{b}: {r:?}"
        );
        assert!(
            r.contains(&Reason::Speaks {
                languages: vec!["en", "id"]
            }),
            "{b}: {r:?}"
        );
        assert!(
            r.iter().any(|x| matches!(x, Reason::PriceFits { .. })),
            "{b}: {r:?}"
        );
        // SGD 300,000 is above IDR 3 billion (about USD 190,000).
        let r = reasons(&routes, "sample-lionsort-smart-bins");
        assert!(
            r.iter().any(|x| matches!(x, Reason::PriceAbove { .. })),
            "{b}: {r:?}"
        );
        assert_eq!(routes.networks[0].0, "ascn", "{b}");

        let peers = svc_ok(
            svc.need_page(&anyone, &ix, "jakarta-waste-collection-peers", all)
                .await,
        );
        let got = ids(&peers);
        assert!(
            got.contains(&"seoul") && got.contains(&"singapore"),
            "{b}: {got:?}"
        );
        assert!(!got.contains(&"jakarta"), "{b}: never the city itself");
        let r = reasons(&peers, "singapore");
        assert!(
            r.contains(&Reason::SharedNetwork {
                network: "ascn".into()
            }),
            "{b}: {r:?}"
        );
        assert!(
            r.contains(&Reason::SameRegion {
                region: "south-eastern-asia"
            }),
            "{b}: {r:?}"
        );

        let funding = svc_ok(
            svc.need_page(&anyone, &ix, "jakarta-waste-collection-funding", all)
                .await,
        );
        let got = ids(&funding);
        assert_eq!(got.len(), 2, "{b}: {got:?}");
        assert!(
            got.contains(&"sample-asean-city-fund-infrastructure-loans"),
            "{b}: {got:?}"
        );
        assert!(
            got.contains(&"sample-green-city-grants-pilots"),
            "{b}: {got:?}"
        );
        assert!(
            !got.contains(&"sample-korea-urban-bank-green-loans"),
            "{b}: a financier for Korea only never appears"
        );
        let r = reasons(&funding, "sample-asean-city-fund-infrastructure-loans");
        assert!(
            r.iter().any(|x| matches!(x, Reason::TicketFits { converted: Some(c), .. } if c.currency == "USD")),
            "{b}: {r:?}"
        );
        // The catalogue is searchable like everything else.
        let hits = svc_ok(svc.search(
            &ix,
            &search::SearchQuery {
                text: "充填量".into(),
                page: 1,
                per_page: 10,
                ..Default::default()
            },
        ));
        assert!(
            hits.hits
                .iter()
                .any(|h| h.id == "solution:sample-binroute-route-planner"),
            "{b}"
        );
    }
}

#[tokio::test]
async fn a_private_projects_needs_reach_nobody_outside_its_team_and_interests_become_introductions()
{
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let ix = SearchIndex::in_memory().unwrap();
        let (admin, _) = people(&svc).await;
        let jakarta = editor_of(&svc, &admin, "jakarta").await;
        let binroute = editor_of(&svc, &admin, "sample-binroute").await;
        let atlantic = editor_of(&svc, &admin, "sample-atlantic-waste").await;
        let grants = editor_of(&svc, &admin, "sample-green-city-grants").await;
        // A team project with a need.
        let p = svc_ok(
            svc.create_project(
                &jakarta,
                domain::driver::ProjectInput {
                    city: Some("jakarta".into()),
                    titles: I18nText::en("Quiet bins"),
                    domain: Some("sustainable_city".into()),
                    ..Default::default()
                },
            )
            .await,
        );
        let secret = svc_ok(
            svc.save_need(
                &jakarta,
                &p.id,
                None,
                domain::matching::NeedInput {
                    kind: Some("solution".into()),
                    titles: I18nText::en("Zeppelin-borne compost sorting"),
                    ..Default::default()
                },
            )
            .await,
        );
        caught_up(&svc, &ix).await;
        let all = Paging::default();
        let id = secret.need.id.as_str();
        for (who, actor) in [("a company", &binroute), ("anyone", &Actor::Anonymous)] {
            assert!(
                matches!(
                    svc.need_page(actor, &ix, id, all).await,
                    Err(ServiceError::NotFound(_))
                ),
                "{b}: {who}"
            );
            assert!(
                matches!(
                    svc.needs_page(actor, &p.id).await,
                    Err(ServiceError::NotFound(_))
                ),
                "{b}: {who}"
            );
            assert!(
                matches!(
                    svc.express_interest(actor, id, "sample-binroute-route-planner", "")
                        .await,
                    Err(ServiceError::NotFound(_) | ServiceError::Denied(_))
                ),
                "{b}: {who}"
            );
        }
        let hits = svc_ok(svc.search(
            &ix,
            &search::SearchQuery {
                text: "Zeppelin".into(),
                page: 1,
                per_page: 10,
                ..Default::default()
            },
        ));
        assert_eq!(
            hits.total, 0,
            "{b}: a team project's need is not in the search"
        );
        assert!(
            matches!(
                svc.invite_candidate(&jakarta, id, "sample-binroute-route-planner", "").await,
                Err(ServiceError::Invalid(e)) if e.0.contains_key("candidate")
            ),
            "{b}: a candidate that cannot see the project is not invited"
        );
        let team = svc_ok(svc.need_page(&jakarta, &ix, id, all).await);
        assert!(team.team && team.owner, "{b}");

        // A public need: interest, answer, introduction.
        let routes = "jakarta-waste-collection-routes";
        assert!(
            matches!(
                svc.express_interest(&atlantic, routes, "sample-atlantic-waste-collection-analytics", "").await,
                Err(ServiceError::Invalid(e)) if e.0.contains_key("candidate")
            ),
            "{b}: not offered in Indonesia"
        );
        assert!(
            matches!(
                svc.express_interest(&atlantic, routes, "sample-binroute-route-planner", "")
                    .await,
                Err(ServiceError::Denied(_))
            ),
            "{b}: another company's solution"
        );
        let page = svc_ok(svc.need_page(&binroute, &ix, routes, all).await);
        assert_eq!(page.may_answer.len(), 1, "{b}: {:?}", page.may_answer);
        assert_eq!(page.may_answer[0].0, "sample-binroute", "{b}");
        assert!(
            page.may_answer[0]
                .1
                .contains(&"sample-binroute-route-planner".to_string()),
            "{b}"
        );
        let from = store::outbox::last_position(&svc.store.db).await.unwrap();
        let i = svc_ok(
            svc.express_interest(
                &binroute,
                routes,
                "sample-binroute-route-planner",
                "We run this in Makassar.",
            )
            .await,
        );
        assert_eq!(i.status, InterestStatus::Proposed);
        assert!(
            matches!(
                svc.express_interest(&binroute, routes, "sample-binroute-route-planner", "again").await,
                Err(ServiceError::Conflict(e)) if e.0.contains_key("candidate")
            ),
            "{b}: once"
        );
        let jak = jakarta.user().unwrap().user_id.clone();
        assert_eq!(
            mails(&svc, from).await,
            vec![("project_interest".to_string(), jak.clone())],
            "{b}"
        );
        assert!(
            matches!(
                svc.answer_interest(&binroute, &i.id, true).await,
                Err(ServiceError::Denied(_))
            ),
            "{b}: not its own"
        );
        let from = store::outbox::last_position(&svc.store.db).await.unwrap();
        let accepted = svc_ok(svc.answer_interest(&jakarta, &i.id, true).await);
        assert_eq!(accepted.status, InterestStatus::Accepted, "{b}");
        let mut sent: Vec<String> = mails(&svc, from)
            .await
            .into_iter()
            .map(|(k, u)| format!("{k} {u}"))
            .collect();
        sent.sort();
        let mut want = vec![
            format!("project_introduction {jak}"),
            format!("project_introduction {}", binroute.user().unwrap().user_id),
        ];
        want.sort();
        assert_eq!(sent, want, "{b}: both sides hear of the introduction");
        assert!(
            matches!(
                svc.answer_interest(&jakarta, &i.id, false).await,
                Err(ServiceError::Conflict(_))
            ),
            "{b}: answered once"
        );
        let needs = svc_ok(svc.needs_page(&jakarta, "jakarta-waste-collection").await);
        assert!(
            needs
                .interests
                .iter()
                .any(|x| x.id == i.id && x.status == InterestStatus::Accepted),
            "{b}: kept on the project"
        );
        let public = svc_ok(
            svc.needs_page(&Actor::Anonymous, "jakarta-waste-collection")
                .await,
        );
        assert!(
            public.interests.is_empty(),
            "{b}: introductions are the team's"
        );
        // The city invites a financier; it declines.
        let funding = "jakarta-waste-collection-funding";
        assert!(
            matches!(
                svc.invite_candidate(&jakarta, funding, "sample-korea-urban-bank-green-loans", "").await,
                Err(ServiceError::Invalid(e)) if e.0.contains_key("candidate")
            ),
            "{b}: not eligible"
        );
        let inv = svc_ok(
            svc.invite_candidate(
                &jakarta,
                funding,
                "sample-green-city-grants-pilots",
                "Would you?",
            )
            .await,
        );
        assert!(
            matches!(
                svc.answer_interest(&jakarta, &inv.id, true).await,
                Err(ServiceError::Denied(_))
            ),
            "{b}: the invited side answers"
        );
        let mine = svc_ok(svc.my_interests(&grants).await);
        assert_eq!(mine.len(), 1, "{b}");
        let declined = svc_ok(svc.answer_interest(&grants, &inv.id, false).await);
        assert_eq!(declined.status, InterestStatus::Declined, "{b}");
    }
}
