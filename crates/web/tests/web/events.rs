//! Events: pages, registration, feeds, the organizers' console and API, e-mail through the forms.

use super::common::*;

#[tokio::test]
async fn demo_events_show_their_facts_and_unknown_hours() {
    let t = T::new("sqlite").await;
    let r = t.get("/events?past=1&lang=en", "").await;
    assert_eq!(r.status, StatusCode::OK);
    for id in [
        "wego-japan-2020-part-1",
        "wego-japan-2020-part-2",
        "wego-tcs-live-2020",
        "neascn-workshop-2020",
    ] {
        assert!(r.body.contains(&format!("/events/{id}")), "{id}");
    }
    let r = t.get("/events/wego-japan-2020-part-1?lang=en", "").await;
    assert!(
        r.body
            .contains("2020-07-01 (Asia/Tokyo) · time not published"),
        "unknown hours are said"
    );
    assert!(r.body.contains("Participants from Japan only"));
    assert!(
        r.body
            .contains("Registration is closed: this event is over.")
    );
    assert!(
        r.body.contains(r#""@type":"Event""#) && r.body.contains(r#""startDate":"2020-07-01""#),
        "JSON-LD with the date only"
    );
    for org in ["kyoto", "meti", "canon", "jica"] {
        assert!(
            r.body.contains(&format!("href=\"/orgs/{org}\"")),
            "observer {org}"
        );
    }
    let r = t.get("/events/wego-tcs-live-2020?lang=en", "").await;
    assert!(r.body.contains("Precursor of") && r.body.contains("/events/neascn-workshop-2020"));
    let r = t.get("/events/neascn-workshop-2020?lang=en", "").await;
    assert!(r.body.contains("Preceded by") && r.body.contains("/events/wego-tcs-live-2020"));
    let r = t
        .get("/events/wego-japan-2020-part-1/calendar.ics", "")
        .await;
    assert_eq!(r.headers["content-type"], "text/calendar; charset=utf-8");
    assert!(
        r.body.contains("DTSTART;VALUE=DATE:20200701\r\n"),
        "{}",
        r.body
    );
    assert_eq!(
        t.get("/events/nope", "").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn register_in_japanese_twice_then_cancel_and_the_next_is_promoted() {
    for b in backends() {
        let t = T::new(b).await;
        let svc = t.svc();
        let a = t.accounts().await;
        let admin = svc
            .session_actor(a.admin.split(['=', ';']).nth(1).unwrap())
            .await
            .unwrap();
        let input = domain::events::EventInput {
            id: Some("smart-city-101-2031".into()),
            titles: domain::I18nText::en("Smart City 101").with(Lang::Ja, "スマートシティ101"),
            date: Some("2031-07-01".into()),
            start_time: Some("14:00".into()),
            end_time: Some("15:00".into()),
            time_zone: Some("Asia/Tokyo".into()),
            capacity: Some(1),
            online_url: Some("https://meet.example.org/sc101".into()),
            ..Default::default()
        };
        svc.create_event(&admin, "sci-j", &[], None, input)
            .await
            .unwrap();
        let page = t.get("/events/smart-city-101-2031?lang=ja", "").await;
        assert!(
            page.body.contains("スマートシティ101")
                && page.body.contains("2031-07-01 14:00–15:00 Asia/Tokyo"),
            "{b}"
        );
        assert!(
            !page.body.contains("meet.example.org"),
            "{b}: the online address is for registered people only"
        );
        let cookie = format!("cd_csrf={CSRF}");
        let form = format!(
            "csrf={CSRF}&idempotency_key=k1&name=%E5%B1%B1%E7%94%B0&email=yamada%40kyoto.test&lang=ja&time_zone=Asia%2FTokyo&attendee_type=observer"
        );
        let r = t
            .form(
                "/events/smart-city-101-2031/register?lang=ja",
                &cookie,
                &form,
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains(
                &Tr::new(Lang::Ja).ts("register-done-confirmed", &[("email", "yamada@kyoto.test")])
            ),
            "{b}"
        );
        assert!(
            !r.body.contains("/r/"),
            "{b}: the self-service link goes to the address, by e-mail only"
        );
        let manage = t
            .mailed_link("yamada@kyoto.test")
            .await
            .expect("the confirmation carries the link");
        // The same form sent again (double click): the same registration, nothing new.
        let r = t
            .form(
                "/events/smart-city-101-2031/register?lang=ja",
                &cookie,
                &form,
            )
            .await;
        assert!(
            r.body.contains(
                &Tr::new(Lang::Ja).ts("register-repeated", &[("email", "yamada@kyoto.test")])
            ),
            "{b}"
        );
        // Someone else waits.
        let r = t
            .form(
                "/events/smart-city-101-2031/register?lang=en",
                &cookie,
                &format!("csrf={CSRF}&idempotency_key=k2&name=Kim&email=kim%40busan.test"),
            )
            .await;
        assert!(r.body.contains("you are on the waiting list"), "{b}");
        // Bad input keeps what was typed and names the field.
        let r = t
            .form(
                "/events/smart-city-101-2031/register?lang=en",
                &cookie,
                &format!("csrf={CSRF}&idempotency_key=k3&name=Lee&email=not-mail"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.body.contains("is not an e-mail address") && r.body.contains("value=\"Lee\""),
            "{b}"
        );
        // Without the CSRF field: refused before anything.
        let r = t
            .form(
                "/events/smart-city-101-2031/register",
                &cookie,
                "name=X&email=x%40x.test",
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let counts = svc
            .registration_counts("smart-city-101-2031")
            .await
            .unwrap();
        assert_eq!((counts.confirmed, counts.waitlisted), (1, 1), "{b}");
        // The registered person sees the online address on their page, then cancels.
        let r = t.get(&format!("{manage}?lang=ja"), "").await;
        assert!(r.body.contains("https://meet.example.org/sc101"), "{b}");
        assert_eq!(r.headers["cache-control"], "private, no-store");
        let r = t
            .form(
                &format!("{manage}/cancel?lang=ja"),
                &cookie,
                &format!("csrf={CSRF}"),
            )
            .await;
        assert!(
            r.body.contains(&Tr::new(Lang::Ja).t("manage-cancelled")),
            "{b}"
        );
        let counts = svc
            .registration_counts("smart-city-101-2031")
            .await
            .unwrap();
        assert_eq!(
            (counts.confirmed, counts.waitlisted, counts.cancelled),
            (1, 0, 1),
            "{b}: Kim was promoted"
        );
        let mails: Vec<String> = store::outbox::read_after(&svc.store.db, 0, 1000)
            .await
            .unwrap()
            .into_iter()
            .filter(|o| o.topic == "email")
            .map(|o| {
                serde_json::from_str::<serde_json::Value>(&o.payload).unwrap()["kind"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(
            mails,
            ["confirmed", "waitlisted", "cancelled", "promoted"],
            "{b}"
        );
        assert_eq!(
            t.get("/r/0000", "").await.status,
            StatusCode::NOT_FOUND,
            "{b}"
        );
    }
}

#[tokio::test]
async fn a_newcomer_creates_a_two_part_series_through_the_api_and_people_register() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let tok = Some(a.admin_token.as_str());
        let r = t.api("POST", "/api/v1/series", tok, Some(r#"{"id":"smart-city-101","names":{"en":"Smart City 101","ja":"スマートシティ101"},"organizer":"sci-j"}"#)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        for (part, date) in [(1, "2031-07-01"), (2, "2031-07-13")] {
            let body = serde_json::json!({
                "id": format!("sc101-part-{part}"), "titles": {"en": format!("Part {part}")}, "date": date,
                "start_time": "23:30", "end_time": "00:30", "time_zone": "Europe/Paris", "capacity": 1,
                "organizer": "sci-j", "co_organizers": ["wego-secretariat"], "series": "smart-city-101", "part": part
            });
            let r = t
                .api("POST", "/api/v1/events", tok, Some(&body.to_string()))
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
            if part == 1 {
                assert_eq!(
                    (r.json()["starts_at"].as_str(), r.json()["ends_at"].as_str()),
                    (Some("2031-07-01T21:30:00Z"), Some("2031-07-01T22:30:00Z")),
                    "{b}: 23:30 Paris across midnight"
                );
            }
        }
        let page = t.get("/events/sc101-part-2?lang=en", "").await.body;
        assert!(
            page.contains("/events/sc101-part-1") && page.contains("Parts of the series"),
            "{b}: the other part is linked"
        );
        // Registration with a retry: 201, then 200 with the same id and no second secret.
        let reg =
            r#"{"email":"sato@toyota.test","name":"佐藤","lang":"ja","time_zone":"Asia/Tokyo"}"#;
        let send = |key: &'static str| {
            Request::post("/api/v1/events/sc101-part-1/registrations")
                .header("content-type", "application/json")
                .header("idempotency-key", key)
                .body(Body::from(reg))
                .unwrap()
        };
        let first = t.send(send("attempt-1")).await;
        assert_eq!(first.status, StatusCode::CREATED, "{b}: {}", first.body);
        assert!(
            first.json().get("manage_url").is_none(),
            "{b}: whoever typed the address gets no link; the address does, by e-mail"
        );
        let again = t.send(send("attempt-1")).await;
        assert_eq!(again.status, StatusCode::OK, "{b}");
        assert_eq!(again.json()["id"], first.json()["id"]);
        assert!(
            again.json().get("manage_url").is_none(),
            "{b}: the secret is never handed out twice"
        );
        let second = t
            .api(
                "POST",
                "/api/v1/events/sc101-part-1/registrations",
                None,
                Some(r#"{"email":"kim@busan.test","name":"Kim"}"#),
            )
            .await;
        assert_eq!(second.json()["status"], "waitlisted", "{b}");
        let bad = t
            .api(
                "POST",
                "/api/v1/events/sc101-part-1/registrations",
                None,
                Some(r#"{"email":"x","name":""}"#),
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            bad.json()["error"]["fields"]["email"].is_string()
                && bad.json()["error"]["fields"]["name"].is_string()
        );
        // Anonymous and non-organizer event creation is refused.
        let body =
            r#"{"titles":{"en":"X"},"date":"2031-01-01","time_zone":"UTC","organizer":"sci-j"}"#;
        assert_eq!(
            t.api("POST", "/api/v1/events", None, Some(body))
                .await
                .status,
            StatusCode::UNAUTHORIZED,
            "{b}"
        );
        assert_eq!(
            t.api("POST", "/api/v1/events", Some(&a.editor_token), Some(body))
                .await
                .status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        let list = t.api("GET", "/api/v1/events", None, None).await.json();
        assert_eq!(list["total"], 2, "{b}: the two upcoming parts");
    }
}

#[tokio::test]
async fn series_and_organization_feeds_parse_with_the_right_instants() {
    let t = T::new("sqlite").await;
    let a = t.accounts().await;
    let tok = Some(a.admin_token.as_str());
    t.api(
        "POST",
        "/api/v1/series",
        tok,
        Some(r#"{"id":"night","names":{"en":"Night talks"},"organizer":"wego-secretariat"}"#),
    )
    .await;
    let body = r#"{"id":"paris-night","titles":{"en":"Late in Paris","ko":"파리의 밤"},"date":"2031-10-21","start_time":"23:30","end_time":"00:30","time_zone":"Europe/Paris","organizer":"wego-secretariat","series":"night","part":1}"#;
    assert_eq!(
        t.api("POST", "/api/v1/events", tok, Some(body))
            .await
            .status,
        StatusCode::CREATED
    );
    let feed = t.get("/series/night/calendar.ics?lang=ko", "").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.body.contains("SUMMARY:파리의 밤\r\n"));
    if let Some(lines) = python_ics(&feed.body) {
        let ev = lines.iter().find(|l| l["kind"] == "event").unwrap();
        assert_eq!(ev["uid"], "event-paris-night@citydriver");
        assert_eq!(
            (ev["start"].as_str(), ev["end"].as_str()),
            (Some("2031-10-21T21:30:00Z"), Some("2031-10-21T22:30:00Z")),
            "23:30 Paris = 06:30 next day in Seoul"
        );
    }
    // An organization's feed has its past demo events too, with their dates only.
    let feed = t.get("/orgs/sci-j/calendar.ics", "").await;
    if let Some(lines) = python_ics(&feed.body) {
        let starts: Vec<&str> = lines
            .iter()
            .filter(|l| l["kind"] == "event")
            .filter_map(|l| l["start"].as_str())
            .collect();
        assert!(
            starts.contains(&"2020-07-01") && starts.contains(&"2020-07-13"),
            "{starts:?}"
        );
    }
    assert_eq!(
        t.get("/series/nope/calendar.ics", "").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn organizers_invite_check_in_and_export_and_invitees_register_through_their_link() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let tok = Some(a.admin_token.as_str());
        let body = r#"{"id":"neascn-prep-2031","titles":{"en":"NEASCN preparatory meeting","ja":"NEASCN準備会合"},"date":"2031-03-10","start_time":"10:00","end_time":"12:00","time_zone":"Asia/Seoul","organizer":"wego-secretariat","audience":"invitation","capacity":30,"reminder_minutes":1440,"interpretation":"ja,zh-Hans"}"#;
        let r = t.api("POST", "/api/v1/events", tok, Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        assert_eq!(r.json()["interpretation"][1], "zh-Hans", "{b}");
        let console = "/events/neascn-prep-2031/organize";
        // Anonymous: to the login page; Seoul's editor: refused; the admin: the console.
        assert_eq!(
            t.get(console, "").await.status,
            StatusCode::SEE_OTHER,
            "{b}"
        );
        assert_eq!(
            t.get(console, &a.editor).await.status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        let r = t.get(&format!("{console}?lang=ja"), &a.admin).await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains(&Tr::new(Lang::Ja).t("organize-attendees")),
            "{b}"
        );
        // The public page: by invitation, with interpretation, and the console link for the admin only.
        let page = t.get("/events/neascn-prep-2031", "").await;
        assert!(
            page.body.contains("This event is by invitation only."),
            "{b}"
        );
        assert!(!page.body.contains("/organize"), "{b}");
        assert!(page.body.contains("ja, zh-Hans"), "{b}");
        assert!(
            t.get("/events/neascn-prep-2031", &a.admin)
                .await
                .body
                .contains("/organize"),
            "{b}"
        );
        // One invitation by the form, then a CSV file.
        let r = t
            .form(
                &format!("{console}/invite"),
                &a.admin,
                &format!("csrf={CSRF}&email=mayor%40busan.test&name=Mayor&lang=ko"),
            )
            .await;
        assert!(
            r.body
                .contains("The invitation to mayor@busan.test is on its way."),
            "{b}"
        );
        let bad = "email,name\nok@x.test,OK\nnot-an-address,Bad\n";
        let r = t
            .upload(
                &format!("{console}/invite-csv"),
                &a.admin,
                &[("csrf", CSRF)],
                ("i.csv", bad.as_bytes()),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(r.body.contains("line 3: email"), "{b}");
        let good = "email,name,lang\nyamada@kyoto.test,Yamada,ja\nmayor@busan.test,Mayor,ko\n";
        let r = t
            .upload(
                &format!("{console}/invite-csv"),
                &a.admin,
                &[("csrf", CSRF)],
                ("i.csv", good.as_bytes()),
            )
            .await;
        assert!(
            r.body.contains("1 invited; 1 invited before"),
            "{b}: {}",
            r.body
        );
        let r = t
            .upload(
                &format!("{console}/invite-csv"),
                &a.admin,
                &[("csrf", "wrong")],
                ("i.csv", good.as_bytes()),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::FORBIDDEN,
            "{b}: no CSRF token, nothing read"
        );
        // The invitee's link shows the form with the address fixed.
        let admin = t
            .svc()
            .session_actor(a.admin.split(['=', ';']).nth(1).unwrap())
            .await
            .unwrap();
        let inv = t
            .svc()
            .invitations(&admin, "neascn-prep-2031")
            .await
            .unwrap()
            .into_iter()
            .find(|i| i.email == "yamada@kyoto.test")
            .unwrap();
        let secret = t.svc().invitation_secret(&inv.id).await.unwrap();
        let r = t
            .get(
                &format!("/events/neascn-prep-2031/register?invitation={secret}&lang=ja"),
                "",
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body.contains("value=\"yamada@kyoto.test\" readonly"),
            "{b}"
        );
        assert_eq!(r.headers["cache-control"], "private, no-store");
        let cookie = format!("cd_csrf={CSRF}");
        let r = t
            .form(
                "/events/neascn-prep-2031/register",
                &cookie,
                &format!(
                    "csrf={CSRF}&idempotency_key=i1&name=Y&email=other%40x.test&invitation={secret}"
                ),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: another address"
        );
        let r = t
            .form(
                "/events/neascn-prep-2031/register",
                &cookie,
                &format!("csrf={CSRF}&idempotency_key=i2&name=Yamada&email=yamada%40kyoto.test&invitation={secret}&lang=ja"),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        let reg_id = t
            .svc()
            .attendees(
                &admin,
                "neascn-prep-2031",
                None,
                None,
                domain::Paging::of(1, 10),
            )
            .await
            .unwrap()
            .items[0]
            .id
            .clone();
        // Check-in, then the CSV export (organizers only).
        let r = t
            .form(
                &format!("{console}/check-in"),
                &a.admin,
                &format!("csrf={CSRF}&registration={reg_id}"),
            )
            .await;
        assert!(r.body.contains("Yamada is checked in."), "{b}");
        let r = t
            .form(
                &format!("{console}/check-in"),
                &a.editor,
                &format!("csrf={CSRF}&registration={reg_id}"),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let csv = t
            .get("/events/neascn-prep-2031/attendees.csv", &a.admin)
            .await;
        assert_eq!(csv.status, StatusCode::OK, "{b}");
        assert!(
            csv.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let line = csv.body.lines().nth(1).unwrap();
        assert!(
            line.starts_with("Yamada,yamada@kyoto.test,") && line.ends_with('Z'),
            "{b}: {line}"
        );
        assert_eq!(
            t.get("/events/neascn-prep-2031/attendees.csv", &a.editor)
                .await
                .status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        // The attendee changes their registration through their own link.
        let secret = t.svc().manage_secret(&reg_id).await.unwrap();
        let r = t
            .form(
                &format!("/r/{secret}/change?lang=ja"),
                &cookie,
                &format!("csrf={CSRF}&name=Yamada+Taro&lang=fr&time_zone=Europe%2FParis&attendee_type=press"),
            )
            .await;
        assert!(
            r.body.contains(&Tr::new(Lang::Ja).t("manage-changed")),
            "{b}"
        );
        let r = t
            .form(
                &format!("/r/{secret}/change"),
                &cookie,
                &format!("csrf={CSRF}&name=&time_zone=Mars"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        let reg = t.svc().registration_by_secret(&secret).await.unwrap();
        assert_eq!(
            (reg.name.as_str(), reg.lang.tag()),
            ("Yamada Taro", "fr"),
            "{b}: the bad change wrote nothing"
        );
    }
}

#[tokio::test]
async fn the_sample_transcript_is_searched_on_its_page_and_each_line_opens_the_recording() {
    for b in backends() {
        let t = T::new(b).await;
        let ev = "/events/wego-japan-2020-part-1";
        let page = t.get(&format!("{ev}?lang=ja"), "").await;
        assert!(
            page.body.contains("Kyong-yul Lee"),
            "{b}: the pre-recorded speaker"
        );
        assert!(page.body.contains(&format!("{ev}/transcripts/ja")), "{b}");
        let r = t
            .get(
                &format!("{ev}/transcripts/ja?q=%E9%87%9C%E5%B1%B1&lang=ja"),
                "",
            )
            .await; // 釜山
        assert_eq!(r.status, StatusCode::OK, "{b}");
        assert!(
            r.body
                .contains(&Tr::new(Lang::Ja).t("transcript-sample-note")),
            "{b}"
        );
        assert_eq!(
            r.body.matches("class=\"cue-time\"").count(),
            1,
            "{b}: one line found"
        );
        assert!(
            r.body.contains("href=\"/demo/sample-recording.wav#t=52\""),
            "{b}"
        );
        assert!(r.body.contains("釜山の優良事例"), "{b}");
        let all = t.get(&format!("{ev}/transcripts/en"), "").await;
        assert_eq!(all.body.matches("class=\"cue-time\"").count(), 8, "{b}");
        assert!(all.body.contains("<audio id=\"player\""), "{b}");
        let none = t.get(&format!("{ev}/transcripts/en?q=zzzz"), "").await;
        assert!(
            none.body.contains("No line contains the words searched."),
            "{b}"
        );
        // The WebVTT export parses back to the same lines.
        let vtt = t.get(&format!("{ev}/transcripts/ja/webvtt"), "").await;
        assert!(
            vtt.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/vtt")
        );
        let (_, cues) = domain::events::transcript::parse(vtt.body.as_bytes()).unwrap();
        assert_eq!(cues.len(), 8);
        assert_eq!(cues[5].start_ms, 52_000);
        // The recording: a WAV that lasts past the last line.
        let wav = t
            .send(
                Request::get("/demo/sample-recording.wav")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(wav.headers["content-type"], "audio/wav");
        assert!(wav.body.starts_with("RIFF"));
        assert_eq!(
            t.get(&format!("{ev}/transcripts/ko"), "").await.status,
            StatusCode::NOT_FOUND
        );
        // Organizers import a transcript; a bad file is refused with its line.
        let a = t.accounts().await;
        let console = format!("{ev}/organize");
        let bad = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:00:03.000 --> soon\nbroken\n";
        let r = t
            .upload(
                &format!("{console}/transcripts"),
                &a.admin,
                &[("csrf", CSRF), ("lang", "fr")],
                ("x.vtt", bad.as_bytes()),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(r.body.contains("line 6:"), "{b}");
        let srt = "1\n00:00:10,000 --> 00:00:12,000\nBonjour\n";
        let r = t
            .upload(
                &format!("{console}/transcripts"),
                &a.admin,
                &[("csrf", CSRF), ("lang", "fr"), ("recording_id", "")],
                ("x.srt", srt.as_bytes()),
            )
            .await;
        assert!(
            r.body.contains("The transcript (fr) is imported: 1 lines."),
            "{b}: {}",
            r.body
        );
        let r = t
            .upload(
                &format!("{console}/transcripts"),
                &a.editor,
                &[("csrf", CSRF), ("lang", "ko")],
                ("x.srt", srt.as_bytes()),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    }
}

#[tokio::test]
async fn network_and_personal_feeds_parse_and_the_personal_one_is_secret() {
    let t = T::new("sqlite").await;
    let a = t.accounts().await;
    let tok = Some(a.admin_token.as_str());
    let body = r#"{"id":"sejong-night","titles":{"en":"Seoul at night"},"date":"2031-11-02","start_time":"23:30","end_time":"01:00","time_zone":"Asia/Seoul","organizer":"seoul"}"#;
    assert_eq!(
        t.api("POST", "/api/v1/events", tok, Some(body))
            .await
            .status,
        StatusCode::CREATED
    );
    // WeGO's feed: events of its secretariat and of its members (Seoul is one).
    let feed = t.get("/networks/wego/calendar.ics", "").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(
        feed.body.contains("UID:event-sejong-night@citydriver"),
        "{}",
        feed.body
    );
    assert!(
        feed.body
            .contains("UID:event-wego-tcs-live-2020@citydriver")
    );
    if let Some(lines) = python_ics(&feed.body) {
        let ev = lines
            .iter()
            .find(|l| l["uid"] == "event-sejong-night@citydriver")
            .unwrap();
        assert_eq!(
            (ev["start"].as_str(), ev["end"].as_str()),
            (Some("2031-11-02T14:30:00Z"), Some("2031-11-02T16:00:00Z"))
        );
    }
    let list = t.get("/events?network=wego", "").await;
    assert!(list.body.contains("/events/sejong-night"));
    assert!(t.get("/events?network=nope", "").await.status == StatusCode::NOT_FOUND);
    // The admin registers with their own account; their own feed carries the event (one
    // registered by anyone under their address would not: see registrations.rs).
    t.api(
        "POST",
        "/api/v1/events/sejong-night/registrations",
        tok,
        Some(r#"{"email":"admin@wego.test","name":"Admin"}"#),
    )
    .await;
    let account = t.get("/account", &a.admin).await;
    let feed_url = account
        .body
        .split("href=\"/feeds/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let feed = t.get(&format!("/feeds/{feed_url}"), "").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(
        feed.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store")
    );
    assert!(feed.body.contains("UID:event-sejong-night@citydriver"));
    if let Some(lines) = python_ics(&feed.body) {
        assert_eq!(lines.iter().filter(|l| l["kind"] == "event").count(), 1);
    }
    let user = feed_url.split('/').next().unwrap();
    let wrong = t
        .get(
            &format!("/feeds/{user}/{}/calendar.ics", "0".repeat(64)),
            "",
        )
        .await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn organizers_work_through_the_api_too() {
    for b in backends() {
        let t = T::new(b).await;
        let a = t.accounts().await;
        let (admin, editor) = (Some(a.admin_token.as_str()), Some(a.editor_token.as_str()));
        let ev = "/api/v1/events/wego-japan-2020-part-2";
        // Registrations: organizers only.
        assert_eq!(
            t.api("GET", &format!("{ev}/registrations"), None, None)
                .await
                .status,
            StatusCode::UNAUTHORIZED,
            "{b}"
        );
        assert_eq!(
            t.api("GET", &format!("{ev}/registrations"), editor, None)
                .await
                .status,
            StatusCode::FORBIDDEN,
            "{b}"
        );
        let r = t
            .api(
                "GET",
                &format!("{ev}/registrations?status=nonsense"),
                admin,
                None,
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {}",
            r.body
        );
        let r = t
            .api("GET", &format!("{ev}/registrations"), admin, None)
            .await;
        assert_eq!(
            (r.status, r.json()["total"].as_u64()),
            (StatusCode::OK, Some(0)),
            "{b}"
        );
        // Invitations: 201, then 200 for the same address.
        let inv = r#"{"email":"observer@toyota.test","name":"Observer","lang":"ja"}"#;
        assert_eq!(
            t.api("POST", &format!("{ev}/invitations"), admin, Some(inv))
                .await
                .status,
            StatusCode::CREATED,
            "{b}"
        );
        assert_eq!(
            t.api("POST", &format!("{ev}/invitations"), admin, Some(inv))
                .await
                .status,
            StatusCode::OK,
            "{b}"
        );
        let r = t
            .api(
                "POST",
                &format!("{ev}/invitations"),
                admin,
                Some(r#"{"email":"nope"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert_eq!(
            t.api("GET", &format!("{ev}/invitations"), admin, None)
                .await
                .json()
                .as_array()
                .map(Vec::len),
            Some(1)
        );
        // A recording, then a transcript as a file body; a bad file names its line.
        let r = t
            .api(
                "POST",
                &format!("{ev}/recordings"),
                admin,
                Some(r#"{"url":"https://youtu.be/demo123","lang":"en"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{b}: {}", r.body);
        let put = |body: &'static str, ct: &'static str| {
            Request::put(format!("{ev}/transcripts/en"))
                .header("authorization", format!("Bearer {}", a.admin_token))
                .header("content-type", ct)
                .body(Body::from(body))
                .unwrap()
        };
        let r = t.send(put("1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:0x,000 --> 00:00:04,000\nBad\n", "application/x-subrip")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert!(
            r.json()["error"]["fields"]["file"]
                .as_str()
                .unwrap()
                .starts_with("line 6"),
            "{b}: {}",
            r.body
        );
        let r = t
            .send(put(
                "WEBVTT\n\n00:01:05.000 --> 00:01:07.000\nPartnerships with Japan\n",
                "text/vtt",
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
        let r = t
            .api("GET", &format!("{ev}/transcripts/en?q=JAPAN"), None, None)
            .await;
        assert_eq!(
            r.json()["cues"][0]["link"],
            "https://youtu.be/demo123?t=65s",
            "{b}: {}",
            r.body
        );
        let r = t
            .api(
                "POST",
                &format!("{ev}/speakers"),
                editor,
                Some(r#"{"name":"X"}"#),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
        let r = t
            .api(
                "POST",
                &format!("{ev}/speakers"),
                admin,
                Some(r#"{"person_id":"kyong-yul-lee","mode":"prerecorded"}"#),
            )
            .await;
        assert_eq!(
            (r.status, r.json()["name"].as_str()),
            (StatusCode::CREATED, Some("Kyong-yul Lee")),
            "{b}"
        );
    }
}
