//! Use cases end to end on each backend: demo, access rules, audit, import.

use citydriver_services::accounts::SignUp;
use citydriver_services::directory::Format;
use citydriver_services::{Config, ServiceError, Services};
use domain::auth::{Actor, Denied};
use domain::directory::OrganizationInput;
use domain::{I18nText, Lang, Paging};
use store::testing::{backends, fresh};

async fn services(b: &str) -> (Services, store::testing::TestDb) {
    let (s, g) = fresh(b).await.unwrap();
    (Services::new(s, Config::default()), g)
}

/// An admin (through the bootstrap invitation) and an editor of Seoul.
async fn people(svc: &Services) -> (Actor, Actor) {
    let boot = svc.bootstrap_invitation().await.unwrap().unwrap();
    let admin_session = svc
        .accept_invitation(
            &boot,
            SignUp {
                email: "admin@wego.test".into(),
                display_name: "Admin".into(),
                password: "long enough password".into(),
            },
        )
        .await
        .unwrap();
    let admin = svc.session_actor(&admin_session).await.unwrap();
    assert!(admin.is_admin());
    let inv = svc
        .create_invitation(&admin, "editor@seoul.test", "member", Some("seoul"))
        .await
        .unwrap();
    let s = svc
        .accept_invitation(
            &inv,
            SignUp {
                email: "ignored@x.test".into(),
                display_name: "Ed".into(),
                password: "another long password".into(),
            },
        )
        .await
        .unwrap();
    let editor = svc.session_actor(&s).await.unwrap();
    assert_eq!(
        editor.user().unwrap().email,
        "editor@seoul.test",
        "the invited address is kept"
    );
    (admin, editor)
}

fn input(name: &str) -> OrganizationInput {
    OrganizationInput {
        kind: Some("local_government".into()),
        names: I18nText::en(name),
        country: Some("KR".into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn demo_loads_once_with_the_facts() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        let c = svc.load_demo_if_empty().await.unwrap().unwrap();
        assert!(c.organizations >= 40, "{b}");
        assert!(
            svc.load_demo_if_empty().await.unwrap().is_none(),
            "{b}: second load does nothing"
        );
        let ascn = svc.network_page("ascn").await.unwrap();
        let pilots = ascn
            .members
            .iter()
            .filter(|(m, _)| m.role == domain::directory::MembershipRole::PilotCity)
            .count();
        assert_eq!(pilots, 26, "{b}");
        let neascn = svc.network_page("neascn").await.unwrap();
        assert_eq!(
            neascn.network.status,
            domain::directory::NetworkStatus::Forming
        );
        assert_eq!(neascn.parent.unwrap().id, "wego");
        let seoul = svc.get_org("seoul").await.unwrap();
        assert_eq!(seoul.names.get_exact(Lang::Ko), Some("서울특별시"));
    }
}

#[tokio::test]
async fn editors_edit_their_organization_only_and_everything_is_audited() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let before = svc
            .audit_log(&admin, Paging::of(1, 500))
            .await
            .unwrap()
            .total;

        let mut seoul = input("Seoul");
        seoul.names = seoul.names.with(Lang::Ko, "서울");
        let v = svc.update_org(&editor, "seoul", seoul).await.unwrap();
        assert_eq!(v.names.get_exact(Lang::Ko), Some("서울"));

        let err = svc
            .update_org(&editor, "busan", input("Busan!"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, ServiceError::Denied(Denied::Forbidden)),
            "{b}"
        );
        assert_eq!(
            svc.get_org("busan")
                .await
                .unwrap()
                .names
                .get_exact(Lang::En),
            Some("Busan"),
            "{b}: unchanged"
        );

        let err = svc
            .update_org(&Actor::Anonymous, "seoul", input("X"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, ServiceError::Denied(Denied::Unauthenticated)),
            "{b}"
        );
        let err = svc
            .create_org(&editor, input("New City"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, ServiceError::Denied(Denied::Forbidden)),
            "{b}"
        );

        let log = svc.audit_log(&admin, Paging::of(1, 500)).await.unwrap();
        let after = log.total;
        let log = log.items;
        // The update, and the two refusals of the signed-in editor (anonymous refusals are not logged).
        assert_eq!(after - before, 3, "{b}");
        let upd = log
            .iter()
            .find(|e| e.action == "organization.update" && e.outcome == domain::auth::Outcome::Ok)
            .unwrap();
        assert!(
            upd.before.as_deref().unwrap().contains("서울특별시"),
            "{b}: before kept"
        );
        assert!(
            upd.after.as_deref().unwrap().contains("\"서울\""),
            "{b}: after kept"
        );
        assert_eq!(
            log.iter()
                .filter(|e| e.outcome == domain::auth::Outcome::Denied)
                .count(),
            2,
            "{b}"
        );
        assert!(
            svc.audit_log(&editor, Paging::of(1, 10)).await.is_err(),
            "{b}: editors do not read the audit log"
        );
    }
}

#[tokio::test]
async fn bad_input_names_the_field_and_writes_nothing() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, _) = people(&svc).await;
        let n = svc
            .list_orgs(&Default::default(), Paging::of(1, 1))
            .await
            .unwrap()
            .total;
        let mut i = input("Nowhere");
        i.country = Some("XX".into());
        match svc.create_org(&admin, i).await.unwrap_err() {
            ServiceError::Invalid(f) => assert!(f.0.contains_key("country"), "{b}"),
            e => panic!("{b}: {e:?}"),
        }
        match svc
            .create_org(&admin, input(&"n".repeat(10_000_000)))
            .await
            .unwrap_err()
        {
            ServiceError::Invalid(f) => assert!(f.0.contains_key("names.en"), "{b}"),
            e => panic!("{b}: {e:?}"),
        }
        match svc.create_org(&admin, input("Seoul")).await.unwrap_err() {
            ServiceError::Conflict(f) => assert!(f.0.contains_key("id"), "{b}: {f:?}"),
            e => panic!("{b}: {e:?}"),
        }
        assert_eq!(
            svc.list_orgs(&Default::default(), Paging::of(1, 1))
                .await
                .unwrap()
                .total,
            n,
            "{b}"
        );
    }
}

