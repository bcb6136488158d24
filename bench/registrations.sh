#!/usr/bin/env bash
# A burst of registrations against a small capacity, on SQLite and on PostgreSQL: how many are
# accepted per second, whether the capacity holds, the event page's latency while the burst runs,
# and how long the mailer takes to hand every message to a local SMTP server.
#
# Each run: a fresh database (demo network, an admin and its API token), `serve` started with its
# SMTP server at a port where nothing listens yet (so the mailer keeps the messages in the outbox
# and retries every ~5.5 s), an event with SEATS seats, then
#   1. bench/burst.py: exactly BURST registration POSTs (p0..p<BURST-1>@bench.test), sent by
#      BENCH_CONNS keep-alive connections from a shared counter, while BENCH_PROBE_CONNS other
#      connections loop GET /events/burst until the last registration is answered;
#   2. GET /api/v1/events/burst: confirmed_count must be SEATS, waitlisted_count BURST - SEATS;
#   3. bench/smtp_sink.py starts listening; time until it has received BURST messages.
# Prints one table row per run, then the medians per database. Raw JSON per run: $BENCH_OUT/runs.jsonl,
# the server's log per run: $BENCH_OUT/server-<database>-<run>.log.
#
# Needs: python3 >= 3.8 (standard library only), curl, a release build; psql for PostgreSQL.
# Usage: bash bench/registrations.sh [burst] [seats] [runs]      default 10000 2000 3
# Env:   CITYDRIVER_BIN (default target/release/citydriver, built if missing),
#        CITYDRIVER_BENCH_PG (default postgres://postgres@127.0.0.1:5432/postgres; the database
#        citydriver_bench is created and dropped there), BENCH_BACKENDS (default "sqlite postgres"),
#        BENCH_CONNS (64), BENCH_PROBE_CONNS (4), BENCH_OUT (default: a temporary folder, removed),
#        BENCH_SMTP_QUICKACK=1 (diagnostic: the sink ACKs message data at once, see bench/smtp_sink.py).
set -euo pipefail
cd "$(dirname "$0")/.."
BURST="${1:-10000}"
SEATS="${2:-2000}"
RUNS="${3:-3}"
BIN="${CITYDRIVER_BIN:-target/release/citydriver}"
[ -x "$BIN" ] || cargo build --release -p citydriver
CONNS="${BENCH_CONNS:-64}"
PROBE_CONNS="${BENCH_PROBE_CONNS:-4}"
BACKENDS="${BENCH_BACKENDS:-sqlite postgres}"
QUICKACK=""; [ -n "${BENCH_SMTP_QUICKACK:-}" ] && QUICKACK=--quickack
PORT=18081; ADDR=127.0.0.1:$PORT; SMTP_PORT=18025
PG_ADMIN="${CITYDRIVER_BENCH_PG:-postgres://postgres@127.0.0.1:5432/postgres}"
PG_BENCH="${PG_ADMIN%/*}/citydriver_bench"
WORK=$(mktemp -d)
OUT="${BENCH_OUT:-$WORK}"
mkdir -p "$OUT"
: > "$OUT/runs.jsonl"
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2> /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
port_busy() { python3 -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1',$1))!=0)"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
mem_kib() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status"; }

for backend in $BACKENDS; do
  if [ "$backend" = postgres ] && ! pg_isready -q -h 127.0.0.1; then
    echo "PostgreSQL is not reachable at 127.0.0.1: skipping it" >&2; continue
  fi
  for run in $(seq 1 "$RUNS"); do
    if port_busy $PORT || port_busy $SMTP_PORT; then echo "port $PORT or $SMTP_PORT is taken" >&2; exit 1; fi
    case $backend in
      sqlite) rm -f "$WORK"/bench.db*; DB="$WORK/bench.db" ;;
      postgres)
        psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS citydriver_bench WITH (FORCE)" -c "CREATE DATABASE citydriver_bench" > /dev/null
        DB="$PG_BENCH" ;;
    esac
    "$BIN" --db "$DB" migrate 2> /dev/null
    CITYDRIVER_PASSWORD="bench password 1" "$BIN" --db "$DB" create-user --email bench@wego.test --name Bench --role admin 2> /dev/null
    TOKEN=$("$BIN" --db "$DB" create-token --email bench@wego.test --scopes "read write:directory admin" 2> /dev/null)
    # SMTP points at a port with nothing behind it yet: the messages wait in the outbox.
    NO_COLOR=1 "$BIN" --db "$DB" serve --addr "$ADDR" --smtp-host 127.0.0.1 --smtp-port $SMTP_PORT --smtp-plain \
      > "$WORK/out.txt" 2> "$WORK/err.txt" &
    PID=$!
    until curl -sf "http://$ADDR/healthz" > /dev/null; do
      kill -0 $PID 2> /dev/null || { echo "the server did not start:" >&2; cat "$WORK/err.txt" >&2; exit 1; }
      sleep 0.05
    done
    # The event. On SQLite right after start this may answer 500 "database is locked" (code 517,
    # SQLITE_BUSY_SNAPSHOT): the mailer is then advancing its position past the demo's outbox
    # entries, and creating an event reads before it writes. Retried, and counted (event_500s).
    event_500s=0
    while :; do
      code=$(curl -s -o "$WORK/event.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        "http://$ADDR/api/v1/events" \
        -d "{\"id\":\"burst\",\"titles\":{\"en\":\"Burst\",\"ja\":\"バースト\"},\"date\":\"2031-07-01\",\"start_time\":\"14:00\",\"end_time\":\"15:00\",\"time_zone\":\"Asia/Tokyo\",\"capacity\":$SEATS,\"organizer\":\"sci-j\"}")
      [ "$code" = 201 ] && break
      if [ "$code" = 500 ] && [ $event_500s -lt 5 ] && grep -q 'database is locked' "$WORK/err.txt"; then
        event_500s=$((event_500s + 1)); echo "creating the event answered 500 (database is locked); again" >&2; sleep 0.5; continue
      fi
      echo "creating the event answered $code: $(cat "$WORK/event.json"); the server said:" >&2
      tail -n 20 "$WORK/err.txt" >&2; exit 1
    done
    log_lines=$(wc -l < "$WORK/err.txt")  # warnings are counted from here on
    rustc0=$(pgrep -c -x rustc || true)
    c0=$(cpu_ticks $PID)
    python3 bench/burst.py --port $PORT --event burst --n "$BURST" --conns "$CONNS" --probe-conns "$PROBE_CONNS" > "$WORK/burst.json"
    c1=$(cpu_ticks $PID)
    load=$(cut -d' ' -f1 /proc/loadavg); rustc1=$(pgrep -c -x rustc || true)
    curl -sf "http://$ADDR/api/v1/events/burst" > "$WORK/counts.json"
    rss_burst=$(mem_kib $PID VmRSS)
    # Now the SMTP server: from its start to the last message received.
    python3 bench/smtp_sink.py --port $SMTP_PORT --want "$BURST" --timeout 1800 $QUICKACK > "$WORK/smtp.json"
    c2=$(cpu_ticks $PID)
    rss=$(mem_kib $PID VmRSS); hwm=$(mem_kib $PID VmHWM)
    kill $PID; wait $PID 2> /dev/null || true; PID=""
    cp "$WORK/err.txt" "$OUT/server-$backend-$run.log"
    # Anything the server logged as a warning or error from the burst on, other than the mailer
    # finding no SMTP server.
    tail -n +"$((log_lines + 1))" "$WORK/err.txt" | grep -E 'WARN|ERROR' \
      | grep -v 'mailer: .*Connection refused' > "$WORK/warnings.txt" || true
    head -5 "$WORK/warnings.txt" >&2
    python3 bench/registrations_report.py record "$WORK" backend="$backend" run="$run" seats="$SEATS" burst="$BURST" \
      conns="$CONNS" probe_conns="$PROBE_CONNS" hz="$(getconf CLK_TCK)" c0="$c0" c1="$c1" c2="$c2" \
      rss_burst="$rss_burst" rss="$rss" hwm="$hwm" warnings="$(wc -l < "$WORK/warnings.txt")" \
      load1="$load" rustc="$((rustc0 + rustc1))" event_500s="$event_500s" quickack="${QUICKACK:+yes}" >> "$OUT/runs.jsonl"
    python3 bench/registrations_report.py line "$OUT/runs.jsonl" >&2
  done
  if [ "$backend" = postgres ]; then
    psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS citydriver_bench WITH (FORCE)" > /dev/null
  fi
done

python3 bench/registrations_report.py table "$OUT/runs.jsonl"
