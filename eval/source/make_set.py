#!/usr/bin/env python3
"""Builds eval/corpus.jsonl and eval/queries.jsonl from the hand-written sources in this folder.

    python3 eval/source/make_set.py

Documents are numbered d001.. in the order en, fr, ko, ja, zh-Hans (each file's order); queries
q001.. in the order of queries.py.  Judgments in queries.py name documents by 'lang:key'; they are
written out with the d-numbers.  The script refuses to write if a judgment names an unknown
document, a query has no relevant document or more than 15, or a name key is unknown.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docs_en, docs_fr, docs_ko, docs_ja, docs_zh  # noqa: E402
from names import NAMES  # noqa: E402

LANG_FILES = [("en", docs_en), ("fr", docs_fr), ("ko", docs_ko), ("ja", docs_ja), ("zh-Hans", docs_zh)]
KINDS = {"practice", "event", "organization", "cue"}


def expand_names(keys):
    out = []
    for k in keys:
        if k not in NAMES:
            raise SystemExit(f"unknown name key {k!r}")
        for n in NAMES[k]:
            if n not in out:
                out.append(n)
    return out


def load_docs():
    docs = []
    seen = set()
    for lang, mod in LANG_FILES:
        for key, kind, name_keys, title, body in mod.DOCS:
            full = f"{lang}:{key}"
            if full in seen:
                raise SystemExit(f"duplicate key {full}")
            if kind not in KINDS:
                raise SystemExit(f"{full}: bad kind {kind}")
            seen.add(full)
            docs.append({
                "key": full,
                "id": f"d{len(docs) + 1:03d}",
                "kind": kind,
                "lang": lang,
                "title": title,
                "body": body,
                "names": expand_names(name_keys),
                "name_keys": list(name_keys),
            })
    return docs


def main():
    docs = load_docs()
    by_key = {d["key"]: d for d in docs}
    import queries  # noqa: E402  (needs the documents for its helpers)
    qs = queries.build(docs)
    out_q = []
    for i, q in enumerate(qs, 1):
        judg = {}
        for key, grade in q["judgments"].items():
            if key not in by_key:
                raise SystemExit(f"query {q['text']!r}: unknown document {key}")
            if grade not in (1, 2):
                raise SystemExit(f"query {q['text']!r}: bad grade {grade} for {key}")
            judg[by_key[key]["id"]] = grade
        if not 1 <= len(judg) <= 15:
            raise SystemExit(f"query {q['text']!r} ({q['lang']}): {len(judg)} judged documents")
        judg = dict(sorted(judg.items()))
        out_q.append({"id": f"q{i:03d}", "lang": q["lang"], "text": q["text"],
                      "judgments": judg, "note": q["note"]})
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            row = {k: d[k] for k in ("id", "kind", "lang", "title", "body", "names")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(root, "queries.jsonl"), "w", encoding="utf-8") as f:
        for q in out_q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter
    print("documents:", len(docs), dict(Counter(d["lang"] for d in docs)))
    print("queries:", len(out_q), dict(Counter(q["lang"] for q in out_q)))


if __name__ == "__main__":
    main()
