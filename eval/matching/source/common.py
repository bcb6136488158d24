"""Helpers shared by the hand-written sources of the matching set.

S(...) builds one solution, N(...) one need. The facts a grade depends on
(does the solution serve the city's country, does its price fit the budget,
does it support one of the team's languages) are computed here the same way
check.py recomputes them, so make_set.py can turn a hand-given relevance
label into the grade that the judging rules prescribe.
"""

LANGS = ("en", "ko", "ja", "zh-Hans", "fr")

# Units of each currency per US dollar (the same table as check.py).
PER_USD = {"USD": 1, "EUR": 0.924, "JPY": 151.4, "KRW": 1364, "CNY": 7.19,
           "SGD": 1.336, "THB": 35.3, "VND": 25000, "IDR": 15850,
           "MYR": 4.58, "PHP": 57.3}

# UN M49 sub-region of the countries the need cities are in.
SUBREGION = {}
for _r, _cs in {
    "south-eastern-asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "eastern-asia": "CN HK MO JP KP KR MN TW",
    "western-europe": "AT BE FR DE LI LU MC NL CH",
}.items():
    for _c in _cs.split():
        SUBREGION[_c] = _r


def S(id, company, domain, text, where, price, model, langs, refs=()):
    """text: {lang: (title, description)}; where: "CC CC | region region";
    price: (min, max, currency) or None for price on request;
    refs: [(city, year or None, {lang: results})]."""
    countries, _, regions = where.partition("|")
    return {
        "id": id,
        "company": company,
        "titles": {k: v[0] for k, v in text.items()},
        "description": {k: v[1] for k, v in text.items()},
        "domain": domain,
        "countries": countries.split(),
        "regions": regions.split(),
        "price_min": price[0] if price else None,
        "price_max": price[1] if price else None,
        "currency": price[2] if price else None,
        "price_model": model,
        "languages": langs.split(),
        "references": [{"city": c, "year": y, "results": r} for c, y, r in refs],
    }


def N(id, city, lang, domain, title, description, budget, langs, rel, note):
    """budget: (amount, currency) or None; rel: "solution-id LABEL, ..." with
    LABEL F (does what the need asks), L (a large part of it), R (related,
    partial help), X (judged and unrelated / look-alike). Grades are derived
    in make_set.py."""
    labels = {}
    for item in rel.split(","):
        item = item.strip()
        if not item:
            continue
        sid, label = item.split()
        assert label in "FLRX", (id, item)
        assert sid not in labels, (id, sid)
        labels[sid] = label
    return {
        "id": id, "city": city, "lang": lang, "domain": domain,
        "titles": {lang: title}, "description": {lang: description},
        "budget": budget[0] if budget else None,
        "currency": budget[1] if budget else None,
        "languages": langs.split(),
        "_labels": labels,
        "note": note,
    }


def usd(amount, currency):
    return amount / PER_USD[currency]


def facts(sol, need, city_country):
    region = SUBREGION.get(city_country)
    serves = city_country in sol["countries"] or (region is not None and region in sol["regions"])
    if need["budget"] is None or sol["price_min"] is None:
        budget_ok = True
    elif sol["currency"] == need["currency"]:
        budget_ok = sol["price_min"] <= need["budget"]
    else:
        budget_ok = usd(sol["price_min"], sol["currency"]) <= usd(need["budget"], need["currency"])
    lang_ok = bool(set(sol["languages"]) & set(need["languages"]))
    return serves, budget_ok, lang_ok


def grade(label, serves, budget_ok, lang_ok):
    """The judging rules of README.md, applied to a hand-given label."""
    if not serves or label == "X":
        return 0
    if label == "F":
        return 3 if (budget_ok and lang_ok) else 2
    if label == "L":
        return 2 if (budget_ok and lang_ok) else 1
    return 1  # R
