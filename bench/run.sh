#!/usr/bin/env bash
# Measures citydriver's cold start, throughput and latency of the directory page and the
# organizations API, and resident memory, on SQLite and on PostgreSQL.
# Needs: wrk (apt-get install wrk), curl, a release build, and for PostgreSQL a local server.
# Usage: bash bench/run.sh [seconds-per-run]   (results on stdout, as Markdown rows)
set -euo pipefail
cd "$(dirname "$0")/.."
DUR="${1:-15}"
BIN=target/release/citydriver
[ -x "$BIN" ] || cargo build --release -p citydriver
PORT=18080
ADDR=127.0.0.1:$PORT
PG_ADMIN="${CITYDRIVER_BENCH_PG:-postgres://postgres@127.0.0.1:5432/postgres}"
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
if curl -s "http://$ADDR/" > /dev/null; then echo "something already listens on $ADDR" >&2; exit 1; fi

ms() { date +%s%3N; }

# Starts the server; sets PID and START_MS (milliseconds until /healthz answers).
start() {
  local db=$1
  local t0; t0=$(ms)
  "$BIN" --db "$db" serve --addr "$ADDR" > "$WORK/out.txt" 2> "$WORK/err.txt" &
  PID=$!
  until curl -sf "http://$ADDR/healthz" > /dev/null; do sleep 0.005; done
  START_MS=$(( $(ms) - t0 ))
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

fresh_db() {
  case $1 in
    sqlite) rm -f "$WORK"/bench.db*; echo "$WORK/bench.db" ;;
    postgres)
      psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS citydriver_bench WITH (FORCE)" -c "CREATE DATABASE citydriver_bench" > /dev/null
      echo "${PG_ADMIN%/*}/citydriver_bench" ;;
  esac
}

# wrk's latency distribution -> "rps p50 p99"
load() {
  local path=$1
  wrk -t2 -c32 -d"${DUR}s" --latency "http://$ADDR$path" > "$WORK/wrk.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
  local errs; errs=$(awk '/Non-2xx/ {print $4}' "$WORK/wrk.txt")
  echo "$rps $p50 $p99 ${errs:-0}"
}

echo "| database | cold start with demo (median of 5) | page | requests/s | p50 | p99 | non-2xx | RSS after load (VmRSS / peak VmHWM) |"
echo "|---|---|---|---|---|---|---|---|"
for backend in sqlite postgres; do
  if [ $backend = postgres ] && ! pg_isready -q -h 127.0.0.1; then continue; fi
  starts=()
  for _ in 1 2 3 4 5; do
    db=$(fresh_db $backend)
    start "$db"
    starts+=("$START_MS")
    stop
  done
  cold=$(printf '%s\n' "${starts[@]}" | median)
  db=$(fresh_db $backend)
  start "$db"
  curl -sf "http://$ADDR/directory" > /dev/null
  for path in "/directory" "/api/v1/organizations"; do
    read -r rps p50 p99 errs < <(load "$path")
    rss=$(awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$PID/status)
    hwm=$(awk '/VmHWM/ {print $2/1024 " MiB"}' /proc/$PID/status)
    echo "| $backend | ${cold} ms | \`$path\` | $rps | $p50 | $p99 | $errs | $rss / $hwm |"
  done
  stop
done
