//! citydriver's search index: one tantivy index per node, derived from the database. Documents
//! are public content only (the services never hand it a draft), so nothing private can show in
//! results, snippets or counts. Each commit carries the outbox position it reflects (the commit
//! payload), so a node that crashes resumes where its last commit stopped.
//!
//! A text is indexed by the analyzer of its language (English and French stemming, Japanese and
//! Chinese segmentation, Korean bigrams), and every text also goes through a CJK bigram field and
//! a folded Latin field; a query goes through all of them, so a query in any language finds a
//! document in any language where they share words or names.

pub mod analysis;
mod concepts;
mod keys;
mod names;
mod order;
mod relevance;

use domain::{I18nText, Lang};
use order::{CUE_BIT, LANGS, TIE, lang_bit, tie_of, top};
use serde::Serialize;
use std::collections::HashSet;
use std::path::Path;
use std::sync::Mutex;
use tantivy::collector::{Count, FacetCollector};
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query as TQuery, QueryParser, TermQuery};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index: {0}")]
    Other(String),
}

pub type Result<T> = std::result::Result<T, SearchError>;

/// What a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Organization,
    Network,
    Event,
    Cue,
    Practice,
    Collection,
    Project,
    Solution,
    Offer,
    Need,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Organization,
        Kind::Network,
        Kind::Event,
        Kind::Cue,
        Kind::Practice,
        Kind::Collection,
        Kind::Project,
        Kind::Solution,
        Kind::Offer,
        Kind::Need,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Network => "network",
            Kind::Event => "event",
            Kind::Cue => "cue",
            Kind::Practice => "practice",
            Kind::Collection => "collection",
            Kind::Project => "project",
            Kind::Solution => "solution",
            Kind::Offer => "offer",
            Kind::Need => "need",
        }
    }
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A document to index.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Unique in the index, e.g. `practice:seoul-clean-zone`.
    pub id: String,
    /// Documents deleted together (an event and its transcript lines), e.g. `event:x`.
    pub group: String,
    pub kind: Kind,
    pub title: I18nText,
    /// Texts with their language when known (title and body alike).
    pub texts: Vec<(Option<Lang>, String)>,
    /// Names in every script (Seoul, 서울, ソウル, 首尔, Séoul), weighted like titles.
    pub names: Vec<String>,
    /// Where a hit leads: a page, or the recording at the moment of a transcript line.
    pub url: String,
    pub langs: Vec<String>,
    pub country: Option<String>,
    pub domain: Option<String>,
    pub year: Option<String>,
}

/// What to look for.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    pub kind: Option<Kind>,
    pub lang: Option<String>,
    pub country: Option<String>,
    pub domain: Option<String>,
    pub year: Option<String>,
    pub page: usize,
    pub per_page: usize,
    /// The reader's language: snippets come from the text in it when it matches there.
    pub reader: Option<Lang>,
}

/// A piece of a snippet: text, and whether it matched.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub kind: Kind,
    pub title: I18nText,
    pub url: String,
    pub snippet: Vec<Piece>,
    pub score: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// (facet, [(value, count)]) for kind, lang, country, domain, year.
    pub facets: Vec<(String, Vec<(String, u64)>)>,
}

struct Fields {
    id: Field,
    group: Field,
    kind: Field,
    title: Field,
    url: Field,
    body: Field,
    facet: Field,
    latin: Field,
    en: Field,
    fr: Field,
    ja: Field,
    /// Japanese texts' kanji runs: the stems of inflected words (見守り, 見守る → 見守).
    ja_kanji: Field,
    zh: Field,
    ko: Field,
    cjk: Field,
    names: Field,
    names_cjk: Field,
    /// Each name whole, as one term of its folded words (`names::fold`).
    names_exact: Field,
    /// The id again, as a fast column (every kind but cues, which are many and never ranked).
    key: Field,
    /// A number made from the id (`tie_of`), which orders documents of equal score.
    tie: Field,
    /// The document's languages as bits (`lang_bit`), for the reader's language's bonus, and
    /// `CUE_BIT` for a transcript line.
    langs: Field,
}

