#!/usr/bin/env python3
"""One user, one request after another over a kept-alive connection: for each path, the median,
p99 and largest latency and the size of the answer, beside /healthz measured in the same run.
Usage: latency.py host:port requests path [path ...]   (Markdown rows on stdout)"""
import http.client, sys, time, statistics

host, port = sys.argv[1].split(":")
n = int(sys.argv[2])
paths = ["/healthz"] + sys.argv[3:]
conn = http.client.HTTPConnection(host, int(port), timeout=60)


def get(path):
    t = time.perf_counter()
    conn.request("GET", path, headers={"Accept-Language": "en"})
    r = conn.getresponse()
    body = r.read()
    return (time.perf_counter() - t) * 1000, r.status, len(body)


print("| page | status | size | p50 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|")
for p in paths:
    for _ in range(max(5, n // 10)):
        get(p)
    times, status, size = [], None, 0
    for _ in range(n):
        ms, status, size = get(p)
        times.append(ms)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"| `{p}` | {status} | {size/1024:.1f} KiB | {statistics.median(times):.2f} | {p99:.2f} | {times[-1]:.2f} |")
