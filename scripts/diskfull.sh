#!/usr/bin/env bash
# A really full disk: `hotline serve` on a small tmpfs (needs root to mount) is fed articles until
# the file system is full. Checks that writes then answer 503 storage_full, that reads and the
# health check keep working, that every acknowledged article is served, and that the database
# passes PRAGMA integrity_check afterwards. Then the server is restarted on the file system
# remounted read-only, and the same is checked for writes (503) and reads.
#   scripts/diskfull.sh [SIZE]        tmpfs size, default 3m
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-3m}"
[ "$(id -u)" = 0 ] || { echo "diskfull.sh needs root to mount a tmpfs" >&2; exit 2; }
swift build --product hotline >/dev/null
bin="$(swift build --show-bin-path)/hotline"
mnt="$(mktemp -d /tmp/hotline-diskfull.XXXXXX)"
mount -t tmpfs -o "size=$size" tmpfs "$mnt"
log="$mnt.log"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; umount "$mnt" 2>/dev/null; rmdir "$mnt"; }
trap cleanup EXIT

"$bin" serve --port 0 --db "$mnt/full.db" 2>"$log" &
pid=$!
for _ in $(seq 100); do grep -q listening "$log" && break; sleep 0.1; done
port="$(grep -o 'listening on http://[^ ]*' "$log" | sed 's/.*://')"
url="http://127.0.0.1:$port"

acknowledged=(); first503=""
article() {
    python3 -c "import json,sys; n=int(sys.argv[1]); print(json.dumps({'text': 'German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron on %d May 2023 about energy, said report %d. ' % (1 + n % 28, n) + ' '.join('Background paragraph %d of report %d on the economy.' % (i, n) for i in range(400))}))" "$1"
}
for n in $(seq 1 2000); do
    body="$(article "$n")"
    reply="$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' --data-binary "$body" "$url/v1/articles")"
    code="${reply##*$'\n'}"
    if [ "$code" = 201 ]; then
        acknowledged+=("$(printf '%s' "${reply%$'\n'*}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["article"]["id"])')")
    elif [ "$code" = 503 ]; then
        first503="${reply%$'\n'*}"; break
    else
        echo "unexpected status $code: ${reply%$'\n'*}" >&2; exit 1
    fi
done
[ -n "$first503" ] || { echo "the disk never filled up" >&2; exit 1; }
echo "disk full after ${#acknowledged[@]} articles: $first503"
df -h "$mnt" | tail -1
again="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "$(article 99999)" "$url/v1/articles")"
events="$(curl -s -o /dev/null -w '%{http_code}' "$url/v1/events?limit=5")"
health="$(curl -s -o /dev/null -w '%{http_code}' "$url/healthz")"
lost=0
for id in "${acknowledged[@]}"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/v1/articles/$id")" = 200 ] || lost=$((lost + 1))
done
echo "full: another write -> $again, GET /v1/events -> $events, /healthz -> $health, acknowledged articles lost: $lost"

kill -TERM "$pid"; wait "$pid" || true; pid=""
check="$(sqlite3 "$mnt/full.db" 'PRAGMA integrity_check' 2>&1 || echo 'sqlite3 missing')"
count="$(sqlite3 "$mnt/full.db" 'SELECT count(*) FROM articles' 2>&1 || echo '?')"
echo "after stop: integrity_check=$check, articles stored=$count (acknowledged ${#acknowledged[@]})"

mount -o remount,ro "$mnt"
"$bin" serve --port 0 --db "$mnt/full.db" 2>"$log" &
pid=$!
for _ in $(seq 100); do grep -q -e listening -e rror "$log" && break; sleep 0.1; done
if grep -q listening "$log"; then
    port="$(grep -o 'listening on http://[^ ]*' "$log" | sed 's/.*://')"; url="http://127.0.0.1:$port"
    ro_write="$(curl -s -w ' %{http_code}' -H 'Content-Type: application/json' --data-binary "$(article 99998)" "$url/v1/articles")"
    ro_read="$(curl -s -o /dev/null -w '%{http_code}' "$url/v1/articles/${acknowledged[0]}")"
else
    ro_write="server did not start: $(tail -1 "$log")"; ro_read="-"
fi
echo "read-only file system: write -> $ro_write; GET an article -> $ro_read"
[ "$again" = 503 ] && [ "$events" = 200 ] && [ "$health" = 200 ] && [ "$lost" = 0 ] && [ "$check" = ok ] \
    && [ "$count" = "${#acknowledged[@]}" ] && [ "$ro_read" = 200 ] && [ "${ro_write##* }" = 503 ]
echo "diskfull: PASS"
