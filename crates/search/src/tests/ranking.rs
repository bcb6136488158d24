//! The order of results and what a query is understood as: stable ties, CJK runs as bags,
//! function words, Japanese inflections, the reader's language, the concept vocabulary, whole
//! names, transcript lines.

use super::*;

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
    let order = |reader| ids_as(&ix, "open data", reader);
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
    let search = |text: &str, reader| ids_as(&ix, text, Some(reader));
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
