#!/usr/bin/env bash
# The directory at the planned size: loads 100,000 organizations (and a third of them as
# members of the demo's networks) through the import API, then measures one user's latency on
# the home page, the directory and its filters and deep pages, an organization page and the
# map, beside /healthz, on SQLite and on PostgreSQL.
# Needs: python3, curl, a release build, and for PostgreSQL a local server.
# Usage: bash bench/directory.sh [organizations] [requests-per-page]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
REQ="${2:-300}"
BIN="${CITYDRIVER_BENCH_BIN:-target/release/citydriver}"
[ -x "$BIN" ] || cargo build --release -p citydriver
PORT=18081
ADDR=127.0.0.1:$PORT
PG_ADMIN="${CITYDRIVER_BENCH_PG:-postgres://postgres@127.0.0.1:5432/postgres}"
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
python3 bench/gen_directory.py "$N" "$WORK" >&2

for backend in sqlite postgres; do
  case $backend in
    sqlite) DB="$WORK/bench.db" ;;
    postgres)
      pg_isready -q -h 127.0.0.1 || continue
      psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS citydriver_dirbench WITH (FORCE)" -c "CREATE DATABASE citydriver_dirbench" > /dev/null
      DB="${PG_ADMIN%/*}/citydriver_dirbench" ;;
  esac
  rm -rf "$WORK/index"
  "$BIN" --db "$DB" --index-dir "$WORK/index" serve --addr "$ADDR" > "$WORK/out.txt" 2> "$WORK/err.txt" &
  PID=$!
  until curl -sf "http://$ADDR/healthz" > /dev/null; do sleep 0.05; done
  CITYDRIVER_PASSWORD="bench password 1" "$BIN" --db "$DB" create-user --email bench@example.org --name Bench --role admin 2> /dev/null
  TOKEN=$("$BIN" --db "$DB" create-token --email bench@example.org --scopes "read write:directory admin")
  t0=$(date +%s)
  for f in organizations memberships; do
    code=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -H "authorization: Bearer $TOKEN" \
      -H 'content-type: text/csv' --data-binary "@$WORK/$f.csv" "http://$ADDR/api/v1/imports?format=${f}_csv")
    [ "$code" = 200 ] || { echo "import of $f: $code $(head -c 400 "$WORK/import.json")" >&2; exit 1; }
  done
  echo "$backend: imported $N organizations in $(( $(date +%s) - t0 )) s" >&2
  # The search index follows the outbox in the background: measure once it has caught up, so
  # that the figures are the pages' own, not the indexer's.
  t1=$(date +%s)
  until [ "$(curl -s "http://$ADDR/api/v1/search?q=bench&kind=organization&per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" -ge "$N" ]; do
    sleep 2
    [ $(( $(date +%s) - t1 )) -lt 1200 ] || { echo "the index did not catch up" >&2; break; }
  done
  echo "$backend: index caught up in $(( $(date +%s) - t1 )) s" >&2
  # After a bulk load PostgreSQL plans from stale statistics and its index-only scans visit
  # the heap until the visibility map is set; autovacuum does this on its own in a while.
  [ $backend = postgres ] && psql -q "$DB" -c "VACUUM ANALYZE" > /dev/null
  echo
  echo "#### $backend, $N organizations ($(nproc) cores)"
  echo
  python3 bench/latency.py "$ADDR" "$REQ" "/" "/directory" "/directory?country=KR" \
    "/directory?page=1000" "/directory?network=wego&page=100" "/orgs/bench-org-054321" \
    "/map" "/map?network=ascn" "/api/v1/organizations?country=JP&page=200"
  kill "$PID"; wait "$PID" 2>/dev/null || true
done
