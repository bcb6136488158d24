#!/usr/bin/env python3
"""Single-user client for bench/search.sh: one keep-alive HTTP connection, one request at a time.

  search_client.py paths --queries bench/search_queries.txt [--per-page 10]
      prints the URL paths of GET /api/v1/search for the queries (for wrk's script);
  search_client.py seq --addr 127.0.0.1:18082 --queries bench/search_queries.txt --rounds 10
      one warm-up round (not counted), then ROUNDS rounds over the queries in order; prints one
      JSON object: requests, seconds, requests/s, p50/p90/p99/max/mean in ms (nearest rank,
      measured by the client from sending the request to reading the whole body), errors, and
      per query its hit count (`total`) and median latency.
"""

import argparse
import http.client
import json
import math
import statistics
import sys
import time
import urllib.parse


def paths(queries, per_page):
    return [
        "/api/v1/search?" + urllib.parse.urlencode({"q": q, "per_page": per_page})
        for q in queries
    ]


def pct(sorted_ms, p):
    k = max(1, math.ceil(p / 100 * len(sorted_ms)))
    return sorted_ms[k - 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["paths", "seq"])
    ap.add_argument("--addr", default="127.0.0.1:18082")
    ap.add_argument("--queries", required=True)
    ap.add_argument("--per-page", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=10)
    a = ap.parse_args()
    queries = [l.rstrip("\n") for l in open(a.queries, encoding="utf-8") if l.strip()]
    ps = paths(queries, a.per_page)
    if a.mode == "paths":
        print("\n".join(ps))
        return
    host, port = a.addr.rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=60)

    def get(path):
        t0 = time.perf_counter()
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read()
        return (time.perf_counter() - t0) * 1000, r.status, body

    totals = {}
    for q, p in zip(queries, ps):  # warm-up: caches, page faults of the mapped index
        _, status, body = get(p)
        totals[q] = json.loads(body)["total"] if status == 200 else None
    lat, per_q, errors = [], {q: [] for q in queries}, 0
    t_start = time.perf_counter()
    for _ in range(a.rounds):
        for q, p in zip(queries, ps):
            ms, status, _ = get(p)
            if status != 200:
                errors += 1
            lat.append(ms)
            per_q[q].append(ms)
    secs = time.perf_counter() - t_start
    s = sorted(lat)
    json.dump({
        "requests": len(lat),
        "seconds": round(secs, 3),
        "rps": round(len(lat) / secs, 1),
        "p50_ms": round(pct(s, 50), 2),
        "p90_ms": round(pct(s, 90), 2),
        "p99_ms": round(pct(s, 99), 2),
        "max_ms": round(s[-1], 2),
        "mean_ms": round(statistics.fmean(s), 2),
        "errors": errors,
        "per_query": [
            {"q": q, "total": totals[q], "median_ms": round(statistics.median(per_q[q]), 2)}
            for q in queries
        ],
    }, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
