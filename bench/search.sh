#!/usr/bin/env bash
# Measures citydriver's search on a generated corpus (issue 4): import, index build rate, index
# size on disk, query latency with one user and with 16 concurrent connections, and the
# server's resident memory. SQLite only.
#
# Needs: a release build (target/release/citydriver, or BIN=...), python3, curl, wrk
# (apt-get install -y wrk), /usr/bin/time.
# Usage: bash bench/search.sh [lines] [practices] [seconds-per-wrk-run] [repeats]
#   defaults: 1000000 transcript lines, 100000 practices, 30 s, 3 repeats.
#   WORK=dir keeps the generated files there (default: a temporary folder, removed at the end);
#   PORT (default 18082); REUSE=1 with WORK keeps the database imported by an earlier run there
#   (steps 1 to 3 skipped, their figures read back) and rebuilds the index and measures again.
set -euo pipefail
cd "$(dirname "$0")/.."
LINES="${1:-1000000}"
PRACTICES="${2:-100000}"
DUR="${3:-30}"
REPEATS="${4:-3}"
BIN="${BIN:-target/release/citydriver}"
BIN=$(realpath "$BIN")
PORT="${PORT:-18082}"
ADDR=127.0.0.1:$PORT
if [ -n "${WORK:-}" ]; then mkdir -p "$WORK"; KEEP=1; else WORK=$(mktemp -d); KEEP=0; fi
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  [ "$KEEP" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
if curl -s "http://$ADDR/" > /dev/null; then echo "something already listens on $ADDR" >&2; exit 1; fi
log() { echo "[$(date +%T)] $*" >&2; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wait_up() { until curl -sf "http://$ADDR/healthz" > /dev/null; do sleep 0.05; done; }
# CPU seconds (user + system) the server has used so far.
cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / t}' "/proc/$PID/stat"; }
kib() { awk -v k="$1" '$1==k":" {printf "%.1f", $2/1024}' "/proc/$PID/status"; }

DB="$WORK/search.db"; IX="$WORK/search.index"
if [ "${REUSE:-0}" = 1 ] && [ -f "$DB" ] && [ -f "$WORK/import.time" ]; then
  log "reusing $DB (imported $(cat "$WORK/import.time"))"
else
# 1. A real export of the demo network, to copy its shapes.
rm -rf "$WORK"/demo.db* "$WORK"/demo.index
"$BIN" --db "$WORK/demo.db" --index-dir "$WORK/demo.index" serve --addr "$ADDR" --mail-dir "$WORK/mail" > "$WORK/demo-serve.out" 2> "$WORK/demo-serve.err" &
PID=$!; wait_up; kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
"$BIN" --db "$WORK/demo.db" export --out "$WORK/demo.jsonl" 2> /dev/null

# 2. The corpus.
log "generating $LINES lines and $PRACTICES practices"
t0=$(date +%s.%N)
python3 bench/gen_search_corpus.py --demo "$WORK/demo.jsonl" --out "$WORK/corpus.jsonl" \
  --lines "$LINES" --practices "$PRACTICES"
log "generated in $(echo "scale=1; ($(date +%s.%N) - $t0)/1" | bc) s, $(du -h "$WORK/corpus.jsonl" | cut -f1)"

# 3. Import into a fresh SQLite database.
rm -rf "$DB"* "$IX"
log "importing"
/usr/bin/time -f "%e s, max RSS %M KiB" -o "$WORK/import.time" "$BIN" --db "$DB" import --in "$WORK/corpus.jsonl" 2> "$WORK/import.err"
IMPORT=$(cat "$WORK/import.time")
log "import: $IMPORT"
fi
IMPORT=$(cat "$WORK/import.time")

# 4. Build the index (citydriver reindex prints documents and milliseconds).
log "reindexing"
rm -rf "$IX"
/usr/bin/time -f "%e s, max RSS %M KiB" -o "$WORK/reindex.time" "$BIN" --db "$DB" --index-dir "$IX" reindex 2> "$WORK/reindex.err"
read -r DOCS MS < <(sed -n 's/.*rebuilt: \([0-9]*\) documents in \([0-9]*\) ms.*/\1 \2/p' "$WORK/reindex.err")
RATE=$(awk -v d="$DOCS" -v m="$MS" 'BEGIN {printf "%.0f", d / (m / 1000)}')
IX_BYTES=$(du -sb "$IX" | cut -f1)
SEGMENTS=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['segments']))" "$IX/meta.json")
DB_BYTES=$(du -cb "$DB"* | tail -1 | cut -f1)
log "reindex: $DOCS documents in $MS ms ($RATE docs/s); process: $(cat "$WORK/reindex.time"); index $IX_BYTES bytes, $SEGMENTS segments"
python3 -c "import json,sys; print('segments (documents):', *sorted((s['max_doc'] for s in json.load(open(sys.argv[1]))['segments']), reverse=True))" "$IX/meta.json" >&2

