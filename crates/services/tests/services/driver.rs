//! The Driver: projects, who sees them, their parts, gates and sign-offs, readiness and its
//! benchmark — on each backend.

use super::common::*;
use citydriver_services::driver::ProjectFilter;
use domain::driver::ProjectInput;
use domain::driver::parts::PartKind;
use serde_json::json;
use std::collections::BTreeMap;

/// An editor of `org`, signed in, invited by the admin.
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

fn project(city: &str, title: &str) -> ProjectInput {
    ProjectInput {
        city: Some(city.into()),
        titles: I18nText::en(title).with(Lang::Ko, "스마트 가로등"),
        domain: Some("sustainable_city".into()),
        sdgs: vec![7, 11],
        ..Default::default()
    }
}

fn answers(level: u8) -> BTreeMap<String, u8> {
    domain::driver::readiness::QUESTIONS
        .iter()
        .map(|q| (q.id.to_string(), level))
        .collect()
}

fn count(page: Result<domain::Page<impl Sized>, ServiceError>) -> u64 {
    svc_ok(page).total
}

#[tokio::test]
async fn a_private_project_is_seen_by_its_team_only_and_visibility_opens_it() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, seoul) = people(&svc).await;
        let busan = editor_of(&svc, &admin, "busan").await;
        let chengdu = editor_of(&svc, &admin, "chengdu").await;
        let anon = Actor::Anonymous;
        let p = svc_ok(
            svc.create_project(&seoul, project("seoul", "Smart street lighting"))
                .await,
        );
        assert_eq!(p.id, "seoul-smart-street-lighting", "{b}");
        assert_eq!(p.stage, domain::driver::Stage::Discover);
        // Nobody else creates Seoul's projects.
        assert!(
            matches!(
                svc.create_project(&busan, project("seoul", "Other")).await,
                Err(ServiceError::Denied(Denied::Forbidden))
            ),
            "{b}"
        );
        assert!(
            matches!(
                svc.create_project(&anon, project("seoul", "Other")).await,
                Err(ServiceError::Denied(Denied::Unauthenticated))
            ),
            "{b}"
        );
        // The demo's projects are public: count this one by its city and title.
        let all = ProjectFilter {
            city: Some("seoul".into()),
            q: Some("lighting".into()),
            ..Default::default()
        };
        let pg = Paging::default();
        svc_ok(
            svc.save_part(
                &seoul,
                &p.id,
                PartKind::Risk,
                None,
                json!({"title": {"en": "Vendor lock-in"}, "category": "technical",
                       "likelihood": 3, "impact": 4, "residual_likelihood": 2, "residual_impact": 2}),
            )
            .await,
        );
        // Private: not on any channel for the others — page, list and its count, parts.
        for (who, actor) in [
            ("anonymous", &anon),
            ("busan", &busan),
            ("chengdu", &chengdu),
        ] {
            assert!(
                matches!(
                    svc.project_page(actor, &p.id).await,
                    Err(ServiceError::NotFound(_))
                ),
                "{b}: {who} sees the page"
            );
            assert_eq!(count(svc.projects(actor, &all, pg).await), 0, "{b}: {who}");
            assert!(
                matches!(
                    svc.parts_of_kind(actor, &p.id, PartKind::Risk).await,
                    Err(ServiceError::NotFound(_))
                ),
                "{b}: {who} reads the risks"
            );
            assert!(
                matches!(
                    svc.project_evaluation(actor, &p.id).await,
                    Err(ServiceError::NotFound(_))
                ),
                "{b}: {who}"
            );
            assert!(
                !svc_ok(svc.projects_of_city(actor, "seoul").await)
                    .iter()
                    .any(|x| x.id == p.id)
            );
        }
        // Writing to a project one does not see says "not found", and writes nothing.
        assert!(
            matches!(
                svc.save_part(
                    &busan,
                    &p.id,
                    PartKind::Objective,
                    None,
                    json!({"title": {"en": "x"}})
                )
                .await,
                Err(ServiceError::NotFound(_))
            ),
            "{b}"
        );
        assert_eq!(count(svc.projects(&seoul, &all, pg).await), 1, "{b}");
        assert_eq!(count(svc.projects(&admin, &all, pg).await), 1, "{b}");
        // Shown to WeGO: Chengdu (a WeGO member) sees it, Busan (not in WeGO) does not.
        let mut to_wego = project("seoul", "Smart street lighting");
        to_wego.visibility = Some("network".into());
        to_wego.network = Some("wego".into());
        svc_ok(svc.update_project(&seoul, &p.id, to_wego).await);
        assert_eq!(count(svc.projects(&chengdu, &all, pg).await), 1, "{b}");
        assert_eq!(count(svc.projects(&busan, &all, pg).await), 0, "{b}");
        let seen = svc_ok(svc.project_page(&chengdu, &p.id).await);
        assert_eq!(seen.role, None);
        assert!(seen.members.is_empty(), "{b}: the team is the team's");
        assert_eq!(seen.parts.risks.len(), 1);
        // Seeing is not editing: refused, and the refusal audited.
        assert!(
            matches!(
                svc.save_part(
                    &chengdu,
                    &p.id,
                    PartKind::Objective,
                    None,
                    json!({"title": {"en": "x"}})
                )
                .await,
                Err(ServiceError::Denied(Denied::Forbidden))
            ),
            "{b}"
        );
        // Public: everyone.
        let mut public = project("seoul", "Smart street lighting");
        public.visibility = Some("public".into());
        svc_ok(svc.update_project(&seoul, &p.id, public).await);
        assert_eq!(count(svc.projects(&anon, &all, pg).await), 1, "{b}");
        assert!(
            svc_ok(svc.projects_of_city(&anon, "seoul").await)
                .iter()
                .any(|x| x.id == p.id)
        );
        // Only owners change who sees it.
        assert!(
            matches!(
                svc.update_project(&chengdu, &p.id, project("seoul", "Mine now"))
                    .await,
                Err(ServiceError::Denied(Denied::Forbidden))
            ),
            "{b}"
        );
        let audit = svc_ok(svc.audit_log(&admin, Paging::default()).await);
        assert!(
            audit
                .items
                .iter()
                .any(|r| r.action == "project.objective.save"
                    && r.outcome == domain::auth::Outcome::Denied),
            "{b}: the refusal is in the audit log"
        );
        assert!(
            audit
                .items
                .iter()
                .any(|r| r.action == "project.update" && r.outcome == domain::auth::Outcome::Ok),
            "{b}"
        );
    }
}

