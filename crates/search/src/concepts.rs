//! The concept vocabulary: what the platform's readers call the same thing in other words or
//! other languages (waste, garbage, refuse; 쓰레기, 폐기물; リサイクル, 再資源化; 公交, 巴士),
//! kept in `concepts.txt` beside this crate. A query that holds a term of a concept is widened
//! to the concept's other terms, at a lower weight than its own words (`WEIGHT`), in the
//! languages the reader reads: the language of the term found and the reader's own (widening
//! into every language was tried and did worse: a topical query wants its reader's language).
//!
//! Terms in Latin script are compared by their tokens after the analyzer of their language
//! (English and French stemming, folding), so one form stands for its inflections; terms in
//! Han, kana or Hangul as written, spaces aside, inside the query's text (a particle or a
//! longer phrase around them does not matter).

use crate::analysis::{self, is_cjk};
use domain::Lang;
use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};

/// The weight of a widened term beside the query's own words.
pub(crate) const WEIGHT: f32 = 0.4;

/// The vocabulary as written.
const SOURCE: &str = include_str!("../concepts.txt");

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Concept {
    pub name: String,
    pub terms: Vec<(Lang, String)>,
}

/// The concepts of `text` in the format of `concepts.txt`, or the line and what is wrong.
pub(crate) fn parse(text: &str) -> Result<Vec<Concept>, String> {
    let mut concepts: Vec<Concept> = vec![];
    for (n, line) in text.lines().enumerate() {
        let at = |why: &str| format!("concepts.txt line {}: {why}", n + 1);
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if name.is_empty() || concepts.iter().any(|c| c.name == name) {
                return Err(at("a concept needs a name of its own"));
            }
            concepts.push(Concept {
                name: name.to_string(),
                terms: vec![],
            });
            continue;
        }
        let (tag, terms) = line
            .split_once(':')
            .ok_or_else(|| at("expected `[name]` or `lang: term | term`"))?;
        let lang = Lang::parse(tag.trim()).ok_or_else(|| at("unknown language"))?;
        let concept = concepts
            .last_mut()
            .ok_or_else(|| at("terms before the first `[name]`"))?;
        if concept.terms.iter().any(|(l, _)| *l == lang) {
            return Err(at("the language is given twice"));
        }
        for term in terms.split('|').map(str::trim) {
            if term.is_empty() {
                return Err(at("an empty term"));
            }
            concept.terms.push((lang, term.to_string()));
        }
    }
    if let Some(c) = concepts.iter().find(|c| {
        Lang::ALL
            .iter()
            .any(|l| !c.terms.iter().any(|(t, _)| t == l))
    }) {
        return Err(format!("concepts.txt: [{}] lacks a language", c.name));
    }
    Ok(concepts)
}

/// How a term is found in a query.
#[derive(Debug, Clone, PartialEq)]
enum Form {
    /// Its tokens, in a row among the query's tokens by the analyzer of this index.
    Tokens(usize, Vec<String>),
    /// Its characters without spaces, inside the query's text without spaces.
    Chars(String),
}

/// The analyzers Latin-script terms are compared by: English, French, and the folded one for
/// the other languages (an `IoT` among Korean terms).
const ANALYZERS: [&str; 3] = [analysis::EN, analysis::FR, analysis::LATIN];

fn analyzer_of(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        _ => 2,
    }
}

fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// The vocabulary with each term in the form a query is searched for it.
pub(crate) struct Vocabulary {
    concepts: Vec<Concept>,
    forms: Vec<Vec<Form>>,
    analyzers: Vec<TextAnalyzer>,
}

impl Vocabulary {
    /// The vocabulary of `concepts.txt`, compared by the analyzers of `tokenizers`. A term that
    /// its analyzer makes into nothing (a stop word alone) is never found.
    pub(crate) fn new(tokenizers: &TokenizerManager) -> Vocabulary {
        // The file is part of the crate and a test parses it: an error here is a build's.
        let concepts = parse(SOURCE).unwrap_or_else(|e| {
            tracing::error!("{e}");
            vec![]
        });
        let mut analyzers: Vec<TextAnalyzer> = ANALYZERS
            .iter()
            .filter_map(|name| tokenizers.get(name))
            .collect();
        if analyzers.len() < ANALYZERS.len() {
            analyzers.clear();
        }
        let forms = concepts
            .iter()
            .map(|c| {
                c.terms
                    .iter()
                    .map(|(lang, term)| {
                        if term.chars().any(is_cjk) {
                            Form::Chars(compact(term))
                        } else {
                            let a = analyzer_of(*lang);
                            let t = analyzers.get_mut(a).map(|x| tokens(x, term));
                            Form::Tokens(a, t.unwrap_or_default())
                        }
                    })
                    .collect()
            })
            .collect();
        Vocabulary {
            concepts,
            forms,
            analyzers,
        }
    }

