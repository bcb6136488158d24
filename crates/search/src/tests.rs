//! The index end to end: analysis per language, facets, snippets, positions.

use super::*;

fn doc(id: &str, lang: Lang, title: &str, body: &str, names: &[&str]) -> Doc {
    Doc {
        id: id.into(),
        group: id.into(),
        kind: Kind::Practice,
        title: I18nText::new().with(lang, title),
        texts: vec![(Some(lang), title.into()), (Some(lang), body.into())],
        names: names.iter().map(|s| s.to_string()).collect(),
        url: format!("/practices/{id}"),
        langs: vec![lang.tag().into()],
        country: Some("KR".into()),
        domain: Some("health".into()),
        year: Some("2020".into()),
    }
}

fn ids(ix: &SearchIndex, q: &str) -> Vec<String> {
    ix.search(&SearchQuery {
        text: q.into(),
        page: 1,
        per_page: 10,
        ..Default::default()
    })
    .unwrap()
    .hits
    .into_iter()
    .map(|h| h.id)
    .collect()
}

#[test]
fn every_language_finds_its_words_and_names_cross_scripts() {
    let ix = SearchIndex::in_memory().unwrap();
    let seoul = ["Seoul", "서울", "ソウル", "首尔", "Séoul"];
    ix.apply(
        &[],
        &[],
        &[
            doc(
                "ko1",
                Lang::Ko,
                "회원이 늘었다",
                "도시의 회원이 데이터를 공유했다",
                &seoul,
            ),
            doc(
                "zh1",
                Lang::ZhHans,
                "城市交通",
                "首都的城市交通数据开放",
                &[],
            ),
            doc(
                "ja1",
                Lang::Ja,
                "検査体制",
                "東京都の首都圏で検査を拡大した",
                &["Tokyo", "東京"],
            ),
            doc(
                "fr1",
                Lang::Fr,
                "La ville ouverte",
                "Une ville qui ouvre ses données aux citoyens",
                &["Lyon"],
            ),
            doc(
                "en1",
                Lang::En,
                "Night buses",
                "Routes planned from call data in Singapore",
                &["Singapore"],
            ),
        ],
        7,
    )
    .unwrap();
    assert_eq!(ix.position().unwrap(), 7);
    assert_eq!(ids(&ix, "회원"), ["ko1"]);
    assert_eq!(ids(&ix, "城市"), ["zh1"]);
    assert!(ids(&ix, "首都").contains(&"zh1".to_string()));
    assert!(ids(&ix, "首都").contains(&"ja1".to_string()));
    assert_eq!(ids(&ix, "検査"), ["ja1"]);
    assert_eq!(ids(&ix, "villes"), ["fr1"]);
    for name in ["서울", "ソウル", "首尔", "Séoul", "seoul"] {
        assert_eq!(ids(&ix, name), ["ko1"], "{name}");
    }
    assert_eq!(ids(&ix, "Singapur"), ["en1"], "one typo away");
    assert!(ids(&ix, "zzzz").is_empty());
    assert!(
        ids(&ix, "\"a:b\" AND (").is_empty(),
        "no query syntax, no error"
    );
    // Deleting and replacing.
    ix.apply(&["zh1".into()], &[], &[], 8).unwrap();
    assert!(ids(&ix, "城市").is_empty());
    let r = ix
        .search(&SearchQuery {
            text: "회원".into(),
            page: 1,
            per_page: 10,
            ..Default::default()
        })
        .unwrap();
    let marked: Vec<&str> = r.hits[0]
        .snippet
        .iter()
        .filter(|p| p.hit)
        .map(|p| p.text.as_str())
        .collect();
    assert!(marked.contains(&"회원"), "{:?}", r.hits[0].snippet);
    assert_eq!(r.facets[0].1, vec![("practice".to_string(), 1)]);
}

/// The marked pieces of a text's snippet for a query.
fn marked(text: &str, query: &str) -> Vec<String> {
    snippet(text, &query_terms(query), 200)
        .into_iter()
        .filter(|p| p.hit)
        .map(|p| p.text)
        .collect()
}

#[test]
fn french_inflected_words_are_marked_whole() {
    let t = "Les villes et la ville de Bovilles";
    assert_eq!(marked(t, "ville"), ["villes", "ville"]);
    assert_eq!(marked(t, "Villes"), ["villes", "ville"]);
    assert_eq!(
        snippet("Une ville qui ouvre", &query_terms("villes"), 200),
        [
            Piece {
                text: "Une ".into(),
                hit: false
            },
            Piece {
                text: "ville".into(),
                hit: true
            },
            Piece {
                text: " qui ouvre".into(),
                hit: false
            },
        ]
    );
    // Accents and case folded, as the index folds them.
    assert_eq!(marked("Les Données ouvertes", "donnees"), ["Données"]);
}

