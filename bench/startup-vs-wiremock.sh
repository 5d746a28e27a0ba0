#!/usr/bin/env bash
# Start-up time (launch -> first 200) and resident memory of this server vs three peers in the same run: the floor
# (bench/floor: the smallest Spring Boot webmvc app, same Boot version, same JVM options), the stack floor
# (bench/stack-floor: this server's starters on Boot's defaults with one entity, one repository, one controller)
# and WireMock standalone serving one stub.
# Usage: bench/startup-vs-wiremock.sh            (RUNS=5, JAR=..., JAVA=..., JAVA_OPTS=..., WIREMOCK_VERSION=...)
#        FAST=1 JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup-vs-wiremock.sh
#        (all four the fast way: each with a class cache from its own training run, C1 only, serial GC; all but
#         WireMock also extracted and on Spring AOT's bean definitions, as scripts/run-fast.sh runs it)
# Goals (issue 9): fast path <= 2.0 s and <= 2.2x the floor; plain java -jar <= 7 s and <= 2x the floor.
source "$(dirname "$0")/lib.sh"
need java curl jq

RUNS="${RUNS:-5}"
SERVER_JAR="$(server_jar)"
reference_apps
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
ours_lists_ms=()

# first_lists BASE TOKEN: a list in each API family with the demo credentials (the first query of a run loads
# Hibernate's HQL parser)
first_lists() {
  curl -fsS -o /dev/null "$1/v1/workspaces" -H "Authorization: Bearer $2"
  curl -fsS -o /dev/null "$1/v1/components/cmpdemo0000000000000000000/releases" \
    -H 'Authorization: Bearer nuon-demo-token' -H 'X-Nuon-Org-ID: orgdemo0000000000000000000'
  curl -fsS -o /dev/null "$1/v1/orgs/demo-org/workspaces/demo-ws/apps/demo-app/releases" \
    -H 'Authorization: Bearer mm-demo-token'
}

# measure NAME: start it, time to first 200 on /v1/health, RSS and CPU time at that moment; appends to MS[NAME],
# RSS[NAME], CPU[NAME].
measure() {
  local name="$1" port
  port="$(free_port 18080)"
  case "$name" in
    ours) start_server "$port" "$RUN_DIR/data-$RANDOM" "$RUN_DIR/ours.log" ;;
    wiremock) start_wiremock "$port" "$RUN_DIR/wiremock" "$RUN_DIR/wiremock.log" ;;
    *) start_app "$name" "$port" "$RUN_DIR/$name.log" ;;
  esac
  wait_ok "http://127.0.0.1:$port/v1/health" "$LAST_PID" "${START_TIMEOUT:-180}"
  local ms rss cpu
  ms="$(( ($(now_ns) - LAST_START_NS) / 1000000 ))"
  rss="$(rss_mib "$LAST_PID" VmRSS)"
  cpu="$(cpu_ms "$LAST_PID")"
  if [[ "$name" == ours ]]; then
    # usable, not just listening: the first token, then a list in each API family
    local token
    token="$(onna_token "http://127.0.0.1:$port")"
    ours_token_ms+=("$(( ($(now_ns) - LAST_START_NS) / 1000000 ))")
    first_lists "http://127.0.0.1:$port" "$token"
    ours_lists_ms+=("$(( ($(now_ns) - LAST_START_NS) / 1000000 ))")
  fi
  stop_pid "$LAST_PID"
  log "$name run: ${ms} ms to first 200 (CPU ${cpu} ms), RSS ${rss} MiB"
  MS[$name]="${MS[$name]:-} $ms"; RSS[$name]="${RSS[$name]:-} $rss"; CPU[$name]="${CPU[$name]:-} $cpu"
}

order=(ours "${REFERENCE_APPS[@]}" wiremock)
for i in $(seq "$RUNS"); do
  # rotate who goes first so a noisy moment does not always hit the same side
  for j in "${!order[@]}"; do measure "${order[$(( (i + j) % ${#order[@]} ))]}"; done
done

declare -A MED
for name in "${order[@]}"; do
  # shellcheck disable=SC2086
  MED[ms-$name]="$(median ${MS[$name]})"; MED[cpu-$name]="$(median ${CPU[$name]})"; MED[rss-$name]="$(median ${RSS[$name]})"
done
goal_ms=7000; goal_floor=2.0
[[ -z "$FAST" ]] || { goal_ms=2000; goal_floor=2.2; }

# row LABEL KEY: the medians of every contender, then ours over each peer
row() {
  local line name
  line="$(printf '%-28s' "$1")"
  for name in "${order[@]}"; do line+="$(printf ' %11s' "${MED[$2-$name]}")"; done
  for name in "${order[@]:1}"; do line+="$(printf ' %11s' "$(ratio "${MED[$2-ours]}" "${MED[$2-$name]}")")"; done
  echo "$line"
}

print_header "startup-vs-wiremock (median of $RUNS runs; floor = bench/floor, stack-floor = bench/stack-floor; WireMock $WIREMOCK_VERSION)"
header="$(printf '%-28s' metric)"
for name in "${order[@]}"; do header+="$(printf ' %11s' "$name")"; done
for name in "${order[@]:1}"; do header+="$(printf ' %11s' "ours/${name%-floor}")"; done
echo "$header"
row "start-up to first 200 (ms)" ms
row "CPU time to first 200 (ms)" cpu
row "RSS after first 200 (MiB)" rss
printf '%-28s %11s\n' "ours: to first token (ms)" "$(median "${ours_token_ms[@]}")"
printf '%-28s %11s\n' "ours: then a list per API" "$(median "${ours_lists_ms[@]}")"
echo "goal: ours <= $goal_ms ms $(verdict "${MED[ms-ours]}" '<=' "$goal_ms"), ours/floor <= $goal_floor $(verdict "$(ratio "${MED[ms-ours]}" "${MED[ms-floor]}")" '<=' "$goal_floor")"
for name in "${order[@]}"; do echo "runs (ms) $name:${MS[$name]}  CPU (ms):${CPU[$name]}"; done
