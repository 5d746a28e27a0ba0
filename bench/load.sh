#!/usr/bin/env bash
# Mixed load on a running emulator: CLIENTS virtual clients for SECONDS (default 50 x 60 s), then counts every
# created record back. Prints the driver's result (requests, 5xx, created vs listed-once, active releases per
# app) and the server's RSS before and after. Exit status 1 when anything was lost, duplicated or a 5xx.
#   bench/load.sh [base-url] [clients] [seconds]      e.g. bench/load.sh http://localhost:8080 50 60
# The server must have an open /__admin (no emulator.admin.token). PID=<server pid> for RSS (else found by port).
set -euo pipefail
BASE=${1:-http://localhost:8080}
CLIENTS=${2:-50}
SECONDS_=${3:-60}
HERE=$(cd "$(dirname "$0")/.." && pwd)
PORT=$(echo "$BASE" | sed -E 's#.*:([0-9]+).*#\1#')
PID=${PID:-$(ss -ltnpH "sport = :$PORT" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1)}
rss() { [ -n "$PID" ] && ps -o rss= -p "$PID" | awk '{printf "%d MiB\n", $1/1024}' || echo "unknown (set PID)"; }
echo "RSS before: $(rss)"
status=0
java "$HERE/src/test/java/io/apiemulator/reliability/LoadDriver.java" "$BASE" "$CLIENTS" "$SECONDS_" || status=$?
echo "RSS after:  $(rss)"
exit $status
