#!/usr/bin/env bash
# `npm start` on an empty data directory must be ready (GET /readyz → 200) within 60 s, serve the
# shop, stop cleanly on SIGTERM with exit code 0, and leave no PostgreSQL process behind.
set -euo pipefail
cd "$(dirname "$0")/.."

data_dir=$(mktemp -d)
chmod 711 "$data_dir"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log=$(mktemp)
trap 'rm -rf "$data_dir" "$log"' EXIT

start=$(date +%s%N)
DATA_DIR="$data_dir" PORT="$port" HOST=127.0.0.1 LOG_LEVEL=warn setsid npm start >"$log" 2>&1 &
pid=$!

ready=""
for _ in $(seq 1 240); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then ready=yes; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.25
done
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ -z "$ready" ] || [ "$elapsed_ms" -gt 60000 ]; then
  cat "$log"; echo "FAIL: not ready within 60 s (${elapsed_ms} ms)"; kill -TERM -- "-$pid" 2>/dev/null || true; exit 1
fi
echo "ready after ${elapsed_ms} ms (build included)"

curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "FAIL: the web app is not served to a plain curl"; exit 1; }
curl -fsS "http://127.0.0.1:$port/api/v1/products" | grep -q '"success":true' || { echo "FAIL: the API does not answer"; exit 1; }
grep -q 'customer@example.com' "$log" || { cat "$log"; echo "FAIL: the demo logins were not printed"; exit 1; }
server_pid=$(pgrep -f "node dist/server/main.js" -s "$pid" | head -1 || true)
echo "server RSS after start: $(ps -o rss= -p "${server_pid:-$pid}" | awk '{printf "%.0f MiB", $1/1024}')"

# Ctrl-C in a terminal signals the whole process group; do the same.
kill -TERM -- "-$pid"
status=0
wait "$pid" || status=$?
if [ "$status" -ne 0 ]; then cat "$log"; echo "FAIL: npm start exited with $status after SIGTERM"; exit 1; fi
if pgrep -f "postgres -D $data_dir" >/dev/null; then echo "FAIL: PostgreSQL is still running"; exit 1; fi
echo "stopped cleanly, no process left behind"

# A restart on the same data still prints the demo logins, and does not claim there is no admin.
DATA_DIR="$data_dir" PORT="$port" HOST=127.0.0.1 LOG_LEVEL=warn ADMIN_EMAIL=smoke-admin@example.com ADMIN_PASSWORD='Smoke#Admin2026' \
  setsid node dist/server/main.js >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  sleep 0.25
done
kill -TERM -- "-$pid"; wait "$pid" || true
DATA_DIR="$data_dir" PORT="$port" HOST=127.0.0.1 LOG_LEVEL=warn setsid node dist/server/main.js >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if grep -q 'is ready in' "$log"; then break; fi
  sleep 0.25
done
kill -TERM -- "-$pid"; wait "$pid" || true
grep -q 'customer@example.com' "$log" || { cat "$log"; echo "FAIL: a restart no longer prints the demo logins"; exit 1; }
grep -q 'Admins:' "$log" && ! grep -q 'No admin' "$log" || { cat "$log"; echo "FAIL: a restart does not see the admin"; exit 1; }
echo "restarted twice: the banner still shows the demo logins and the admin"

