#!/usr/bin/env python3
"""Crash test: `kill -9` of `serve` during a registration burst, several times, then the proofs.

One run on one database: a fresh database (the demo network, an admin and its token), an event
with SEATS seats, a local SMTP server that records every message, and `serve`. CONNS clients
register N people (crash-<i>@crash.test), each with its own Idempotency-Key, retrying through
every failure until answered; meanwhile the server is killed with SIGKILL KILLS times, at
random moments, and started again at once on the same database and index folder. Then:

- every acknowledged registration is in the event's list, with the status it was answered;
- the capacity is exact: min(N, SEATS) confirmed, the rest waiting, nothing else;
- every registration's message reached the SMTP server, within TIMEOUT seconds of the end of
  the burst: one message, under one Message-ID, per registrant — none lost. A message the
  server handed to SMTP just before being killed, and had not yet recorded as sent, is sent
  again after the restart: over SMTP no sender can know whether a message it was killed while
  sending arrived (a relay may have it), so the mailer sends at least once, never at most once.
  A resend carries the same Message-ID (outbox-<id>@citydriver), by which mail systems show it
  once; the test allows at most one group in flight (8 messages) per kill, and no other repeat.

Prints one JSON object; exits 1 when a proof fails. Python standard library only.

Usage: python3 bench/crash.py --bin target/debug/citydriver --backend sqlite|postgres
                              [--n 400] [--seats 150] [--kills 3] [--conns 8] [--seed 1]
CI runs a short one per database (.ci/run); a long one: --n 10000 --seats 2000 --kills 10.
"""
import argparse
import http.client
import json
import os
import random
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time

