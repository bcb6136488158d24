use super::rank::*;
use super::*;
use crate::lang::Lang;

fn country(c: &str) -> Country {
    Country::parse(c).unwrap()
}

fn reach(countries: &[&str], regions: &[&'static str]) -> Reach {
    Reach {
        countries: countries.iter().map(|c| country(c)).collect(),
        regions: regions.to_vec(),
    }
}

fn city(id: &str, c: &str, at: (f64, f64), networks: &[&str]) -> CityFacts {
    CityFacts {
        id: id.into(),
        country: country(c),
        at: Some(at),
        networks: networks.iter().map(|n| n.to_string()).collect(),
    }
}

fn jakarta_need(amount: Option<Amount>) -> NeedFacts {
    NeedFacts {
        city: "jakarta".into(),
        country: country("ID"),
        at: Some((-6.2, 106.85)),
        domain: PracticeDomain::SustainableCity,
        networks: vec!["ascn".into()],
        languages: need_languages(&[Lang::En], country("ID")),
        amount,
        instruments: vec![],
    }
}

fn solution(
    id: &str,
    r: Reach,
    price: Option<(i64, i64)>,
    langs: &[&'static str],
) -> SolutionFacts {
    SolutionFacts {
        id: id.into(),
        domain: PracticeDomain::SustainableCity,
        reach: r,
        price: price.map(|(a, b)| (Amount::new(a, "USD"), Amount::new(b, "USD"))),
        languages: langs.to_vec(),
        references: vec![],
    }
}

#[test]
fn a_solution_not_offered_in_the_country_never_ranks_however_well_its_words_match() {
    let need = jakarta_need(Some(Amount::new(1_585_000_000, "IDR")));
    let here = solution(
        "here",
        reach(&[], &["south-eastern-asia"]),
        Some((50_000, 90_000)),
        &["id"],
    );
    let mut near = solution(
        "near",
        reach(&["ID"], &[]),
        Some((500_000, 900_000)),
        &["ja"],
    );
    near.references = vec![
        city("makassar", "ID", (-5.14, 119.42), &["ascn"]),
        city("hanoi", "VN", (21.03, 105.85), &["ascn"]),
    ];
    let elsewhere = solution(
        "elsewhere",
        reach(&["US"], &["western-europe"]),
        None,
        &["en"],
    );
    let ranked = solutions(&need, &[(&elsewhere, 30.0), (&here, 10.0), (&near, 9.0)]);
    let ids: Vec<&str> = ranked.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["here", "near"]);
    let here = &ranked[0];
    assert!(here.reasons.contains(&Reason::Serves {
        covered: Covered::Region("south-eastern-asia")
    }));
    assert!(here.reasons.contains(&Reason::Speaks {
        languages: vec!["id"]
    }));
    // IDR 1,585,000,000 is about USD 100,000: the first fits, the second starts above it.
    assert!(
        matches!(here.reasons.iter().find(|r| matches!(r, Reason::PriceFits { .. })),
        Some(Reason::PriceFits { budget, .. }) if budget.currency == "IDR")
    );
    let near = &ranked[1];
    assert!(near.reasons.contains(&Reason::Serves {
        covered: Covered::Country(country("ID"))
    }));
    assert!(near.reasons.contains(&Reason::ReferencesNear {
        count: 2,
        covered: Covered::Region("south-eastern-asia")
    }));
    assert!(near.reasons.contains(&Reason::ReferencesInNetwork {
        count: 2,
        network: "ascn".into()
    }));
    assert!(
        near.reasons
            .iter()
            .any(|r| matches!(r, Reason::PriceAbove { .. }))
    );
    assert!(near.reasons.contains(&Reason::SpeaksNone));
    assert!(here.score > near.score && near.score > 0);
}

#[test]
fn offers_are_filtered_by_country_domain_ticket_and_instrument() {
    let usd = |v| Amount::new(v, "USD");
    let offer = |id: &str, r: Reach, domains: Vec<PracticeDomain>, lo, hi, i| OfferFacts {
        id: id.into(),
        instrument: i,
        reach: r,
        domains,
        ticket: (usd(lo), usd(hi)),
    };
    let asean = offer(
        "asean",
        reach(&[], &["south-eastern-asia"]),
        vec![],
        1_000_000,
        50_000_000,
        Instrument::Loan,
    );
    let korea = offer(
        "korea",
        reach(&["KR"], &[]),
        vec![],
        1_000_000,
        50_000_000,
        Instrument::Loan,
    );
    let health = offer(
        "health",
        reach(&["ID"], &[]),
        vec![PracticeDomain::Health],
        1,
        50_000_000,
        Instrument::Grant,
    );
    let small = offer(
        "small",
        reach(&["ID"], &[]),
        vec![],
        10_000,
        100_000,
        Instrument::Grant,
    );
    let waste = offer(
        "waste",
        reach(&["ID"], &[]),
        vec![PracticeDomain::SustainableCity],
        100_000,
        20_000_000,
        Instrument::Grant,
    );
    // IDR 79.25 billion is USD 5 million at the reference rate.
    let mut need = jakarta_need(Some(Amount::new(79_250_000_000, "IDR")));
    let all = [
        (&asean, 1.0),
        (&korea, 5.0),
        (&health, 5.0),
        (&small, 5.0),
        (&waste, 1.0),
    ];
    let ranked = offers(&need, &all);
    let ids: Vec<&str> = ranked.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["waste", "asean"]);
    assert!(ranked[0].reasons.contains(&Reason::TicketFits {
        min: usd(100_000),
        max: usd(20_000_000),
        amount: Amount::new(79_250_000_000, "IDR"),
        converted: Some(usd(5_000_000)),
    }));
    assert!(ranked[1].reasons.contains(&Reason::AnyDomain));
    need.instruments = vec![Instrument::Loan];
    let ids: Vec<String> = offers(&need, &all).into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["asean"]);
}

