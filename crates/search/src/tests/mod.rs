//! The index end to end: analysis per language, facets, snippets, positions; the order of
//! results and what a query is understood as in `ranking.rs`.

use super::*;

mod ranking;

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
    ids_as(ix, q, None)
}

/// The first ten ids for `q`, searched by a reader of `reader`.
fn ids_as(ix: &SearchIndex, q: &str, reader: Option<Lang>) -> Vec<String> {
    ix.search(&SearchQuery {
        text: q.into(),
        page: 1,
        per_page: 10,
        reader,
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
