#!/usr/bin/env bash
# Matchmaking at the planned scale: the demo network plus 5,000 companies, 500 financiers,
# 100,000 solutions, 10,000 financing offers and 20 more needs on jakarta-waste-collection
# (bench/gen_matching.py), put in through the project's own export/import and reindex. Measures
# the import and the reindex, then one user's latency over a kept-alive connection
# (bench/latency.py, beside /healthz) on: the ranked candidates of two solution needs, a funding
# need and a peer need, one need's page, and the needs page of a project with 23 needs.
# Release build on SQLite. Figures in docs/BENCHMARKS.md.
# Usage: bash bench/matching.sh   (BIN=path and SKIP_BUILD=1 to use another build; PORT, REQUESTS)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-0}" = 1 ] || cargo build --release -q -p citydriver
bin=$(realpath "${BIN:-target/release/citydriver}")
addr=127.0.0.1:${PORT:-8098}
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
if curl -s "http://$addr/" >/dev/null; then echo "something already listens on $addr" >&2; exit 1; fi
serve() { # db [serve options]: starts the server, waits for /healthz
  "$bin" --db "$1" serve --addr "$addr" --mail-dir "$dir/mail" "${@:2}" >"$dir/serve.log" 2>&1 &
  pid=$!
  until curl -sf "http://$addr/healthz" >/dev/null; do sleep 0.2; done
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }
secs() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}'; }

# The demo network (a serve on an empty database loads it), exported, then grown.
serve "$dir/demo.db"; stop
"$bin" --db "$dir/demo.db" export --out "$dir/demo.jsonl" 2>/dev/null
read -r sol1 sol2 funding peer < <(python3 bench/gen_matching.py "$dir/demo.jsonl" "$dir/bench.jsonl")

t=$(date +%s.%N)
counts=$("$bin" --db "$dir/bench.db" import --in "$dir/bench.jsonl" 2>&1 | grep -o 'solutions=[0-9]* offers=[0-9]*')
import_s=$(secs "$t")
t=$(date +%s.%N)
docs=$("$bin" --db "$dir/bench.db" reindex 2>&1 | grep -o '[0-9]* documents')
reindex_s=$(secs "$t")

serve "$dir/bench.db" --no-demo
python3 bench/latency.py "$addr" "${REQUESTS:-200}" \
  "/api/v1/needs/$sol1/candidates?per_page=10" "/api/v1/needs/$sol2/candidates?per_page=10" \
  "/api/v1/needs/$funding/candidates?per_page=10" "/api/v1/needs/$peer/candidates?per_page=10" \
  "/needs/$sol1" "/projects/jakarta-waste-collection/needs"
echo
echo "$counts (with the demo's); import ${import_s} s; reindex ${reindex_s} s ($docs); $(nproc) cores"