fn text_field(s: &mut tantivy::schema::SchemaBuilder, name: &str, analyzer: &str) -> Field {
    s.add_text_field(
        name,
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        ),
    )
}

fn schema() -> (Schema, Fields) {
    use analysis::*;
    let mut s = Schema::builder();
    let f = Fields {
        id: s.add_text_field("id", STRING | STORED),
        key: s.add_text_field(keys::KEY, FAST),
        tie: s.add_u64_field(TIE, FAST),
        langs: s.add_u64_field(LANGS, FAST),
        group: s.add_text_field("group", STRING),
        kind: s.add_text_field("kind", STRING | STORED | FAST),
        title: s.add_text_field("title", STORED),
        url: s.add_text_field("url", STORED),
        body: s.add_text_field("body", STORED),
        facet: s.add_facet_field("facet", FacetOptions::default()),
        latin: text_field(&mut s, "t_latin", LATIN),
        en: text_field(&mut s, "t_en", EN),
        fr: text_field(&mut s, "t_fr", FR),
        ja: text_field(&mut s, "t_ja", JA),
        ja_kanji: text_field(&mut s, "t_ja_kanji", KANJI),
        zh: text_field(&mut s, "t_zh", ZH),
        ko: text_field(&mut s, "t_ko", KO),
        cjk: text_field(&mut s, "t_cjk", CJK),
        names: text_field(&mut s, "t_names", LATIN),
        names_cjk: text_field(&mut s, "t_names_cjk", CJK),
        names_exact: s.add_text_field("names_exact", STRING),
    };
    (s.build(), f)
}

/// One node's index.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    f: Fields,
    /// The ids of each segment's documents, for rankings (`relevance`).
    keys: keys::KeyCache,
    /// What a query is widened to (`concepts.txt`).
    vocabulary: concepts::Vocabulary,
}

