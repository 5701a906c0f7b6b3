#!/usr/bin/env bash
# Proves that a second process cannot open the same embedded database folder: the first server
# starts, the second exits with a clear message naming the first, and the data stays usable.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$(mktemp -d)/pglite
log1=$(mktemp); log2=$(mktemp)
PORT=4391 PGLITE_DATA_DIR="$dir" JOBS_ENABLED=false node dist/apps/api/main.js serve --demo >"$log1" 2>&1 &
first=$!
trap 'kill $first 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs localhost:4391/api/health >/dev/null 2>&1 && break; sleep 1; done
curl -fs localhost:4391/api/health >/dev/null || { cat "$log1"; echo "first server did not start"; exit 1; }

if PORT=4392 PGLITE_DATA_DIR="$dir" node dist/apps/api/main.js serve >"$log2" 2>&1; then
  echo "second process started on a locked data folder"; exit 1
fi
grep -q "already in use by another MentorBridge process (pid $first)" "$log2" || { cat "$log2"; exit 1; }
curl -fs localhost:4391/api/health >/dev/null
echo "lock respected: $(grep -o 'already in use[^.]*' "$log2" | head -n1)"

# A clean shutdown (SIGTERM) closes PGlite and releases the lock; the data survives a restart.
kill -TERM "$first"
for _ in $(seq 1 20); do kill -0 "$first" 2>/dev/null || break; sleep 0.5; done
trap - EXIT
[ ! -e "$dir.lock" ] || { echo "lock file left behind after SIGTERM"; cat "$log1"; exit 1; }
PORT=4393 PGLITE_DATA_DIR="$dir" JOBS_ENABLED=false node dist/apps/api/main.js serve >"$log2" 2>&1 &
second=$!
trap 'kill $second 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs localhost:4393/api/health >/dev/null 2>&1 && break; sleep 1; done
curl -fs -c /tmp/mb-lock-cookies localhost:4393/api/auth/csrf >/dev/null
token=$(awk '/XSRF-TOKEN/ {print $7}' /tmp/mb-lock-cookies)
status=$(curl -s -o /dev/null -w '%{http_code}' -b /tmp/mb-lock-cookies -H "X-XSRF-TOKEN: $token" \
  -H 'content-type: application/json' -d '{"email":"hr@acme.example","password":"mentorbridge-demo"}' \
  localhost:4393/api/auth/login)
[ "$status" = 200 ] || { echo "demo sign-in after restart answered $status"; cat "$log2"; exit 1; }
echo "clean shutdown released the lock; data survived the restart"