#[test]
fn peers_are_cities_that_did_it_nearest_and_in_the_same_network_first_never_the_city_itself() {
    let need = jakarta_need(None);
    let peer = |c: CityFacts, n| PeerFacts {
        city: c,
        practices: n,
        finished: 0,
        languages: vec!["en"],
    };
    let own = peer(city("jakarta", "ID", (-6.2, 106.85), &["ascn"]), 3);
    let makassar = peer(city("makassar", "ID", (-5.14, 119.42), &["ascn"]), 1);
    let seoul = peer(city("seoul", "KR", (37.57, 126.98), &["wego"]), 1);
    let ranked = peers(&need, &[(&own, 9.0), (&seoul, 1.0), (&makassar, 1.0)]);
    let ids: Vec<&str> = ranked.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["makassar", "seoul"]);
    assert!(ranked[0].reasons.contains(&Reason::SameCountry {
        country: country("ID")
    }));
    assert!(ranked[0].reasons.contains(&Reason::SharedNetwork {
        network: "ascn".into()
    }));
    let Some(Reason::Distance { km }) = ranked[1]
        .reasons
        .iter()
        .find(|r| matches!(r, Reason::Distance { .. }))
    else {
        panic!("no distance")
    };
    // Jakarta–Seoul is about 5,270 km.
    assert!((5_200..5_350).contains(km), "{km}");
}

#[test]
fn inputs_name_every_wrong_field() {
    let e = SolutionInput {
        company: Some("acme".into()),
        titles: I18nText::en("Route planner"),
        description: I18nText::en("Plans routes."),
        domain: Some("waste".into()),
        countries: vec!["XX".into()],
        regions: vec!["mars".into()],
        price_min: Some(10),
        price_max: Some(5),
        price_model: Some("rent".into()),
        languages: vec!["klingon".into()],
        references: vec![ReferenceInput {
            city: "Not A Slug".into(),
            year: Some("last year".into()),
            ..Default::default()
        }],
        ..Default::default()
    }
    .validate()
    .unwrap_err();
    for f in [
        "domain",
        "countries",
        "regions",
        "price_max",
        "currency",
        "price_model",
        "languages",
        "references[0].city",
        "references[0].year",
    ] {
        assert!(e.0.contains_key(f), "{f} in {e:?}");
    }
    let ok = SolutionInput {
        company: Some("acme".into()),
        titles: I18nText::en("Route planner"),
        description: I18nText::en("Plans routes."),
        domain: Some("sustainable_city".into()),
        regions: vec!["south-eastern-asia".into()],
        price_model: Some("subscription".into()),
        languages: vec!["vi".into(), "en".into(), "zh-Hans".into()],
        ..Default::default()
    }
    .validate()
    .unwrap();
    assert_eq!(ok.id, "acme-route-planner");
    assert_eq!(ok.languages, ["en", "vi", "zh"]);
    assert_eq!(ok.price, None);

    let e = OfferInput {
        financier: Some("bank".into()),
        titles: I18nText::en("Loans"),
        description: I18nText::en("We lend."),
        instrument: Some("loan".into()),
        ticket_min: Some(100),
        ..Default::default()
    }
    .validate()
    .unwrap_err();
    assert!(
        e.0.contains_key("countries") && e.0.contains_key("currency"),
        "{e:?}"
    );

    let e = NeedInput {
        kind: Some("funding".into()),
        titles: I18nText::en("Money"),
        ..Default::default()
    }
    .validate("p")
    .unwrap_err();
    assert!(e.0.contains_key("amount"), "{e:?}");
    let e = NeedInput {
        kind: Some("peer".into()),
        titles: I18nText::en("Someone who did it"),
        instruments: vec!["loan".into()],
        ..Default::default()
    }
    .validate("p")
    .unwrap_err();
    assert!(e.0.contains_key("instruments"), "{e:?}");
}

