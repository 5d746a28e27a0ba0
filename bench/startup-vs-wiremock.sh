#!/usr/bin/env bash
# Start-up time (launch -> first 200) and resident memory of this server vs WireMock standalone serving one stub.
# Usage: bench/startup-vs-wiremock.sh            (RUNS=5, JAR=..., JAVA=..., JAVA_OPTS=..., WIREMOCK_VERSION=...)
#        FAST=1 JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup-vs-wiremock.sh
#        (both servers the fast way: each with a class cache from its own training run, C1 only, serial GC;
#         this server also extracted and on Spring AOT's bean definitions, as scripts/run-fast.sh runs it)
# Goal: ours/WireMock start-up ratio <= 1.0 (no slower).
source "$(dirname "$0")/lib.sh"
need java curl jq

RUNS="${RUNS:-5}"
SERVER_JAR="$(server_jar)"
WIREMOCK_JAR="$(wiremock_jar)"

# WireMock's one stub: the same health body this server returns.
mkdir -p "$RUN_DIR/wiremock/mappings"
cat >"$RUN_DIR/wiremock/mappings/health.json" <<'EOF'
{ "request": { "method": "GET", "url": "/v1/health" },
  "response": { "status": 200, "headers": { "Content-Type": "application/json" },
                "body": "{\"release_id\":\"1.0.0\",\"status\":\"pass\",\"version\":\"v1\"}" } }
EOF

fast_start "$RUN_DIR/wiremock"

ours_ms=(); ours_rss=(); ours_token_ms=(); wm_ms=(); wm_rss=()

# measure NAME: start it, time to first 200 on /v1/health, RSS at that moment; appends to the arrays above.
measure() {
  local name="$1" port
  port="$(free_port 18080)"
  if [[ "$name" == ours ]]; then
    start_server "$port" "$RUN_DIR/data-$RANDOM" "$RUN_DIR/ours.log"
  else
    start_wiremock "$port" "$RUN_DIR/wiremock" "$RUN_DIR/wiremock.log"
  fi
  wait_ok "http://127.0.0.1:$port/v1/health" "$LAST_PID" "${START_TIMEOUT:-180}"
  local ms rss
  ms="$(( ($(now_ns) - LAST_START_NS) / 1000000 ))"
  rss="$(rss_mib "$LAST_PID" VmRSS)"
  if [[ "$name" == ours ]]; then
    # usable, not just listening: the first token (demo clients are seeded after the port opens)
    onna_token "http://127.0.0.1:$port" >/dev/null
    ours_token_ms+=("$(( ($(now_ns) - LAST_START_NS) / 1000000 ))")
  fi
  stop_pid "$LAST_PID"
  log "$name run: ${ms} ms to first 200, RSS ${rss} MiB"
  if [[ "$name" == ours ]]; then ours_ms+=("$ms"); ours_rss+=("$rss"); else wm_ms+=("$ms"); wm_rss+=("$rss"); fi
}

for i in $(seq "$RUNS"); do
  # alternate who goes first so a noisy moment does not always hit the same side
  if (( i % 2 )); then measure ours; measure wiremock; else measure wiremock; measure ours; fi
done

om="$(median "${ours_ms[@]}")"; wmm="$(median "${wm_ms[@]}")"
orss="$(median "${ours_rss[@]}")"; wrss="$(median "${wm_rss[@]}")"
r_ms="$(ratio "$om" "$wmm")"; r_rss="$(ratio "$orss" "$wrss")"

print_header "startup-vs-wiremock (median of $RUNS runs; WireMock $WIREMOCK_VERSION)"
printf '%-30s %12s %12s %10s %s\n' metric ours wiremock ratio goal
printf '%-30s %12s %12s %10s %s\n' "start-up to first 200 (ms)" "$om" "$wmm" "$r_ms" "<= 1.00 $(verdict "$r_ms" '<=' 1.0)"
printf '%-30s %12s %12s %10s %s\n' "RSS after first 200 (MiB)" "$orss" "$wrss" "$r_rss" "(info)"
printf '%-30s %12s %12s %10s %s\n' "ours: to first token (ms)" "$(median "${ours_token_ms[@]}")" "-" "-" "(info)"
echo "runs ours ms: ${ours_ms[*]}  wiremock ms: ${wm_ms[*]}"