#[tokio::test]
async fn import_is_all_or_nothing_with_line_numbers() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let n = svc
            .list_orgs(&Default::default(), Paging::of(1, 1))
            .await
            .unwrap()
            .total;
        let csv = "id,kind,country,name_en,name_ja,lat,lon\n\
                   osaka,local_government,JP,Osaka,大阪市,34.69,135.50\n\
                   atlantis,local_government,XX,Atlantis,,,\n\
                   osaka,local_government,JP,Osaka again,,,\n\
                   seoul,local_government,KR,Seoul,,,\n\
                   nagoya,city,JP,Nagoya,,abc,\n";
        let r = svc
            .import_directory(&admin, Format::OrganizationsCsv, csv.as_bytes())
            .await
            .unwrap();
        let found: Vec<(u64, &str)> = r
            .problems
            .iter()
            .map(|p| (p.line.unwrap(), p.field.as_str()))
            .collect();
        for want in [
            (3, "country"),
            (4, "id"),
            (5, "id"),
            (6, "kind"),
            (6, "lat"),
        ] {
            assert!(found.contains(&want), "{b}: {want:?} missing in {found:?}");
        }
        assert_eq!(
            svc.list_orgs(&Default::default(), Paging::of(1, 1))
                .await
                .unwrap()
                .total,
            n,
            "{b}: nothing written"
        );

        let mut bytes =
            b"id,kind,country,name_en\nlyon,local_government,FR,Lyon\nx,company,FR,".to_vec();
        bytes.extend_from_slice(&[0xff, 0xfe, b'\n']);
        let r = svc
            .import_directory(&admin, Format::OrganizationsCsv, &bytes)
            .await
            .unwrap();
        assert_eq!(
            (r.problems[0].line, r.problems[0].reason.as_str()),
            (Some(3), "is not valid UTF-8"),
            "{b}"
        );

        let good = "id,kind,country,name_en,name_fr\nlyon,local_government,FR,Lyon,Lyon\n";
        let r = svc
            .import_directory(&admin, Format::OrganizationsCsv, good.as_bytes())
            .await
            .unwrap();
        assert_eq!((r.organizations, r.problems.len()), (1, 0), "{b}");
        let members = "org,network,role,since\nlyon,wego,member,2021\nlyon,nonet,member,\n";
        let r = svc
            .import_directory(&admin, Format::MembershipsCsv, members.as_bytes())
            .await
            .unwrap();
        assert_eq!(r.problems.len(), 1, "{b}: {:?}", r.problems);
        assert_eq!(r.problems[0].line, Some(3));
        let json = r#"{"organizations":[{"id":"nice","kind":"local_government","country":"FR","names":{"fr":"Nice"}}],
                       "memberships":[{"org":"nice","network":"wego","role":"member"}]}"#;
        let r = svc
            .import_directory(&admin, Format::Json, json.as_bytes())
            .await
            .unwrap();
        assert_eq!(
            (r.organizations, r.memberships),
            (1, 1),
            "{b}: {:?}",
            r.problems
        );
        assert!(
            svc.import_directory(&editor, Format::Json, json.as_bytes())
                .await
                .is_err(),
            "{b}: admins only"
        );
    }
}

#[tokio::test]
async fn tokens_carry_scopes_and_can_be_revoked() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        assert!(
            svc.create_token(&editor, "x", "admin").await.is_err(),
            "{b}: members cannot mint admin tokens"
        );
        let (view, secret) = svc.create_token(&editor, "ci", "read").await.unwrap();
        let t = svc.token_actor(&secret).await.unwrap().unwrap();
        assert!(
            matches!(
                svc.update_org(&t, "seoul", input("Seoul")).await,
                Err(ServiceError::Denied(Denied::Forbidden))
            ),
            "{b}"
        );
        svc.revoke_token(&editor, &view.id).await.unwrap();
        assert!(svc.token_actor(&secret).await.unwrap().is_none(), "{b}");
        assert!(
            svc.revoke_token(&admin, &view.id).await.is_err(),
            "{b}: not someone else's"
        );
        assert!(
            svc.login("admin@wego.test", "wrong password!")
                .await
                .is_err()
        );
        assert!(
            svc.login("ADMIN@wego.test", "long enough password")
                .await
                .is_ok()
        );
    }
}

#[tokio::test]
async fn the_whole_demo_with_accounts_round_trips_between_databases_byte_for_byte() {
    let (src, _g) = services("sqlite").await;
    src.load_demo_if_empty().await.unwrap();
    let (admin, editor) = people(&src).await;
    src.create_token(&editor, "ci", "read write:directory")
        .await
        .unwrap();
    let mut seoul = input("Seoul");
    seoul.names = seoul.names.with(Lang::Fr, "Séoul").with(Lang::Ja, "ソウル");
    seoul.lat = Some(37.566_535);
    seoul.lon = Some(126.977_969_2);
    svc_ok(src.update_org(&editor, "seoul", seoul).await);
    svc_ok(src.delete_org(&admin, "kyoto").await);
    let mut first = Vec::new();
    src.store.export(&mut first).await.unwrap();
    let text = String::from_utf8(first.clone()).unwrap();
    assert!(text.lines().count() > 100);
    assert!(!text.contains("\"sessions\""), "logins are not exported");
    for b in backends() {
        let (dst, _g2) = services(b).await;
        dst.store.import(&mut first.as_slice()).await.unwrap();
        let mut second = Vec::new();
        dst.store.export(&mut second).await.unwrap();
        assert!(first == second, "{b}: exports differ");
        // The copy works: the editor signs in with the same password and still edits Seoul only.
        let s = dst
            .login("editor@seoul.test", "another long password")
            .await
            .unwrap();
        let ed = dst.session_actor(&s).await.unwrap();
        assert!(
            dst.update_org(&ed, "busan", input("Busan")).await.is_err(),
            "{b}"
        );
        assert_eq!(
            dst.get_org("seoul").await.unwrap().lat,
            Some(37.566_535),
            "{b}"
        );
    }
}