#[test]
fn a_checked_value_reads_back_from_its_canonical_input() {
    let s = SolutionInput {
        company: Some("acme".into()),
        titles: I18nText::en("Route planner"),
        description: I18nText::en("Plans routes."),
        domain: Some("sustainable_city".into()),
        countries: vec!["vn".into()],
        regions: vec!["south-eastern-asia".into()],
        price_min: Some(1),
        price_max: Some(2),
        currency: Some("usd".into()),
        price_model: Some("purchase".into()),
        languages: vec!["vi".into()],
        references: vec![ReferenceInput {
            city: "da-nang".into(),
            year: Some("2023".into()),
            ..Default::default()
        }],
        ..Default::default()
    }
    .validate()
    .unwrap();
    assert_eq!(s.to_input().validate().unwrap(), s);
    let o = OfferInput {
        financier: Some("bank".into()),
        titles: I18nText::en("Loans"),
        description: I18nText::en("We lend."),
        instrument: Some("loan".into()),
        regions: vec!["eastern-asia".into()],
        ticket_min: Some(100),
        ticket_max: Some(1000),
        currency: Some("JPY".into()),
        ..Default::default()
    }
    .validate()
    .unwrap();
    assert_eq!(o.to_input().validate().unwrap(), o);
    let n = NeedInput {
        id: Some("money".into()),
        kind: Some("funding".into()),
        titles: I18nText::en("Money"),
        amount: Some(5),
        currency: Some("KRW".into()),
        instruments: vec!["grant".into()],
        ..Default::default()
    }
    .validate("p")
    .unwrap();
    assert_eq!(n.id, "p-money");
    assert_eq!(n.to_input().validate("p").unwrap(), n);
}

#[test]
fn an_id_made_from_a_long_title_is_shortened_to_fit_with_the_company_before_it() {
    let input = SolutionInput {
        company: Some("sample-binroute".into()),
        titles: I18nText::en(
            "Collection routes planned every morning from the fill levels of street bins and trucks",
        ),
        description: I18nText::en("Plans routes."),
        domain: Some("sustainable_city".into()),
        countries: vec!["ID".into()],
        price_model: Some("subscription".into()),
        languages: vec!["en".into()],
        ..Default::default()
    };
    let s = input
        .clone()
        .validate()
        .expect("a long title makes a valid id");
    assert!(
        s.id.starts_with("sample-binroute-collection-routes"),
        "{}",
        s.id
    );
    assert!(s.id.len() <= crate::ids::MAX_SLUG, "{}", s.id);
    // An id the user typed is never cut: too long with the prefix, it is refused by name.
    let typed = SolutionInput {
        id: Some("a".repeat(60)),
        ..input
    };
    let e = typed.validate().unwrap_err();
    assert!(e.0.contains_key("id"), "{e:?}");
}

#[test]
fn a_need_id_has_its_project_before_it_and_always_fits_in_an_id() {
    let need = |project: &str, id: &str| {
        NeedInput {
            id: Some(id.into()),
            kind: Some("peer".into()),
            titles: I18nText::en("Someone who did it"),
            ..Default::default()
        }
        .validate(project)
    };
    assert_eq!(
        need("jakarta-waste", "peers").unwrap().id,
        "jakarta-waste-peers"
    );
    // Read back, an id is kept as it is.
    let long = "a".repeat(60);
    let made = need(&long, "need-0a1b2c3d").unwrap().id;
    assert!(made.len() <= crate::ids::MAX_SLUG, "{made}");
    assert!(made.starts_with(&"a".repeat(47)) && made.ends_with("-need-0a1b2c3d"));
    assert_eq!(need(&long, &made).unwrap().id, made);
    // What cannot fit is refused on the field, never cut or stored over-long.
    let e = need(&long, &"b".repeat(40)).unwrap_err();
    assert!(
        e.0["id"].starts_with("with the project's id before it"),
        "{e:?}"
    );
}

#[test]
fn a_window_of_a_ranking_is_that_slice_of_the_whole_with_the_eligible_counted() {
    let need = jakarta_need(Some(Amount::new(1_585_000_000, "IDR")));
    // Ties in score (the same relevance, price and languages) are ordered by id.
    let all: Vec<SolutionFacts> = (0..30)
        .map(|i| {
            let r = if i % 7 == 0 {
                reach(&["US"], &[])
            } else {
                reach(&["ID"], &[])
            };
            solution(
                &format!("s{:02}", 29 - i),
                r,
                Some((50_000, 90_000)),
                &["id"],
            )
        })
        .collect();
    let items: Vec<(&SolutionFacts, f32)> = all
        .iter()
        .enumerate()
        .map(|(i, s)| (s, (i % 4) as f32))
        .collect();
    let whole = solutions(&need, &items);
    assert_eq!(whole.len(), 30 - 5);
    for w in [0..10, 10..20, 20..30, 24..25, 40..50] {
        let page = solutions_in(&need, &items, 3.0, w.clone());
        assert_eq!(page.total, whole.len());
        let end = w.end.min(whole.len());
        let start = w.start.min(end);
        assert_eq!(page.page, whole[start..end], "{w:?}");
    }
}