#[tokio::test]
async fn partners_and_members_get_the_rights_given_and_are_told_by_email() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, seoul) = people(&svc).await;
        let samsung = editor_of(&svc, &admin, "samsung-sds").await;
        let busan = editor_of(&svc, &admin, "busan").await;
        let p = svc_ok(
            svc.create_project(&seoul, project("seoul", "Waste collection"))
                .await,
        );
        // An invitation with owner rights is refused; so is a second one.
        assert!(matches!(
            svc.invite_partner(&seoul, &p.id, "samsung-sds", "owner").await,
            Err(ServiceError::Invalid(e)) if e.0.contains_key("role")
        ));
        svc_ok(
            svc.invite_partner(&seoul, &p.id, "samsung-sds", "editor")
                .await,
        );
        assert!(matches!(
            svc.invite_partner(&seoul, &p.id, "samsung-sds", "viewer").await,
            Err(ServiceError::Conflict(e)) if e.0.contains_key("org")
        ));
        // Invited, not yet a partner: the project stays hidden.
        assert!(matches!(
            svc.project_page(&samsung, &p.id).await,
            Err(ServiceError::NotFound(_))
        ));
        let waiting = svc_ok(svc.partner_invitations(&samsung).await);
        assert_eq!(waiting.len(), 1, "{b}");
        // Only the invited organization's editors answer.
        assert!(matches!(
            svc.answer_partner(&busan, &p.id, "samsung-sds", true).await,
            Err(ServiceError::Denied(Denied::Forbidden))
        ));
        svc_ok(
            svc.answer_partner(&samsung, &p.id, "samsung-sds", true)
                .await,
        );
        let page = svc_ok(svc.project_page(&samsung, &p.id).await);
        assert_eq!(page.role, Some(domain::driver::TeamRole::Editor), "{b}");
        svc_ok(
            svc.save_part(
                &samsung,
                &p.id,
                PartKind::UseCase,
                None,
                json!({"title": {"en": "Route sensors"}}),
            )
            .await,
        );
        // Editors do not sign gates or invite.
        assert!(matches!(
            svc.sign_gate(&samsung, &p.id, "discover", "").await,
            Err(ServiceError::Denied(Denied::Forbidden))
        ));
        // A member added by address; an unknown address is named.
        assert!(matches!(
            svc.set_team_member(&seoul, &p.id, "nobody@x.test", "viewer").await,
            Err(ServiceError::Invalid(e)) if e.0.contains_key("email")
        ));
        svc_ok(
            svc.set_team_member(&seoul, &p.id, "editor@busan.test", "viewer")
                .await,
        );
        let page = svc_ok(svc.project_page(&busan, &p.id).await);
        assert_eq!(page.role, Some(domain::driver::TeamRole::Viewer));
        assert!(matches!(
            svc.save_part(
                &busan,
                &p.id,
                PartKind::UseCase,
                None,
                json!({"title": {"en": "x"}})
            )
            .await,
            Err(ServiceError::Denied(Denied::Forbidden))
        ));
        // The team keeps an owner.
        let owner = page
            .members
            .iter()
            .find(|m| m.role == domain::driver::TeamRole::Owner)
            .unwrap()
            .user_id
            .clone();
        assert!(matches!(
            svc.remove_team_member(&seoul, &p.id, &owner).await,
            Err(ServiceError::Conflict(_))
        ));
        // A comment addressed to the viewer, who may comment too.
        let busan_id = busan.user().unwrap().user_id.clone();
        svc_ok(
            svc.save_part(
                &seoul,
                &p.id,
                PartKind::Comment,
                None,
                json!({"body": "Can Busan share its bins data?", "to": [busan_id]}),
            )
            .await,
        );
        assert!(matches!(
            svc.save_part(&seoul, &p.id, PartKind::Comment, None, json!({"body": "x", "to": ["u-not-in-team"]})).await,
            Err(ServiceError::Invalid(e)) if e.0.contains_key("to")
        ));
        // The messages: the partner's editors, the new member, the comment's addressee.
        let sink = citydriver_services::testing::SmtpSink::start()
            .await
            .unwrap();
        let cfg = mail_cfg(sink.port);
        svc_ok(svc.send_pending_mail(&cfg, 100).await);
        let mails: Vec<_> = sink.messages().iter().map(|m| decode_mail(m)).collect();
        let to = |addr: &str, what: &str| {
            mails.iter().any(|(h, s, body)| {
                h.contains(addr)
                    && s.contains(what)
                    && body.contains("http://cd.test/projects/seoul-waste-collection")
            })
        };
        assert!(to("editor@samsung-sds.test", "invited"), "{b}: {mails:?}");
        assert!(to("editor@busan.test", "team"), "{b}: {mails:?}");
        assert!(to("editor@busan.test", "comment"), "{b}: {mails:?}");
        assert!(
            mails
                .iter()
                .any(|(_, _, body)| body.contains("> Can Busan share its bins data?")),
            "{b}"
        );
        assert_eq!(mails.len(), 3, "{b}: {mails:?}");
    }
}