#[test]
fn english_stems_mark_the_whole_word() {
    let t = "Smart Cities: one city, many cities";
    assert_eq!(marked(t, "city"), ["Cities", "city", "cities"]);
    assert_eq!(marked(t, "cities"), ["Cities", "city", "cities"]);
    assert_eq!(marked("Night buses planned", "planning"), ["planned"]);
}

#[test]
fn a_term_inside_another_word_is_not_marked() {
    assert_eq!(
        marked("Bovilles, cityscapes", "ville city"),
        Vec::<String>::new()
    );
    // Even a stem given as a term counts from a word's start only.
    let terms = ["vill".to_string()];
    let hits: Vec<String> = snippet("bovilles villes", &terms, 200)
        .into_iter()
        .filter(|p| p.hit)
        .map(|p| p.text)
        .collect();
    assert_eq!(hits, ["villes"]);
    assert_eq!(marked("database of data", "data"), ["data"]);
}

#[test]
fn cjk_marks_just_the_matched_run() {
    assert_eq!(marked("도시의 회원이 데이터를 공유했다", "회원"), ["회원"]);
    assert_eq!(marked("東京都の首都圏で検査を拡大した", "首都"), ["首都"]);
    assert_eq!(marked("首都的城市交通数据开放", "城市"), ["城市"]);
    let s = snippet("会员회원이", &query_terms("회원"), 200);
    assert_eq!(
        s,
        [
            Piece {
                text: "会员".into(),
                hit: false
            },
            Piece {
                text: "회원".into(),
                hit: true
            },
            Piece {
                text: "이".into(),
                hit: false
            },
        ]
    );
    // A Latin word right against CJK is still a word of its own.
    assert_eq!(marked("Seoul서울시", "서울"), ["서울"]);
    assert_eq!(marked("Seoul서울시", "seoul"), ["Seoul"]);
    assert_eq!(query_terms("Seoul서울 a"), ["seoul", "서울"]);
}

#[test]
fn the_window_does_not_cut_a_marked_word() {
    let s = snippet("ville villes et plus", &query_terms("ville"), 8);
    let text: String = s.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(text, "ville villes…");
    assert_eq!(
        s[2],
        Piece {
            text: "villes".into(),
            hit: true
        }
    );
    assert!(snippet("", &query_terms("ville"), 200).is_empty());
    assert_eq!(
        snippet("abc", &query_terms("ville"), 200),
        [Piece {
            text: "abc".into(),
            hit: false
        }]
    );
}

#[test]
fn snippets_come_from_a_text_that_matches_by_its_stems() {
    let stored = serde_json::to_string(&[
        ("en", "Night buses"),
        ("fr", "Les villes ouvertes"),
        ("en", "Smart cities"),
    ])
    .unwrap();
    let m = Marker::new(&query_terms("city"));
    assert_eq!(pick_text(&stored, &m, Some(Lang::Fr)), "Smart cities");
    let m = Marker::new(&query_terms("ville"));
    assert_eq!(
        pick_text(&stored, &m, Some(Lang::En)),
        "Les villes ouvertes"
    );
}

#[test]
fn search_hits_mark_whole_words() {
    let ix = SearchIndex::in_memory().unwrap();
    ix.apply(
        &[],
        &[],
        &[
            doc(
                "fr1",
                Lang::Fr,
                "La ville",
                "Des villes qui ouvrent leurs données",
                &[],
            ),
            doc(
                "en1",
                Lang::En,
                "Open data",
                "Cities opening their data",
                &[],
            ),
        ],
        1,
    )
    .unwrap();
    let hit_words = |q: &str| -> Vec<(String, Vec<String>)> {
        ix.search(&SearchQuery {
            text: q.into(),
            page: 1,
            per_page: 10,
            ..Default::default()
        })
        .unwrap()
        .hits
        .into_iter()
        .map(|h| {
            let words = h.snippet.into_iter().filter(|p| p.hit).map(|p| p.text);
            (h.id, words.collect())
        })
        .collect()
    };
    assert_eq!(hit_words("ville"), [("fr1".into(), vec!["ville".into()])]);
    assert_eq!(hit_words("villes"), [("fr1".into(), vec!["ville".into()])]);
    assert_eq!(hit_words("city"), [("en1".into(), vec!["Cities".into()])]);
}

