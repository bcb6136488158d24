//! What a token's scopes allow, as their descriptions say: `read` reads what the account may
//! see, private data included; writing and administering need the other scopes.

use crate::common::*;

#[tokio::test]
async fn a_read_token_reads_the_private_data_its_account_may_see_and_writes_nothing() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let token = |session: &str, scopes: &str| {
            let s = t.svc().clone();
            let session = session
                .split(';')
                .next()
                .unwrap()
                .trim_start_matches("cd_session=")
                .to_string();
            let scopes = scopes.to_string();
            async move {
                let actor = s.session_actor(&session).await.unwrap();
                s.create_token(&actor, "read only", &scopes)
                    .await
                    .unwrap()
                    .1
            }
        };
        let editor_read = token(&a.editor, "read").await;
        let admin_read = token(&a.admin, "read").await;
        // Seoul's editor lists a person with an address, and an event with a registration.
        let r = t
            .api(
                "POST",
                "/api/v1/organizations/seoul/people",
                Some(&a.editor_token),
                Some(r#"{"name":"Ji-won Park","email":"jw@seoul.test"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        let event = r#"{"id":"scopes-2031","titles":{"en":"Scopes"},"date":"2031-11-02","start_time":"10:00","end_time":"11:00","time_zone":"Asia/Seoul","organizer":"seoul"}"#;
        let r = t
            .api("POST", "/api/v1/events", Some(&a.editor_token), Some(event))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        let r = t
            .api(
                "POST",
                "/api/v1/events/scopes-2031/registrations",
                None,
                Some(r#"{"email":"kim@busan.test","name":"Kim"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}");
        // The editor's read token: the people's addresses and the registrations.
        let people = t
            .api(
                "GET",
                "/api/v1/organizations/seoul/people",
                Some(&editor_read),
                None,
            )
            .await
            .json();
        assert_eq!(people["items"][0]["email"], "jw@seoul.test", "{b}");
        let regs = t
            .api(
                "GET",
                "/api/v1/events/scopes-2031/registrations",
                Some(&editor_read),
                None,
            )
            .await;
        assert_eq!(regs.status, StatusCode::OK, "{b}: {}", regs.body);
        assert_eq!(regs.json()["items"][0]["email"], "kim@busan.test", "{b}");
        // …and writes nothing.
        let before = t.audit_count().await;
        let r = t
            .api(
                "POST",
                "/api/v1/organizations/seoul/people",
                Some(&editor_read),
                Some(r#"{"name":"Nobody","email":"no@seoul.test"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: {}", r.body);
        let people = t
            .api("GET", "/api/v1/organizations/seoul/people", None, None)
            .await
            .body;
        assert!(!people.contains("Nobody"), "{b}");
        assert_eq!(
            t.audit_count().await,
            before + 1,
            "{b}: the refusal, audited"
        );
        // Not another organization's: Busan's people keep their addresses.
        let r = t
            .api(
                "GET",
                "/api/v1/events/wego-japan-2020-part-1/registrations",
                Some(&editor_read),
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        // The administrator's read token reads the audit log, and administers nothing.
        let audit = t.api("GET", "/api/v1/audit", Some(&admin_read), None).await;
        assert_eq!(audit.status, StatusCode::OK, "{b}: {}", audit.body);
        let r = t
            .api(
                "POST",
                "/api/v1/networks",
                Some(&admin_read),
                Some(r#"{"id":"nope","names":{"en":"Nope"},"scope":"global"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: {}", r.body);
        // A read token without the role reads no audit log.
        let r = t
            .api("GET", "/api/v1/audit", Some(&editor_read), None)
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    }
}
