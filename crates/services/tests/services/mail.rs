//! The mailer and the workers: messages to a real SMTP server, two mailers, stopping.

use super::common::*;

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
            svc.send_pending_mail(&cfg, 1000),
            other.send_pending_mail(&cfg, 1000)
        );
        let (x, y) = (x.unwrap(), y.unwrap());
        assert_eq!(x + y, 30, "{b}: {x} + {y}");
        assert!(x == 0 || y == 0, "{b}: one node holds the lease");
        assert_eq!(sink.messages().len(), 30, "{b}");
    }
}

#[tokio::test]
async fn a_restarted_node_takes_its_own_lease_back_at_once() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, _) = people(&svc).await;
        svc_ok(
            svc.create_event(&admin, "sci-j", &[], None, event_input("lease", None))
                .await,
        );
        let sink = citydriver_services::testing::SmtpSink::start()
            .await
            .unwrap();
        let cfg = mail_cfg(sink.port);
        let node =
            |name: &str| Services::new(svc.store.clone(), Config::default()).with_node_id(name);
        let before = node("node-a");
        svc_ok(before.register("lease", reg("one@x.test"), None).await);
        assert_eq!(before.send_pending_mail(&cfg, 100).await.unwrap(), 1, "{b}");
        // node-a is killed and started again: the same name, a new process.
        drop(before);
        svc_ok(svc.register("lease", reg("two@x.test"), None).await);
        let other = node("node-b");
        assert_eq!(
            other.send_pending_mail(&cfg, 100).await.unwrap(),
            0,
            "{b}: another node waits for the lease to expire"
        );
        let after = node("node-a");
        assert_eq!(
            after.send_pending_mail(&cfg, 100).await.unwrap(),
            1,
            "{b}: the restarted node sends at once"
        );
        assert_eq!(sink.messages().len(), 2, "{b}");
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
