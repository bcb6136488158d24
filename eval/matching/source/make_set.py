"""Writes eval/matching/set.json from the hand-written sources in this folder.

    python3 eval/matching/source/make_set.py            # write set.json
    python3 eval/matching/source/make_set.py --review   # also print, per need, the
                                                         # facts behind every grade and the
                                                         # unjudged solutions of its domain

Grades are not typed in by hand: each need names its candidate solutions
with a label (F: does what the need asks, L: a large part of it, R: related,
X: judged unrelated), and common.grade() turns label + facts (serves the
country, price_min within budget, a shared language) into 0-3 exactly as
README.md states the rules.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import facts, grade, usd  # noqa: E402
from places import CITIES, COMPANIES  # noqa: E402
import sol_sustainable, sol_mobility_health, sol_gov_safe, sol_open_emerging  # noqa: E402
from needs import NEEDS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "set.json")


def build():
    solutions = (sol_sustainable.SOLUTIONS + sol_mobility_health.SOLUTIONS
                 + sol_gov_safe.SOLUTIONS + sol_open_emerging.SOLUTIONS)
    sol_by_id = {}
    for s in solutions:
        assert s["id"] not in sol_by_id, "duplicate solution " + s["id"]
        sol_by_id[s["id"]] = s
    city_by_id = {c["id"]: c for c in CITIES}
    needs = []
    for n in NEEDS:
        country = city_by_id[n["city"]]["country"]
        judgments = {}
        for sid, label in n["_labels"].items():
            if sid not in sol_by_id:
                raise SystemExit(f"{n['id']}: unknown solution {sid}")
            judgments[sid] = grade(label, *facts(sol_by_id[sid], n, country))
        # best first, then the order the labels were written in
        order = list(n["_labels"])
        judgments = dict(sorted(judgments.items(), key=lambda kv: (-kv[1], order.index(kv[0]))))
        need = {k: v for k, v in n.items() if k != "_labels"}
        need["judgments"] = judgments
        note = need.pop("note")
        need["note"] = note
        needs.append(need)
    return {"cities": CITIES, "companies": COMPANIES, "solutions": solutions, "needs": needs}, sol_by_id


def review(data, sol_by_id):
    city_by_id = {c["id"]: c for c in data["cities"]}
    for n, src in zip(data["needs"], NEEDS):
        country = city_by_id[n["city"]]["country"]
        b = f"{n['budget']} {n['currency']}" if n["budget"] is not None else "null"
        print(f"\n== {n['id']} {n['city']} ({country}) {n['domain']} lang={n['lang']} "
              f"team={n['languages']} budget={b}")
        print("   " + n["titles"][n["lang"]])
        for sid, g in n["judgments"].items():
            s = sol_by_id[sid]
            sv, bo, lo = facts(s, n, country)
            p = "on request" if s["price_min"] is None else \
                f"{s['price_min']} {s['currency']} (~{usd(s['price_min'], s['currency']):,.0f} USD)"
            print(f"   {g} {src['_labels'][sid]} {sid:28} serves={int(sv)} budget={int(bo)} lang={int(lo)} "
                  f"[{','.join(s['languages'])}] {p}")
        others = [s for s in data["solutions"] if s["domain"] == n["domain"] and s["id"] not in n["judgments"]
                  and facts(s, n, country)[0]]
        if others:
            print("   unjudged, same domain, serving:")
            for s in others:
                t = next(iter(s["titles"].values()))
                print(f"      {s['id']:28} {t}")


def main():
    data, sol_by_id = build()
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {OUT}: {len(data['cities'])} cities, {len(data['companies'])} companies, "
          f"{len(data['solutions'])} solutions, {len(data['needs'])} needs")
    if "--review" in sys.argv:
        review(data, sol_by_id)


if __name__ == "__main__":
    main()
