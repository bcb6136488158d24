//! Signing up through an invitation, signing in and out.

use super::common::*;

#[tokio::test]
async fn sign_in_invitation_and_sign_out_in_the_browser_flow() {
    let t = T::new("sqlite").await;
    let boot = t.svc().bootstrap_invitation().await.unwrap().unwrap();
    let r = t.get(&format!("/invite/{boot}?lang=ja"), "").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains(&Tr::new(Lang::Ja).t("signup-title")));
    let cookie = format!("cd_csrf={CSRF}");
    let r = t
        .form(
            &format!("/invite/{boot}"),
            &cookie,
            &format!("csrf={CSRF}&email=boss%40wego.test&display_name=Boss&password=short"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("at least 10 characters"));
    let r = t
        .form(
            &format!("/invite/{boot}"),
            &cookie,
            &format!(
                "csrf={CSRF}&email=boss%40wego.test&display_name=Boss&password=a+long+password"
            ),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let set = r
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect::<Vec<_>>();
    let session = set.iter().find(|c| c.starts_with("cd_session=")).unwrap();
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax"));
    assert_eq!(
        t.get(&format!("/invite/{boot}"), "").await.status,
        StatusCode::NOT_FOUND,
        "used once"
    );
    let r = t
        .form(
            "/login",
            &cookie,
            &format!("csrf={CSRF}&email=boss%40wego.test&password=wrong+password"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = t.form("/login", &cookie, &format!("csrf={CSRF}&email=boss%40wego.test&password=a+long+password&next=%2F%2Fevil.example")).await;
    assert_eq!(
        (r.status, r.headers["location"].to_str().unwrap()),
        (StatusCode::SEE_OTHER, "/"),
        "no open redirect"
    );
    let s = r
        .headers
        .get_all("set-cookie")
        .iter()
        .find_map(|v| {
            v.to_str()
                .unwrap()
                .strip_prefix("cd_session=")
                .map(|x| x.split(';').next().unwrap().to_string())
        })
        .unwrap();
    let auth = format!("cd_session={s}; cd_csrf={CSRF}");
    let r = t.get("/admin", &auth).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = t
        .form(
            "/admin/invitations",
            &auth,
            &format!("csrf={CSRF}&email=new%40busan.test&role=member&org=busan"),
        )
        .await;
    assert!(r.body.contains("/invite/"), "{}", r.body);
    let r = t.form("/logout", &auth, &format!("csrf={CSRF}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        t.get("/admin", &auth).await.status,
        StatusCode::SEE_OTHER,
        "signed out: sent to the login page"
    );
}

#[tokio::test]
async fn pages_that_need_an_account_send_a_visitor_to_sign_in_and_back() {
    let t = T::new("sqlite").await;
    for path in [
        "/account".to_string(),
        "/admin/audit?page=2".to_string(),
        "/orgs/new".to_string(),
        "/orgs/seoul/edit".to_string(),
        "/practices/new".to_string(),
        "/events/new".to_string(),
        "/events/any-event/attendees.csv".to_string(),
    ] {
        let r = t.get(&path, "").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        let to = r.headers["location"].to_str().unwrap();
        let back = url_decoded(to.strip_prefix("/login?next=").expect(to));
        assert_eq!(back, path, "{path}");
        assert!(
            !r.body.contains("csv"),
            "{path}: nothing of the page is shown"
        );
    }
}

fn url_decoded(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .unwrap()
        .into_owned()
}

/// Five wrong passwords, then the account waits — the right password too — with a 429 that
/// says how long; an unknown account is answered the same; another account is not slowed.
#[tokio::test]
async fn sign_in_is_throttled_after_five_failures_for_known_and_unknown_accounts_alike() {
    let t = T::new("sqlite").await;
    let _ = t.accounts().await;
    async fn sign_in(t: &T, email: &str, password: &str) -> Res {
        let body = format!(
            "csrf={CSRF}&email={email}&password={}",
            password.replace(' ', "+")
        );
        t.form("/login", &format!("cd_csrf={CSRF}"), &body).await
    }
    let try_login = |email: &'static str, password: &'static str| sign_in(&t, email, password);
    for email in ["admin@wego.test", "nobody@wego.test"] {
        for _ in 0..5 {
            assert_eq!(
                try_login(email, "wrong password!").await.status,
                StatusCode::UNAUTHORIZED
            );
        }
        let r = try_login(email, "long enough password").await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{email}");
        let wait: u64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=2).contains(&wait), "{wait}");
        assert!(
            r.body.contains(
                &Tr::new(Lang::En).ts("login-throttled", &[("seconds", &wait.to_string())])
            )
        );
    }
    // The editor signs in as usual.
    let r = try_login("ed@seoul.test", "another long password").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Once the wait is over, the right password works again (and clears the count).
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let r = try_login("admin@wego.test", "long enough password").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}