/// Pieces of text: words that stem together or inside one another, CJK runs, separators
/// and any character at all.
fn text_piece() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let words = [
        "villes",
        "Ville",
        "Bovilles",
        "city",
        "Cities",
        "cityscape",
        "Données",
        "donnees",
        "회원이",
        "회원",
        "東京都",
        "首都圏",
        "城市",
        "ソウル",
        "Seoul",
        "İstanbul",
        "ßtraße",
        "ﬃx",
        "٣٣",
        "e\u{301}té",
        " ",
        " ",
        "\n",
        "'",
        "…",
        "-",
    ];
    prop_oneof![
        3 => proptest::sample::select(words.map(String::from).to_vec()),
        1 => any::<char>().prop_map(String::from),
    ]
}

proptest::proptest! {
    #[test]
    fn snippets_never_panic_and_mark_whole_latin_words(
        text in proptest::collection::vec(text_piece(), 0..24),
        query in proptest::collection::vec(text_piece(), 0..4),
        from in 0usize..80,
        len in 0usize..12,
        max in 0usize..80,
    ) {
        let text: String = text.concat();
        let chars: Vec<char> = text.chars().collect();
        // A query taken from the text, so that it matches, and one of its own.
        let from = from.min(chars.len());
        let inner: String = chars[from..(from + len).min(chars.len())].iter().collect();
        let query: String = query.concat();
        for terms in [query_terms(&inner), query_terms(&query), vec![inner.clone(), query.clone()]] {
            let pieces = snippet(&text, &terms, max);
            for p in &pieces {
                proptest::prop_assert!(!p.text.is_empty());
            }
            for w in pieces.windows(2) {
                proptest::prop_assert_ne!(w[0].hit, w[1].hit);
                let (a, b) = (w[0].text.chars().last(), w[1].text.chars().next());
                if let (Some(a), Some(b)) = (a, b) {
                    proptest::prop_assert!(
                        !(is_word_char(a) && is_word_char(b)),
                        "a mark splits a word: {:?}", pieces
                    );
                }
            }
            // Nothing cut (the window starts a quarter of it before the first mark).
            let marks = Marker::new(&terms).marks(&text);
            let first = marks.iter().position(|m| *m).unwrap_or(0);
            if max >= chars.len() && first <= max / 4 {
                let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
                proptest::prop_assert_eq!(joined, text.replace('\n', " "));
            }
        }
        let _ = pick_text(
            &serde_json::to_string(&[("fr", &text), ("en", &query)]).unwrap(),
            &Marker::new(&query_terms(&inner)),
            Some(Lang::Fr),
        );
    }
}

#[test]
fn relevance_takes_a_long_text_as_its_words_so_an_unspaced_sentence_still_finds_what_shares_them() {
    let ix = SearchIndex::in_memory().unwrap();
    let mut routes = doc(
        "routes",
        Lang::Ja,
        "ごみ収集ルート最適化",
        "収集車の走行ルートを毎日最適化し燃料を減らす",
        &[],
    );
    routes.kind = Kind::Solution;
    routes.id = "solution:routes".into();
    let mut lights = doc(
        "lights",
        Lang::Ja,
        "街路灯の遠隔管理",
        "街路灯を遠隔で調光する",
        &[],
    );
    lights.kind = Kind::Solution;
    lights.id = "solution:lights".into();
    let mut case = doc("case", Lang::Ja, "ごみ収集", "収集車の燃料", &[]);
    case.kind = Kind::Practice;
    ix.apply(&[], &[], &[routes, lights, case], 0).unwrap();
    // A need's sentence: no document holds it whole; the search box finds what shares most of
    // its words.
    let need = "市内のごみ収集車が同じ道を半分空で走り燃料を無駄にしている";
    assert!(!ids(&ix, need).contains(&"lights".to_string()));
    let hits = ix.relevance(need, Kind::Solution, 10).unwrap();
    let found: Vec<&str> = hits.iter().map(|(id, _)| id.as_str()).collect();
    // Only solutions, by the words they share: the route planner well before the street
    // lights, which share a particle at most.
    assert_eq!(found[0], "routes");
    assert!(!found.contains(&"case"));
    assert!(
        hits.get(1).is_none_or(|l| l.1 * 2.0 < hits[0].1),
        "{hits:?}"
    );
}

