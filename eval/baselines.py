#!/usr/bin/env python3
"""Baselines and scoring for the citydriver multilingual search evaluation set.

    python3 eval/baselines.py [--run NAME=path/to/run.json ...] [--no-pg] [--no-fts]

Systems run here:
  fts5_unicode61  SQLite FTS5, default tokenizer with remove_diacritics 2, over title, body, names;
                  the query's whitespace-separated words OR-ed; ranked by bm25.
  fts5_trigram    SQLite FTS5, trigram tokenizer, same columns; the query text as one phrase
                  string; ranked by bm25.  (Strings under three characters match nothing.)
  fts5_bigram     SQLite FTS5 over text pre-split into CJK and Hangul character bigrams (a lone
                  character stays), tokenizer `porter unicode61 remove_diacritics 2`; the query
                  split the same way, its tokens OR-ed; bm25 with names x3, and x1.5 for a
                  document in the query's language.
  pg_tsvector     PostgreSQL: one tsvector per document in the document's configuration
                  (english / french / simple for ko, ja, zh-Hans); the query as
                  websearch_to_tsquery(<query language's configuration>) OR-ed with
                  plainto_tsquery('simple'); ranked by ts_rank_cd.
Every system keeps its top 10.  A run file from another system is {"q001": ["d003", ...], ...}.

Metrics per system, per query language and over all queries (macro averages):
  nDCG@10  gain = relevance grade (2 or 1), discount log2(rank + 1), ideal from the judgments;
  MRR@10   reciprocal rank of the first result with grade >= 1, 0 if none in the top 10.

Prints Markdown tables and writes eval/results.json (metrics, per-query scores, and each
system's top 10 per query).  Only the Python 3.11 standard library is needed for SQLite; for
PostgreSQL psycopg is used when importable (the script tries `pip install psycopg[binary]` once),
otherwise `psql` is run as a subprocess.
"""
import argparse
import json
import math
import os
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "fr", "ko", "ja", "zh-Hans"]
K = 10
PG_DB = "citydriver_eval"
PG_CONFIG = {"en": "english", "fr": "french", "ko": "simple", "ja": "simple", "zh-Hans": "simple"}


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ----------------------------------------------------------------------------- SQLite FTS5

def fts5_quote(term):
    """One FTS5 string token: double quotes inside are doubled, so any text is safe."""
    return '"' + term.replace('"', '""') + '"'


def fts5_system(corpus, queries, tokenizer, make_query):
    con = sqlite3.connect(":memory:")
    con.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, names, tokenize=?)".replace(
            "?", "'" + tokenizer.replace("'", "''") + "'"))
    con.executemany("INSERT INTO docs(id, title, body, names) VALUES (?, ?, ?, ?)",
                    [(d["id"], d["title"], d["body"], " ; ".join(d["names"])) for d in corpus])
    run = {}
    for q in queries:
        expr = make_query(q["text"])
        if not expr:
            run[q["id"]] = []
            continue
        try:
            rows = con.execute(
                "SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs), id LIMIT ?",
                (expr, K)).fetchall()
        except sqlite3.OperationalError as e:  # should not happen: every term is quoted
            print(f"fts5 ({tokenizer}) {q['id']} {expr!r}: {e}", file=sys.stderr)
            rows = []
        run[q["id"]] = [r[0] for r in rows]
    con.close()
    return run


def is_cjk(c):
    o = ord(c)
    return (0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0x3400 <= o <= 0x4DBF
            or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F
            or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F)


def bigrams(text):
    """Text with each run of CJK or Hangul characters replaced by its overlapping bigrams, space
    separated (a run of one character stays); other text as it is."""
    out, run = [], []

    def flush():
        if len(run) == 1:
            out.append(" " + run[0] + " ")
        elif run:
            out.append(" " + " ".join(run[i] + run[i + 1] for i in range(len(run) - 1)) + " ")
        run.clear()

    for c in text:
        if is_cjk(c):
            run.append(c)
        else:
            flush()
            out.append(c)
    flush()
    return "".join(out)


def fts5_bigram_system(corpus, queries):
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, names, "
                "tokenize='porter unicode61 remove_diacritics 2')")
    con.executemany("INSERT INTO docs(id, title, body, names) VALUES (?, ?, ?, ?)",
                    [(d["id"], bigrams(d["title"]), bigrams(d["body"]),
                      bigrams(" ; ".join(d["names"]))) for d in corpus])
    lang = {d["id"]: d["lang"] for d in corpus}
    run = {}
    for q in queries:
        words = [w for w in "".join(c if c.isalnum() else " " for c in bigrams(q["text"])).split()]
        if not words:
            run[q["id"]] = []
            continue
        rows = con.execute("SELECT id, bm25(docs, 0.0, 1.0, 1.0, 3.0) FROM docs WHERE docs MATCH ?",
                           (" OR ".join(fts5_quote(w) for w in words),)).fetchall()
        # bm25() is lower for better matches: the score is its negation.
        scored = [(-b * (1.5 if lang[i] == q["lang"] else 1.0), i) for i, b in rows]
        scored.sort(key=lambda x: (-x[0], x[1]))
        run[q["id"]] = [i for _, i in scored[:K]]
    con.close()
    return run


