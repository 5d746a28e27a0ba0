#!/usr/bin/env bash
# Keyset pagination stays flat: with COUNT workspaces, GET /v1/workspaces page PAGE (reached by following `cursor`)
# costs about what page 1 costs. Latency from wrk with few connections (a latency test, not a load test).
# Usage: bench/pagination.sh    (COUNT=100000 PAGE=1000 LOAD_CONCURRENCY=16 CONNECTIONS=1 DURATION=10s WARMUP=3s JAR=...)
# Goal: p50(page PAGE) / p50(page 1) <= 1.5.
source "$(dirname "$0")/lib.sh"
need java curl jq wrk node

COUNT="${COUNT:-100000}"
PAGE="${PAGE:-1000}"
export THREADS="${THREADS:-1}" CONNECTIONS="${CONNECTIONS:-1}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-3s}"
SERVER_JAR="$(server_jar)"

port="$(free_port 18080)"; base="http://127.0.0.1:$port"
start_server "$port" "$RUN_DIR/data" "$RUN_DIR/ours.log"; pid="$LAST_PID"
wait_ok "$base/v1/health" "$pid" "${START_TIMEOUT:-180}"
token="$(onna_token "$base")"

log "creating $COUNT workspaces over HTTP (${LOAD_CONCURRENCY:-16} keep-alive connections)"
load_report="$(node "$BENCH_DIR/loader.mjs" create "$base" "$token" "$COUNT" "${LOAD_CONCURRENCY:-16}")"
log "$load_report"

page_size="$(curl -fsS -H "Authorization: Bearer $token" "$base/v1/workspaces" | jq '.items | length')"
log "page size $page_size; following the cursor $((PAGE - 1)) times"
cursor="$(node "$BENCH_DIR/loader.mjs" cursor "$base" "$token" "$PAGE")"
encoded="$(jq -rn --arg c "$cursor" '$c | @uri')"
last_url="$base/v1/workspaces?cursor=$encoded"
items="$(curl -fsS -H "Authorization: Bearer $token" "$last_url" | jq '.items | length')"
(( items > 0 )) || die "page $PAGE is empty"

first="$(run_wrk page-1 "$BENCH_DIR/wrk/get.lua" "$base/v1/workspaces" -H "Authorization: Bearer $token")"
last="$(run_wrk "page-$PAGE" "$BENCH_DIR/wrk/get.lua" "$last_url" -H "Authorization: Bearer $token")"
rss="$(rss_mib "$pid" VmHWM)"

r50="$(ratio "$(field "$last" p50_ms)" "$(field "$first" p50_ms)")"
r99="$(ratio "$(field "$last" p99_ms)" "$(field "$first" p99_ms)")"
print_header "pagination ($COUNT workspaces, page size $page_size, page 1 vs page $PAGE; wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
echo "load: $load_report"
printf '%-10s %10s %10s %10s %s\n' page p50_ms p99_ms rps errors
for row in "1:$first" "$PAGE:$last"; do
  res="${row#*:}"
  printf '%-10s %10s %10s %10s %s\n' "${row%%:*}" "$(field "$res" p50_ms)" "$(field "$res" p99_ms)" "$(field "$res" rps)" \
    "$(( $(field "$res" non2xx3xx) + $(field "$res" socket_errors) ))"
done
echo "ratio page $PAGE / page 1: p50 $r50 (goal <= 1.50 $(verdict "$r50" '<=' 1.5)), p99 $r99 (info)"
echo "server peak RSS: $rss MiB"