#[test]
fn relevance_reads_ids_of_every_segment_and_of_cues_which_have_no_key_column() {
    let ix = SearchIndex::in_memory().unwrap();
    let mut cue = doc("cue:ev:en:0", Lang::En, "", "waste collection routes", &[]);
    cue.kind = Kind::Cue;
    // Two commits: two segments, each with its own key column.
    for (n, id) in ["solution:a", "solution:b"].into_iter().enumerate() {
        let mut s = doc(
            id,
            Lang::En,
            "Waste routes",
            "collection routes planned daily",
            &[],
        );
        s.kind = Kind::Solution;
        ix.apply(&[], &[], &[s], n as i64 + 1).unwrap();
    }
    ix.apply(&[], &[], std::slice::from_ref(&cue), 3).unwrap();
    let mut found: Vec<String> = ix
        .relevance("waste collection routes", Kind::Solution, 10)
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    found.sort();
    assert_eq!(found, ["a", "b"]);
    let cues = ix
        .relevance("waste collection routes", Kind::Cue, 10)
        .unwrap();
    assert_eq!(cues.len(), 1);
    assert_eq!(cues[0].0, "ev:en:0");
}

#[test]
fn an_index_of_another_schema_is_made_again_empty_so_the_server_rebuilds_it() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut s = tantivy::schema::Schema::builder();
        s.add_text_field("id", STRING | STORED);
        let index = Index::create_in_dir(dir.path(), s.build()).unwrap();
        let mut w: IndexWriter = index.writer(15_000_000).unwrap();
        let mut c = w.prepare_commit().unwrap();
        c.set_payload("outbox:42");
        c.commit().unwrap();
    }
    let ix = SearchIndex::open(dir.path()).unwrap();
    assert_eq!(ix.position().unwrap(), 0);
    ix.apply(&[], &[], &[doc("x", Lang::En, "Waste", "routes", &[])], 7)
        .unwrap();
    drop(ix);
    // Opened again with its own schema, it is kept.
    let ix = SearchIndex::open(dir.path()).unwrap();
    assert_eq!(ix.position().unwrap(), 7);
    assert_eq!(ix.num_docs(), 1);
}

#[test]
fn documents_of_equal_score_come_back_in_one_order_however_they_were_indexed() {
    // Twelve documents that score alike for "recycling": the same text, ids apart.
    let docs: Vec<Doc> = (0..12)
        .map(|i| {
            doc(
                &format!("p{i:02}"),
                Lang::En,
                "Recycling",
                "recycling bins",
                &[],
            )
        })
        .collect();
    let order = |batches: Vec<Vec<Doc>>| {
        let ix = SearchIndex::in_memory().unwrap();
        for (n, b) in batches.into_iter().enumerate() {
            ix.apply(&[], &[], &b, n as i64 + 1).unwrap();
        }
        let page = |p: usize| {
            ix.search(&SearchQuery {
                text: "recycling".into(),
                page: p,
                per_page: 5,
                ..Default::default()
            })
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect::<Vec<_>>()
        };
        (1..=3).flat_map(page).collect::<Vec<String>>()
    };
    let one = order(vec![docs.clone()]);
    let mut reversed = docs.clone();
    reversed.reverse();
    // In reverse, in three commits (three segments).
    let other = order(reversed.chunks(4).map(<[Doc]>::to_vec).collect());
    assert_eq!(one.len(), 12);
    assert_eq!(one, other);
    // The order is the ties' key, not the ids' nor the index's.
    let mut by_tie = one.clone();
    by_tie.sort_by_key(|id| tie_of(id));
    assert_eq!(one, by_tie);
}

#[test]
fn a_cjk_query_without_spaces_finds_documents_with_most_of_its_words_and_the_phrase_first() {
    let ix = SearchIndex::in_memory().unwrap();
    let docs = vec![
        doc(
            "k1",
            Lang::Ko,
            "스마트시티 전략",
            "서울의 스마트시티 계획",
            &[],
        ),
        doc("j1", Lang::Ja, "東京の交通", "東京の交通を改善する", &[]),
        doc(
            "j2",
            Lang::Ja,
            "交通計画",
            "東京都は新しい交通計画を発表した",
            &[],
        ),
        doc("z1", Lang::ZhHans, "上海", "上海治理交通拥堵的经验", &[]),
        doc("z2", Lang::ZhHans, "深圳", "深圳治理交通拥堵", &[]),
        doc("x", Lang::Ja, "図書館", "市立図書館の開館時間", &[]),
    ];
    ix.apply(&[], &[], &docs, 1).unwrap();
    // A particle stuck to the word.
    assert_eq!(ids(&ix, "스마트시티를"), ["k1"]);
    // A phrase with の: the document with the phrase first, the one with both words next.
    assert_eq!(ids(&ix, "東京の交通"), ["j1", "j2"]);
    // A longer compound than the documents write.
    assert!(ids(&ix, "上海市").contains(&"z1".to_string()));
    // A whole question: the city's document first, the other city's with the same words next.
    let q = ids(&ix, "深圳如何治理交通拥堵");
    assert_eq!(q.first().map(String::as_str), Some("z2"));
    assert!(q.contains(&"z1".to_string()));
    // Words that share nothing find nothing.
    assert!(!ids(&ix, "東京の交通").contains(&"x".to_string()));
}

