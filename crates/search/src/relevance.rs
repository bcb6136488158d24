//! Relevance of a long text — a need's titles and description — to the index's documents of one
//! kind: the text part of a matchmaking ranking. Unlike a search box query, the text is taken as
//! a bag of words (its most telling terms, OR-ed), and what comes back is document keys and
//! scores read from a fast column, never from the stored documents.

use super::{Kind, Result, SearchIndex, analysis, names};
use std::collections::HashMap;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query as TQuery, TermQuery};
use tantivy::schema::{Facet, Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

/// How many terms of the text a query keeps at most.
const MAX_TERMS: usize = 32;

/// How much more a document scores when the query holds one of its names whole
/// (`names_query`): enough that a document the query names comes before those it does not,
/// and the text orders them.
/// On the evaluation set: 2 → 0.806, 4 → 0.808, 10 → 0.816, 20 → 0.817.
const NAME_BONUS: f32 = 10.0;

impl SearchIndex {
    /// A long text as a bag of its words: its most telling terms in every analyzed field, OR-ed,
    /// so a document scores by the terms it shares (BM25), never by whether they stand together.
    /// A need's description in Japanese or Chinese has no spaces: as a query typed in the search
    /// box it would be one phrase that no document contains. Terms in more than a fifth of the
    /// documents (the, de, の) are left out once the index has 50 documents, and of the rest the
    /// `MAX_TERMS` with the most weight (boost × √occurrences × idf): a long text then costs a
    /// few posting lists, not every document of the index. A text without a CJK character skips
    /// the CJK fields (their analyzers would only find again the Latin words the Latin fields
    /// have).
    pub(crate) fn words_query(&self, searcher: &Searcher, text: &str) -> Result<Box<dyn TQuery>> {
        let f = &self.f;
        let cjk = text.chars().any(analysis::is_cjk);
        let mut fields: Vec<(Field, f32)> =
            vec![(f.latin, 1.0), (f.en, 1.5), (f.fr, 1.5), (f.names, 1.0)];
        if cjk {
            if text.chars().any(analysis::is_kana) {
                fields.push((f.ja_kanji, 1.0));
            }
            fields.extend([
                (f.ja, 1.5),
                (f.zh, 1.5),
                (f.ko, 1.0),
                (f.cjk, 1.0),
                (f.names_cjk, 1.0),
            ]);
        }
        let docs = searcher.num_docs() as f32;
        let mut weighed: Vec<(f32, usize, String, Term, f32)> = Vec::new();
        for (n, (field, boost)) in fields.into_iter().enumerate() {
            let Ok(mut analyzer) = self.index.tokenizer_for_field(field) else {
                continue;
            };
            let mut count: HashMap<String, f32> = HashMap::new();
            let mut stream = analyzer.token_stream(text);
            while stream.advance() {
                *count.entry(stream.token().text.clone()).or_default() += 1.0;
            }
            for (w, tf) in count {
                let term = Term::from_field_text(field, &w);
                let df = searcher.doc_freq(&term)? as f32;
                if df == 0.0 || (docs >= 50.0 && df > docs / 5.0) {
                    continue;
                }
                let idf = (1.0 + (docs - df + 0.5) / (df + 0.5)).ln();
                weighed.push((boost * tf.sqrt() * idf, n, w, term, boost));
            }
        }
        // Ties by the term, so the same text always makes the same query.
        weighed.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| (a.1, &a.2).cmp(&(b.1, &b.2)))
        });
        let clauses: Vec<(Occur, Box<dyn TQuery>)> = weighed
            .into_iter()
            .take(MAX_TERMS)
            .map(|(_, _, _, term, boost)| {
                let q: Box<dyn TQuery> = Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                    boost,
                ));
                (Occur::Should, q)
            })
            .collect();
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// The CJK runs of a search box query as a bag of their terms in each CJK field: a run
    /// typed without spaces (스마트시티를, 東京の交通, 深圳如何治理交通拥堵) is a phrase to the
    /// query parser, which a document must hold whole. Here a document matches with a third of
    /// the run's terms that the field knows (at least one), so a particle, a longer compound
    /// or a question around the words does not hide them, and the phrase still ranks first;
    /// `loose`, any one of them, in any field. None when the text has no CJK run.
    pub(crate) fn cjk_bag(
        &self,
        searcher: &Searcher,
        text: &str,
        loose: bool,
    ) -> Result<Option<Box<dyn TQuery>>> {
        let runs: String = text
            .chars()
            .map(|c| if analysis::is_cjk(c) { c } else { ' ' })
            .collect();
        if runs.trim().is_empty() {
            return Ok(None);
        }
        let f = &self.f;
        let mut per_field: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
        // Kanji stems only for a text with kana: one without may be Chinese, and a Japanese
        // word without kana has no ending to take off.
        let mut fields = vec![
            (f.ja, 1.5),
            (f.zh, 1.5),
            (f.ko, 1.0),
            (f.cjk, 1.0),
            (f.names_cjk, 1.0),
        ];
        if text.chars().any(analysis::is_kana) {
            fields.push((f.ja_kanji, 1.5));
        }
        for (field, boost) in fields {
            let Ok(mut analyzer) = self.index.tokenizer_for_field(field) else {
                continue;
            };
            // Each run on its own: words the reader separated stay alternatives, as the parser
            // has them.
            let mut per_run: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
            for run in runs.split_whitespace() {
                let mut words: Vec<String> = Vec::new();
                let mut stream = analyzer.token_stream(run);
                while stream.advance() {
                    words.push(stream.token().text.clone());
                }
                words.sort();
                words.dedup();
                let analyzed = words.len();
                let mut terms: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
                for w in words {
                    let term = Term::from_field_text(field, &w);
                    if searcher.doc_freq(&term)? > 0 {
                        terms.push((
                            Occur::Should,
                            Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                        ));
                    }
                }
                // A field that knows fewer than half of the run's terms is not the run's
                // language (東京 in the Chinese field): it would match on a word or two.
                let n = terms.len();
                if n == 0 || (!loose && 2 * n < analyzed) {
                    continue;
                }
                // A third of the terms, at least one: a document with all of them (or the
                // phrase) scores first, one with some of them still comes.
                let need = if loose { 1 } else { n.div_ceil(3) };
                per_run.push((
                    Occur::Should,
                    Box::new(BooleanQuery::with_minimum_required_clauses(terms, need)),
                ));
            }
            if !per_run.is_empty() {
                per_field.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(BooleanQuery::new(per_run)), boost)),
                ));
            }
        }
        Ok((!per_field.is_empty())
            .then(|| Box::new(BooleanQuery::new(per_field)) as Box<dyn TQuery>))
    }

    /// The names the query holds whole (`names.rs`): a document with one of them scores
    /// `NAME_BONUS` more, beside what its names' words score through the parser. So 서울 in
    /// 서울 데이터 is a look-up of Seoul, and "cities" in a long question is not one of the many
    /// organizations with "Cities" in their names.
    pub(crate) fn names_query(
        &self,
        searcher: &Searcher,
        text: &str,
    ) -> Result<Option<Box<dyn TQuery>>> {
        let Some(mut folded) = self.index.tokenizers().get(analysis::LATIN) else {
            return Ok(None);
        };
        let field = self.f.names_exact;
        let words = names::fold(&mut folded, text);
        let mut found = Vec::new();
        for s in names::stretches(&words) {
            if searcher.doc_freq(&Term::from_field_text(field, &s.text))? > 0 {
                found.push(s);
            }
        }
        let clauses: Vec<(Occur, Box<dyn TQuery>)> = names::pick(found)
            .into_iter()
            .map(|s| {
                let term = Term::from_field_text(field, &s.text);
                let q: Box<dyn TQuery> = Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Should, q)
            })
            .collect();
        Ok((!clauses.is_empty()).then(|| {
            Box::new(BoostQuery::new(
                Box::new(BooleanQuery::new(clauses)),
                NAME_BONUS,
            )) as Box<dyn TQuery>
        }))
    }

    /// The documents of `kind` whose texts share words with `text`, with their relevance, best
    /// first, at most `limit`: the text part of a need's ranking. Ids are given without the
    /// kind's prefix (`solution:x` → `x`).
    pub fn relevance(&self, text: &str, kind: Kind, limit: usize) -> Result<Vec<(String, f32)>> {
        let text = text.trim();
        if text.is_empty() || limit == 0 {
            return Ok(vec![]);
        }
        let searcher = self.reader.searcher();
        let query = BooleanQuery::new(vec![
            (Occur::Must, self.words_query(&searcher, text)?),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_facet(self.f.facet, &Facet::from_path(["kind", kind.as_str()])),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        // By score alone: a ranking orders its candidates by its own score and then by id, and
        // a second sort key would cost the collector its pruning (a few milliseconds here).
        let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        let prefix = format!("{}:", kind.as_str());
        let mut out = Vec::with_capacity(top.len());
        let mut keys = Keys::default();
        for (score, addr) in top {
            if let Some(id) = keys.of(self, &searcher, addr)? {
                out.push((id.strip_prefix(&prefix).unwrap_or(&id).to_string(), score));
            }
        }
        Ok(out)
    }
}

/// The segments' keys a searcher needs, read from the index's cache (and put in it when new).
#[derive(Default)]
struct Keys {
    segments: HashMap<u32, std::sync::Arc<super::keys::SegmentKeys>>,
}

impl Keys {
    fn of(
        &mut self,
        ix: &SearchIndex,
        searcher: &Searcher,
        addr: DocAddress,
    ) -> Result<Option<String>> {
        let keys = match self.segments.get(&addr.segment_ord) {
            Some(k) => k,
            None => {
                let k = ix
                    .keys
                    .get(searcher.segment_reader(addr.segment_ord), &ix.reader)?;
                self.segments.entry(addr.segment_ord).or_insert(k)
            }
        };
        if let Some(id) = keys.of(addr.doc_id) {
            return Ok(Some(id.to_string()));
        }
        let doc: TantivyDocument = searcher.doc(addr)?;
        Ok(doc
            .get_first(ix.f.id)
            .and_then(|v| v.as_str())
            .map(str::to_string))
    }
}
