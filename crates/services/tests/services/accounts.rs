//! Accounts: tokens and their scopes, the whole database between SQLite and PostgreSQL, refusals recorded after rollback.

use super::common::*;

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

#[tokio::test]
async fn a_refusal_found_inside_a_write_is_recorded_after_its_transaction_is_gone() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        svc.load_demo_if_empty().await.unwrap();
        let (admin, editor) = people(&svc).await;
        let busan = domain::knowledge::PracticeInput {
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

/// The first-administrator link: one at a time (a new start ends the last one), and none once
/// an account exists — an old one found in a log makes no administrator (both databases).
#[tokio::test]
async fn a_first_administrator_link_is_one_at_a_time_and_dies_with_the_first_account() {
    for b in backends() {
        let (svc, _g) = services(b).await;
        let sign_up = |email: &str| SignUp {
            email: email.into(),
            display_name: "First".into(),
            password: "long enough password".into(),
        };
        let old = svc.bootstrap_invitation().await.unwrap().unwrap();
        let new = svc.bootstrap_invitation().await.unwrap().unwrap();
        assert_ne!(old, new);
        let refused = svc.accept_invitation(&old, sign_up("old@test.org")).await;
        assert!(
            matches!(refused, Err(ServiceError::NotFound(_))),
            "{b}: {refused:?}"
        );
        svc.accept_invitation(&new, sign_up("first@test.org"))
            .await
            .unwrap();
        assert_eq!(
            svc.bootstrap_invitation().await.unwrap(),
            None,
            "{b}: no link once an account exists"
        );
        // A link made before the first account was created some other way (create-user).
        let (svc2, _g2) = services(b).await;
        let stale = svc2.bootstrap_invitation().await.unwrap().unwrap();
        let operator = Actor::User(domain::auth::UserActor {
            user_id: "system:cli".into(),
            email: String::new(),
            role: domain::auth::Role::Admin,
            editor_of: vec![],
            scopes: domain::auth::Scope::ALL.to_vec(),
        });
        svc2.create_user(&operator, sign_up("ops@test.org"), "admin", None)
            .await
            .unwrap();
        let refused = svc2
            .accept_invitation(&stale, sign_up("late@test.org"))
            .await;
        assert!(
            matches!(refused, Err(ServiceError::NotFound(_))),
            "{b}: {refused:?}"
        );
    }
}
