//! The names a query holds whole. A document's names (its city, organizations, partners, in
//! every script) are also kept whole, each as one term of its folded words (`fold`); a query
//! then names a document when one of its stretches of words — or, inside a run of CJK or
//! Hangul, of characters — is one of those terms: "Seoul" and "서울" in 서울 데이터, "ASEAN
//! Smart Cities Network", 제주 in 제주특별자치도, 東京都 in 東京都の検査. Longer names win
//! over the names inside them (東京都 over 京都, which is Kyoto), and a word counts for one
//! name only.

use crate::analysis::is_cjk;
use tantivy::tokenizer::TextAnalyzer;

/// The longest stretch of words tried as a name.
const MAX_WORDS: usize = 8;
/// The longest stretch of characters tried inside a CJK run.
const MAX_CHARS: usize = 8;

/// A name or a query as the folded analyzer has its words (lower case, accents and function
/// words gone), joined by single spaces.
pub(crate) fn fold(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// A stretch of the query that could be a name: its text, and the words (`from..to`) and,
/// inside one word, the characters it covers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Stretch {
    pub text: String,
    words: (usize, usize),
    chars: (usize, usize),
}

impl Stretch {
    fn len(&self) -> usize {
        self.text.chars().count()
    }

    fn overlaps(&self, o: &Stretch) -> bool {
        let words = self.words.0 < o.words.1 && o.words.0 < self.words.1;
        // Both inside one word: only if the characters overlap too.
        let inside = self.words == o.words && self.words.1 - self.words.0 == 1;
        words && (!inside || (self.chars.0 < o.chars.1 && o.chars.0 < self.chars.1))
    }
}

/// Every stretch of the query's folded words that could be a name: up to `MAX_WORDS` words in
/// a row, and inside a word with CJK characters every run of 2 to `MAX_CHARS` characters.
pub(crate) fn stretches(words: &[String]) -> Vec<Stretch> {
    let mut out = vec![];
    for from in 0..words.len() {
        for to in from + 1..=(from + MAX_WORDS).min(words.len()) {
            let chars = words[to - 1].chars().count();
            out.push(Stretch {
                text: words[from..to].join(" "),
                words: (from, to),
                chars: (0, chars),
            });
        }
        let chars: Vec<char> = words[from].chars().collect();
        if chars.iter().any(|c| is_cjk(*c)) {
            for a in 0..chars.len() {
                for b in a + 2..=(a + MAX_CHARS).min(chars.len()) {
                    if (a, b) != (0, chars.len()) {
                        out.push(Stretch {
                            text: chars[a..b].iter().collect(),
                            words: (from, from + 1),
                            chars: (a, b),
                        });
                    }
                }
            }
        }
    }
    out
}

/// Of the stretches that are names, the ones the query means: longest first, none overlapping
/// one already taken.
pub(crate) fn pick(mut names: Vec<Stretch>) -> Vec<Stretch> {
    names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.text.cmp(&b.text)));
    let mut taken: Vec<Stretch> = vec![];
    for n in names {
        if !taken.iter().any(|t| t.overlaps(&n)) {
            taken.push(n);
        }
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(String::from).collect()
    }

    fn named(query: &str, known: &[&str]) -> Vec<String> {
        let found = stretches(&words(query))
            .into_iter()
            .filter(|s| known.contains(&s.text.as_str()))
            .collect();
        let mut out: Vec<String> = pick(found).into_iter().map(|s| s.text).collect();
        out.sort();
        out
    }

    #[test]
    fn the_longest_names_a_query_holds_are_taken() {
        let known = [
            "seoul",
            "asean smart cities network",
            "asean",
            "東京都",
            "京都",
            "제주",
        ];
        assert_eq!(named("seoul data", &known), ["seoul"]);
        assert_eq!(
            named("asean smart cities network", &known),
            ["asean smart cities network"]
        );
        // Kyoto inside Tokyo Metropolis is not Kyoto.
        assert_eq!(named("東京都の検査", &known), ["東京都"]);
        assert_eq!(named("京都 観光", &known), ["京都"]);
        assert_eq!(named("제주특별자치도", &known), ["제주"]);
        assert!(named("what did cities do", &known).is_empty());
        // Two names side by side are both taken.
        assert_eq!(named("seoul 제주", &known), ["seoul", "제주"]);
    }
}