/// The outbox position a commit reflects, kept in the commit's payload.
fn payload_position(p: Option<&str>) -> i64 {
    p.and_then(|s| s.strip_prefix("outbox:"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it when absent.
    pub fn open(dir: &Path) -> Result<SearchIndex> {
        let other = |e: std::io::Error| SearchError::Other(e.to_string());
        std::fs::create_dir_all(dir).map_err(other)?;
        let (schema, f) = schema();
        let mmap = || {
            tantivy::directory::MmapDirectory::open(dir)
                .map_err(|e| SearchError::Other(e.to_string()))
        };
        let index = match Index::open_or_create(mmap()?, schema.clone()) {
            // Made by another version: the index is derived, so it starts again empty (position
            // 0), and the server rebuilds it from the database.
            Err(tantivy::TantivyError::SchemaError(_)) => {
                tracing::warn!(
                    "the search index in {} has another schema: it is made again",
                    dir.display()
                );
                std::fs::remove_dir_all(dir).map_err(other)?;
                std::fs::create_dir_all(dir).map_err(other)?;
                Index::create(mmap()?, schema, tantivy::IndexSettings::default())?
            }
            other => other?,
        };
        Self::with(index, f)
    }

    /// An index in memory (tests, evaluation).
    pub fn in_memory() -> Result<SearchIndex> {
        let (schema, f) = schema();
        Self::with(Index::create_in_ram(schema), f)
    }

    fn with(index: Index, f: Fields) -> Result<SearchIndex> {
        analysis::register(&index);
        let writer = index.writer(64 * 1024 * 1024)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            vocabulary: concepts::Vocabulary::new(index.tokenizers()),
            index,
            reader,
            writer: Mutex::new(writer),
            f,
            keys: keys::KeyCache::default(),
        })
    }

    /// The outbox position of the last commit.
    pub fn position(&self) -> Result<i64> {
        Ok(payload_position(
            self.index.load_metas()?.payload.as_deref(),
        ))
    }

    /// Deletes the documents of these ids and groups, adds these documents, and commits them
    /// with the outbox position they bring the index to — all or nothing.
    pub fn apply(
        &self,
        delete_ids: &[String],
        delete_groups: &[String],
        docs: &[Doc],
        position: i64,
    ) -> Result<()> {
        let mut w = self
            .writer
            .lock()
            .map_err(|_| SearchError::Other("writer lock poisoned".into()))?;
        for id in delete_ids {
            w.delete_term(Term::from_field_text(self.f.id, id));
        }
        for g in delete_groups {
            w.delete_term(Term::from_field_text(self.f.group, g));
        }
        // The folded analyzer of whole names, taken once for the batch.
        let mut folded = self.index.tokenizers().get(analysis::LATIN);
        for d in docs {
            w.delete_term(Term::from_field_text(self.f.id, &d.id));
            w.add_document(self.document(d, folded.as_mut()))?;
        }
        let mut c = w.prepare_commit()?;
        c.set_payload(&format!("outbox:{position}"));
        c.commit()?;
        drop(w);
        self.reader.reload()?;
        // The new segments' keys, read now rather than by the next ranking.
        for segment in self.reader.searcher().segment_readers() {
            self.keys.get(segment, &self.reader)?;
        }
        Ok(())
    }

    /// Empties the index (before a rebuild); the position goes back to 0.
    pub fn clear(&self) -> Result<()> {
        let mut w = self
            .writer
            .lock()
            .map_err(|_| SearchError::Other("writer lock poisoned".into()))?;
        w.delete_all_documents()?;
        let mut c = w.prepare_commit()?;
        c.set_payload("outbox:0");
        c.commit()?;
        drop(w);
        self.reader.reload()?;
        Ok(())
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn document(
        &self,
        d: &Doc,
        mut folded: Option<&mut tantivy::tokenizer::TextAnalyzer>,
    ) -> TantivyDocument {
        let f = &self.f;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &d.id);
        doc.add_u64(f.tie, tie_of(&d.id));
        doc.add_u64(
            f.langs,
            d.langs
                .iter()
                .filter_map(|l| Lang::parse(l))
                .map(lang_bit)
                .fold(if d.kind == Kind::Cue { CUE_BIT } else { 0 }, |a, b| a | b),
        );
        if d.kind != Kind::Cue {
            doc.add_text(f.key, &d.id);
        }
        doc.add_text(f.group, &d.group);
        doc.add_text(f.kind, d.kind.as_str());
        doc.add_text(f.title, d.title.to_json());
        doc.add_text(f.url, &d.url);
        let mut body: Vec<(String, &str)> = Vec::new();
        for (lang, text) in &d.texts {
            let field = match lang {
                Some(Lang::En) => Some(f.en),
                Some(Lang::Fr) => Some(f.fr),
                Some(Lang::Ja) => Some(f.ja),
                Some(Lang::ZhHans) => Some(f.zh),
                Some(Lang::Ko) => Some(f.ko),
                None => None,
            };
            match field {
                Some(x) => doc.add_text(x, text),
                // Language not known: every analyzer has a go.
                None => {
                    for x in [f.en, f.fr, f.ja, f.zh, f.ko] {
                        doc.add_text(x, text);
                    }
                }
            }
            if matches!(lang, Some(Lang::Ja) | None) {
                doc.add_text(f.ja_kanji, text);
            }
            doc.add_text(f.latin, text);
            doc.add_text(f.cjk, text);
            body.push((lang.map(|l| l.tag().to_string()).unwrap_or_default(), text));
        }
        doc.add_text(f.body, serde_json::to_string(&body).unwrap_or_default());
        for n in &d.names {
            doc.add_text(f.names, n);
            doc.add_text(f.names_cjk, n);
            if let Some(words) = folded.as_mut().map(|a| names::fold(a, n))
                && !words.is_empty()
            {
                doc.add_text(f.names_exact, words.join(" "));
            }
        }
        doc.add_facet(f.facet, Facet::from_path(["kind", d.kind.as_str()]));
        for l in &d.langs {
            doc.add_facet(f.facet, Facet::from_path(["lang", l.as_str()]));
        }
        if let Some(c) = &d.country {
            doc.add_facet(f.facet, Facet::from_path(["country", c.as_str()]));
        }
        if let Some(x) = &d.domain {
            doc.add_facet(f.facet, Facet::from_path(["domain", x.as_str()]));
        }
        if let Some(y) = &d.year {
            doc.add_facet(f.facet, Facet::from_path(["year", y.as_str()]));
        }
        doc
    }

    /// The search box's query: `loose`, a CJK run needs any one of its terms (see `cjk_bag`).
    fn text_query(
        &self,
        searcher: &tantivy::Searcher,
        text: &str,
        loose: bool,
        reader: Option<Lang>,
    ) -> Result<Box<dyn TQuery>> {
        let f = &self.f;
        let fields = vec![
            f.latin,
            f.en,
            f.fr,
            f.ja,
            f.zh,
            f.ko,
            f.cjk,
            f.names,
            f.names_cjk,
        ];
        let mut p = QueryParser::for_index(&self.index, fields);
        p.set_field_boost(f.en, 1.5);
        p.set_field_boost(f.fr, 1.5);
        p.set_field_boost(f.ja, 1.5);
        p.set_field_boost(f.zh, 1.5);
        // Typos in Latin scripts: one edit away, in the folded fields.
        // Query syntax is not offered: the text is taken as words.
        let cleaned: String = text
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        let (q, _) = p.parse_query_lenient(&cleaned);
        // Typos in Latin scripts: one edit away for words of 5 to 7 letters, two from 8 on,
        // in the folded text and names; weighted below exact matches.
        let mut fuzzy: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
        if let Some(mut latin) = self.index.tokenizers().get(analysis::LATIN) {
            let mut stream = latin.token_stream(&cleaned);
            while stream.advance() {
                let w = stream.token().text.clone();
                let n = w.chars().count();
                if n < 5 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
                    continue;
                }
                let distance = if n >= 8 { 2 } else { 1 };
                for field in [f.latin, f.names] {
                    fuzzy.push((
                        Occur::Should,
                        Box::new(tantivy::query::FuzzyTermQuery::new(
                            Term::from_field_text(field, &w),
                            distance,
                            true,
                        )),
                    ));
                }
            }
        }
        // Words written without spaces (CJK) are phrases to the parser; their terms as a bag
        // find what shares most of them, the phrase scoring above.
        let mut any: Vec<(Occur, Box<dyn TQuery>)> = vec![(Occur::Should, q)];
        if let Some(names) = self.names_query(searcher, text)? {
            any.push((Occur::Should, names));
        }
        if let Some(bag) = self.cjk_bag(searcher, text, loose)? {
            any.push((Occur::Should, bag));
        }
        // The query's concepts in other words (`concepts.txt`), each term a phrase.
        if let Some(terms) = self.vocabulary.query_text(text, reader) {
            let (q, _) = p.parse_query_lenient(&terms);
            let q = BoostQuery::new(q, concepts::WEIGHT);
            any.push((Occur::Should, Box::new(q)));
        }
        if !fuzzy.is_empty() {
            any.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(BooleanQuery::new(fuzzy)), 0.3)),
            ));
        }
        Ok(Box::new(BooleanQuery::new(any)))
    }

    pub fn search(&self, q: &SearchQuery) -> Result<Results> {
        let searcher = self.reader.searcher();
        let text = q.text.trim();
        if text.is_empty() {
            return Ok(Results {
                total: 0,
                hits: vec![],
                facets: vec![],
            });
        }
        let strict = self.search_as(&searcher, q, text, false)?;
        // Words that exist are never an empty list: a CJK run that found nothing with most of
        // its terms is tried again with any of them.
        if strict.total == 0 && text.chars().any(analysis::is_cjk) {
            return self.search_as(&searcher, q, text, true);
        }
        Ok(strict)
    }

    fn search_as(
        &self,
        searcher: &tantivy::Searcher,
        q: &SearchQuery,
        text: &str,
        loose: bool,
    ) -> Result<Results> {
        let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = vec![(
            Occur::Must,
            self.text_query(searcher, text, loose, q.reader)?,
        )];
        let mut filter = |path: [&str; 2]| {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_facet(self.f.facet, &Facet::from_path(path)),
                    IndexRecordOption::Basic,
                )),
            ));
        };
        if let Some(k) = q.kind {
            filter(["kind", k.as_str()]);
        }
        for (name, v) in [
            ("lang", &q.lang),
            ("country", &q.country),
            ("domain", &q.domain),
            ("year", &q.year),
        ] {
            if let Some(v) = v {
                filter([name, v.as_str()]);
            }
        }
        let query = BooleanQuery::new(clauses);
        let per_page = q.per_page.clamp(1, 100);
        let offset = q.page.saturating_sub(1) * per_page;
        let mut facets = FacetCollector::for_field("facet");
        for f in ["/kind", "/lang", "/country", "/domain", "/year"] {
            facets.add_facet(f);
        }
        let (top, total, counts) =
            searcher.search(&query, &(top(per_page, offset, q.reader), Count, facets))?;
        let marker = Marker::new(&query_terms(text));
        let mut hits = Vec::new();
        for ((score, _), addr) in top {
            hits.push(self.hit(searcher, addr, score, &marker, q.reader)?);
        }
        let mut out = Vec::new();
        for name in ["kind", "lang", "country", "domain", "year"] {
            let mut v: Vec<(String, u64)> = counts
                .get(&format!("/{name}"))
                .map(|(facet, n)| {
                    (
                        facet
                            .to_path()
                            .last()
                            .map(|s| s.to_string())
                            .unwrap_or_default(),
                        n,
                    )
                })
                .collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            out.push((name.to_string(), v));
        }
        Ok(Results {
            total,
            hits,
            facets: out,
        })
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        addr: DocAddress,
        score: f32,
        marker: &Marker,
        reader: Option<Lang>,
    ) -> Result<Hit> {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let get = |f: Field| {
            doc.get_first(f)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        Ok(Hit {
            id: get(self.f.id),
            kind: Kind::parse(&get(self.f.kind)).unwrap_or(Kind::Organization),
            title: I18nText::from_json(&get(self.f.title)).unwrap_or_default(),
            url: get(self.f.url),
            snippet: cut(&pick_text(&get(self.f.body), marker, reader), marker, 200),
            score,
        })
    }
}

