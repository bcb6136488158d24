#!/usr/bin/env python3
"""The bookkeeping of bench/registrations.sh (Python stdlib only).

  registrations_report.py record WORK key=value...  one JSON line for a run, from WORK/burst.json,
                                                     WORK/counts.json, WORK/smtp.json and the values
  registrations_report.py line RUNS.jsonl            a one-line summary of the last run
  registrations_report.py table RUNS.jsonl           the table of runs and the medians per database;
                                                     exits 1 if a run failed a check
"""
import json
import statistics
import sys


def load(path):
    return [json.loads(line) for line in open(path) if line.strip()]


def record(work, pairs):
    v = dict(p.split("=", 1) for p in pairs)
    hz = int(v["hz"])
    counts = json.load(open(f"{work}/counts.json"))
    return {
        "backend": v["backend"],
        "run": int(v["run"]),
        "seats": int(v["seats"]),
        "burst": int(v["burst"]),
        "conns": int(v["conns"]),
        "probe_conns": int(v["probe_conns"]),
        "confirmed": counts["confirmed_count"],
        "waitlisted": counts["waitlisted_count"],
        "burst_result": json.load(open(f"{work}/burst.json")),
        "smtp": json.load(open(f"{work}/smtp.json")),
        "server_cpu_burst_s": round((int(v["c1"]) - int(v["c0"])) / hz, 2),
        "server_cpu_mail_s": round((int(v["c2"]) - int(v["c1"])) / hz, 2),
        "rss_after_burst_mib": round(int(v["rss_burst"]) / 1024, 1),
        "rss_after_mail_mib": round(int(v["rss"]) / 1024, 1),
        "hwm_mib": round(int(v["hwm"]) / 1024, 1),
        "server_warnings": int(v["warnings"]),
        # The 1-minute load average right after the burst, and whether a compiler was running
        # (rustc processes seen at the burst's start plus at its end): the machine is shared.
        "load1_after_burst": float(v["load1"]),
        "rustc_seen": int(v["rustc"]),
        "smtp_quickack": v["quickack"] == "yes",
        # 500s (SQLite "database is locked") when creating the event right after start, retried.
        "event_create_500s": int(v["event_500s"]),
    }


def problems(r):
    b, s = r["burst_result"], r["smtp"]
    out = []
    if b["answered"] != r["burst"]:
        out.append(f"{b['answered']} of {r['burst']} answered")
    if b["non_2xx"] or b["connection_errors"]:
        out.append(f"codes {b['status_codes']}, {b['connection_errors']} connection errors: {b['errors_sample'][:3]}")
    if r["confirmed"] != r["seats"]:
        out.append(f"confirmed {r['confirmed']} for {r['seats']} seats")
    if r["waitlisted"] != r["burst"] - r["seats"]:
        out.append(f"waitlisted {r['waitlisted']}, expected {r['burst'] - r['seats']}")
    if b["page_status_codes"] and set(b["page_status_codes"]) != {"200"}:
        out.append(f"event page answered {b['page_status_codes']}")
    if s["timed_out"] or s["distinct_recipients"] != r["burst"]:
        out.append(f"SMTP: {s}")
    if r["server_warnings"]:
        out.append(f"{r['server_warnings']} server warnings")
    return out


def line(r):
    b, s = r["burst_result"], r["smtp"]
    return (
        f"{r['backend']} run {r['run']}: {b['answered']} answered in {b['duration_s']} s = {b['rate_per_s']}/s, "
        f"codes {b['status_codes']}, connection errors {b['connection_errors']}; "
        f"confirmed {r['confirmed']}, waitlisted {r['waitlisted']}; "
        f"page p50 {b['page_latency']['p50_ms']} ms p99 {b['page_latency']['p99_ms']} ms; "
        f"mail {s['messages']} in {s['listen_to_last_s']} s (first to last {s['first_to_last_s']} s); "
        f"server warnings {r['server_warnings']}; load {r['load1_after_burst']}, rustc seen {r['rustc_seen']}; "
        f"event creation 500s {r['event_create_500s']}; registrations/s by tenth {b.get('rate_by_tenth')}"
    )


def table(runs):
    print(
        "| database | run | burst / seats | duration | registrations/s | confirmed | waitlisted | non-2xx "
        "| registration p50 / p99 | event page p50 / p99 (GETs) | mail: SMTP start to last (first to last) "
        "| distinct recipients |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in runs:
        b, s = r["burst_result"], r["smtp"]
        rl, pl = b["registration_latency"], b["page_latency"]
        print(
            f"| {r['backend']} | {r['run']} | {b['answered']} / {r['seats']} | {b['duration_s']:.2f} s "
            f"| {b['rate_per_s']:.0f} | {r['confirmed']} | {r['waitlisted']} | {b['non_2xx'] + b['connection_errors']} "
            f"| {rl['p50_ms']} / {rl['p99_ms']} ms | {pl['p50_ms']} / {pl['p99_ms']} ms ({pl['count']}) "
            f"| {s['listen_to_last_s']} s ({s['first_to_last_s']} s) | {s['distinct_recipients']} |"
        )
    print()
    print("Medians:")
    print(
        "| database | runs | duration | registrations/s | registration p50 / p99 | event page p50 / p99 "
        "| mail: SMTP start to last | first to last | server CPU burst / mail | load generator CPU "
        "| RSS after burst / after mail / peak |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for backend in dict.fromkeys(r["backend"] for r in runs):
        rs = [r for r in runs if r["backend"] == backend]

        def m(f):
            return statistics.median([f(r) for r in rs])

        print(
            f"| {backend} | {len(rs)} | {m(lambda r: r['burst_result']['duration_s']):.2f} s "
            f"| {m(lambda r: r['burst_result']['rate_per_s']):.0f} "
            f"| {m(lambda r: r['burst_result']['registration_latency']['p50_ms'])} / "
            f"{m(lambda r: r['burst_result']['registration_latency']['p99_ms'])} ms "
            f"| {m(lambda r: r['burst_result']['page_latency']['p50_ms'])} / "
            f"{m(lambda r: r['burst_result']['page_latency']['p99_ms'])} ms "
            f"| {m(lambda r: r['smtp']['listen_to_last_s'])} s | {m(lambda r: r['smtp']['first_to_last_s'])} s "
            f"| {m(lambda r: r['server_cpu_burst_s'])} / {m(lambda r: r['server_cpu_mail_s'])} s "
            f"| {m(lambda r: r['burst_result']['loadgen_cpu_s'])} s "
            f"| {m(lambda r: r['rss_after_burst_mib'])} / {m(lambda r: r['rss_after_mail_mib'])} / "
            f"{m(lambda r: r['hwm_mib'])} MiB |"
        )
    for r in runs:
        if r.get("event_create_500s"):
            print(f"NOTE: {r['backend']} run {r['run']}: creating the event answered 500 (database is locked) "
                  f"{r['event_create_500s']} time(s) before it succeeded")
    bad = 0
    for r in runs:
        for p in problems(r):
            bad += 1
            print(f"CHECK FAILED: {r['backend']} run {r['run']}: {p}")
    return 1 if bad else 0


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "record":
        print(json.dumps(record(sys.argv[2], sys.argv[3:])))
    elif cmd == "line":
        print(line(load(sys.argv[2])[-1]))
    elif cmd == "table":
        sys.exit(table(load(sys.argv[2])))
    else:
        sys.exit(__doc__)
