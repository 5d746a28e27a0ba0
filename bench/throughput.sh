#!/usr/bin/env bash
# Throughput and p99 latency under wrk on loopback, this server vs WireMock serving the same bodies as static stubs:
#   GET /v1/workspaces/{id}  (Bearer token)   and   POST /v1/oauth/token  (client credentials, form-urlencoded).
# Usage: bench/throughput.sh     (THREADS=2 CONNECTIONS=32 DURATION=15s WARMUP=5s JAR=... SIDES="ours wiremock")
# Goal: ours/WireMock rps ratio >= 1.0. The p99 ratio (ours/WireMock, lower is better) is printed for information.
source "$(dirname "$0")/lib.sh"
need java curl jq wrk

SIDES="${SIDES:-ours wiremock}"
has_side() { [[ " $SIDES " == *" $1 "* ]]; }

# Bodies WireMock serves: captured from this server when it runs, else the seed's samples (peer-only check).
ws_id="ws6f0c5339de42f9964e6afe9bf20469"
ws_body='{"description":"bench workspace","name":"bench","onna_id":"ws6f0c5339de42f9964e6afe9bf20469","tags":["bench","api-emulator"]}'
ws_type="application/json"
token_body='{"access_token":"eyJraWQiOiJiZW5jaCJ9.eyJzdWIiOiJkZW1vLWNsaWVudCJ9.c2lnbmF0dXJl","expires_in":3599,"token_type":"Bearer"}'
token_type="application/json;charset=UTF-8"

declare -A R   # R[side/endpoint] = wrk RESULT fields

if has_side ours; then
  SERVER_JAR="$(server_jar)"
  port="$(free_port 18080)"; base="http://127.0.0.1:$port"
  start_server "$port" "$RUN_DIR/data" "$RUN_DIR/ours.log"; ours_pid="$LAST_PID"
  wait_ok "$base/v1/health" "$ours_pid" "${START_TIMEOUT:-180}"
  token="$(onna_token "$base")"
  ws_id="$(create_workspace "$base" "$token" bench)"
  curl -fsS -D "$RUN_DIR/ws.headers" -o "$RUN_DIR/ws.body" -H "Authorization: Bearer $token" "$base/v1/workspaces/$ws_id" \
    || die "GET /v1/workspaces/$ws_id failed"
  ws_body="$(cat "$RUN_DIR/ws.body")"
  ws_type="$(awk -F': ' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' "$RUN_DIR/ws.headers")"
  curl -fsS -D "$RUN_DIR/token.headers" -o "$RUN_DIR/token.body" -X POST "$base/v1/oauth/token" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    -d 'client_id=demo-client&client_secret=demo-secret&grant_type=client_credentials' || die "token request failed"
  token_body="$(cat "$RUN_DIR/token.body")"
  token_type="$(awk -F': ' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' "$RUN_DIR/token.headers")"

  R[ours/get]="$(run_wrk ours-get "$BENCH_DIR/wrk/get.lua" "$base/v1/workspaces/$ws_id" -H "Authorization: Bearer $token")"
  R[ours/token]="$(run_wrk ours-token "$BENCH_DIR/wrk/token.lua" "$base")"
  ours_rss="$(rss_mib "$ours_pid" VmHWM)"
  stop_pid "$ours_pid"   # so the idle server does not share the CPU with WireMock's run
fi

if has_side wiremock; then
  WIREMOCK_JAR="$(wiremock_jar)"
  mkdir -p "$RUN_DIR/wiremock/mappings"
  jq -n --arg url "/v1/workspaces/$ws_id" --arg body "$ws_body" --arg type "$ws_type" \
    '{request: {method: "GET", url: $url, headers: {Authorization: {matches: "Bearer .+"}}},
      response: {status: 200, headers: {"Content-Type": $type}, body: $body}}' >"$RUN_DIR/wiremock/mappings/workspace.json"
  jq -n --arg body "$token_body" --arg type "$token_type" \
    '{request: {method: "POST", url: "/v1/oauth/token",
                headers: {"Content-Type": {contains: "application/x-www-form-urlencoded"}},
                bodyPatterns: [{contains: "client_id=demo-client"}, {contains: "client_secret=demo-secret"}]},
      response: {status: 200, headers: {"Content-Type": $type, "Cache-Control": "no-store"}, body: $body}}' \
    >"$RUN_DIR/wiremock/mappings/token.json"
  wport="$(free_port 18081)"; wbase="http://127.0.0.1:$wport"
  # no request journal: WireMock's own advice for load tests (the journal otherwise grows with every request)
  start_wiremock "$wport" "$RUN_DIR/wiremock" "$RUN_DIR/wiremock.log" --no-request-journal --disable-request-logging
  wm_pid="$LAST_PID"
  wait_ok "$wbase/__admin/health" "$wm_pid" "${START_TIMEOUT:-180}"
  curl -fsS -o /dev/null -H 'Authorization: Bearer x' "$wbase/v1/workspaces/$ws_id" || die "WireMock workspace stub did not match"
  R[wiremock/get]="$(run_wrk wiremock-get "$BENCH_DIR/wrk/get.lua" "$wbase/v1/workspaces/$ws_id" -H "Authorization: Bearer bench")"
  R[wiremock/token]="$(run_wrk wiremock-token "$BENCH_DIR/wrk/token.lua" "$wbase")"
  wm_rss="$(rss_mib "$wm_pid" VmHWM)"
  stop_pid "$wm_pid"
fi

print_header "throughput (wrk -t${THREADS:-2} -c${CONNECTIONS:-32} -d${DURATION:-15s}, warm-up ${WARMUP:-5s}; WireMock $WIREMOCK_VERSION)"
# issue 9's goals: GET rps >= 0.5 x WireMock with p99 <= 3 x WireMock's; token rps >= 0.3 x WireMock
printf '%-24s %10s %10s %7s %11s %10s %7s %s\n' endpoint ours_rps wm_rps ratio ours_p99ms wm_p99ms ratio "goal (issue 9)"
for ep in get token; do
  o="${R[ours/$ep]:-}"; w="${R[wiremock/$ep]:-}"
  ors="$(field "$o" rps)"; wrs="$(field "$w" rps)"; op="$(field "$o" p99_ms)"; wp="$(field "$w" p99_ms)"
  rr="$(ratio "$ors" "$wrs")"; pr="$(ratio "$op" "$wp")"
  bad=""
  for side in o w; do
    res="${!side}"
    if [[ -n "$res" ]] && (( $(field "$res" non2xx3xx) + $(field "$res" socket_errors) > 0 )); then bad=" INVALID: errors in run"; fi
  done
  if [[ "$ep" == get ]]; then
    label="GET /v1/workspaces/{id}"; goal="rps >= 0.5: $(verdict "$rr" '>=' 0.5), p99 <= 3: $(verdict "$pr" '<=' 3)"
  else
    label="POST /v1/oauth/token"; goal="rps >= 0.3: $(verdict "$rr" '>=' 0.3)"
  fi
  printf '%-24s %10s %10s %7s %11s %10s %7s %s\n' "$label" "${ors:--}" "${wrs:--}" "$rr" "${op:--}" "${wp:--}" "$pr" \
    "$goal$bad"
done
echo "peak RSS (MiB): ours ${ours_rss:--}  wiremock ${wm_rss:--}"