#[tokio::test]
async fn a_gate_with_a_missing_part_is_not_signed_and_signing_moves_the_project_on() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, seoul) = people(&svc).await;
        let p = svc_ok(
            svc.create_project(&seoul, project("seoul", "Traffic management"))
                .await,
        );
        svc_ok(
            svc.set_team_member(&seoul, &p.id, "admin@wego.test", "viewer")
                .await,
        );
        match svc.sign_gate(&seoul, &p.id, "discover", "").await {
            Err(ServiceError::Invalid(e)) => {
                assert!(
                    e.0.contains_key("readiness") && e.0.contains_key("problem"),
                    "{b}: {e:?}"
                )
            }
            other => panic!("{b}: {other:?}"),
        }
        // Bad input names the field and writes nothing.
        assert!(matches!(
            svc.assess_readiness(&seoul, &p.id, BTreeMap::new(), false).await,
            Err(ServiceError::Invalid(e)) if e.0.contains_key("answers.data-open")
        ));
        svc_ok(svc.assess_readiness(&seoul, &p.id, answers(2), false).await);
        svc_ok(
            svc.save_part(
                &seoul,
                &p.id,
                PartKind::Plan,
                None,
                json!({"problem": {"ko": "교통 혼잡"}}),
            )
            .await,
        );
        // The wrong stage is a conflict, not a sign-off.
        assert!(matches!(
            svc.sign_gate(&seoul, &p.id, "plan", "").await,
            Err(ServiceError::Conflict(e)) if e.0.contains_key("stage")
        ));
        let moved = svc_ok(
            svc.sign_gate(&seoul, &p.id, "discover", "Ready to plan")
                .await,
        );
        assert_eq!(moved.stage, domain::driver::Stage::Plan, "{b}");
        // Signing twice (a second click) changes nothing.
        assert!(matches!(
            svc.sign_gate(&seoul, &p.id, "discover", "").await,
            Err(ServiceError::Conflict(_))
        ));
        let page = svc_ok(svc.project_page(&seoul, &p.id).await);
        assert_eq!(page.gates.len(), 1);
        assert_eq!(page.gates[0].stage, domain::driver::Stage::Discover);
        assert_eq!(page.gates[0].note, "Ready to plan");
        assert!(page.gates[0].checklist.iter().all(|(_, met)| *met));
        assert_eq!(
            page.checklist
                .iter()
                .map(|(i, _)| i.as_str())
                .collect::<Vec<_>>(),
            vec!["objectives", "use_cases", "stakeholders", "risks"]
        );
        // The sign-off is in the outbox for the rest of the team, in the audit log too.
        let sink = citydriver_services::testing::SmtpSink::start()
            .await
            .unwrap();
        svc_ok(svc.send_pending_mail(&mail_cfg(sink.port), 100).await);
        let mails: Vec<_> = sink.messages().iter().map(|m| decode_mail(m)).collect();
        assert!(
            mails
                .iter()
                .any(|(h, s, _)| h.contains("admin@wego.test") && s.contains("Discover")),
            "{b}: {mails:?}"
        );
        let audit = svc_ok(svc.audit_log(&admin, Paging::default()).await);
        assert!(audit.items.iter().any(|r| r.action == "project.gate.sign"));
    }
}