/// The words of a query as a reader would look for them in a text, lower-cased: its Latin words
/// of two characters or more, and its CJK runs ("Seoul서울" gives "seoul" and "서울").
fn query_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        let chars: Vec<char> = w.chars().collect();
        for run in chars.chunk_by(|a, b| analysis::is_cjk(*a) == analysis::is_cjk(*b)) {
            if run.len() >= 2 || run.iter().any(|c| analysis::is_cjk(*c)) {
                out.push(run.iter().collect::<String>().to_lowercase());
            }
        }
    }
    out
}

/// A character of a Latin word: a letter or digit outside the CJK scripts. A word is a run of
/// them, as the index's Latin analyzers cut it.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !analysis::is_cjk(c)
}

/// The forms of the Latin words of a text, as (byte from, byte to, form): each word folded, and
/// stemmed in English and in French, as the index holds it. CJK characters are blanked out byte
/// for byte first, so that the offsets stay the text's and "Seoul서울" holds the word "Seoul".
fn latin_forms(text: &str) -> Vec<(usize, usize, String)> {
    let mut masked = String::with_capacity(text.len());
    for c in text.chars() {
        if analysis::is_cjk(c) {
            masked.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            masked.push(c);
        }
    }
    let mut out = Vec::new();
    for mut analyzer in [analysis::latin(), analysis::english(), analysis::french()] {
        let mut stream = analyzer.token_stream(&masked);
        while stream.advance() {
            let t = stream.token();
            if !t.text.is_empty() {
                out.push((t.offset_from, t.offset_to, t.text.clone()));
            }
        }
    }
    out
}

