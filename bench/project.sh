#!/usr/bin/env bash
# A project page and its brief at the issue's sizes (200 risks, 300 tasks, 50 KPIs x 60 values,
# 40 milestones, 30 stakeholders): the release build on a fresh SQLite demo, one user over a
# kept-alive connection, each tab beside /healthz in the same run. Figures in docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p citydriver
dir=$(mktemp -d)
db="$dir/bench.db"
bin=target/release/citydriver
port=${PORT:-8097}
$bin migrate --db "$db" >/dev/null
CITYDRIVER_PASSWORD='bench password long' $bin create-user --db "$db" --email bench@seoul.test --name Bench --role admin >/dev/null
$bin serve --db "$db" --addr 127.0.0.1:$port >"$dir/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do curl -sf http://127.0.0.1:$port/healthz >/dev/null && break; sleep 0.2; done
token=$($bin create-token --db "$db" --email bench@seoul.test --name bench --scopes "read write:directory admin" | tail -1)
project=$(python3 bench/seed_project.py 127.0.0.1:$port "$token")
python3 bench/latency.py 127.0.0.1:$port ${REQUESTS:-200} \
  "/projects/$project" "/projects/$project/plan" "/projects/$project/deploy" \
  "/projects/$project/operate" "/projects/$project/brief" "/api/v1/projects/$project/parts/risk"
