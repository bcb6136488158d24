#!/usr/bin/env python3
"""Validates eval/matching/set.json against the rules of eval/matching/README.md
and prints its counts. Standard library only.

    python3 eval/matching/check.py [path/to/set.json]

Exits 1 and lists every problem found, or exits 0 with "no problem".
Besides the format, it recomputes for every judgment whether the solution
serves the need's country (country listed, or the country's UN M49
sub-region listed), whether its price fits the budget (price_min <= budget;
currencies converted with the fixed table below when they differ) and
whether it supports one of the team's languages, and flags a grade 3 that
contradicts them and a grade >= 1 for a solution that does not serve the
country.
"""
import collections
import json
import os
import re
import sys

LANGS = {"en", "ko", "ja", "zh-Hans", "fr"}
DOMAINS = {"efficient_government", "emerging_technology", "mobility", "open_inclusive_city",
           "safe_city", "sustainable_city", "health"}
NETWORKS = {"ascn", "wego", "scij"}
CURRENCIES = {"USD", "EUR", "JPY", "KRW", "CNY", "SGD", "THB", "VND", "IDR", "MYR", "PHP"}
PRICE_MODELS = {"purchase", "subscription", "ppp"}
# Units of each currency per US dollar.
PER_USD = {"USD": 1, "EUR": 0.924, "JPY": 151.4, "KRW": 1364, "CNY": 7.19, "SGD": 1.336,
           "THB": 35.3, "VND": 25000, "IDR": 15850, "MYR": 4.58, "PHP": 57.3}
ID_RE = re.compile(r"^[a-z][a-z0-9-]{0,59}$")
YEAR_RE = re.compile(r"^[0-9]{4}$")

ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

# UN M49 sub-regions (the keys allowed in `regions`) and their countries.
M49 = {
    "south-eastern-asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "eastern-asia": "CN HK MO JP KP KR MN TW",
    "southern-asia": "AF BD BT IN IR LK MV NP PK",
    "central-asia": "KZ KG TJ TM UZ",
    "western-asia": "AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE",
    "northern-europe": "AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ",
    "western-europe": "AT BE CH DE FR LI LU MC NL",
    "southern-europe": "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA",
    "eastern-europe": "BG BY CZ HU MD PL RO RU SK UA",
    "northern-africa": "DZ EG EH LY MA SD TN",
    "western-africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    "eastern-africa": "BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW",
    "middle-africa": "AO CD CF CG CM GA GQ ST TD",
    "southern-africa": "BW LS NA SZ ZA",
    "northern-america": "BM CA GL PM US",
    "central-america": "BZ CR GT HN MX NI PA SV",
    "caribbean": "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI",
    "south-america": "AR BO BR BV CL CO EC FK GF GS GY PE PY SR UY VE",
    "australia-and-new-zealand": "AU CC CX HM NF NZ",
    "melanesia": "FJ NC PG SB VU",
    "micronesia": "FM GU KI MH MP NR PW UM",
    "polynesia": "AS CK NU PF PN TK TO TV WF WS",
}
SUBREGION = {c: r for r, cs in M49.items() for c in cs.split()}

KEYS = {
    "city": {"id", "names", "country", "lat", "lon", "networks"},
    "company": {"id", "names", "country"},
    "solution": {"id", "company", "titles", "description", "domain", "countries", "regions",
                 "price_min", "price_max", "currency", "price_model", "languages", "references"},
    "reference": {"city", "year", "results"},
    "need": {"id", "city", "lang", "domain", "titles", "description", "budget", "currency",
             "languages", "judgments", "note"},
}

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def check_keys(where, obj, kind):
    if not isinstance(obj, dict):
        problem(where, f"{kind} is not an object")
        return False
    missing = KEYS[kind] - obj.keys()
    extra = obj.keys() - KEYS[kind]
    if missing:
        problem(where, f"missing keys {sorted(missing)}")
    if extra:
        problem(where, f"unknown keys {sorted(extra)}")
    return not missing


def check_i18n(where, value, allow_empty=False):
    if not isinstance(value, dict):
        problem(where, "not an i18n object")
        return
    if not value and not allow_empty:
        problem(where, "empty i18n object")
    for k, v in value.items():
        if k not in LANGS:
            problem(where, f"unknown language key {k!r}")
        if not isinstance(v, str) or not v.strip():
            problem(where, f"empty or non-string text for {k!r}")


def check_ids(items, kind):
    seen = set()
    for i, item in enumerate(items):
        ident = item.get("id") if isinstance(item, dict) else None
        if not isinstance(ident, str) or not ID_RE.match(ident):
            problem(f"{kind}[{i}]", f"bad id {ident!r}")
        elif ident in seen:
            problem(f"{kind}[{i}]", f"duplicate id {ident!r}")
        seen.add(ident)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def to_usd(amount, currency):
    return amount / PER_USD[currency]


def budget_ok(sol, need):
    if need.get("budget") is None or sol.get("price_min") is None:
        return True
    if sol["currency"] == need["currency"]:
        return sol["price_min"] <= need["budget"]
    return to_usd(sol["price_min"], sol["currency"]) <= to_usd(need["budget"], need["currency"])


