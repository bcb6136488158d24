//! Events: the capacity under concurrency, audiences and moderation, invitations, changes, check-in, reminders, transcripts.

use super::common::*;

/// One after the other, 11 people wait for one seat: the waiting list is their order. The order
/// comes from the event's counter that every registration bumps (`lock_event`); registrations'
/// ids are random, so a counter that did not move would order them by chance.
#[tokio::test]
async fn the_waiting_list_is_the_order_people_registered_in() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, _) = people(&svc).await;
        svc.create_event(
            &admin,
            "sci-j",
            &["wego-secretariat"],
            None,
            event_input("queue", Some(1)),
        )
        .await
        .unwrap();
        let mut order = Vec::new();
        for i in 0..12 {
            let r = svc
                .register("queue", reg(&format!("q{i}@x.test")), None)
                .await
                .unwrap();
            if i > 0 {
                order.push(r.registration.id.clone());
            }
        }
        let waiting: Vec<String> = svc
            .waiting_list("queue")
            .await
            .unwrap()
            .into_iter()
            .map(|w| w.id)
            .collect();
        assert_eq!(waiting, order, "{b}");
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
            svc.check_in(&editor, "soon", &a.registration.id, false)
                .await
                .is_err(),
            "{b}"
        );
        // Through another event's path: not found, and nothing written.
        svc.create_event(&admin, "seoul", &[], None, event_input("other", None))
            .await
            .unwrap();
        let wrong = svc
            .check_in(&admin, "other", &a.registration.id, false)
            .await;
        assert!(
            matches!(wrong, Err(ServiceError::NotFound(_))),
            "{b}: {wrong:?}"
        );
        let unchanged = svc_ok(
            svc.attendees(&admin, "soon", None, Some("changed"), Paging::default())
                .await,
        );
        assert!(
            unchanged.items[0].checked_in_at.is_none(),
            "{b}: nothing written"
        );
        let c = svc_ok(
            svc.check_in(&admin, "soon", &a.registration.id, false)
                .await,
        );
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
        let (_, again) = domain::events::transcript::parse(vtt.as_bytes()).unwrap();
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

/// An editor of one organization cannot add a part to another organization's series, even as
/// an event of its own; nothing is written, and the refusal is audited (both databases).
#[tokio::test]
async fn a_series_grows_only_in_the_hands_of_its_organizers_editors() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let names = I18nText::new().with(Lang::En, "SCI-J webinars");
        svc.create_series(&admin, "sci-j-webinars", names, "sci-j")
            .await
            .unwrap();
        let before = store::audit::count(&svc.store.db).await.unwrap();
        let r = svc
            .create_event(
                &editor,
                "seoul",
                &[],
                Some(("sci-j-webinars", 1)),
                event_input("intruder", None),
            )
            .await;
        assert!(
            matches!(r, Err(ServiceError::Denied(Denied::Forbidden))),
            "{b}: {r:?}"
        );
        assert!(
            svc.event_page("intruder").await.is_err(),
            "{b}: nothing written"
        );
        assert_eq!(
            store::audit::count(&svc.store.db).await.unwrap(),
            before + 1,
            "{b}: the refusal is audited"
        );
        // Its own series, and an admin anywhere, still work.
        svc.create_series(
            &editor,
            "seoul-talks",
            I18nText::new().with(Lang::En, "Seoul talks"),
            "seoul",
        )
        .await
        .unwrap();
        svc.create_event(
            &editor,
            "seoul",
            &[],
            Some(("seoul-talks", 1)),
            event_input("seoul-1", None),
        )
        .await
        .unwrap();
        svc.create_event(
            &admin,
            "sci-j",
            &[],
            Some(("sci-j-webinars", 1)),
            event_input("sci-j-1", None),
        )
        .await
        .unwrap();
    }
}

/// A line break in a name would travel into e-mail bodies and calendar summaries: refused, with
/// the field, in registrations, events, organizations, people and accounts (both databases).
#[tokio::test]
async fn names_with_line_breaks_or_control_characters_are_refused_with_the_field() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, _) = people(&svc).await;
        svc.create_event(&admin, "seoul", &[], None, event_input("talk", Some(10)))
            .await
            .unwrap();
        let mut r = reg("a@x.test");
        r.name = Some("Ana\r\nBcc: everyone@evil.example".into());
        match svc.register("talk", r, None).await {
            Err(ServiceError::Invalid(f)) => assert!(f.0.contains_key("name"), "{b}: {f:?}"),
            other => panic!("{b}: {other:?}"),
        }
        let mut e = event_input("talk-2", None);
        e.titles = I18nText::new().with(Lang::En, "Talk\nSUMMARY:spoofed");
        match svc.create_event(&admin, "seoul", &[], None, e).await {
            Err(ServiceError::Invalid(f)) => assert!(f.0.contains_key("titles.en"), "{b}: {f:?}"),
            other => panic!("{b}: {other:?}"),
        }
        let sign_up = SignUp {
            email: "x@test.org".into(),
            display_name: "X\u{7}".into(),
            password: "long enough password".into(),
        };
        let inv = svc
            .create_invitation(&admin, "x@test.org", "member", None)
            .await
            .unwrap();
        match svc.accept_invitation(&inv, sign_up).await {
            Err(ServiceError::Invalid(f)) => {
                assert!(f.0.contains_key("display_name"), "{b}: {f:?}")
            }
            other => panic!("{b}: {other:?}"),
        }
    }
}