    /// The terms a query is widened to: the other terms of every concept the query holds a term
    /// of, in the language of that term and the reader's. Never a term the query holds already;
    /// in the vocabulary's order, so the same query always makes the same terms.
    pub(crate) fn widen(&self, text: &str, reader: Option<Lang>) -> Vec<&str> {
        let mut analyzers = self.analyzers.clone();
        let query: Vec<Vec<String>> = analyzers.iter_mut().map(|a| tokens(a, text)).collect();
        let chars = compact(text);
        let found = |form: &Form| match form {
            Form::Tokens(a, t) => {
                !t.is_empty()
                    && query
                        .get(*a)
                        .is_some_and(|q| q.windows(t.len()).any(|w| w == t.as_slice()))
            }
            Form::Chars(c) => chars.contains(c.as_str()),
        };
        let mut out: Vec<&str> = vec![];
        for (concept, forms) in self.concepts.iter().zip(&self.forms) {
            let held: Vec<bool> = forms.iter().map(found).collect();
            if !held.contains(&true) {
                continue;
            }
            let langs: Vec<Lang> = concept
                .terms
                .iter()
                .zip(&held)
                .filter(|(_, h)| **h)
                .map(|((l, _), _)| *l)
                .chain(reader)
                .collect();
            for ((lang, term), held) in concept.terms.iter().zip(&held) {
                if !*held && langs.contains(lang) && !out.contains(&term.as_str()) {
                    out.push(term);
                }
            }
        }
        out
    }

    /// The terms the query is widened to as query text, to be weighed `WEIGHT`: each term
    /// quoted (a phrase; a Korean term with spaces also without them, as Korean is often
    /// written). None when the query holds no concept.
    pub(crate) fn query_text(&self, text: &str, reader: Option<Lang>) -> Option<String> {
        let quoted: Vec<String> = self
            .widen(text, reader)
            .into_iter()
            .map(|term| {
                let mut q = format!("\"{term}\"");
                if term.contains(' ') && term.chars().any(is_cjk) {
                    q.push_str(&format!(" \"{}\"", term.replace(' ', "")));
                }
                q
            })
            .collect();
        (!quoted.is_empty()).then(|| quoted.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        let index = tantivy::Index::create_in_ram(tantivy::schema::Schema::builder().build());
        analysis::register(&index);
        Vocabulary::new(index.tokenizers())
    }

    #[test]
    fn the_vocabulary_parses_with_every_language() {
        let concepts = parse(SOURCE).unwrap();
        assert!(concepts.len() >= 50, "{}", concepts.len());
        for c in &concepts {
            for l in Lang::ALL {
                assert!(c.terms.iter().any(|(t, _)| *t == l), "{} {l:?}", c.name);
            }
        }
    }

    #[test]
    fn bad_vocabularies_say_where() {
        for (text, line) in [
            ("en: waste", "line 1"),
            ("[a]\nxx: waste", "line 2"),
            ("[a]\nen: waste | | trash", "line 2"),
            ("[a]\nen: waste\nen: trash", "line 3"),
            ("[a]\n[a]", "line 2"),
            ("[a]\nen waste", "line 2"),
        ] {
            let e = parse(text).unwrap_err();
            assert!(e.contains(line), "{text}: {e}");
        }
        assert!(parse("[a]\nen: waste").unwrap_err().contains("[a] lacks"));
    }

    #[test]
    fn a_query_widens_to_its_concepts_other_words() {
        let v = vocabulary();
        // Inflected English finds the concept; its other English words come, not Korean ones.
        let w = v.widen("garbage trucks", Some(Lang::En));
        assert!(w.contains(&"waste") && w.contains(&"rubbish"), "{w:?}");
        assert!(!w.contains(&"garbage"));
        assert!(!w.contains(&"폐기물"), "{w:?}");
        // French, with the plural and the article.
        let w = v.widen("les vélos partagés", Some(Lang::Fr));
        assert!(w.contains(&"vélos en libre-service"), "{w:?}");
        // Korean with a particle; Japanese inside a phrase; Chinese inside a question.
        let w = v.widen("쓰레기를", Some(Lang::Ko));
        assert!(w.contains(&"폐기물"), "{w:?}");
        let w = v.widen("東京のリサイクル", Some(Lang::Ja));
        assert!(w.contains(&"再資源化") && w.contains(&"再利用"), "{w:?}");
        let w = v.widen("深圳怎么坐公交", Some(Lang::ZhHans));
        assert!(w.contains(&"巴士") && w.contains(&"公共汽车"), "{w:?}");
        // Nothing for a query of no concept, or of stop words.
        assert!(v.widen("Busan", Some(Lang::En)).is_empty());
        assert!(v.widen("the of for", None).is_empty());
        // The same query, the same terms.
        assert_eq!(
            v.widen("flood and heat", None),
            v.widen("flood and heat", None)
        );
    }
}
