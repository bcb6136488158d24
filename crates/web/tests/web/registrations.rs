//! What a registration proves: nothing about the address until its e-mail is opened. The
//! self-service link and an online event's address reach the registrant by e-mail only.

use crate::common::*;

async fn register(t: &T, token: Option<&str>, email: &str) -> Res {
    let body = format!(r#"{{"email":"{email}","name":"Someone"}}"#);
    t.api(
        "POST",
        "/api/v1/events/proof-2031/registrations",
        token,
        Some(&body),
    )
    .await
}

/// The account's personal calendar feed, read through the link on its account page.
async fn personal_feed(t: &T, cookie: &str) -> String {
    let account = t.get("/account", cookie).await;
    let feed = account
        .body
        .split("href=\"/feeds/")
        .nth(1)
        .expect("the account page links its feed")
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let r = t.get(&format!("/feeds/{feed}"), "").await;
    assert_eq!(r.status, StatusCode::OK);
    r.body
}

#[tokio::test]
async fn the_links_of_a_registration_reach_its_address_only_by_e_mail() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let body = r#"{"id":"proof-2031","titles":{"en":"Proof"},"date":"2031-11-02","start_time":"10:00","end_time":"11:00","time_zone":"Asia/Seoul","organizer":"seoul","capacity":10,"attendance_mode":"online","online_url":"https://meet.example.org/proof"}"#;
        let r = t
            .api("POST", "/api/v1/events", Some(&a.admin_token), Some(body))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        let uid = "UID:event-proof-2031@citydriver";
        // Anyone may type the administrator's address: the answer holds no link, the event
        // does not enter the administrator's feed, and the online address is not shown.
        let r = register(&t, None, "admin@wego.test").await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        assert!(
            r.json().get("manage_url").is_none() && !r.body.contains("meet.example.org"),
            "{b}: {}",
            r.body
        );
        assert!(!personal_feed(&t, &a.admin).await.contains(uid), "{b}");
        // The address's owner opens the link of the confirmation: now it is proven.
        let first = t
            .mailed_link("admin@wego.test")
            .await
            .expect("the confirmation carries the link");
        let page = t.get(&first, "").await;
        assert_eq!(page.status, StatusCode::OK, "{b}");
        assert!(page.body.contains("https://meet.example.org/proof"), "{b}");
        assert!(personal_feed(&t, &a.admin).await.contains(uid), "{b}");
        // Cancelled and made again: a new link, and the old one is dead.
        let r = t
            .form(
                &format!("{first}/cancel"),
                &format!("cd_csrf={CSRF}"),
                &format!("csrf={CSRF}"),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert_eq!(
            register(&t, None, "admin@wego.test").await.status,
            StatusCode::CREATED,
            "{b}"
        );
        assert!(
            !personal_feed(&t, &a.admin).await.contains(uid),
            "{b}: made again by anyone, it is unproven again"
        );
        let second = t.mailed_link("admin@wego.test").await.unwrap();
        assert_ne!(first, second, "{b}");
        assert_eq!(t.get(&first, "").await.status, StatusCode::NOT_FOUND, "{b}");
        assert_eq!(t.get(&second, "").await.status, StatusCode::OK, "{b}");
        // An account registering its own address proves it: the link comes in the answer.
        let editor = Some(a.editor_token.as_str());
        let own = register(&t, editor, "ed@seoul.test").await;
        assert_eq!(own.status, StatusCode::CREATED, "{b}: {}", own.body);
        let link = own.json()["manage_url"].as_str().unwrap().to_string();
        assert_eq!(t.get(&link, "").await.status, StatusCode::OK, "{b}");
        assert!(personal_feed(&t, &a.editor).await.contains(uid), "{b}");
        // The same account typing someone else's address gets no link.
        let other = register(&t, editor, "lee@busan.test").await;
        assert_eq!(other.status, StatusCode::CREATED, "{b}");
        assert!(other.json().get("manage_url").is_none(), "{b}");
        // On the page: signed in with one's own address, the link is there; otherwise not.
        let form = |email: &str| format!("csrf={CSRF}&name=Ed&email={}", email.replace('@', "%40"));
        let r = t
            .api(
                "POST",
                "/api/v1/events",
                Some(&a.admin_token),
                Some(&body.replace("proof-2031", "proof-page")),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}");
        let r = t
            .form(
                "/events/proof-page/register",
                &a.admin,
                &form("admin@wego.test"),
            )
            .await;
        assert!(r.body.contains("href=\"/r/"), "{b}: one's own address");
        let r = t
            .form(
                "/events/proof-page/register",
                &a.admin,
                &form("kim@seoul.test"),
            )
            .await;
        assert!(
            !r.body.contains("href=\"/r/")
                && r.body
                    .contains(&Tr::new(Lang::En).t("register-link-by-mail")),
            "{b}: someone else's"
        );
    }
}