fn svc_ok<T>(r: Result<T, ServiceError>) -> T {
    r.unwrap_or_else(|e| panic!("{e:?}"))
}

fn event_input(id: &str, capacity: Option<u32>) -> domain::events::EventInput {
    domain::events::EventInput {
        id: Some(id.into()),
        titles: I18nText::en("Smart City 101").with(Lang::Ja, "スマートシティ101"),
        date: Some("2031-07-01".into()),
        start_time: Some("14:00".into()),
        end_time: Some("15:30".into()),
        time_zone: Some("Asia/Tokyo".into()),
        capacity,
        ..Default::default()
    }
}

fn reg(email: &str) -> citydriver_services::events::RegistrationInput {
    citydriver_services::events::RegistrationInput {
        email: Some(email.into()),
        name: Some(format!("Person {email}")),
        lang: Some("ja".into()),
        time_zone: Some("Asia/Tokyo".into()),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn capacity_holds_and_promotions_are_exact_under_concurrency() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, _) = people(&svc).await;
        svc.create_event(
            &admin,
            "sci-j",
            &["wego-secretariat"],
            None,
            event_input("burst", Some(10)),
        )
        .await
        .unwrap();

        // 200 people press "register" at the same moment for 10 seats.
        let mut tasks = Vec::new();
        for i in 0..200 {
            let s = svc.clone();
            tasks.push(tokio::spawn(async move {
                s.register("burst", reg(&format!("p{i}@x.test")), None)
                    .await
            }));
        }
        let mut secrets = Vec::new();
        for t in tasks {
            let r = t.await.unwrap().unwrap();
            secrets.push((r.registration.status, r.manage_secret.unwrap()));
        }
        let c = svc.registration_counts("burst").await.unwrap();
        assert_eq!((c.confirmed, c.waitlisted), (10, 190), "{b}");
        assert_eq!(
            secrets
                .iter()
                .filter(|(s, _)| s.as_str() == "confirmed")
                .count(),
            10,
            "{b}: what people were told matches"
        );
        let mails = store::outbox::read_after(&svc.store.db, 0, 10_000)
            .await
            .unwrap()
            .into_iter()
            .filter(|o| o.topic == "email")
            .count();
        assert_eq!(
            mails, 200,
            "{b}: one message per registration, written with it"
        );

        // A double click and retries: the same registration, never a second one.
        let mut tasks = Vec::new();
        for _ in 0..20 {
            let s = svc.clone();
            tasks.push(tokio::spawn(async move {
                s.register("burst", reg("twice@x.test"), Some("key-1"))
                    .await
            }));
        }
        let ids: std::collections::BTreeSet<String> = futures_ids(tasks).await;
        assert_eq!(ids.len(), 1, "{b}");
        assert_eq!(
            svc.registration_counts("burst").await.unwrap().waitlisted,
            191,
            "{b}"
        );

        // Five confirmed people and five waiting people cancel at the same moment.
        let waiting_before = svc.waiting_list("burst").await.unwrap();
        let confirmed: Vec<String> = secrets
            .iter()
            .filter(|(s, _)| s.as_str() == "confirmed")
            .take(5)
            .map(|(_, k)| k.clone())
            .collect();
        let mut waiting_secrets = Vec::new();
        for (status, secret) in &secrets {
            if status.as_str() == "waitlisted" {
                let r = svc.registration_by_secret(secret).await.unwrap();
                // Cancel people far down the list, so the promoted ones are the first five.
                if waiting_before.iter().position(|w| w.id == r.id).unwrap() >= 100
                    && waiting_secrets.len() < 5
                {
                    waiting_secrets.push(secret.clone());
                }
            }
        }
        let mut tasks = Vec::new();
        for s in confirmed.into_iter().chain(waiting_secrets) {
            let svc = svc.clone();
            tasks.push(tokio::spawn(
                async move { svc.cancel_registration(&s).await },
            ));
        }
        let mut promoted = Vec::new();
        for t in tasks {
            promoted.extend(t.await.unwrap().unwrap().1);
        }
        promoted.sort();
        let mut expected: Vec<String> = waiting_before
            .iter()
            .take(5)
            .map(|w| w.id.clone())
            .collect();
        expected.sort();
        assert_eq!(
            promoted, expected,
            "{b}: exactly the first five of the waiting list, once each"
        );
        let c = svc.registration_counts("burst").await.unwrap();
        assert_eq!(
            (c.confirmed, c.waitlisted, c.cancelled),
            (10, 181, 10),
            "{b}"
        );
    }
}

async fn futures_ids(
    tasks: Vec<
        tokio::task::JoinHandle<Result<citydriver_services::events::Registered, ServiceError>>,
    >,
) -> std::collections::BTreeSet<String> {
    let mut ids = std::collections::BTreeSet::new();
    for t in tasks {
        ids.insert(t.await.unwrap().unwrap().registration.id);
    }
    ids
}

