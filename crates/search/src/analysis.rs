//! Text analysis per language, all without anything downloaded:
//! - `latin`: words of letters and digits, lower-cased, accents folded (names, typo tolerance);
//! - `en`, `fr`: the same with the Snowball stemmer (villes → vill ← ville);
//! - `ja`: ICU4X word segmentation (its dictionary is compiled into the crate);
//! - `zh`: jieba in search mode (its dictionary is inside the crate);
//! - `ko`: bigrams of Hangul runs, so that 회원 is found in 회원이 (no offline Korean
//!   dictionary exists);
//! - `cjk`: bigrams of every run of Han, kana and Hangul, for recall across CJK languages
//!   (首都, 城市, 회원: two-character words are one bigram);
//! - `kanji`: the runs of kanji of a Japanese text, for the base forms that no offline
//!   dictionary gives: an inflected word is its kanji stem and kana endings (見守り, 見守る,
//!   見守って), and the endings are what changes, so the stem 見守 finds every form. ICU4X
//!   alone cuts the forms differently (見|守り, 見守る, 見|守|って).
//!
//! Function words are dropped where a word is a token: English (Lucene's list) and French
//! (Snowball's, with the elided l', d', qu' that the tokenizer cuts off) in their fields and in
//! the Latin and name fields, so that "for", "de" or "l'" match no organization's name;
//! Japanese particles and Chinese function and question words in theirs.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenStream, Tokenizer,
};

pub const LATIN: &str = "cd_latin";
pub const EN: &str = "cd_en";
pub const FR: &str = "cd_fr";
pub const JA: &str = "cd_ja";
pub const ZH: &str = "cd_zh";
pub const KO: &str = "cd_ko";
pub const CJK: &str = "cd_cjk";
pub const KANJI: &str = "cd_kanji";

/// A language's function words, from tantivy's lists (none if it had none).
fn stop(lang: Language) -> StopWordFilter {
    StopWordFilter::new(lang).unwrap_or_else(|| StopWordFilter::remove(Vec::new()))
}

/// Japanese particles and auxiliaries that ICU4X cuts out as words of their own.
const JA_STOP: &[&str] = &[
    "の",
    "は",
    "が",
    "を",
    "に",
    "で",
    "と",
    "も",
    "へ",
    "や",
    "から",
    "まで",
    "より",
    "な",
    "か",
    "ね",
    "よ",
    "です",
    "ます",
    "した",
    "する",
    "して",
    "いる",
    "ある",
    "こと",
    "もの",
    "どう",
    "どの",
    "何",
    "なに",
    "について",
    "における",
];

/// Chinese function and question words as jieba cuts them.
const ZH_STOP: &[&str] = &[
    "的", "了", "是", "在", "和", "与", "及", "或", "也", "都", "把", "被", "对", "从", "为",
    "如何", "怎么", "怎样", "什么", "哪些", "哪里", "吗", "呢", "吧", "有", "中", "之",
];

fn listed(words: &[&str]) -> StopWordFilter {
    StopWordFilter::remove(words.iter().map(|w| w.to_string()))
}

/// Words of letters and digits, lower-cased, accents folded, without English and French
/// function words.
pub fn latin() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(stop(Language::English))
        .filter(stop(Language::French))
        .filter(AsciiFoldingFilter)
        .build()
}

/// The Latin words with the English Snowball stemmer (cities → citi ← city).
pub fn english() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(stop(Language::English))
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// The Latin words with the French Snowball stemmer (villes → vill ← ville); stemmed before
/// folding, the stemmer knows the accents.
pub fn french() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(stop(Language::French))
        .filter(Stemmer::new(Language::French))
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers every analyzer on an index.
pub fn register(index: &tantivy::Index) {
    let m = index.tokenizers();
    m.register(LATIN, latin());
    m.register(EN, english());
    m.register(FR, french());
    m.register(
        JA,
        TextAnalyzer::builder(Segmented)
            .filter(LowerCaser)
            .filter(listed(JA_STOP))
            .build(),
    );
    m.register(
        ZH,
        TextAnalyzer::builder(tantivy_jieba::JiebaTokenizer::new())
            .filter(RemoveLongFilter::limit(60))
            .filter(LowerCaser)
            .filter(listed(ZH_STOP))
            .build(),
    );
    m.register(
        KO,
        TextAnalyzer::builder(Bigrams { hangul_only: true }).build(),
    );
    m.register(
        CJK,
        TextAnalyzer::builder(Bigrams { hangul_only: false }).build(),
    );
    m.register(KANJI, TextAnalyzer::builder(KanjiRuns).build());
}

/// Han ideographs, kana and Hangul: the scripts written without spaces between words (Korean
/// has spaces, but its particles stick to the words).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // hiragana, katakana
        | 0x31F0..=0x31FF // katakana extensions
        | 0x3400..=0x4DBF // Han extension A
        | 0x4E00..=0x9FFF // Han
        | 0xF900..=0xFAFF // Han compatibility
        | 0x20000..=0x2FA1F
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0x1100..=0x11FF // Hangul jamo
        | 0x3130..=0x318F)
}

fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F)
}

/// A finished list of tokens, handed out one by one.
pub struct VecTokenStream {
    tokens: Vec<Token>,
    index: usize,
}

impl VecTokenStream {
    /// The tokens of these spans of `text` (byte from, byte to), one position each.
    fn of_spans(text: &str, spans: impl IntoIterator<Item = (usize, usize)>) -> VecTokenStream {
        let tokens = spans
            .into_iter()
            .enumerate()
            .map(|(position, (offset_from, offset_to))| Token {
                offset_from,
                offset_to,
                position,
                text: text[offset_from..offset_to].to_string(),
                position_length: 1,
            })
            .collect();
        VecTokenStream { tokens, index: 0 }
    }
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        if self.index < self.tokens.len() {
            self.index += 1;
            true
        } else {
            false
        }
    }
    fn token(&self) -> &Token {
        &self.tokens[self.index - 1]
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index - 1]
    }
}

/// Overlapping bigrams of each run of CJK characters (a run of one character gives itself).
#[derive(Clone)]
pub struct Bigrams {
    hangul_only: bool,
}

/// The bigrams of a text, as (byte from, byte to, text).
pub fn bigrams(text: &str, hangul_only: bool) -> Vec<(usize, usize, String)> {
    let keep = |c: char| if hangul_only { is_hangul(c) } else { is_cjk(c) };
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !keep(chars[i].1) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && keep(chars[i].1) {
            i += 1;
        }
        let run = &chars[start..i];
        let end_of = |k: usize| chars.get(k).map_or(text.len(), |c| c.0);
        if run.len() == 1 {
            out.push((run[0].0, end_of(start + 1), run[0].1.to_string()));
        } else {
            for (k, (from, _)) in run.iter().enumerate().take(run.len() - 1) {
                let from = *from;
                let to = end_of(start + k + 2);
                out.push((from, to, text[from..to].to_string()));
            }
        }
    }
    out
}

impl Tokenizer for Bigrams {
    type TokenStream<'a> = VecTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream::of_spans(
            text,
            bigrams(text, self.hangul_only)
                .into_iter()
                .map(|(from, to, _)| (from, to)),
        )
    }
}

/// Hiragana and katakana.
pub fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF)
}

fn is_kanji(c: char) -> bool {
    matches!(c as u32,
        0x3005            // 々, the repetition mark
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FA1F)
}

/// The runs of kanji of a text, each a token (of at most 12 characters: longer runs are not a
/// Japanese word but Chinese or a list).
#[derive(Clone, Default)]
pub struct KanjiRuns;

/// The kanji runs of a text, as (byte from, byte to).
pub fn kanji_runs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (is_kanji(c), start) {
            (true, None) => start = Some((i, 1)),
            (true, Some((from, n))) => start = Some((from, n + 1)),
            (false, Some((from, n))) => {
                if n <= 12 {
                    out.push((from, i));
                }
                start = None;
            }
            (false, None) => {}
        }
    }
    out
}

impl Tokenizer for KanjiRuns {
    type TokenStream<'a> = VecTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream::of_spans(text, kanji_runs(text))
    }
}

/// Words found by ICU4X's segmenter (dictionary-based for Chinese and Japanese).
#[derive(Clone, Default)]
pub struct Segmented;

/// The word-like segments of a text, as (byte from, byte to).
pub fn segments(text: &str) -> Vec<(usize, usize)> {
    let seg = icu_segmenter::WordSegmenter::new_auto(Default::default());
    let mut out = Vec::new();
    let mut it = seg.segment_str(text);
    let mut last = 0;
    while let Some(b) = it.next() {
        if b > last && it.is_word_like() {
            out.push((last, b));
        }
        last = b;
    }
    out
}

impl Tokenizer for Segmented {
    type TokenStream<'a> = VecTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream::of_spans(
            text,
            segments(text).into_iter().filter(|(a, b)| b - a <= 120),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(b: Vec<(usize, usize, String)>) -> Vec<String> {
        b.into_iter().map(|t| t.2).collect()
    }

    #[test]
    fn bigrams_find_two_character_words_inside_longer_runs() {
        assert_eq!(
            texts(bigrams("首都圏の城市", false)),
            ["首都", "都圏", "圏の", "の城", "城市"]
        );
        assert_eq!(
            texts(bigrams("회원이 많다", true)),
            ["회원", "원이", "많다"]
        );
        assert_eq!(texts(bigrams("Seoul 서 x", false)), ["서"]);
        assert!(bigrams("", false).is_empty());
    }

    #[test]
    fn japanese_is_segmented_into_words() {
        let t = "東京都の検査体制";
        let words: Vec<&str> = segments(t).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert!(words.contains(&"検査"), "{words:?}");
    }
}