#[test]
fn function_words_and_elisions_match_nothing_not_even_names() {
    let ix = SearchIndex::in_memory().unwrap();
    let docs = vec![
        doc(
            "iclei",
            Lang::En,
            "Local Governments for Sustainability",
            "a network",
            &["ICLEI Local Governments for Sustainability"],
        ),
        doc(
            "ademe",
            Lang::Fr,
            "Agence de l'environnement",
            "agence",
            &["Agence de l'environnement et de la maîtrise de l'énergie"],
        ),
        doc(
            "water",
            Lang::Fr,
            "L'eau potable",
            "La gestion d'énergie et de l'eau",
            &[],
        ),
    ];
    ix.apply(&[], &[], &docs, 1).unwrap();
    assert!(ids(&ix, "for").is_empty());
    assert!(ids(&ix, "de l'").is_empty());
    // Elided words are found by their word.
    assert_eq!(ids(&ix, "eau"), ["water"]);
    let energy = ids(&ix, "énergie");
    assert!(energy.contains(&"water".to_string()) && energy.contains(&"ademe".to_string()));
    // "for" no longer pulls the organization named with it.
    assert_eq!(ids(&ix, "water for cities"), Vec::<String>::new());
}

#[test]
fn japanese_inflections_find_each_other() {
    let ix = SearchIndex::in_memory().unwrap();
    let docs = vec![
        doc(
            "a",
            Lang::Ja,
            "高齢者を見守る",
            "地域で高齢者を見守る仕組み",
            &[],
        ),
        doc(
            "b",
            Lang::Ja,
            "見守りサービス",
            "高齢者の見守りサービスを始めた",
            &[],
        ),
        doc("c", Lang::Ja, "道路の改善", "道路を改善した", &[]),
        doc("d", Lang::Ja, "図書館", "市立図書館の開館時間", &[]),
    ];
    ix.apply(&[], &[], &docs, 1).unwrap();
    for q in ["見守り", "見守る", "見守って"] {
        let found = ids(&ix, q);
        assert!(
            found.contains(&"a".to_string()) && found.contains(&"b".to_string()),
            "{q}: {found:?}"
        );
        assert!(!found.contains(&"d".to_string()), "{q}: {found:?}");
    }
    assert_eq!(ids(&ix, "改善する"), ["c"]);
}

#[test]
fn documents_in_the_readers_language_come_first_and_the_others_follow() {
    let ix = SearchIndex::in_memory().unwrap();
    let docs = vec![
        doc(
            "en",
            Lang::En,
            "Open data",
            "an open data portal for the city",
            &[],
        ),
        doc(
            "fr",
            Lang::Fr,
            "Open data",
            "un portail open data pour la ville",
            &[],
        ),
    ];
    ix.apply(&[], &[], &docs, 1).unwrap();
    let order = |reader| {
        ix.search(&SearchQuery {
            text: "open data".into(),
            page: 1,
            per_page: 10,
            reader,
            ..Default::default()
        })
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect::<Vec<_>>()
    };
    assert_eq!(order(Some(Lang::Fr)), ["fr", "en"]);
    assert_eq!(order(Some(Lang::En)), ["en", "fr"]);
}

#[test]
fn a_cjk_query_whose_words_exist_is_never_an_empty_list() {
    let ix = SearchIndex::in_memory().unwrap();
    let docs = vec![
        doc("z", Lang::ZhHans, "交通", "城市交通数据", &[]),
        doc("y", Lang::ZhHans, "图书馆", "市立图书馆", &[]),
    ];
    ix.apply(&[], &[], &docs, 1).unwrap();
    // One word in four is known: most of them match nothing, so any of them is taken.
    assert_eq!(ids(&ix, "交通拥堵治理方案"), ["z"]);
    // Nothing known: nothing found.
    assert!(ids(&ix, "拥堵治理方案").is_empty());
}