# The mailer hands this many messages to SMTP at once (services/src/mail: SEND_AT_ONCE).
IN_FLIGHT = 8
PG_ADMIN = os.environ.get("CITYDRIVER_TEST_PG", "postgres://postgres@127.0.0.1:5432/postgres")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Sink:
    """A threaded SMTP server that counts messages by Message-ID and by recipient."""

    def __init__(self):
        self.by_id, self.by_rcpt, self.lock = {}, {}, threading.Lock()
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                w = self.wfile.write
                w(b"220 crash-sink ESMTP\r\n")
                to = []
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    cmd = line[:4].upper()
                    if cmd == b"EHLO":
                        w(b"250-crash-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                    elif cmd in (b"HELO", b"RSET", b"NOOP"):
                        w(b"250 OK\r\n")
                    elif cmd == b"MAIL":
                        to = []
                        w(b"250 OK\r\n")
                    elif cmd == b"RCPT":
                        to.append(line[8:].strip().strip(b"<>").decode("utf-8", "replace"))
                        w(b"250 OK\r\n")
                    elif cmd == b"DATA":
                        w(b"354 go on\r\n")
                        mid = None
                        while True:
                            dl = self.rfile.readline()
                            if not dl or dl in (b".\r\n", b".\n"):
                                break
                            if mid is None and dl[:11].lower() == b"message-id:":
                                mid = dl[11:].strip().decode()
                        with sink.lock:
                            sink.by_id[mid] = sink.by_id.get(mid, 0) + 1
                            for r in to:
                                sink.by_rcpt[r] = sink.by_rcpt.get(r, 0) + 1
                        w(b"250 OK queued\r\n")
                    elif cmd == b"QUIT":
                        w(b"221 bye\r\n")
                        return
                    else:
                        w(b"250 OK\r\n")

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def counts(self):
        with self.lock:
            return dict(self.by_id), dict(self.by_rcpt)


def request(port, method, path, body=None, token=None, headers=None, timeout=30):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    h = {"Content-Type": "application/json", **(headers or {})}
    if token:
        h["Authorization"] = f"Bearer {token}"
    c.request(method, path, body=json.dumps(body) if body is not None else None, headers=h)
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, (json.loads(data) if data else None)


def main(a):
    work = tempfile.mkdtemp(prefix="citydriver-crash-")
    if a.backend == "sqlite":
        db = os.path.join(work, "crash.db")
    else:
        name = f"citydriver_crash_{os.getpid()}"
        subprocess.run(["psql", "-q", PG_ADMIN, "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)",
                        "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True)
        db = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    index = os.path.join(work, "index")
    env = {**os.environ, "CITYDRIVER_PASSWORD": "crash password 1"}
    run = lambda *args: subprocess.run([a.bin, "--db", db, "--index-dir", index, *args], env=env,
                                       check=True, capture_output=True, text=True).stdout
    run("migrate")
    run("create-user", "--email", "crash@wego.test", "--name", "Crash", "--role", "admin")
    token = run("create-token", "--email", "crash@wego.test", "--scopes", "read write:directory admin").strip()
    sink = Sink()
    port = free_port()
    log = open(os.path.join(work, "serve.log"), "ab")
    state = {"proc": None, "starts": [], "kills": 0}

    def start():
        t = time.monotonic()
        p = subprocess.Popen([a.bin, "--db", db, "--index-dir", index, "serve", "--addr", f"127.0.0.1:{port}",
                              "--smtp-host", "127.0.0.1", "--smtp-port", str(sink.port), "--smtp-plain",
                              "--public-url", "http://crash.test"], stdout=log, stderr=log, env=env)
        while True:
            if p.poll() is not None:
                sys.exit(f"serve ended at start (rc {p.returncode}); see {work}/serve.log")
            try:
                if request(port, "GET", "/healthz", timeout=2)[0] == 200:
                    break
            except OSError:
                time.sleep(0.02)
        state["proc"] = p
        state["starts"].append(round(time.monotonic() - t, 3))

    start()
    event = {"id": "crash", "titles": {"en": "Crash"}, "date": "2031-07-01", "start_time": "14:00",
             "end_time": "15:00", "time_zone": "Asia/Tokyo", "capacity": a.seats, "organizer": "sci-j"}
    for _ in range(20):
        status, body = request(port, "POST", "/api/v1/events", event, token)
        if status == 201:
            break
        time.sleep(0.3)
    else:
        sys.exit(f"creating the event: {status} {body}")

    answered, failures, lock = {}, {"errors": 0, "5xx": 0}, threading.Lock()
    todo = list(range(a.n))
    random.Random(a.seed).shuffle(todo)

    def client():
        while True:
            with lock:
                if not todo:
                    return
                i = todo.pop()
            while True:
                try:
                    status, body = request(port, "POST", "/api/v1/events/crash/registrations",
                                           {"email": f"crash-{i}@crash.test", "name": f"Crash {i}"},
                                           headers={"Idempotency-Key": f"crash-{i}"}, timeout=10)
                except (OSError, http.client.HTTPException):
                    with lock:
                        failures["errors"] += 1
                    time.sleep(0.05)
                    continue
                if status in (200, 201):
                    with lock:
                        answered[i] = body["status"]
                    break
                with lock:
                    failures["5xx" if status >= 500 else str(status)] = failures.get(
                        "5xx" if status >= 500 else str(status), 0) + 1
                time.sleep(0.05)

    def killer():
        rng = random.Random(a.seed + 1)
        for _ in range(a.kills):
            time.sleep(rng.uniform(0.1, 0.4))
            with lock:
                if not todo:
                    break
            state["proc"].send_signal(signal.SIGKILL)
            state["proc"].wait()
            state["kills"] += 1
            start()

    threads = [threading.Thread(target=client) for _ in range(a.conns)]
    k = threading.Thread(target=killer)
    t0 = time.monotonic()
    for t in threads + [k]:
        t.start()
    for t in threads + [k]:
        t.join()
    burst_s = time.monotonic() - t0

    problems = []
    if len(answered) != a.n:
        problems.append(f"{a.n - len(answered)} registrations never acknowledged")
    listed, page = {}, 1
    while True:
        status, body = request(port, "GET", f"/api/v1/events/crash/registrations?per_page=500&page={page}",
                               token=token)
        if status != 200:
            problems.append(f"listing registrations: {status} {body}")
            break
        for r in body["items"]:
            listed[r["email"]] = r["status"]
        if page * 500 >= body["total"]:
            break
        page += 1
    for i, st in answered.items():
        got = listed.get(f"crash-{i}@crash.test")
        if got != st:
            problems.append(f"crash-{i}: answered {st}, listed {got}")
    if len(listed) != a.n:
        problems.append(f"{len(listed)} registrations listed, {a.n} made")
    confirmed = sum(1 for s in listed.values() if s == "confirmed")
    waiting = sum(1 for s in listed.values() if s == "waitlisted")
    if (confirmed, waiting) != (min(a.n, a.seats), max(0, a.n - a.seats)):
        problems.append(f"capacity: {confirmed} confirmed and {waiting} waiting for {a.seats} seats")
    # Mail: every registration's message once, none twice.
    deadline = time.monotonic() + a.timeout
    while time.monotonic() < deadline:
        by_id, by_rcpt = sink.counts()
        if len(by_rcpt) >= a.n and sum(by_id.values()) >= a.n:
            break
        time.sleep(0.2)
    mail_s = time.monotonic() - t0 - burst_s
    time.sleep(1.0)  # anything sent twice arrives now
    by_id, by_rcpt = sink.counts()
    resent = sum(v - 1 for v in by_id.values())
    if resent > IN_FLIGHT * state["kills"]:
        problems.append(f"{resent} messages sent again: more than {IN_FLIGHT} in flight per kill")
    if len(by_id) != a.n:
        problems.append(f"{len(by_id)} distinct messages for {a.n} registrations")
    for r, n in by_rcpt.items():
        if n > 1 and resent == 0:
            problems.append(f"{r} got {n} messages under different ids")
    missing = [i for i in range(a.n) if f"crash-{i}@crash.test" not in by_rcpt]
    if missing:
        problems.append(f"{len(missing)} registrants got no message, e.g. {missing[:5]}")
    state["proc"].send_signal(signal.SIGTERM)
    state["proc"].wait(timeout=30)
    if a.backend == "postgres":
        subprocess.run(["psql", "-q", PG_ADMIN, "-c", f"DROP DATABASE IF EXISTS {db.rsplit('/', 1)[1]} WITH (FORCE)"],
                       capture_output=True)
    out = {"backend": a.backend, "n": a.n, "seats": a.seats, "kills": state["kills"], "burst_s": round(burst_s, 2), "mail_after_burst_s": round(mail_s, 2),
           "restart_s": state["starts"][1:], "client_retries": failures, "confirmed": confirmed, "waiting": waiting,
           "messages": sum(by_id.values()), "distinct_messages": len(by_id), "resent": resent, "problems": problems}
    print(json.dumps(out))
    if problems:
        print(f"the server's log: {work}/serve.log", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bin", default="target/debug/citydriver")
    p.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--n", type=int, default=400)
    p.add_argument("--seats", type=int, default=150)
    p.add_argument("--kills", type=int, default=3)
    p.add_argument("--conns", type=int, default=8)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--timeout", type=float, default=120)
    main(p.parse_args())
