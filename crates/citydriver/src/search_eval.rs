//! `citydriver search-eval`: the search evaluation set (`eval/corpus.jsonl`, `eval/queries.jsonl`)
//! indexed in memory as the server indexes its documents, each query answered as the search
//! page asks it (with the query's language as the reader's), the top 10 written for
//! `eval/baselines.py --run citydriver=...`.

use anyhow::Context;
use std::io::BufReader;

/// Indexes the evaluation corpus in memory, answers each query (top 10) and writes
/// `{"query id": ["doc id", ...]}` for `eval/baselines.py --run citydriver=...`.
pub(crate) fn run(
    corpus: &std::path::Path,
    queries: &std::path::Path,
    out: &std::path::Path,
) -> anyhow::Result<()> {
    use std::io::BufRead;
    #[derive(serde::Deserialize)]
    struct CorpusDoc {
        id: String,
        kind: String,
        lang: String,
        title: String,
        body: String,
        #[serde(default)]
        names: Vec<String>,
    }
    #[derive(serde::Deserialize)]
    struct EvalQuery {
        id: String,
        text: String,
        /// The language the user searches in (the interface's), sent as the reader's.
        lang: String,
    }
    let index = search::SearchIndex::in_memory()?;
    let mut docs = Vec::new();
    let f = std::fs::File::open(corpus).with_context(|| format!("opening {}", corpus.display()))?;
    for (n, line) in BufReader::new(f).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let d: CorpusDoc = serde_json::from_str(&line)
            .with_context(|| format!("{} line {}", corpus.display(), n + 1))?;
        let lang = domain::Lang::parse(&d.lang);
        let kind = match d.kind.as_str() {
            "event" => search::Kind::Event,
            "cue" => search::Kind::Cue,
            "organization" => search::Kind::Organization,
            _ => search::Kind::Practice,
        };
        docs.push(search::Doc {
            id: d.id.clone(),
            group: d.id.clone(),
            kind,
            title: match lang {
                Some(l) => domain::I18nText::new().with(l, &d.title),
                None => domain::I18nText::en(&d.title),
            },
            // As the server indexes them: a transcript line by what was said; its title (the
            // session's) is shown, not searched.
            texts: if kind == search::Kind::Cue {
                vec![(lang, d.body)]
            } else {
                vec![(lang, d.title), (lang, d.body)]
            },
            names: d.names,
            url: String::new(),
            langs: vec![d.lang],
            country: None,
            domain: None,
            year: None,
        });
    }
    let started = std::time::Instant::now();
    index.apply(&[], &[], &docs, 0)?;
    let built = started.elapsed();
    let mut run = serde_json::Map::new();
    let f =
        std::fs::File::open(queries).with_context(|| format!("opening {}", queries.display()))?;
    let mut n_queries = 0;
    for (n, line) in BufReader::new(f).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let q: EvalQuery = serde_json::from_str(&line)
            .with_context(|| format!("{} line {}", queries.display(), n + 1))?;
        let r = index.search(&search::SearchQuery {
            text: q.text,
            page: 1,
            per_page: 10,
            reader: domain::Lang::parse(&q.lang),
            ..Default::default()
        })?;
        run.insert(
            q.id,
            r.hits
                .into_iter()
                .map(|h| serde_json::Value::String(h.id))
                .collect(),
        );
        n_queries += 1;
    }
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(out, serde_json::to_string_pretty(&run)?)?;
    eprintln!(
        "indexed {} documents in {} ms; answered {n_queries} queries; wrote {}",
        docs.len(),
        built.as_millis(),
        out.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    fn load(path: &str) -> Vec<serde_json::Value> {
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// Two runs give the same file, and a query comes back empty only when none of its
    /// relevant documents holds any of its words (a vocabulary gap): a word being a
    /// space-separated piece of the query, or two characters in a row of a CJK run.
    #[test]
    fn the_set_runs_the_same_twice_and_words_that_exist_are_never_an_empty_list() {
        let (corpus, queries) = ("../../eval/corpus.jsonl", "../../eval/queries.jsonl");
        let dir = std::env::temp_dir();
        let out = |n| dir.join(format!("search-eval-{}-{n}.json", std::process::id()));
        super::run(Path::new(corpus), Path::new(queries), &out(1)).unwrap();
        super::run(Path::new(corpus), Path::new(queries), &out(2)).unwrap();
        let (a, b) = (
            std::fs::read(out(1)).unwrap(),
            std::fs::read(out(2)).unwrap(),
        );
        std::fs::remove_file(out(1)).ok();
        std::fs::remove_file(out(2)).ok();
        assert!(a == b, "two runs differ");
        let run: serde_json::Value = serde_json::from_slice(&a).unwrap();
        let docs: std::collections::HashMap<String, String> = load(corpus)
            .into_iter()
            .map(|d| {
                let text = format!("{} {} {}", d["title"], d["body"], d["names"]).to_lowercase();
                (d["id"].as_str().unwrap().to_string(), text)
            })
            .collect();
        let queries = load(queries);
        assert!(queries.len() >= 160);
        for q in &queries {
            let text = q["text"].as_str().unwrap().to_lowercase();
            let mut words: Vec<String> = text.split_whitespace().map(String::from).collect();
            let chars: Vec<char> = text.chars().collect();
            words.extend(
                chars
                    .windows(2)
                    .filter(|w| w.iter().all(|c| search::analysis::is_cjk(*c)))
                    .map(|w| w.iter().collect()),
            );
            let judged = q["judgments"].as_object().unwrap();
            let shares = judged.keys().any(|d| {
                words
                    .iter()
                    .any(|w| w.chars().count() > 1 && docs[d].contains(w))
            });
            let found = run[q["id"].as_str().unwrap()].as_array().unwrap();
            assert!(!shares || !found.is_empty(), "{} {text}: empty", q["id"]);
        }
    }
}