#[test]
fn a_query_finds_its_concept_in_other_words_below_its_own() {
    let ix = SearchIndex::in_memory().unwrap();
    let docs = vec![
        doc(
            "words",
            Lang::En,
            "Garbage trucks",
            "garbage trucks at night",
            &[],
        ),
        doc(
            "gap",
            Lang::En,
            "Waste collection",
            "solid waste picked up",
            &[],
        ),
        doc("ko", Lang::Ko, "폐기물 수거", "생활폐기물을 줄였다", &[]),
        doc(
            "ja",
            Lang::Ja,
            "再資源化",
            "ペットボトルの再資源化を進めた",
            &[],
        ),
        doc("fr", Lang::Fr, "Vélos", "des vélos en libre-service", &[]),
        doc(
            "other",
            Lang::En,
            "Libraries",
            "a library card for every child",
            &[],
        ),
    ];
    ix.apply(&[], &[], &docs, 1).unwrap();
    let search = |text: &str, reader| {
        ix.search(&SearchQuery {
            text: text.into(),
            page: 1,
            per_page: 10,
            reader: Some(reader),
            ..Default::default()
        })
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect::<Vec<_>>()
    };
    // The query's own word first, its concept's other words next; other languages' words are
    // not brought in for a topical query.
    assert_eq!(search("garbage", Lang::En), ["words", "gap"]);
    assert_eq!(search("쓰레기를", Lang::Ko), ["ko"]);
    assert_eq!(search("リサイクル", Lang::Ja), ["ja"]);
    assert_eq!(search("vélos partagés", Lang::Fr), ["fr"]);
    assert_eq!(search("library", Lang::En), ["other"]);
}

#[test]
fn a_name_the_query_holds_whole_comes_first_and_one_word_of_a_long_name_does_not() {
    let ix = SearchIndex::in_memory().unwrap();
    let seoul = ["Seoul", "서울"];
    let network = ["Harbour Cities for Sustainability", "항구도시 네트워크"];
    let docs = vec![
        doc(
            "seoul",
            Lang::Ko,
            "서울 데이터 광장",
            "서울의 공공 데이터",
            &seoul,
        ),
        doc(
            "busan",
            Lang::Ko,
            "부산 데이터",
            "부산 데이터 허브와 데이터",
            &["Busan", "부산"],
        ),
        doc(
            "kyoto",
            Lang::Ja,
            "京都の観光",
            "京都の観光客",
            &["Kyoto", "京都"],
        ),
        doc(
            "tokyo",
            Lang::Ja,
            "東京都の検査",
            "都内の検査",
            &["Tokyo", "東京都"],
        ),
        doc(
            "net",
            Lang::En,
            "A network of cities",
            "ports and cities",
            &network,
        ),
        doc(
            "bus",
            Lang::En,
            "Buses in the pandemic",
            "how cities kept buses running",
            &[],
        ),
    ];
    ix.apply(&[], &[], &docs, 1).unwrap();
    // Seoul named: Seoul's data before Busan's, which says data more often.
    assert_eq!(ids(&ix, "서울 데이터")[..2], ["seoul", "busan"]);
    // 京都 inside 東京都 is not Kyoto: its bigram may still match the text, but the name
    // the query holds is Tokyo's.
    assert_eq!(ids(&ix, "東京都")[0], "tokyo");
    // "cities" is one word of the network's name, not the name.
    assert_eq!(ids(&ix, "how did cities keep buses running")[0], "bus");
    // The whole name finds the network first.
    assert_eq!(ids(&ix, "Harbour Cities for Sustainability")[0], "net");
}

#[test]
fn a_transcript_line_comes_after_the_case_that_says_the_same_at_length() {
    let ix = SearchIndex::in_memory().unwrap();
    let mut line = doc("cue", Lang::En, "", "free buses for everyone", &[]);
    line.kind = Kind::Cue;
    line.texts.remove(0);
    let case = doc(
        "case",
        Lang::En,
        "Free buses in Dunkirk",
        "since 2018 the buses of the whole agglomeration are free for residents and visitors, \
         and ridership doubled in the first year while the city reorganised its network",
        &[],
    );
    ix.apply(&[], &[], &[line, case], 1).unwrap();
    assert_eq!(ids(&ix, "free buses"), ["case", "cue"]);
}
