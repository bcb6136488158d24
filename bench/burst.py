#!/usr/bin/env python3
"""A registration burst that sends exactly N requests, and the event page's latency while it runs.

Python 3.8+ standard library only. Raw keep-alive HTTP/1.1 over asyncio.open_connection:

- `--conns` connections take request numbers 0..N-1 from one shared counter, so exactly N
  registration POSTs are sent (no request is retried: a connection error is counted, the
  connection reopened and the next number taken). Request i registers p<i>@bench.test.
- At the same time `--probe-conns` connections loop `GET --probe-path` (closed loop, no pause)
  until the last registration has been answered; their latencies are the page's latency during
  the burst.

Prints one JSON object on standard output (a summary goes to standard error):
duration_s, rate_per_s (answered registrations / duration), the status codes, the registration
statuses the answers reported (confirmed / waitlisted / ...), latency percentiles of both.

Usage: python3 bench/burst.py --port 18081 --event burst --n 10000 --conns 64 --probe-conns 4
"""
import argparse
import asyncio
import json
import math
import os
import sys
import time

LANGS = ["ja", "ko", "en", "zh-Hans", "fr"]
ZONES = ["Asia/Tokyo", "Asia/Seoul", "Europe/Paris", "Asia/Shanghai", "UTC"]


class Conn:
    """One keep-alive HTTP/1.1 connection; reopened when the server closes it or on an error."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.r = self.w = None

    async def close(self):
        if self.w is not None:
            self.w.close()
            try:
                await self.w.wait_closed()
            except Exception:
                pass
        self.r = self.w = None

    async def request(self, raw):
        """Sends one request (bytes); returns (status, body bytes)."""
        if self.w is None:
            self.r, self.w = await asyncio.open_connection(self.host, self.port)
        self.w.write(raw)
        await self.w.drain()
        head = await self.r.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        if "content-length" in headers:
            body = await self.r.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.r.readuntil(b"\r\n")).split(b";")[0], 16)
                if size == 0:
                    await self.r.readuntil(b"\r\n")  # no trailers expected
                    break
                parts.append(await self.r.readexactly(size))
                await self.r.readexactly(2)
            body = b"".join(parts)
        else:  # body until close
            body = await self.r.read()
            await self.close()
            return status, body
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body


def pct(sorted_ms, p):
    if not sorted_ms:
        return None
    k = max(0, min(len(sorted_ms) - 1, math.ceil(p / 100 * len(sorted_ms)) - 1))  # nearest rank
    return round(sorted_ms[k], 2)


def summary(lat_ms):
    s = sorted(lat_ms)
    return {
        "count": len(s),
        "p50_ms": pct(s, 50),
        "p90_ms": pct(s, 90),
        "p99_ms": pct(s, 99),
        "max_ms": round(s[-1], 2) if s else None,
    }


async def main(a):
    host = f"{a.host}:{a.port}".encode()
    post_path = f"/api/v1/events/{a.event}/registrations".encode()
    get_raw = (
        b"GET " + a.probe_path.encode() + b" HTTP/1.1\r\nHost: " + host
        + b"\r\nAccept: text/html\r\nAccept-Language: en\r\n\r\n"
    )

    def post_raw(i):
        body = json.dumps(
            {
                "email": f"p{i}@bench.test",
                "name": f"Bench Person {i}",
                "lang": LANGS[i % len(LANGS)],
                "time_zone": ZONES[i % len(ZONES)],
            }
        ).encode()
        return (
            b"POST " + post_path + b" HTTP/1.1\r\nHost: " + host
            + b"\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body
        )

    next_i = 0
    reg_lat, reg_codes, reg_status, errors = [], {}, {}, []
    page_lat, page_codes = [], {}
    done = asyncio.Event()
    tenths = []  # when each tenth of the burst had been answered

    async def burst_worker():
        nonlocal next_i
        c = Conn(a.host, a.port)
        while next_i < a.n:
            i = next_i
            next_i += 1  # one event loop: no lock needed between the check and the increment
            raw = post_raw(i)
            t = time.perf_counter()
            try:
                code, body = await c.request(raw)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as e:
                errors.append(f"request {i}: {type(e).__name__}: {e}")
                await c.close()
                continue
            now = time.perf_counter()
            reg_lat.append((now - t) * 1000)
            if len(reg_lat) * 10 >= a.n * (len(tenths) + 1):
                tenths.append(now)
            reg_codes[code] = reg_codes.get(code, 0) + 1
            if 200 <= code < 300:
                try:
                    st = json.loads(body).get("status", "?")
                except ValueError:
                    st = "unparsable"
                reg_status[st] = reg_status.get(st, 0) + 1
            elif len(errors) < 20:
                errors.append(f"request {i}: HTTP {code}: {body[:200]!r}")
        await c.close()

    async def probe_worker():
        c = Conn(a.host, a.port)
        while not done.is_set():
            t = time.perf_counter()
            try:
                code, _ = await c.request(get_raw)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as e:
                page_codes["error"] = page_codes.get("error", 0) + 1
                await c.close()
                continue
            page_lat.append((time.perf_counter() - t) * 1000)
            page_codes[code] = page_codes.get(code, 0) + 1
        await c.close()

    probes = [asyncio.ensure_future(probe_worker()) for _ in range(a.probe_conns)]
    cpu0 = os.times()
    t0 = time.perf_counter()
    await asyncio.gather(*(burst_worker() for _ in range(a.conns)))
    duration = time.perf_counter() - t0
    done.set()
    await asyncio.gather(*probes)
    cpu1 = os.times()

    answered = sum(reg_codes.values())
    ok = sum(v for k, v in reg_codes.items() if 200 <= k < 300)
    out = {
        "sent": next_i,
        "answered": answered,
        "connection_errors": len([e for e in errors if "HTTP" not in e]),
        "duration_s": round(duration, 3),
        "rate_per_s": round(answered / duration, 1),
        "accepted_per_s": round(ok / duration, 1),
        "status_codes": {str(k): v for k, v in sorted(reg_codes.items())},
        "non_2xx": answered - ok,
        "registration_status": reg_status,
        "registration_latency": summary(reg_lat),
        "page_status_codes": {str(k): v for k, v in page_codes.items()},
        "page_latency": summary(page_lat),
        "page_rate_per_s": round(len(page_lat) / duration, 1),
        # registrations/s within each tenth of the burst: does it slow down as registrations pile up?
        "rate_by_tenth": [
            round(a.n / 10 / (t - (tenths[k - 1] if k else t0)), 1) for k, t in enumerate(tenths)
        ],
        "loadgen_cpu_s": round(cpu1.user + cpu1.system - cpu0.user - cpu0.system, 2),
        "errors_sample": errors[:20],
    }
    print(json.dumps(out))
    print(
        f"burst: {answered}/{a.n} answered in {duration:.2f} s = {out['rate_per_s']}/s; "
        f"codes {out['status_codes']}; {reg_status}; page p50 {out['page_latency']['p50_ms']} ms "
        f"p99 {out['page_latency']['p99_ms']} ms over {len(page_lat)} GETs",
        file=sys.stderr,
    )


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=18081)
    p.add_argument("--event", default="burst")
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--conns", type=int, default=64)
    p.add_argument("--probe-path", default="/events/burst")
    p.add_argument("--probe-conns", type=int, default=4)
    asyncio.run(main(p.parse_args()))