def serves(sol, country):
    return country in sol.get("countries", []) or SUBREGION.get(country) in sol.get("regions", [])


def word_count(text):
    return len(text.split())


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                               "set.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if set(data) != {"cities", "companies", "solutions", "needs"}:
        problem("set", f"top-level keys must be cities, companies, solutions, needs; got {sorted(data)}")
    cities = data.get("cities", [])
    companies = data.get("companies", [])
    solutions = data.get("solutions", [])
    needs = data.get("needs", [])
    for items, kind in ((cities, "cities"), (companies, "companies"), (solutions, "solutions"),
                        (needs, "needs")):
        check_ids(items, kind)

    # ------------------------------------------------------------- cities
    city_by_id = {}
    for c in cities:
        w = f"city {c.get('id')}"
        if not check_keys(w, c, "city"):
            continue
        city_by_id[c["id"]] = c
        check_i18n(w + " names", c["names"])
        if "en" not in c["names"]:
            problem(w, "no English name")
        if c["country"] not in ISO_ALPHA2:
            problem(w, f"country {c['country']!r} is not ISO 3166 alpha-2")
        elif c["country"] not in SUBREGION:
            problem(w, f"no UN M49 sub-region known for {c['country']}")
        for k, lim in (("lat", 90), ("lon", 180)):
            v = c[k]
            if not isinstance(v, (int, float)) or isinstance(v, bool) or not -lim <= v <= lim:
                problem(w, f"bad {k} {v!r}")
            elif round(v, 2) != v:
                problem(w, f"{k} has more than 2 decimals")
        if not isinstance(c["networks"], list) or not set(c["networks"]) <= NETWORKS:
            problem(w, f"bad networks {c['networks']!r}")

    # ---------------------------------------------------------- companies
    company_by_id = {}
    for co in companies:
        w = f"company {co.get('id')}"
        if not check_keys(w, co, "company"):
            continue
        company_by_id[co["id"]] = co
        check_i18n(w + " names", co["names"])
        if co["country"] not in ISO_ALPHA2:
            problem(w, f"country {co['country']!r} is not ISO 3166 alpha-2")

    # ---------------------------------------------------------- solutions
    sol_by_id = {}
    used_companies = set()
    for s in solutions:
        w = f"solution {s.get('id')}"
        if not check_keys(w, s, "solution"):
            continue
        sol_by_id[s["id"]] = s
        if s["company"] not in company_by_id:
            problem(w, f"unknown company {s['company']!r}")
        used_companies.add(s["company"])
        check_i18n(w + " titles", s["titles"])
        check_i18n(w + " description", s["description"])
        if s["domain"] not in DOMAINS:
            problem(w, f"unknown domain {s['domain']!r}")
        if not isinstance(s["countries"], list) or not isinstance(s["regions"], list):
            problem(w, "countries and regions must be lists")
            continue
        for c in s["countries"]:
            if c not in ISO_ALPHA2:
                problem(w, f"country {c!r} is not ISO 3166 alpha-2")
        for r in s["regions"]:
            if r not in M49:
                problem(w, f"unknown region {r!r}")
        if len(set(s["countries"])) != len(s["countries"]) or len(set(s["regions"])) != len(s["regions"]):
            problem(w, "duplicate country or region")
        if not s["countries"] and not s["regions"]:
            problem(w, "served nowhere (no countries, no regions)")
        pmin, pmax, cur = s["price_min"], s["price_max"], s["currency"]
        if pmin is None and pmax is None:
            if cur is not None:
                problem(w, "price on request must have currency null")
        elif is_int(pmin) and is_int(pmax):
            if not 0 <= pmin <= pmax:
                problem(w, f"bad price range {pmin}..{pmax}")
            if cur not in CURRENCIES:
                problem(w, f"unknown currency {cur!r}")
        else:
            problem(w, "price_min and price_max must both be integers or both null")
        if s["price_model"] not in PRICE_MODELS:
            problem(w, f"unknown price_model {s['price_model']!r}")
        langs = s["languages"]
        if not isinstance(langs, list) or not langs or not set(langs) <= LANGS or len(set(langs)) != len(langs):
            problem(w, f"bad languages {langs!r}")
        if not isinstance(s["references"], list):
            problem(w, "references must be a list")
            continue
        for j, ref in enumerate(s["references"]):
            wr = f"{w} reference {j}"
            if not check_keys(wr, ref, "reference"):
                continue
            if ref["city"] not in city_by_id:
                problem(wr, f"unknown city {ref['city']!r}")
            if ref["year"] is not None and not (isinstance(ref["year"], str) and YEAR_RE.match(ref["year"])):
                problem(wr, f"bad year {ref['year']!r}")
            check_i18n(wr + " results", ref["results"], allow_empty=True)
    for co in company_by_id:
        if co not in used_companies:
            problem(f"company {co}", "has no solution")

    # -------------------------------------------------------------- needs
    grades = collections.Counter()
    judged_counts = []
    for n in needs:
        w = f"need {n.get('id')}"
        if not check_keys(w, n, "need"):
            continue
        city = city_by_id.get(n["city"])
        if city is None:
            problem(w, f"unknown city {n['city']!r}")
        if n["lang"] not in LANGS:
            problem(w, f"unknown lang {n['lang']!r}")
        if n["domain"] not in DOMAINS:
            problem(w, f"unknown domain {n['domain']!r}")
        for field in ("titles", "description"):
            check_i18n(f"{w} {field}", n[field])
            if set(n[field]) != {n["lang"]}:
                problem(w, f"{field} must be written only in its lang {n['lang']!r}, has {sorted(n[field])}")
        title = n["titles"].get(n["lang"], "")
        if n["lang"] in ("en", "fr") and not 4 <= word_count(title) <= 12:
            problem(w, f"title has {word_count(title)} words (4-12)")
        if n["budget"] is None:
            if n["currency"] is not None:
                problem(w, "budget null must have currency null")
        elif not is_int(n["budget"]) or n["budget"] <= 0:
            problem(w, f"bad budget {n['budget']!r}")
        elif n["currency"] not in CURRENCIES:
            problem(w, f"unknown currency {n['currency']!r}")
        langs = n["languages"]
        if (not isinstance(langs, list) or not 1 <= len(langs) <= 3 or not set(langs) <= LANGS
                or len(set(langs)) != len(langs)):
            problem(w, f"languages must be 1-3 distinct of {sorted(LANGS)}: {langs!r}")
        if not isinstance(n["note"], str) or not n["note"].strip():
            problem(w, "empty note")
        judgments = n["judgments"]
        if not isinstance(judgments, dict):
            problem(w, "judgments must be an object")
            continue
        judged_counts.append(len(judgments))
        if len(judgments) > 15:
            problem(w, f"{len(judgments)} solutions judged (at most 15)")
        good = 0
        for sid, g in judgments.items():
            if not is_int(g) or not 0 <= g <= 3:
                problem(w, f"grade of {sid} must be 0-3, is {g!r}")
                continue
            grades[g] += 1
            if g >= 2:
                good += 1
            sol = sol_by_id.get(sid)
            if sol is None:
                problem(w, f"judges unknown solution {sid!r}")
                continue
            if city is None or n["currency"] not in CURRENCIES | {None}:
                continue
            country = city["country"]
            if g >= 1 and not serves(sol, country):
                problem(w, f"{sid} graded {g} but does not serve {country}")
            if g == 3:
                if not budget_ok(sol, n):
                    problem(w, f"{sid} graded 3 but price_min {sol['price_min']} {sol['currency']} "
                               f"exceeds budget {n['budget']} {n['currency']}")
                if not set(sol["languages"]) & set(langs):
                    problem(w, f"{sid} graded 3 but supports none of {langs}")
        if good < 2:
            problem(w, f"only {good} solutions graded >= 2 (need 2)")

    # ------------------------------------------------------------- counts
    print(f"cities: {len(cities)} ({sum('ascn' in c.get('networks', []) for c in cities)} ASCN)")
    print(f"companies: {len(companies)} by country: "
          + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(c.get('country') for c in companies).items())))
    print(f"solutions: {len(solutions)}")
    print("  by domain: " + ", ".join(f"{k} {v}" for k, v in
                                      sorted(collections.Counter(s.get('domain') for s in solutions).items())))
    by_lang = collections.Counter(l for s in solutions for l in s.get("description", {}))
    print("  described in: " + ", ".join(f"{l} {by_lang[l]}" for l in ("en", "fr", "ko", "ja", "zh-Hans")))
    no_en = sum("en" not in s.get("description", {}) for s in solutions)
    print(f"  without English text: {no_en}; in one language only: "
          f"{sum(len(s.get('description', {})) == 1 for s in solutions)}")
    print(f"  price on request: {sum(s.get('price_min') is None for s in solutions)}; "
          f"with references: {sum(bool(s.get('references')) for s in solutions)} "
          f"(2-4: {sum(2 <= len(s.get('references', [])) <= 4 for s in solutions)})")
    print(f"  served only by countries: {sum(bool(s.get('countries')) and not s.get('regions') for s in solutions)}, "
          f"only by regions: {sum(bool(s.get('regions')) and not s.get('countries') for s in solutions)}, "
          f"both: {sum(bool(s.get('regions')) and bool(s.get('countries')) for s in solutions)}")
    print(f"needs: {len(needs)}")
    print("  by lang: " + ", ".join(f"{l} {sum(n.get('lang') == l for n in needs)}"
                                    for l in ("en", "fr", "ko", "ja", "zh-Hans")))
    print("  by domain: " + ", ".join(f"{k} {v}" for k, v in
                                      sorted(collections.Counter(n.get('domain') for n in needs).items())))
    print(f"  budget null: {sum(n.get('budget') is None for n in needs)}; "
          f"cities: {len({n.get('city') for n in needs})}")
    if judged_counts:
        print(f"judgments: {sum(judged_counts)} (per need {min(judged_counts)}-{max(judged_counts)}); grades: "
              + ", ".join(f"{g}: {grades[g]}" for g in (3, 2, 1, 0)))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nno problem")


if __name__ == "__main__":
    main()