#[tokio::test]
async fn registration_rules_audiences_and_moderation() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        // Seoul's editor may organize for Seoul, not for SCI-J.
        assert!(
            matches!(
                svc.create_event(&editor, "sci-j", &[], None, event_input("x", None))
                    .await,
                Err(ServiceError::Denied(_))
            ),
            "{b}"
        );
        let mut japan = event_input("japan-only", Some(2));
        japan.audience = Some("country".into());
        japan.audience_value = Some("JP".into());
        japan.moderated = Some(true);
        svc.create_event(&admin, "sci-j", &["wego-secretariat"], None, japan)
            .await
            .unwrap();
        let mut from_korea = reg("a@x.test");
        from_korea.org_id = Some("busan".into());
        match svc.register("japan-only", from_korea, None).await {
            Err(ServiceError::Invalid(f)) => assert!(f.0["country"].contains("JP"), "{b}"),
            other => panic!("{b}: {other:?}"),
        }
        let mut from_kyoto = reg("k@x.test");
        from_kyoto.org_id = Some("kyoto".into());
        from_kyoto.attendee_type = Some("observer".into());
        let r = svc.register("japan-only", from_kyoto, None).await.unwrap();
        assert_eq!(r.registration.status.as_str(), "pending", "{b}: moderated");
        let (approved, _) = svc
            .decide_registration(&admin, &r.registration.id, RegStatusAlias::Confirmed)
            .await
            .unwrap();
        assert_eq!(approved.status.as_str(), "confirmed", "{b}");
        assert!(
            svc.decide_registration(&editor, &r.registration.id, RegStatusAlias::Rejected)
                .await
                .is_err(),
            "{b}: not Seoul's event"
        );
        let bad = citydriver_services::events::RegistrationInput {
            email: Some("nope".into()),
            lang: Some("xx".into()),
            time_zone: Some("Moon/Base".into()),
            ..Default::default()
        };
        match svc.register("japan-only", bad, None).await {
            Err(ServiceError::Invalid(f)) => {
                for k in ["email", "name", "lang", "time_zone"] {
                    assert!(f.0.contains_key(k), "{b}: {k} in {f:?}");
                }
            }
            other => panic!("{b}: {other:?}"),
        }
        assert!(
            matches!(
                svc.register("nope", reg("z@x.test"), None).await,
                Err(ServiceError::NotFound(_))
            ),
            "{b}"
        );
    }
}

use domain::events::RegStatus as RegStatusAlias;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_reach_a_real_smtp_server_once_in_the_attendees_language_and_zone() {
    use citydriver_services::mail::{MailConfig, Transport};
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, _) = people(&svc).await;
        svc.create_event(
            &admin,
            "sci-j",
            &[],
            None,
            event_input("mail-test", Some(1)),
        )
        .await
        .unwrap();
        let sink = citydriver_services::testing::SmtpSink::start()
            .await
            .unwrap();
        let cfg = MailConfig {
            transport: Transport::Smtp {
                host: "127.0.0.1".into(),
                port: sink.port,
                starttls: false,
                credentials: None,
            },
            from: "WeGO <noreply@wego.test>".into(),
            public_url: "http://cd.test".into(),
        };
        let mut ja = reg("yamada@kyoto.test");
        ja.time_zone = Some("Europe/Paris".into());
        let first = svc.register("mail-test", ja, None).await.unwrap();
        let mut fr = reg("dupont@lyon.test");
        fr.lang = Some("fr".into());
        svc.register("mail-test", fr, None).await.unwrap();
        assert_eq!(svc.send_pending_mail(&cfg, 100).await.unwrap(), 2, "{b}");
        assert_eq!(
            svc.send_pending_mail(&cfg, 100).await.unwrap(),
            0,
            "{b}: nothing sent twice"
        );
        svc.cancel_registration(first.manage_secret.as_deref().unwrap())
            .await
            .unwrap();
        assert_eq!(
            svc.send_pending_mail(&cfg, 100).await.unwrap(),
            2,
            "{b}: the cancellation and the promotion"
        );
        let mut msgs: Vec<(String, String, String)> =
            sink.messages().iter().map(|m| decode_mail(m)).collect();
        assert_eq!(msgs.len(), 4, "{b}");
        // Each round's messages leave together: in a round, the order is the recipients'.
        msgs[..2].sort_by_key(|m| !m.0.contains("To: yamada@kyoto.test"));
        msgs[2..].sort_by_key(|m| !m.0.contains("To: yamada@kyoto.test"));
        let (headers, subject, body) = &msgs[0];
        // Japanese, with the time in the attendee's zone (14:00 Tokyo = 07:00 Paris in July).
        assert!(headers.contains("To: yamada@kyoto.test"), "{b}");
        assert_eq!(subject, "参加登録完了：スマートシティ101", "{b}");
        assert!(
            body.contains("2031-07-01 07:00–08:30 (Europe/Paris)"),
            "{b}: {body}"
        );
        assert!(
            body.contains(&format!(
                "http://cd.test/r/{}",
                first.manage_secret.as_deref().unwrap()
            )),
            "{b}: the self-service link"
        );
        assert!(
            msgs[1].0.contains("To: dupont@lyon.test") && msgs[1].2.contains("liste d'attente"),
            "{b}: {:?}",
            msgs[1]
        );
        assert!(msgs[2].1.contains("参加登録を取り消しました"), "{b}");
        assert!(
            msgs[3].0.contains("To: dupont@lyon.test")
                && msgs[3].1.starts_with("Une place vous est attribuée"),
            "{b}: promoted"
        );
        let ids: std::collections::BTreeSet<&str> = msgs
            .iter()
            .filter_map(|m| m.0.lines().find(|l| l.starts_with("Message-ID: <outbox-")))
            .collect();
        assert_eq!(ids.len(), 4, "{b}: one Message-ID per outbox entry");
    }
}

/// Headers, decoded subject and decoded body of a message as the SMTP server received it,
/// read by an independent MIME parser.
fn decode_mail(raw: &str) -> (String, String, String) {
    let msg = mail_parser::MessageParser::default()
        .parse(raw.as_bytes())
        .expect("a parseable message");
    let headers = raw
        .split_once("\n\n")
        .map(|(h, _)| h)
        .unwrap_or(raw)
        .to_string();
    let subject = msg.subject().unwrap_or("").to_string();
    let body = msg.body_text(0).map(|b| b.to_string()).unwrap_or_default();
    (headers, subject, body)
}

