#!/usr/bin/env bash
# Start-up time (launch -> first 200) and resident memory of this server vs two peers in the same run: the floor
# (bench/floor: the smallest Spring Boot webmvc app, same Boot version, same JVM options) and WireMock standalone
# serving one stub.
# Usage: bench/startup-vs-wiremock.sh            (RUNS=5, JAR=..., JAVA=..., JAVA_OPTS=..., WIREMOCK_VERSION=...)
#        FAST=1 JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup-vs-wiremock.sh
#        (all three the fast way: each with a class cache from its own training run, C1 only, serial GC; this
#         server and the floor also extracted and on Spring AOT's bean definitions, as scripts/run-fast.sh runs it)
# Goals (issue 9): fast path <= 2.0 s and <= 2.2x the floor; plain java -jar <= 7 s and <= 2x the floor.
source "$(dirname "$0")/lib.sh"
need java curl jq

RUNS="${RUNS:-5}"
SERVER_JAR="$(server_jar)"
FLOOR_JAR="$(floor_jar)"
WIREMOCK_JAR="$(wiremock_jar)"

# WireMock's one stub: the same health body this server returns.
mkdir -p "$RUN_DIR/wiremock/mappings"
cat >"$RUN_DIR/wiremock/mappings/health.json" <<'JSON'
{ "request": { "method": "GET", "url": "/v1/health" },
  "response": { "status": 200, "headers": { "Content-Type": "application/json" },
                "body": "{\"release_id\":\"1.0.0\",\"status\":\"pass\",\"version\":\"v1\"}" } }
JSON

fast_start "$RUN_DIR/wiremock"

declare -A MS RSS CPU
ours_token_ms=()

# measure NAME: start it, time to first 200 on /v1/health, RSS and CPU time at that moment; appends to MS[NAME],
# RSS[NAME], CPU[NAME].
measure() {
  local name="$1" port
  port="$(free_port 18080)"
  case "$name" in
    ours) start_server "$port" "$RUN_DIR/data-$RANDOM" "$RUN_DIR/ours.log" ;;
    floor) start_floor "$port" "$RUN_DIR/floor.log" ;;
    wiremock) start_wiremock "$port" "$RUN_DIR/wiremock" "$RUN_DIR/wiremock.log" ;;
  esac
  wait_ok "http://127.0.0.1:$port/v1/health" "$LAST_PID" "${START_TIMEOUT:-180}"
  local ms rss cpu
  ms="$(( ($(now_ns) - LAST_START_NS) / 1000000 ))"
  rss="$(rss_mib "$LAST_PID" VmRSS)"
  cpu="$(cpu_ms "$LAST_PID")"
  if [[ "$name" == ours ]]; then
    # usable, not just listening: the first token
    onna_token "http://127.0.0.1:$port" >/dev/null
    ours_token_ms+=("$(( ($(now_ns) - LAST_START_NS) / 1000000 ))")
  fi
  stop_pid "$LAST_PID"
  log "$name run: ${ms} ms to first 200 (CPU ${cpu} ms), RSS ${rss} MiB"
  MS[$name]="${MS[$name]:-} $ms"; RSS[$name]="${RSS[$name]:-} $rss"; CPU[$name]="${CPU[$name]:-} $cpu"
}

order=(ours floor wiremock)
for i in $(seq "$RUNS"); do
  # rotate who goes first so a noisy moment does not always hit the same side
  for j in 0 1 2; do measure "${order[$(( (i + j) % 3 ))]}"; done
done

# shellcheck disable=SC2086
om="$(median ${MS[ours]})"; fm="$(median ${MS[floor]})"; wm="$(median ${MS[wiremock]})"
# shellcheck disable=SC2086
ocpu="$(median ${CPU[ours]})"; fcpu="$(median ${CPU[floor]})"; wcpu="$(median ${CPU[wiremock]})"
# shellcheck disable=SC2086
orss="$(median ${RSS[ours]})"; frss="$(median ${RSS[floor]})"; wrss="$(median ${RSS[wiremock]})"
goal_ms=7000; goal_floor=2.0
[[ -z "$FAST" ]] || { goal_ms=2000; goal_floor=2.2; }

print_header "startup-vs-wiremock (median of $RUNS runs; floor = bench/floor; WireMock $WIREMOCK_VERSION)"
printf '%-28s %9s %9s %9s %12s %14s\n' metric ours floor wiremock ours/floor ours/wiremock
printf '%-28s %9s %9s %9s %12s %14s\n' "start-up to first 200 (ms)" "$om" "$fm" "$wm" "$(ratio "$om" "$fm")" "$(ratio "$om" "$wm")"
printf '%-28s %9s %9s %9s %12s %14s\n' "CPU time to first 200 (ms)" "$ocpu" "$fcpu" "$wcpu" "$(ratio "$ocpu" "$fcpu")" "$(ratio "$ocpu" "$wcpu")"
printf '%-28s %9s %9s %9s %12s %14s\n' "RSS after first 200 (MiB)" "$orss" "$frss" "$wrss" "$(ratio "$orss" "$frss")" "$(ratio "$orss" "$wrss")"
# shellcheck disable=SC2086
printf '%-28s %9s\n' "ours: to first token (ms)" "$(median "${ours_token_ms[@]}")"
echo "goal: ours <= $goal_ms ms $(verdict "$om" '<=' "$goal_ms"), ours/floor <= $goal_floor $(verdict "$(ratio "$om" "$fm")" '<=' "$goal_floor")"
echo "runs (ms): ours${MS[ours]}  floor${MS[floor]}  wiremock${MS[wiremock]}"
echo "CPU (ms): ours${CPU[ours]}  floor${CPU[floor]}  wiremock${CPU[wiremock]}"