#[tokio::test]
async fn the_benchmark_needs_five_sharing_peers_and_keeps_answers_private() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, _) = people(&svc).await;
        let da_nang = editor_of(&svc, &admin, "da-nang").await;
        let own = svc_ok(
            svc.create_project(&da_nang, project("da-nang", "Street lighting"))
                .await,
        );
        svc_ok(
            svc.assess_readiness(&da_nang, &own.id, answers(3), false)
                .await,
        );
        // ASCN peers assess; four share, one does not.
        let peers = ["hanoi", "bangkok", "jakarta", "manila", "singapore"];
        for (i, city) in peers.iter().enumerate() {
            let p = svc_ok(svc.create_project(&admin, project(city, "Readiness")).await);
            let shared = i < 4;
            svc_ok(
                svc.assess_readiness(&admin, &p.id, answers(i as u8), shared)
                    .await,
            );
        }
        let r = svc_ok(svc.readiness(&da_nang, &own.id).await);
        assert_eq!(
            r.network,
            Some(domain::driver::readiness::Benchmark::TooFew { peers: 4 }),
            "{b}: four sharing cities are too few"
        );
        // A fifth shares (a later assessment of the city that did not).
        let singapore = svc_ok(
            svc.projects(
                &admin,
                &ProjectFilter {
                    city: Some("singapore".into()),
                    ..Default::default()
                },
                Paging::default(),
            )
            .await,
        );
        svc_ok(
            svc.assess_readiness(&admin, &singapore.items[0].0.id, answers(4), true)
                .await,
        );
        let r = svc_ok(svc.readiness(&da_nang, &own.id).await);
        match &r.network {
            Some(domain::driver::readiness::Benchmark::Percentiles {
                peers, percentiles, ..
            }) => {
                assert_eq!(*peers, 5, "{b}");
                // Peers at 0, 25, 50, 75 and Singapore's 100; Da Nang at 75: three below, one
                // tie counted half, of five.
                assert_eq!(
                    percentiles[&domain::driver::readiness::Dimension::Data],
                    70.0
                );
            }
            other => panic!("{b}: {other:?}"),
        }
        // Viet Nam has one other assessing city: too few.
        assert!(matches!(
            r.country,
            Some(domain::driver::readiness::Benchmark::TooFew { .. })
        ));
        // The region: South-eastern Asia, where every ASCN peer is; a city of Eastern Asia
        // that shares does not count.
        assert_eq!(r.region_key, Some("south-eastern-asia"), "{b}");
        let in_region = |r: &citydriver_services::driver::readiness::Readiness| match &r.region {
            Some(domain::driver::readiness::Benchmark::Percentiles { peers, .. }) => *peers,
            other => panic!("{b}: {other:?}"),
        };
        let before = in_region(&r);
        assert!(before >= 5, "{b}: {before}");
        let seoul = svc_ok(
            svc.create_project(&admin, project("seoul", "Readiness"))
                .await,
        );
        svc_ok(
            svc.assess_readiness(&admin, &seoul.id, answers(1), true)
                .await,
        );
        let r = svc_ok(svc.readiness(&da_nang, &own.id).await);
        assert_eq!(
            in_region(&r),
            before,
            "{b}: Seoul is not in South-eastern Asia"
        );
        // Another city's team never reads Da Nang's answers, even of a public project.
        let mut public = project("da-nang", "Street lighting");
        public.visibility = Some("public".into());
        svc_ok(svc.update_project(&da_nang, &own.id, public).await);
        let seen = svc_ok(svc.readiness(&Actor::Anonymous, &own.id).await);
        assert!(seen.assessments[0].answers.is_empty(), "{b}");
        assert!(!seen.assessments[0].scores.is_empty(), "{b}");
    }
}