# 5. Serve it and measure.
python3 bench/search_client.py paths --queries bench/search_queries.txt > "$WORK/paths.txt"
"$BIN" --db "$DB" --index-dir "$IX" serve --addr "$ADDR" --no-demo --mail-dir "$WORK/mail" > "$WORK/serve.out" 2> "$WORK/serve.err" &
PID=$!; wait_up
sleep 1
RSS_IDLE="$(kib VmRSS) MiB"
log "serving, idle RSS $RSS_IDLE"
SEQ=()
C0=$(cpu)
for r in $(seq 1 "$REPEATS"); do
  python3 bench/search_client.py seq --addr "$ADDR" --queries bench/search_queries.txt --rounds 10 > "$WORK/seq-$r.json"
  SEQ+=("$WORK/seq-$r.json")
  log "single user run $r: $(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['rps'], 'req/s p50', d['p50_ms'], 'p99', d['p99_ms'], 'errors', d['errors'])" "$WORK/seq-$r.json")"
done
RSS_SEQ="$(kib VmRSS) / $(kib VmHWM) MiB"
C1=$(cpu)
for r in $(seq 1 "$REPEATS"); do
  SEARCH_PATHS="$WORK/paths.txt" wrk -t2 -c16 -d"${DUR}s" --latency -s bench/search.lua "http://$ADDR" > "$WORK/wrk-$r.txt"
  log "16 connections run $r: $(awk '/Requests\/sec/ {print $2 " req/s"} $1=="50%" {print "p50 " $2} $1=="99%" {print "p99 " $2} /Non-2xx/ {print "non-2xx " $4}' "$WORK/wrk-$r.txt" | xargs)"
done
RSS_CONC="$(kib VmRSS) / $(kib VmHWM) MiB"
C2=$(cpu)
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

# 6. Report (medians of the repeats).
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f\n", v}'; }
seqmed() { for f in "${SEQ[@]}"; do python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$f" "$1"; done | median; }
wrkmed() { for r in $(seq 1 "$REPEATS"); do awk -v k="$1" '$1==k {print $2}' "$WORK/wrk-$r.txt" | to_ms; done | median; }
RPS16=$(for r in $(seq 1 "$REPEATS"); do awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$r.txt"; done | median)
ERR16=$(for r in $(seq 1 "$REPEATS"); do awk '/Non-2xx/ {n=$4} END {print n+0}' "$WORK/wrk-$r.txt"; done | paste -sd+ | bc)
N16=$(for r in $(seq 1 "$REPEATS"); do awk '/requests in/ {print $1}' "$WORK/wrk-$r.txt"; done | paste -sd+ | bc)
NQ=$(grep -c . bench/search_queries.txt)
NSEQ=$(( REPEATS * 11 * NQ ))  # each run: one warm-up round and 10 measured rounds
CPU_SEQ=$(echo "scale=2; ($C1 - $C0) * 1000 / $NSEQ" | bc)
CPU16=$(echo "scale=2; ($C2 - $C1) * 1000 / $N16" | bc)
ERRS=$(for f in "${SEQ[@]}"; do python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['errors'])" "$f"; done | paste -sd+ | bc)
cat <<EOF

corpus: $LINES transcript lines, $PRACTICES practices (+ the demo); $(du -h "$WORK/corpus.jsonl" | cut -f1) of JSON lines
import: $IMPORT; database $DB_BYTES bytes
reindex: $DOCS documents in $MS ms = $RATE documents/s; process $(cat "$WORK/reindex.time")
index on disk: $IX_BYTES bytes ($SEGMENTS segments)
server RSS: idle after start $RSS_IDLE; after single-user runs (VmRSS / VmHWM) $RSS_SEQ; after 16-connection runs $RSS_CONC

| load | requests/s | p50 | p99 | errors | server CPU per request |
|---|---:|---:|---:|---:|---:|
| 1 user, sequential, $REPEATS × $((10 * NQ)) requests | $(seqmed rps) | $(seqmed p50_ms) ms | $(seqmed p99_ms) ms | $ERRS | $CPU_SEQ ms |
| 16 connections (wrk -t2 -c16), $REPEATS × ${DUR} s | $RPS16 | $(wrkmed 50%) ms | $(wrkmed 99%) ms | $ERR16 | $CPU16 ms |

per query (hits, median ms of the first single-user run):
EOF
python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
print(' · '.join(f\"{x['q']} {x['total']} {x['median_ms']}\" for x in d['per_query']))" "${SEQ[0]}"
