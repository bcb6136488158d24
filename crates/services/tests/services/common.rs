//! What every module of these tests shares: the test server, accounts, helpers.

pub use citydriver_services::accounts::SignUp;
pub use citydriver_services::directory::Format;
pub use citydriver_services::{Config, ServiceError, Services};
pub use domain::auth::{Actor, Denied};
pub use domain::directory::OrganizationInput;
pub use domain::events::RegStatus as RegStatusAlias;
pub use domain::{I18nText, Lang, Paging};
pub use store::testing::{backends, fresh};

pub async fn services(b: &str) -> (Services, store::testing::TestDb) {
    let (s, g) = fresh(b).await.unwrap();
    (Services::new(s, Config::default()), g)
}

/// An admin (through the bootstrap invitation) and an editor of Seoul.
pub async fn people(svc: &Services) -> (Actor, Actor) {
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

pub fn input(name: &str) -> OrganizationInput {
    OrganizationInput {
        kind: Some("local_government".into()),
        names: I18nText::en(name),
        country: Some("KR".into()),
        ..Default::default()
    }
}

pub fn svc_ok<T>(r: Result<T, ServiceError>) -> T {
    r.unwrap_or_else(|e| panic!("{e:?}"))
}

pub fn event_input(id: &str, capacity: Option<u32>) -> domain::events::EventInput {
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

pub fn reg(email: &str) -> citydriver_services::events::RegistrationInput {
    citydriver_services::events::RegistrationInput {
        email: Some(email.into()),
        name: Some(format!("Person {email}")),
        lang: Some("ja".into()),
        time_zone: Some("Asia/Tokyo".into()),
        ..Default::default()
    }
}

pub async fn futures_ids(
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

/// Headers, decoded subject and decoded body of a message as the SMTP server received it,
/// read by an independent MIME parser.
pub fn decode_mail(raw: &str) -> (String, String, String) {
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

pub fn mail_cfg(port: u16) -> citydriver_services::mail::MailConfig {
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

pub async fn one_after_another<F: std::future::Future>(fs: Vec<F>) -> Vec<F::Output> {
    let mut out = Vec::new();
    for f in fs {
        out.push(f.await);
    }
    out
}