/// What marks a query's matches in a text. A Latin word is marked whole when one of its forms
/// (folded, English or French stem) is a form of a query word, as the index matched it: "villes"
/// for "ville", "Cities" for "city", "Données" for "donnees", but never "Bovilles" for "ville" (a
/// word matches as a whole, never from inside). CJK, written without spaces between words, is
/// marked exactly where a query's run occurs ("회원" in "회원이").
struct Marker {
    forms: HashSet<String>,
    runs: Vec<Vec<char>>,
}

impl Marker {
    fn new(terms: &[String]) -> Marker {
        let mut forms = HashSet::new();
        let mut runs = Vec::new();
        for t in terms {
            forms.extend(latin_forms(t).into_iter().map(|(_, _, form)| form));
            let chars: Vec<char> = t.chars().collect();
            for run in chars.chunk_by(|a, b| analysis::is_cjk(*a) == analysis::is_cjk(*b)) {
                if run.iter().all(|c| analysis::is_cjk(*c)) {
                    runs.push(run.to_vec());
                }
            }
        }
        Marker { forms, runs }
    }

    /// For each character of `text`, whether it is marked.
    fn marks(&self, text: &str) -> Vec<bool> {
        let chars: Vec<char> = text.chars().collect();
        let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        let mut marks = vec![false; chars.len()];
        if !self.forms.is_empty() {
            for (from, to, form) in latin_forms(text) {
                if self.forms.contains(&form) {
                    let a = starts.partition_point(|&b| b < from);
                    let z = starts.partition_point(|&b| b < to);
                    marks[a..z].fill(true);
                }
            }
        }
        for run in &self.runs {
            let n = run.len();
            if n == 0 || n > chars.len() {
                continue;
            }
            for i in 0..=chars.len() - n {
                if chars[i..i + n] == run[..] {
                    marks[i..i + n].fill(true);
                }
            }
        }
        marks
    }

