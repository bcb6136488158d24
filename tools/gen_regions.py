#!/usr/bin/env python3
"""Generate crates/domain/data/regions.tsv: each ISO 3166-1 country's UN M49 sub-region.

Requirements (this script installs nothing itself):

    pip install country_converter==1.3.2

Usage (from anywhere): python3 tools/gen_regions.py

Reads the `UNregion` column of the table country_converter ships (the sub-regions of the
UN Statistics Division's M49 standard: "South-eastern Asia", "Eastern Asia"...) and writes
`alpha2<TAB>region` for every country of crates/domain/data/countries.tsv, the region as a
key (`south-eastern-asia`), sorted by alpha2. A country the table gives no region is left
out (the readiness benchmark then has no regional peers for it). Fails loudly if a region
key is not one of the names the Rust side translates.
"""

import csv
import os
import re
import sys

import importlib.util

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNTRIES = os.path.join(ROOT, "crates", "domain", "data", "countries.tsv")
OUT = os.path.join(ROOT, "crates", "domain", "data", "regions.tsv")
# The package's data file, found without importing it (its code needs pandas; its data not).
_SPEC = importlib.util.find_spec("country_converter")
if _SPEC is None or not _SPEC.submodule_search_locations:
    sys.exit("country_converter is not installed: pip install country_converter==1.3.2")
TABLE = os.path.join(list(_SPEC.submodule_search_locations)[0], "country_data.tsv")


def key(name: str) -> str:
    return re.sub(r"[^a-z]+", "-", name.lower()).strip("-")


def main() -> int:
    with open(TABLE, encoding="utf-8") as f:
        # ISO2 is a code, or a pattern of several (`^GB$|^UK$`): each counts.
        by_iso2 = {
            code.strip("^$"): r["UNregion"]
            for r in csv.DictReader(f, delimiter="\t")
            for code in r["ISO2"].split("|")
        }
    with open(COUNTRIES, encoding="utf-8") as f:
        codes = [line.split("\t")[0] for line in f.read().splitlines()[1:] if line]
    rows, missing = [], []
    for code in sorted(codes):
        region = by_iso2.get(code, "").strip()
        if region:
            rows.append(f"{code}\t{key(region)}")
        else:
            missing.append(code)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("alpha2\tregion\n" + "\n".join(rows) + "\n")
    print(f"{len(rows)} countries, {len(set(r.split(chr(9))[1] for r in rows))} regions; "
          f"no region: {' '.join(missing) or 'none'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