def unicode61_query(text):
    words = [w for w in text.split() if w.strip()]
    return " OR ".join(fts5_quote(w) for w in words)


def trigram_query(text):
    text = text.strip()
    return fts5_quote(text) if text else ""


# ----------------------------------------------------------------------------- PostgreSQL

PG_SCHEMA = """
CREATE TABLE docs (id text PRIMARY KEY, lang text NOT NULL, tsv tsvector NOT NULL);
"""
PG_INSERT = ("INSERT INTO docs(id, lang, tsv) VALUES "
             "(%s, %s, to_tsvector(%s::regconfig, %s))")
PG_SEARCH = """
WITH q AS (SELECT websearch_to_tsquery(%s::regconfig, %s) || plainto_tsquery('simple', %s) AS tq)
SELECT d.id FROM docs d, q
WHERE d.tsv @@ q.tq
ORDER BY ts_rank_cd(d.tsv, q.tq) DESC, d.id
LIMIT %s
"""


def doc_text(d):
    return d["title"] + "\n" + d["body"] + "\n" + " ; ".join(d["names"])


def with_db_url(url, db):
    # postgres://user@host:port/dbname?params -> same with another dbname
    base, sep, params = url.partition("?")
    head, _, _ = base.rpartition("/")
    if head.endswith("/") or "://" not in url:  # no path part at all
        head = base
    return head + "/" + db + (sep + params if sep else "")


def get_psycopg():
    try:
        import psycopg  # noqa: F401
        return psycopg
    except ImportError:
        pass
    print("psycopg not importable; trying `pip install psycopg[binary]`", file=sys.stderr)
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "psycopg[binary]"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print("pip install failed; falling back to psql", file=sys.stderr)
        return None
    try:
        import importlib
        importlib.invalidate_caches()
        import psycopg  # noqa: F401
        return psycopg
    except ImportError:
        return None


def pg_system_psycopg(psycopg, url, corpus, queries):
    admin = psycopg.connect(url, autocommit=True)
    admin.execute(f"DROP DATABASE IF EXISTS {PG_DB}")
    admin.execute(f"CREATE DATABASE {PG_DB} ENCODING 'UTF8' TEMPLATE template0")
    try:
        with psycopg.connect(with_db_url(url, PG_DB)) as con:
            con.execute(PG_SCHEMA)
            with con.cursor() as cur:
                cur.executemany(PG_INSERT, [(d["id"], d["lang"], PG_CONFIG[d["lang"]], doc_text(d))
                                            for d in corpus])
            con.commit()
            run = {}
            for q in queries:
                cfg = PG_CONFIG[q["lang"]]
                rows = con.execute(PG_SEARCH, (cfg, q["text"], q["text"], K)).fetchall()
                run[q["id"]] = [r[0] for r in rows]
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {PG_DB}")
        admin.close()
    return run


def sql_literal(s):
    return "'" + s.replace("'", "''") + "'"


def pg_system_psql(url, corpus, queries):
    def psql(target, sql):
        with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False, encoding="utf-8") as f:
            f.write(sql)
            path = f.name
        try:
            r = subprocess.run(["psql", target, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-At",
                                "-F", "\t", "-f", path], capture_output=True, text=True)
        finally:
            os.unlink(path)
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
        return r.stdout

    psql(url, f"DROP DATABASE IF EXISTS {PG_DB};\nCREATE DATABASE {PG_DB} ENCODING 'UTF8' "
              f"TEMPLATE template0;\n")
    try:
        lines = ["SET client_encoding = 'UTF8';", PG_SCHEMA]
        for d in corpus:
            lines.append(
                f"INSERT INTO docs(id, lang, tsv) VALUES ({sql_literal(d['id'])}, "
                f"{sql_literal(d['lang'])}, to_tsvector({sql_literal(PG_CONFIG[d['lang']])}::regconfig, "
                f"{sql_literal(doc_text(d))}));")
        for q in queries:
            cfg, t = sql_literal(PG_CONFIG[q["lang"]]), sql_literal(q["text"])
            lines.append(
                f"WITH q AS (SELECT websearch_to_tsquery({cfg}::regconfig, {t}) || "
                f"plainto_tsquery('simple', {t}) AS tq) "
                f"SELECT {sql_literal(q['id'])}, d.id FROM docs d, q WHERE d.tsv @@ q.tq "
                f"ORDER BY ts_rank_cd(d.tsv, q.tq) DESC, d.id LIMIT {K};")
        out = psql(with_db_url(url, PG_DB), "\n".join(lines) + "\n")
    finally:
        psql(url, f"DROP DATABASE IF EXISTS {PG_DB};\n")
    run = {q["id"]: [] for q in queries}
    for line in out.splitlines():
        if "\t" in line:
            qid, did = line.split("\t", 1)
            run.setdefault(qid, []).append(did)
    return run


def pg_system(url, corpus, queries):
    psycopg = get_psycopg()
    if psycopg is not None:
        return pg_system_psycopg(psycopg, url, corpus, queries)
    return pg_system_psql(url, corpus, queries)


