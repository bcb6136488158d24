#!/usr/bin/env bash
# API fuzzing: schemathesis (PyPI, versions locked in tools/requirements-schemathesis.txt)
# generates requests from /api/openapi.json and sends them to a fresh server, once with an
# administrator's token and once anonymously. It fails on a server error (5xx), an answer that
# does not match the document (schema, content type, headers), or a status the document does
# not list for the operation.
#   tools/api_fuzz.sh [BIN] [MAX_EXAMPLES]     default target/debug/citydriver, 25
# The coverage phase is left out: schemathesis 4.32.5 fails inside it on this document with an
# internal error of its own (a SystemError in Python's AST, not an answer of ours).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-target/debug/citydriver}"
EXAMPLES="${2:-25}"
VENV=target/st-venv
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "4.32.5"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q -r tools/requirements-schemathesis.txt
fi
WORK=$(mktemp -d)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
DB="$WORK/api.db"
"$BIN" --db "$DB" migrate > /dev/null 2>&1
CITYDRIVER_PASSWORD="api fuzz password 1" "$BIN" --db "$DB" create-user --email fuzz@wego.test --name Fuzz --role admin > /dev/null 2>&1
TOKEN=$("$BIN" --db "$DB" create-token --email fuzz@wego.test --scopes "read write:directory admin" 2>/dev/null)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" --db "$DB" serve --addr "127.0.0.1:$PORT" --mail-dir "$WORK/mail" > "$WORK/out.log" 2> "$WORK/err.log" &
PID=$!
healthy() { python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$PORT/healthz', timeout=2)" 2>/dev/null; }
until healthy; do
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/err.log" >&2; exit 1; }
  sleep 0.1
done
CHECKS=not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance,response_headers_conformance
status=0
for who in admin anonymous; do
  auth=()
  [ "$who" = admin ] && auth=(-H "Authorization: Bearer $TOKEN")
  echo "schemathesis as $who, $EXAMPLES examples an operation"
  if ! "$VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/api/openapi.json" "${auth[@]}" \
      --checks "$CHECKS" --phases examples,fuzzing,stateful --max-examples "$EXAMPLES" \
      --workers 2 --seed 20261208 > "$WORK/$who.txt" 2>&1; then
    status=1
    sed -n '/FAILURES/,$p' "$WORK/$who.txt" | head -n 200 >&2
  fi
  sed -n '/SUMMARY/,$p' "$WORK/$who.txt" | grep -E "generated|passed|failures" || true
done
if grep -qE "panicked|ERROR" "$WORK/err.log"; then
  echo "the server logged errors:" >&2; grep -E "panicked|ERROR" "$WORK/err.log" | head -20 >&2; status=1
fi
exit $status
