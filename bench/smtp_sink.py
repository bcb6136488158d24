#!/usr/bin/env python3
"""A local SMTP sink for benchmarks: accepts every message and counts them (Python stdlib only).

Answers EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT (no TLS, no AUTH). Stops after `--want`
messages, or after `--timeout` seconds, and prints one JSON object:

- listen_to_last_s: from the moment it listens to the last message received (the mailer's retry
  wait, up to about 5.5 s, is part of it: the mailer finds the server at its next retry);
- listen_to_first_s, first_to_last_s: the two parts of it;
- messages, distinct_recipients, distinct_message_ids (fewer ids than messages: duplicates),
  connections (how many the mailer opened) and max_parallel (open at once).

With --quickack (Linux) it acknowledges the message data at once instead of with the kernel's
delayed ACK: a client that writes the end of DATA in a second small segment without TCP_NODELAY
(Nagle) otherwise waits ~40 ms per message for that ACK; a usual SMTP server does not do this.

Usage: python3 bench/smtp_sink.py --port 18025 --want 10000 [--timeout 600] [--quickack]
"""
import argparse
import asyncio
import json
import socket
import sys
import time


def quickack(w):
    sock = w.get_extra_info("socket")
    if sock is not None and hasattr(socket, "TCP_QUICKACK"):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


async def main(a):
    st = {"messages": 0, "connections": 0, "open": 0, "max_parallel": 0, "first": None, "last": None}
    rcpts, ids = set(), set()
    finished = asyncio.Event()

    async def session(r, w):
        st["connections"] += 1
        st["open"] += 1
        st["max_parallel"] = max(st["max_parallel"], st["open"])
        to = []
        try:
            w.write(b"220 sink ESMTP\r\n")
            while True:
                line = await r.readline()
                if not line:
                    break
                cmd = line[:4].upper()
                if cmd == b"EHLO":
                    w.write(b"250-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n")
                elif cmd == b"HELO":
                    w.write(b"250 sink\r\n")
                elif cmd == b"MAIL":
                    to = []
                    w.write(b"250 OK\r\n")
                elif cmd == b"RCPT":
                    to.append(line[8:].strip().decode("utf-8", "replace"))
                    w.write(b"250 OK\r\n")
                elif cmd == b"DATA":
                    w.write(b"354 go on\r\n")
                    await w.drain()
                    mid = None
                    while True:
                        if a.quickack:
                            quickack(w)
                        dl = await r.readline()
                        if not dl or dl == b".\r\n" or dl == b".\n":
                            break
                        if mid is None and dl[:11].lower() == b"message-id:":
                            mid = dl[11:].strip()
                    now = time.perf_counter()
                    st["messages"] += 1
                    if st["first"] is None:
                        st["first"] = now
                    st["last"] = now
                    rcpts.update(to)
                    ids.add(mid)
                    w.write(b"250 OK queued\r\n")
                    if st["messages"] >= a.want:
                        finished.set()
                elif cmd == b"RSET":
                    to = []
                    w.write(b"250 OK\r\n")
                elif cmd == b"NOOP":
                    w.write(b"250 OK\r\n")
                elif cmd == b"QUIT":
                    w.write(b"221 bye\r\n")
                    await w.drain()
                    break
                else:
                    w.write(b"502 not implemented\r\n")
                await w.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the client went away, or the sink is stopping
        finally:
            st["open"] -= 1
            w.close()

    server = await asyncio.start_server(session, a.host, a.port)
    listening = time.perf_counter()
    print(f"smtp sink listening on {a.host}:{a.port}, waiting for {a.want} messages", file=sys.stderr)
    try:
        await asyncio.wait_for(finished.wait(), a.timeout)
        timed_out = False
    except asyncio.TimeoutError:
        timed_out = True
    server.close()

    def rel(t):
        return None if t is None else round(t - listening, 3)

    out = {
        "timed_out": timed_out,
        "messages": st["messages"],
        "distinct_recipients": len(rcpts),
        "distinct_message_ids": len(ids),
        "listen_to_first_s": rel(st["first"]),
        "listen_to_last_s": rel(st["last"]),
        "first_to_last_s": None if st["first"] is None else round(st["last"] - st["first"], 3),
        "connections": st["connections"],
        "max_parallel": st["max_parallel"],
    }
    print(json.dumps(out))
    sys.stdout.flush()


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=18025)
    p.add_argument("--want", type=int, required=True)
    p.add_argument("--timeout", type=float, default=600)
    p.add_argument(
        "--quickack",
        action="store_true",
        help="diagnostic: acknowledge message data at once (TCP_QUICKACK) instead of the usual delayed ACK",
    )
    asyncio.run(main(p.parse_args()))