    fn matches(&self, text: &str) -> bool {
        self.marks(text).contains(&true)
    }
}

/// The text a snippet is cut from: one that matches, in the reader's language if one does; else
/// the first in the reader's language; else the first.
fn pick_text(stored: &str, marker: &Marker, reader: Option<Lang>) -> String {
    let texts: Vec<(String, String)> = serde_json::from_str(stored).unwrap_or_default();
    let reader = reader.map(|l| l.tag());
    let mine = |l: &str| Some(l) == reader;
    texts
        .iter()
        .find(|(l, t)| mine(l) && marker.matches(t))
        .or_else(|| texts.iter().find(|(_, t)| marker.matches(t)))
        .or_else(|| texts.iter().find(|(l, _)| mine(l)))
        .or_else(|| texts.first())
        .map(|(_, t)| t.clone())
        .unwrap_or_default()
}

/// A window of the text around the first match, with every match marked: whole Latin words
/// ("villes" for "ville", "cities" for "city"), CJK runs exactly; the start of the text when
/// nothing matches. `terms` are a query's words, as `query_terms` makes them.
pub fn snippet(text: &str, terms: &[String], max_chars: usize) -> Vec<Piece> {
    cut(text, &Marker::new(terms), max_chars)
}

fn cut(text: &str, marker: &Marker, max_chars: usize) -> Vec<Piece> {
    let chars: Vec<char> = text.chars().collect();
    let marks = marker.marks(text);
    let first = marks.iter().position(|m| *m).unwrap_or(0);
    let start = first.saturating_sub(max_chars / 4);
    let mut end = (start + max_chars).min(chars.len());
    // The window never cuts a marked word in two (a marked word is under 60 bytes).
    while end > start
        && end < chars.len()
        && marks[end - 1]
        && marks[end]
        && is_word_char(chars[end - 1])
        && is_word_char(chars[end])
    {
        end += 1;
    }
    let mut out: Vec<Piece> = Vec::new();
    for i in start..end {
        let c = chars[i];
        let c = if c == '\n' { ' ' } else { c };
        match out.last_mut() {
            Some(p) if p.hit == marks[i] => p.text.push(c),
            _ => out.push(Piece {
                text: c.to_string(),
                hit: marks[i],
            }),
        }
    }
    if start > 0
        && let Some(p) = out.first_mut()
    {
        p.text.insert(0, '…');
    }
    if end < chars.len() {
        match out.last_mut() {
            Some(p) if !p.hit => p.text.push('…'),
            _ => out.push(Piece {
                text: "…".into(),
                hit: false,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests;
