#!/usr/bin/env python3
"""How fast the business case page answers (issue 10): the calculator's form posted with a
30-year model, a development-bank loan and a grant, and 10,000 Monte Carlo trials with an
IRR each — the page a city editor waits for — beside GET /healthz measured the same way.

Usage: python3 bench/business_case.py [--requests N] [--trials T]

It builds the release binary, starts `citydriver serve` on a fresh SQLite database in a
temporary folder, signs in an account made with `create-user`, and posts the form N times one
after the other, timing each answer (connection reused), then prints the median and p99.
"""
import argparse, http.client, os, re, html, statistics, subprocess, sys, tempfile, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = 8391


def request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    return r.status, dict(r.getheaders()), r.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--trials", type=int, default=10_000)
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "citydriver"], cwd=ROOT, check=True)
    exe = os.path.join(ROOT, "target", "release", "citydriver")
    work = tempfile.mkdtemp()
    env = dict(os.environ, CITYDRIVER_PASSWORD="a long bench password")
    subprocess.run([exe, "create-user", "--email", "bench@test.org", "--name", "Bench", "--role", "admin"],
                   cwd=work, env=env, check=True, capture_output=True)
    server = subprocess.Popen([exe, "serve", "--addr", f"127.0.0.1:{PORT}"], cwd=work,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
                if request(c, "GET", "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        status, headers, body = request(conn, "GET", "/login")
        cookies = {}

        def keep(h):
            for k, v in h.items():
                if k.lower() == "set-cookie":
                    name, value = v.split(";")[0].split("=", 1)
                    cookies[name] = value

        keep(headers)
        csrf = re.search(rb'name="csrf" value="([^"]+)"', body).group(1).decode()
        cookie = lambda: "; ".join(f"{k}={v}" for k, v in cookies.items())
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        status, headers, _ = request(conn, "POST", "/login", urllib.parse.urlencode(
            {"csrf": csrf, "email": "bench@test.org", "password": "a long bench password"}),
            {**form, "Cookie": cookie()})
        keep(headers)
        assert status == 303, status
        status, _, page = request(conn, "GET", "/business-case", headers={"Cookie": cookie()})
        assert status == 200, status
        fields = form_fields(page.decode())
        # The example, stretched to 30 years.
        fields["horizon"] = "30"
        fields["line1_amounts"] = "0 0 12000000*28"
        fields["line2_amounts"] = "0 0 30000000 55000000 85000000*26"
        fields["line3_amounts"] = "0 0 900*28"
        fields["trials"] = str(args.trials)
        body = urllib.parse.urlencode(fields)
        status, _, answer = request(conn, "POST", "/business-case", body, {**form, "Cookie": cookie()})
        assert status == 200 and answer.count(b"<svg") == 5, (status, answer[:2000])
        times = {"POST /business-case": [], "GET /healthz": []}
        for _ in range(10):  # warm up
            request(conn, "POST", "/business-case", body, {**form, "Cookie": cookie()})
        for _ in range(args.requests):
            t = time.perf_counter()
            request(conn, "GET", "/healthz")
            times["GET /healthz"].append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            status, _, answer = request(conn, "POST", "/business-case", body, {**form, "Cookie": cookie()})
            times["POST /business-case"].append((time.perf_counter() - t) * 1000)
            assert status == 200
        print(f"{args.requests} requests each, one after the other, alternating; {args.trials} trials, "
              f"30 years; page {len(answer):,} bytes; {os.cpu_count()} cores")
        print(f"{'request':<24}{'median ms':>10}{'p99 ms':>9}{'max ms':>9}")
        for name, ts in times.items():
            ts = sorted(ts)
            print(f"{name:<24}{statistics.median(ts):>10.2f}{ts[int(len(ts) * 0.99) - 1]:>9.2f}{ts[-1]:>9.2f}")
    finally:
        server.terminate()
        server.wait()


def form_fields(page):
    start = page.index('<form method="post" action="/business-case"')
    form = page[start:page.index("</form>", start)]
    fields = {}
    for m in re.finditer(r"<input ([^>]*)>", form):
        name, value = re.search(r'name="([^"]*)"', m.group(1)), re.search(r'value="([^"]*)"', m.group(1))
        if name:
            fields[name.group(1)] = html.unescape(value.group(1)) if value else ""
    for m in re.finditer(r'<select name="([^"]*)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', m.group(2)) or re.search(r'<option value="([^"]*)"', m.group(2))
        fields[m.group(1)] = chosen.group(1)
    return fields


if __name__ == "__main__":
    main()
