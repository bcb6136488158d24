#!/usr/bin/env python3
"""Generate crates/domain/data/countries.tsv from the `pycountry` package.

Requirements (this script installs nothing itself):

    pip install pycountry

Usage (from anywhere; paths are resolved relative to the repository root):

    python3 tools/gen_countries.py

Reads pycountry's ISO 3166-1 list and the gettext catalogues it ships
(pycountry/locales/<lang>/LC_MESSAGES/iso3166-1.mo, taken from Debian's
iso-codes), and writes a UTF-8, LF-terminated TSV with the header

    alpha2  alpha3  en  fr  ja  ko  zh-Hans

and one row per country, sorted by alpha2.

* en: the country's `common_name` if pycountry has one, else its `name`.
* fr/ja/ko/zh-Hans: the translation of `common_name` where the catalogue has one, else of the English `name` (the msgid used by
  iso-codes) from locales fr, ja, ko and zh_CN. If a translation is missing,
  the English column value is written instead, and the miss is counted and
  reported on stderr.

Fails loudly (non-zero exit) if any field is empty or contains a tab, CR or
LF, or if a locale catalogue is absent.
"""

import gettext
import os
import sys

import pycountry

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_PATH = os.path.join(REPO_ROOT, "crates", "domain", "data", "countries.tsv")

DOMAIN = "iso3166-1"
# (column header, pycountry locale directory)
LANGS = [("fr", "fr"), ("ja", "ja"), ("ko", "ko"), ("zh-Hans", "zh_CN")]
HEADER = ["alpha2", "alpha3", "en"] + [col for col, _ in LANGS]


class _Missing(gettext.NullTranslations):
    """Fallback that records every msgid the real catalogue did not have."""

    def __init__(self):
        super().__init__()
        self.missing = []

    def gettext(self, message):
        self.missing.append(message)
        return message


def load_catalogue(locale):
    # fallback=False: raise if the .mo file does not exist.
    trans = gettext.translation(
        DOMAIN, localedir=pycountry.LOCALES_DIR, languages=[locale], fallback=False
    )
    miss = _Missing()
    trans.add_fallback(miss)
    return trans, miss


def check_field(value, where):
    if not isinstance(value, str) or value == "":
        sys.exit(f"error: empty field at {where}")
    for bad in ("\t", "\n", "\r"):
        if bad in value:
            sys.exit(f"error: field at {where} contains {bad!r}: {value!r}")
    if value != value.strip():
        sys.exit(f"error: field at {where} has leading/trailing whitespace: {value!r}")


def main():
    catalogues = {col: load_catalogue(loc) for col, loc in LANGS}
    missing_count = {col: 0 for col, _ in LANGS}

    rows = []
    for c in pycountry.countries:
        name = c.name
        en = getattr(c, "common_name", None) or name
        row = [c.alpha_2, c.alpha_3, en]
        for col, _ in LANGS:
            trans, miss = catalogues[col]
            # Prefer the translated short name (Corée du Sud, 韩国) where the catalogue has it.
            translated = None
            if en != name:
                before = len(miss.missing)
                t = trans.gettext(en)
                if len(miss.missing) == before and t:
                    translated = t
            before = len(miss.missing)
            if translated is None:
                translated = trans.gettext(name)
            if len(miss.missing) > before or not translated:
                missing_count[col] += 1
                print(f"missing {col} translation: {c.alpha_2} {name!r}", file=sys.stderr)
                translated = en
            row.append(translated)
        rows.append(row)

    rows.sort(key=lambda r: r[0])

    seen = set()
    for r in rows:
        if r[0] in seen:
            sys.exit(f"error: duplicate alpha2 {r[0]}")
        seen.add(r[0])
        for header, value in zip(HEADER, r):
            check_field(value, f"{r[0]}/{header}")

    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    print(f"wrote {len(rows)} rows to {os.path.relpath(OUT_PATH, REPO_ROOT)}"
          f" (pycountry {getattr(pycountry, '__version__', '?')})", file=sys.stderr)
    for col, _ in LANGS:
        print(f"missing {col}: {missing_count[col]}", file=sys.stderr)


if __name__ == "__main__":
    main()
