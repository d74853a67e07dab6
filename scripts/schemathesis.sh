#!/usr/bin/env bash
# Runs schemathesis (property-based API testing, from PyPI) against a release `hotline serve` on a
# temporary database, using the server's own GET /openapi.json. On demand only (too slow for CI).
#
#   scripts/schemathesis.sh [--max-examples N] [extra schemathesis run options...]
#
# The server runs with an API token (sent by schemathesis on every request) and a write rate limit
# high enough not to interfere. schemathesis lives in a venv under /tmp (created on first use).
# Prints schemathesis' summary; exits with its status (0: no failures). Reports go to
# $HOTLINE_ST_REPORTS (default /tmp/hotline-schemathesis-report).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=${HOTLINE_ST_VENV:-/tmp/hotline-schemathesis-venv}
reports=${HOTLINE_ST_REPORTS:-/tmp/hotline-schemathesis-report}
examples=50
if [ "${1:-}" = "--max-examples" ]; then examples=$2; shift 2; fi

if [ ! -x "$venv/bin/schemathesis" ]; then
    echo "installing schemathesis into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q schemathesis >&2
fi

swift build -c release --product hotline >&2
bin="$(swift build -c release --show-bin-path)/hotline"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
token="schemathesis-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
HOTLINE_API_TOKEN="$token" "$bin" serve --host 127.0.0.1 --port "$port" --db "$work/st.db" \
    --write-rate 1000 --write-burst 2000 >"$work/server.log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
    "$bin" healthcheck --port "$port" 2>/dev/null && break
    sleep 0.1
done

mkdir -p "$reports"
status=0
# Run from the temp folder: schemathesis keeps a cache (.schemathesis/) in its working directory.
config="$PWD/scripts/schemathesis.toml"
(cd "$work" && "$venv/bin/schemathesis" --config-file "$config" run "http://127.0.0.1:$port/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks all --max-examples "$examples" --seed 20261204 --workers 1 \
    --request-timeout 30 --generation-database none --no-color \
    --report junit,ndjson --report-dir "$reports" "$@") || status=$?
if ! kill -0 "$pid" 2>/dev/null; then
    echo "the server died during the run; its log:" >&2
    tail -n 40 "$work/server.log" >&2
    status=1
fi
exit "$status"