# ----------------------------------------------------------------------------- metrics

def ndcg_at_k(ranked, judgments, k=K):
    dcg = sum(judgments.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(judgments.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def rr_at_k(ranked, judgments, k=K):
    for i, d in enumerate(ranked[:k]):
        if judgments.get(d, 0) >= 1:
            return 1.0 / (i + 1)
    return 0.0


def dedupe(ids):
    seen, out = set(), []
    for d in ids:
        if d not in seen:
            seen.add(d)
            out.append(d)
    return out


def evaluate(run, queries):
    per_query = {}
    for q in queries:
        ranked = dedupe(run.get(q["id"], []))
        per_query[q["id"]] = {"lang": q["lang"], "ndcg@10": ndcg_at_k(ranked, q["judgments"]),
                              "rr@10": rr_at_k(ranked, q["judgments"])}
    summary = {}
    for group in LANGS + ["all"]:
        rows = [v for v in per_query.values() if group == "all" or v["lang"] == group]
        n = len(rows)
        summary[group] = {
            "queries": n,
            "ndcg@10": sum(r["ndcg@10"] for r in rows) / n if n else 0.0,
            "mrr@10": sum(r["rr@10"] for r in rows) / n if n else 0.0,
        }
    return summary, per_query


def markdown_table(results, metric, title):
    head = "| system | " + " | ".join(LANGS + ["all"]) + " |"
    sep = "|---|" + "---:|" * (len(LANGS) + 1)
    lines = [f"**{title}**", "", head, sep]
    for name, r in results.items():
        cells = [f"{r['summary'][g][metric]:.3f}" for g in LANGS + ["all"]]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(HERE, "corpus.jsonl"))
    ap.add_argument("--queries", default=os.path.join(HERE, "queries.jsonl"))
    ap.add_argument("--run", action="append", default=[], metavar="NAME=PATH",
                    help="a run file of another system, {\"q001\": [\"d003\", ...]}; repeatable")
    ap.add_argument("--pg", default=os.environ.get("CITYDRIVER_EVAL_PG",
                                                   "postgres://postgres@127.0.0.1:5432/postgres"),
                    help="PostgreSQL server (a database %s is created and dropped there)" % PG_DB)
    ap.add_argument("--no-pg", action="store_true", help="skip the PostgreSQL baseline")
    ap.add_argument("--no-fts", action="store_true", help="skip the SQLite FTS5 baselines")
    ap.add_argument("--out", default=os.path.join(HERE, "results.json"))
    args = ap.parse_args()

    corpus = load_jsonl(args.corpus)
    queries = load_jsonl(args.queries)
    doc_ids = {d["id"] for d in corpus}
    for q in queries:
        unknown = set(q["judgments"]) - doc_ids
        if unknown:
            sys.exit(f"{q['id']}: judgments name unknown documents {sorted(unknown)}")

    runs = {}
    if not args.no_fts:
        runs["fts5_unicode61"] = fts5_system(corpus, queries, "unicode61 remove_diacritics 2",
                                             unicode61_query)
        runs["fts5_trigram"] = fts5_system(corpus, queries, "trigram", trigram_query)
        runs["fts5_bigram"] = fts5_bigram_system(corpus, queries)
    if not args.no_pg:
        try:
            runs["pg_tsvector"] = pg_system(args.pg, corpus, queries)
        except Exception as e:  # a missing server should not hide the other numbers
            print(f"PostgreSQL baseline skipped: {e}", file=sys.stderr)
    for spec in args.run:
        name, sep, path = spec.partition("=")
        if not sep:
            name, path = os.path.splitext(os.path.basename(spec))[0], spec
        with open(path, encoding="utf-8") as f:
            run = json.load(f)
        missing = [q["id"] for q in queries if q["id"] not in run]
        if missing:
            print(f"{name}: no results for {len(missing)} queries (scored 0): "
                  f"{', '.join(missing[:10])}{' …' if len(missing) > 10 else ''}", file=sys.stderr)
        unknown = {d for ids in run.values() for d in ids if d not in doc_ids}
        if unknown:
            print(f"{name}: {len(unknown)} unknown document ids in the run", file=sys.stderr)
        runs[name] = {qid: list(ids)[:K] for qid, ids in run.items()}

    results = {}
    for name, run in runs.items():
        summary, per_query = evaluate(run, queries)
        results[name] = {"summary": summary, "per_query": per_query,
                         "top10": {q["id"]: run.get(q["id"], [])[:K] for q in queries}}

    counts = {g: sum(1 for q in queries if g == "all" or q["lang"] == g) for g in LANGS + ["all"]}
    print(f"{len(corpus)} documents, {len(queries)} queries "
          f"({', '.join(f'{g} {counts[g]}' for g in LANGS)})\n")
    print(markdown_table(results, "ndcg@10", "nDCG@10"))
    print()
    print(markdown_table(results, "mrr@10", "MRR@10"))

    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"k": K, "documents": len(corpus), "queries": counts, "systems": results}, f,
                  ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    print(f"\nwritten {os.path.relpath(args.out)}")


if __name__ == "__main__":
    main()