fn mail_cfg(port: u16) -> citydriver_services::mail::MailConfig {
    citydriver_services::mail::MailConfig {
        transport: citydriver_services::mail::Transport::Smtp {
            host: "127.0.0.1".into(),
            port,
            starttls: false,
            credentials: None,
        },
        from: "WeGO <noreply@wego.test>".into(),
        public_url: "http://cd.test".into(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitations_register_the_invited_address_only() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let mut inv_only = event_input("neascn-prep", Some(10));
        inv_only.audience = Some("invitation".into());
        svc.create_event(&admin, "wego-secretariat", &[], None, inv_only)
            .await
            .unwrap();
        // Without an invitation: refused with the field and the reason, nothing written.
        match svc
            .register("neascn-prep", reg("walk-in@x.test"), None)
            .await
        {
            Err(ServiceError::Invalid(f)) => assert!(f.0.contains_key("invitation"), "{b}"),
            other => panic!("{b}: {other:?}"),
        }
        // Only organizers invite.
        let one = citydriver_services::events::attendance::InviteInput {
            email: Some("Mayor@Busan.test".into()),
            name: Some("Mayor of Busan".into()),
            lang: Some("ko".into()),
        };
        assert!(
            matches!(
                svc.invite(&editor, "neascn-prep", one.clone()).await,
                Err(ServiceError::Denied(_))
            ),
            "{b}"
        );
        let invited = svc_ok(svc.invite(&admin, "neascn-prep", one.clone()).await);
        assert!(!invited.repeated);
        assert!(
            svc_ok(svc.invite(&admin, "neascn-prep", one).await).repeated,
            "{b}"
        );
        // A CSV: a bad line means nobody is invited, and the line is named.
        let bad = "email,name,lang\nok@x.test,OK,ja\nnot-an-address,Bad,en\nx@y.test,X,klingon\n";
        match svc.invite_csv(&admin, "neascn-prep", bad.as_bytes()).await {
            Err(ServiceError::Invalid(f)) => {
                assert!(f.0.contains_key("line 3: email"), "{b}: {f:?}");
                assert!(f.0.contains_key("line 4: lang"), "{b}: {f:?}");
            }
            other => panic!("{b}: {other:?}"),
        }
        assert_eq!(
            svc_ok(svc.invitations(&admin, "neascn-prep").await).len(),
            1,
            "{b}"
        );
        let good = "\u{feff}Email,Name,Lang\r\nyamada@kyoto.test,山田,ja\r\nmayor@busan.test,,ko\r\nyamada@kyoto.test,again,ja\r\n";
        let rep = svc_ok(svc.invite_csv(&admin, "neascn-prep", good.as_bytes()).await);
        assert_eq!((rep.invited, rep.already), (1, 2), "{b}");
        assert!(
            matches!(
                svc.invite_csv(&admin, "neascn-prep", b"name\nx").await,
                Err(ServiceError::Invalid(_))
            ),
            "{b}: no email column"
        );
        assert!(
            matches!(
                svc.invite_csv(&admin, "neascn-prep", b"email\n\xff\xfe")
                    .await,
                Err(ServiceError::Invalid(_))
            ),
            "{b}: not UTF-8"
        );
        // The invitation e-mail carries the link; the link registers its address only.
        let sink = citydriver_services::testing::SmtpSink::start()
            .await
            .unwrap();
        assert_eq!(
            svc_ok(svc.send_pending_mail(&mail_cfg(sink.port), 100).await),
            2,
            "{b}"
        );
        let msgs: Vec<_> = sink.messages().iter().map(|m| decode_mail(m)).collect();
        let (_, subject, body) = msgs
            .iter()
            .find(|m| m.0.contains("To: mayor@busan.test"))
            .expect("the mayor's invitation");
        assert_eq!(subject, "초대: Smart City 101", "{b}");
        let secret = svc_ok(svc.invitation_secret(&invited.invitation.id).await);
        assert!(
            body.contains(&format!(
                "http://cd.test/events/neascn-prep/register?invitation={secret}"
            )),
            "{b}: {body}"
        );
        let mut other = reg("someone-else@x.test");
        other.invitation = Some(secret.clone());
        match svc.register("neascn-prep", other, None).await {
            Err(ServiceError::Invalid(f)) => assert!(f.0.contains_key("email"), "{b}"),
            other => panic!("{b}: {other:?}"),
        }
        let mut forged = reg("mayor@busan.test");
        forged.invitation = Some("0".repeat(64));
        assert!(
            svc.register("neascn-prep", forged, None).await.is_err(),
            "{b}"
        );
        let mut mayor = reg("mayor@busan.test");
        mayor.invitation = Some(secret);
        let r = svc_ok(svc.register("neascn-prep", mayor, None).await);
        assert_eq!(r.registration.status.as_str(), "confirmed", "{b}");
        let invs = svc_ok(svc.invitations(&admin, "neascn-prep").await);
        assert_eq!(
            invs.iter()
                .find(|i| i.email == "mayor@busan.test")
                .and_then(|i| i.registration_id.clone()),
            Some(r.registration.id),
            "{b}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn windows_changes_check_in_export_and_reminders() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let mut later = event_input("later", None);
        later.registration_opens = Some("2031-06-01T09:00".into());
        svc_ok(svc.create_event(&admin, "sci-j", &[], None, later).await);
        match svc.register("later", reg("early@x.test"), None).await {
            Err(ServiceError::Conflict(f)) => {
                assert_eq!(f.0["registration"], "is not open yet", "{b}")
            }
            other => panic!("{b}: {other:?}"),
        }
        let mut soon = event_input("soon", Some(5));
        soon.reminder_minutes = Some(60 * 24 * 10); // 10 days
        svc_ok(svc.create_event(&admin, "sci-j", &[], None, soon).await);
        let a = svc_ok(svc.register("soon", reg("a@x.test"), None).await);
        let mut formula = reg("b@x.test");
        formula.name = Some("=HYPERLINK(\"http://evil\")".into());
        let bee = svc_ok(svc.register("soon", formula, None).await);
        // Self-service change through the link.
        let secret = a.manage_secret.clone().unwrap();
        let changed = svc_ok(
            svc.change_registration(
                &secret,
                citydriver_services::events::attendance::ChangeInput {
                    name: Some("A. Changed".into()),
                    org_name: Some("Kyoto City".into()),
                    attendee_type: Some("press".into()),
                    lang: Some("fr".into()),
                    time_zone: Some("Europe/Paris".into()),
                    ..Default::default()
                },
            )
            .await,
        );
        assert_eq!(
            (
                changed.name.as_str(),
                changed.attendee_type.as_str(),
                changed.lang.tag()
            ),
            ("A. Changed", "press", "fr"),
            "{b}"
        );
        assert!(
            matches!(
                svc.change_registration(
                    &secret,
                    citydriver_services::events::attendance::ChangeInput {
                        name: Some(" ".into()),
                        time_zone: Some("Nowhere/Land".into()),
                        ..Default::default()
                    }
                )
                .await,
                Err(ServiceError::Invalid(f)) if f.0.contains_key("name") && f.0.contains_key("time_zone")
            ),
            "{b}"
        );
        assert_eq!(
            svc_ok(svc.get_event("soon").await).titles.best(Lang::En),
            "Smart City 101"
        );
        // Check-in: organizers only, confirmed only.
        assert!(
            svc.check_in(&editor, &a.registration.id, false)
                .await
                .is_err(),
            "{b}"
        );
        let c = svc_ok(svc.check_in(&admin, &a.registration.id, false).await);
        assert!(c.checked_in_at.is_some(), "{b}");
        // The list and the export: organizers only; formulas are defused.
        let page = svc_ok(
            svc.attendees(&admin, "soon", None, Some("changed"), Paging::default())
                .await,
        );
        assert_eq!(page.total, 1, "{b}");
        assert!(svc.attendees_csv(&editor, "soon").await.is_err(), "{b}");
        let csv = svc_ok(svc.attendees_csv(&admin, "soon").await);
        let mut rd = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2, "{b}");
        assert_eq!(&rows[0][0], "A. Changed");
        assert!(!rows[0][9].is_empty(), "{b}: checked in");
        assert!(rows[1][0].starts_with("'="), "{b}: {:?}", &rows[1]);
        // Reminders: due 10 days before the start; queued once, even when asked twice.
        let ev = svc_ok(svc.get_event("soon").await);
        let before = ev.starts_at - 11 * 24 * 3600 * 1_000_000;
        assert_eq!(svc_ok(svc.queue_due_reminders(before).await), 0, "{b}");
        let due = ev.starts_at - 9 * 24 * 3600 * 1_000_000;
        let (x, y) = tokio::join!(svc.queue_due_reminders(due), svc.queue_due_reminders(due));
        assert_eq!(svc_ok(x) + svc_ok(y), 2, "{b}: one reminder each");
        assert_eq!(svc_ok(svc.queue_due_reminders(due).await), 0, "{b}");
        // Registered after the reminder time (the event starts in two hours, the reminder is a
        // day before): the confirmation is enough, no reminder.
        let in_two_hours = chrono::Utc::now() + chrono::Duration::hours(2);
        let tokyo = in_two_hours.with_timezone(&chrono_tz::Asia::Tokyo);
        let mut late = event_input("late", None);
        late.date = Some(tokyo.format("%Y-%m-%d").to_string());
        late.start_time = Some(tokyo.format("%H:%M").to_string());
        late.end_time = Some(
            (tokyo + chrono::Duration::hours(1))
                .format("%H:%M")
                .to_string(),
        );
        late.reminder_minutes = Some(24 * 60);
        svc_ok(svc.create_event(&admin, "sci-j", &[], None, late).await);
        svc_ok(svc.register("late", reg("late@x.test"), None).await);
        assert_eq!(
            svc_ok(svc.queue_due_reminders(domain::time::now_micros()).await),
            0,
            "{b}"
        );
        let sink = citydriver_services::testing::SmtpSink::start()
            .await
            .unwrap();
        svc_ok(svc.send_pending_mail(&mail_cfg(sink.port), 100).await);
        let msgs: Vec<_> = sink.messages().iter().map(|m| decode_mail(m)).collect();
        let reminder = msgs
            .iter()
            .find(|m| m.1.starts_with("Rappel"))
            .expect("a French reminder");
        assert!(
            reminder.2.contains("2031-07-01 07:00–08:30 (Europe/Paris)"),
            "{b}: in the changed language and zone: {}",
            reminder.2
        );
        let _ = bee;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transcripts_import_search_link_and_export() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        svc_ok(
            svc.create_event(&admin, "sci-j", &[], None, event_input("talk", None))
                .await,
        );
        let rec = svc_ok(
            svc.add_recording(
                &admin,
                "talk",
                citydriver_services::events::recordings::RecordingInput {
                    url: Some("https://www.youtube.com/watch?v=abc123".into()),
                    lang: Some("ja".into()),
                    title: None,
                },
            )
            .await,
        );
        assert!(
            matches!(
                svc.add_recording(&admin, "talk", citydriver_services::events::recordings::RecordingInput {
                    url: Some("javascript:alert(1)".into()), ..Default::default()
                }).await,
                Err(ServiceError::Invalid(f)) if f.0.contains_key("url")
            ),
            "{b}"
        );
        let srt = "\u{feff}1\r\n00:00:01,000 --> 00:00:04,000\r\n<i>スマートシティ</i>の話です\r\n\r\n2\r\n00:01:23,500 --> 00:01:30,000\r\nデータ連携基盤について\r\n";
        assert!(
            svc.import_transcript(&editor, "talk", "ja", "a.srt", srt.as_bytes(), None, false)
                .await
                .is_err(),
            "{b}: not Seoul's event"
        );
        let info = svc_ok(
            svc.import_transcript(
                &admin,
                "talk",
                "ja",
                "a.srt",
                srt.as_bytes(),
                Some(&rec.id),
                false,
            )
            .await,
        );
        assert_eq!(info.cue_count, 2, "{b}");
        // A bad file: refused with its line, and the transcript before stays.
        let bad =
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:00:05.000 --> nonsense\nbroken\n";
        match svc
            .import_transcript(&admin, "talk", "ja", "b.vtt", bad.as_bytes(), None, false)
            .await
        {
            Err(ServiceError::Invalid(f)) => {
                assert!(f.0["file"].starts_with("line 6:"), "{b}: {f:?}")
            }
            other => panic!("{b}: {other:?}"),
        }
        let page = svc_ok(svc.transcript_page("talk", "ja", Some("データ")).await);
        assert_eq!((page.total, page.cues.len()), (2, 1), "{b}");
        assert_eq!(
            page.cues[0].link.as_deref(),
            Some("https://www.youtube.com/watch?v=abc123&t=83s"),
            "{b}"
        );
        let vtt = svc_ok(svc.transcript_webvtt("talk", "ja").await);
        assert!(vtt.starts_with("WEBVTT"), "{b}");
        assert!(
            vtt.contains("00:01:23.500 --> 00:01:30.000\nデータ連携基盤について"),
            "{b}: {vtt}"
        );
        // Back through the parser: the same cues.
        let (_, again) = domain::transcript::parse(vtt.as_bytes()).unwrap();
        assert_eq!(again.len(), 2);
        assert!(matches!(
            svc.transcript_page("talk", "ko", None).await,
            Err(ServiceError::NotFound(_))
        ));
        // Speakers, live or pre-recorded.
        let sp = svc_ok(
            svc.add_speaker(
                &admin,
                "talk",
                citydriver_services::events::recordings::SpeakerInput {
                    name: Some("Speaker One".into()),
                    mode: Some("prerecorded".into()),
                    org_id: Some("kyoto".into()),
                    ..Default::default()
                },
            )
            .await,
        );
        assert_eq!((sp.position, sp.mode.as_str()), (1, "prerecorded"));
        assert!(
            matches!(
                svc.add_speaker(&admin, "talk", citydriver_services::events::recordings::SpeakerInput {
                    mode: Some("hologram".into()), ..Default::default()
                }).await,
                Err(ServiceError::Invalid(f)) if f.0.contains_key("mode") && f.0.contains_key("name")
            ),
            "{b}"
        );
    }
}

#[tokio::test]
async fn practices_are_private_drafts_until_published_and_collections_list_them() {
    use citydriver_services::PracticeFilter;
    use domain::practices::PracticeInput;
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let anon = Actor::Anonymous;
        // The demo: Seoul's four measures of 2020 in the Smart Health Responder.
        let (coll, items) = svc_ok(svc.collection_page(&anon, "smart-health-responder").await);
        assert_eq!(coll.names.best(Lang::Ko), "스마트 헬스 리스폰더", "{b}");
        assert_eq!(items.len(), 4, "{b}");
        assert!(
            items
                .iter()
                .all(|i| i.city.id == "seoul" && i.dated.as_str() == "2020"),
            "{b}"
        );
        // Seoul's editor writes a draft: private to them and admins.
        let input = PracticeInput {
            city: Some("seoul".into()),
            domain: Some("mobility".into()),
            sdgs: vec![11],
            titles: I18nText::en("Night bus routes from call data").with(Lang::Ko, "심야버스 노선"),
            partners: vec!["samsung-sds".into()],
            contacts: vec!["kyong-yul-lee".into()],
            events: vec!["wego-tcs-live-2020".into()],
            started: Some("2013".into()),
            ..Default::default()
        };
        let draft = svc_ok(svc.save_practice(&editor, None, input.clone()).await);
        assert!(draft.published_at.is_none());
        let all = PracticeFilter::default();
        let public = svc_ok(svc.catalogue(&anon, &all, Paging::default()).await);
        assert_eq!(
            public.results.total, 4,
            "{b}: the draft is not counted for the public"
        );
        assert!(!public.results.items.iter().any(|(p, _)| p.id == draft.id));
        assert!(
            public
                .facets
                .iter()
                .all(|(_, v)| v.iter().all(|(k, _)| k != "mobility")),
            "{b}: nor in the facets"
        );
        assert!(
            matches!(
                svc.practice_page(&anon, &draft.id).await,
                Err(ServiceError::NotFound(_))
            ),
            "{b}"
        );
        assert_eq!(
            svc_ok(svc.catalogue(&editor, &all, Paging::default()).await)
                .results
                .total,
            5,
            "{b}"
        );
        assert_eq!(
            svc_ok(svc.catalogue(&admin, &all, Paging::default()).await)
                .results
                .total,
            5,
            "{b}"
        );
        // Nobody else writes Seoul's cases; bad input names its fields and writes nothing.
        let mut busan = input.clone();
        busan.city = Some("busan".into());
        busan.id = Some("busan-case".into());
        assert!(
            matches!(
                svc.save_practice(&editor, None, busan).await,
                Err(ServiceError::Denied(_))
            ),
            "{b}"
        );
        let mut bad = input.clone();
        bad.id = Some("bad-case".into());
        bad.partners = vec!["no-such-org".into()];
        bad.events = vec!["no-such-event".into()];
        match svc.save_practice(&editor, None, bad).await {
            Err(ServiceError::Invalid(f)) => assert!(
                f.0.contains_key("partners") && f.0.contains_key("events"),
                "{b}"
            ),
            other => panic!("{b}: {other:?}"),
        }
        assert!(
            matches!(
                svc.save_practice(&editor, None, input.clone()).await,
                Err(ServiceError::Conflict(_))
            ),
            "{b}"
        );
        // Published: everyone sees it, with facets and filters; the contact's e-mail stays private.
        svc_ok(svc.publish_practice(&editor, &draft.id, true).await);
        let page = svc_ok(svc.practice_page(&anon, &draft.id).await);
        assert_eq!(page.partners[0].id, "samsung-sds");
        assert_eq!(page.events[0].id, "wego-tcs-live-2020");
        assert!(page.contacts.iter().all(|c| c.email.is_none()), "{b}");
        let f = PracticeFilter {
            domain: Some("mobility".into()),
            ..Default::default()
        };
        assert_eq!(
            svc_ok(svc.catalogue(&anon, &f, Paging::default()).await)
                .results
                .total,
            1,
            "{b}"
        );
        let f = PracticeFilter {
            sdg: Some(1),
            ..Default::default()
        };
        assert_eq!(
            svc_ok(svc.catalogue(&anon, &f, Paging::default()).await)
                .results
                .total,
            0,
            "{b}: goal 1 is not 11"
        );
        let f = PracticeFilter {
            country: Some("KR".into()),
            year: Some("2020".into()),
            lang: Some("ja".into()),
            ..Default::default()
        };
        assert_eq!(
            svc_ok(svc.catalogue(&anon, &f, Paging::default()).await)
                .results
                .total,
            4,
            "{b}"
        );
        let f = PracticeFilter {
            q: Some("NIGHT BUS".into()),
            ..Default::default()
        };
        assert_eq!(
            svc_ok(svc.catalogue(&anon, &f, Paging::default()).await)
                .results
                .total,
            1,
            "{b}"
        );
        // An update keeps the publication; everything went through the outbox.
        let mut again = input.clone();
        again.cost = Some("not published".into());
        let updated = svc_ok(svc.save_practice(&editor, Some(&draft.id), again).await);
        assert!(updated.published_at.is_some(), "{b}");
        let changes = store::outbox::read_after(&svc.store.db, 0, 10_000)
            .await
            .unwrap()
            .into_iter()
            .filter(|o| o.topic == "practice.changed" && o.key == draft.id)
            .count();
        assert_eq!(changes, 3, "{b}: create, publish, update");
        // Collections: only admins and the curator's editors add to them.
        assert!(
            svc.add_to_collection(
                &editor,
                "smart-health-responder",
                &draft.id,
                "tracing",
                "2021",
                I18nText::new()
            )
            .await
            .is_err()
        );
        svc_ok(
            svc.add_to_collection(
                &admin,
                "smart-health-responder",
                &draft.id,
                "remote_services",
                "2021-02",
                I18nText::en("Update"),
            )
            .await,
        );
        let (_, items) = svc_ok(svc.collection_page(&anon, "smart-health-responder").await);
        assert_eq!(
            (items.len(), items[0].dated.as_str()),
            (5, "2021-02"),
            "{b}: newest first"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_mailers_on_one_database_send_each_message_once() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, _) = people(&svc).await;
        svc_ok(
            svc.create_event(&admin, "sci-j", &[], None, event_input("twice", None))
                .await,
        );
        let regs: Vec<_> = (0..30)
            .map(|i| svc.register("twice", reg(&format!("p{i}@x.test")), None))
            .collect();
        for r in one_after_another(regs).await {
            r.unwrap();
        }
        let other = Services::new(svc.store.clone(), Config::default());
        let sink = citydriver_services::testing::SmtpSink::start()
            .await
            .unwrap();
        let cfg = mail_cfg(sink.port);
        let (x, y) = tokio::join!(
            svc.send_pending_mail(&cfg, 100),
            other.send_pending_mail(&cfg, 100)
        );
        let (x, y) = (x.unwrap(), y.unwrap());
        assert_eq!(x + y, 30, "{b}: {x} + {y}");
        assert!(x == 0 || y == 0, "{b}: one node holds the lease");
        assert_eq!(sink.messages().len(), 30, "{b}");
    }
}