/// A project from a template, its KPI values from a file, then in Operate: its team drafts the
/// best-practice case, prefilled, linked both ways, once.
#[tokio::test]
async fn a_project_in_operate_becomes_a_prefilled_draft_case_of_its_city() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, seoul) = people(&svc).await;
        let busan = editor_of(&svc, &admin, "busan").await;
        let mut input = project("seoul", "Lamps");
        input.template = Some("street_lighting".into());
        input.languages = vec!["ko".into(), "en".into()];
        let p = svc_ok(svc.create_project(&seoul, input).await);
        let page = svc_ok(svc.project_page(&seoul, &p.id).await);
        assert_eq!(page.parts.kpis.len(), 3, "{b}: the template's KPIs");
        assert!(page.parts.plan.problem.get_exact(Lang::Ko).is_some(), "{b}");
        assert!(page.parts.plan.problem.get_exact(Lang::Fr).is_none(), "{b}");
        // Values from a file; a bad line takes nothing.
        let kpi = &page.parts.kpis[0].0;
        let bad = format!("kpi,date,value\n{kpi},2027-01-01,80\n{kpi},soon,70\n");
        assert!(matches!(
            svc.import_kpi_values(&seoul, &p.id, "v.csv", bad.as_bytes()).await,
            Err(ServiceError::Invalid(e)) if e.0.contains_key("line 3: date")
        ));
        let good = format!("kpi,date,value\n{kpi},2027-01-01,80\n{kpi},2027-06-01,62.5\n");
        let r = svc_ok(
            svc.import_kpi_values(&seoul, &p.id, "v.csv", good.as_bytes())
                .await,
        );
        assert_eq!((r.kpis, r.values), (1, 2), "{b}");
        assert!(
            matches!(
                svc.import_kpi_values(&busan, &p.id, "v.csv", good.as_bytes())
                    .await,
                Err(ServiceError::NotFound(_))
            ),
            "{b}: another city's editor does not see a team project"
        );
        // Not in Operate yet: refused, naming the stage.
        assert!(matches!(
            svc.practice_from_project(&seoul, &p.id).await,
            Err(ServiceError::Conflict(e)) if e.0.contains_key("stage")
        ));
        let now = domain::time::now_micros();
        store::driver::set_stage(
            &svc.store.db,
            &p.id,
            domain::driver::Stage::Operate,
            Some(now),
            now,
        )
        .await
        .unwrap();
        let case = svc_ok(svc.practice_from_project(&seoul, &p.id).await);
        assert!(case.published_at.is_none(), "{b}: a draft first");
        assert_eq!(case.city, "seoul");
        let ko_results = case
            .results
            .get_exact(Lang::Ko)
            .unwrap_or_default()
            .to_string();
        assert!(
            ko_results.contains("100 % → 62.5 % (2027-06-01"),
            "{b}: {ko_results}"
        );
        assert!(case.problem.get_exact(Lang::Ko).is_some(), "{b}");
        assert!(
            case.results.get_exact(Lang::Fr).is_none(),
            "{b}: only the team's languages"
        );
        // Linked both ways; a second click drafts nothing more.
        let page = svc_ok(svc.project_page(&seoul, &p.id).await);
        assert_eq!(
            page.project.practice.as_deref(),
            Some(case.id.as_str()),
            "{b}"
        );
        assert!(matches!(
            svc.practice_from_project(&seoul, &p.id).await,
            Err(ServiceError::Conflict(e)) if e.0.contains_key("practice")
        ));
        let shown = svc_ok(svc.practice_page(&seoul, &case.id).await);
        assert_eq!(shown.projects.len(), 1, "{b}");
        // The draft is the city's: nobody else sees it; published, everyone does, but the
        // project stays its team's.
        assert!(matches!(
            svc.practice_page(&Actor::Anonymous, &case.id).await,
            Err(ServiceError::NotFound(_))
        ));
        svc_ok(svc.publish_practice(&seoul, &case.id, true).await);
        let public = svc_ok(svc.practice_page(&Actor::Anonymous, &case.id).await);
        assert!(
            public.projects.is_empty(),
            "{b}: a team project is not named to the public"
        );
    }
}