async fn one_after_another<F: std::future::Future>(fs: Vec<F>) -> Vec<F::Output> {
    let mut out = Vec::new();
    for f in fs {
        out.push(f.await);
    }
    out
}

#[tokio::test]
async fn a_refusal_found_inside_a_write_is_recorded_after_its_transaction_is_gone() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let busan = domain::practices::PracticeInput {
            city: Some("busan".into()),
            domain: Some("mobility".into()),
            titles: I18nText::en("Smart bus stops"),
            ..Default::default()
        };
        let p = svc_ok(svc.save_practice(&admin, None, busan.clone()).await);
        let before = svc.audit_log(&admin, Paging::of(1, 1)).await.unwrap().total;
        // The Seoul editor names Seoul, but the case is Busan's: refused once the case is read,
        // inside the write's transaction.
        let mut taken = busan;
        taken.city = Some("seoul".into());
        let started = std::time::Instant::now();
        let r = svc.save_practice(&editor, Some(&p.id), taken).await;
        assert!(
            matches!(r, Err(ServiceError::Denied(Denied::Forbidden))),
            "{b}: {r:?}"
        );
        let log = svc.audit_log(&admin, Paging::of(1, 5)).await.unwrap();
        assert_eq!(log.total, before + 1, "{b}: the refusal is recorded");
        let last = &log.items[0];
        assert_eq!(
            (last.action.as_str(), last.target_id.as_str(), last.outcome),
            (
                "practice.update",
                p.id.as_str(),
                domain::auth::Outcome::Denied
            ),
            "{b}"
        );
        // Recording it never waited for the write lock of its own transaction (SQLite's busy
        // timeout is 30 s); the next write goes through at once.
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{b}"
        );
        svc_ok(svc.publish_practice(&admin, &p.id, true).await);
    }
}

#[tokio::test]
async fn the_workers_stop_when_asked() {
    let (svc, _g) = services("sqlite").await;
    let index = std::sync::Arc::new(search::SearchIndex::in_memory().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let mail = citydriver_services::mail::MailConfig {
        transport: citydriver_services::mail::Transport::Files(dir.path().to_path_buf()),
        ..Default::default()
    };
    let workers = svc.start_workers(mail, index);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let late = workers.stop(std::time::Duration::from_secs(3)).await;
    assert!(late.is_empty(), "{late:?}");
}
