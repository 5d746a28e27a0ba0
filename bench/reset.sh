#!/usr/bin/env bash
# POST /__admin/reset with the example seed file (src/test/resources/seed/example-seed.yaml): what a test suite pays
# before every test. Warms up, then times RESETS resets one after another and reports the server-side median and
# p90: the `duration_ms` each reset answers, measured by the server around its whole transaction (emptying the
# tables, dropping upload bytes, journal and fault rules, re-applying the configured state and the seed file), i.e.
# without HTTP and JSON. The HTTP round trip (curl's time_total) is printed too, for comparison. With STATEMENTS=1
# (default) a second server, started with Hibernate's statistics on, reports the SQL statements Hibernate sends per
# reset (the tables are emptied with plain JDBC besides: on H2 one batch of TRUNCATEs between two
# SET REFERENTIAL_INTEGRITY).
# Usage: bench/reset.sh    (RESETS=100 WARMUP_RESETS=50 STATEMENTS=1 JAR=...)
# Goal: server-side median <= 10 ms.
source "$(dirname "$0")/lib.sh"
need java curl jq

RESETS="${RESETS:-100}"
WARMUP_RESETS="${WARMUP_RESETS:-50}"
SEED_FILE="$REPO_DIR/src/test/resources/seed/example-seed.yaml"
SERVER_JAR="$(server_jar)"

# start PORT LOG [args...]: the server with the example seed file (EMULATOR_SEED_FILE), waits until it answers.
start() {
  local port="$1" logfile="$2"; shift 2
  EMULATOR_SEED_FILE="$SEED_FILE" JAVA_OPTS="$JAVA_OPTS ${*:-}" start_server "$port" "$RUN_DIR/data-$port" "$logfile"
  wait_ok "http://127.0.0.1:$port/v1/health" "$LAST_PID" "${START_TIMEOUT:-180}"
}

# reset BASE [curl options...]
reset() { local base="$1"; shift; curl -fsS -X POST "$@" "$base/__admin/reset"; }

port="$(free_port 18080)"; base="http://127.0.0.1:$port"
start "$port" "$RUN_DIR/ours.log"; pid="$LAST_PID"
log "warming up: $WARMUP_RESETS resets"
for _ in $(seq "$WARMUP_RESETS"); do reset "$base" >/dev/null; done
log "measuring: $RESETS resets"
server=(); client=()
for _ in $(seq "$RESETS"); do
  # curl's own timer: the HTTP round trip, without starting curl and jq
  timing="$(reset "$base" -o "$RUN_DIR/reset.json" -w '%{time_total}')"
  client+=("$(awk -v s="$timing" 'BEGIN { printf "%.1f", s * 1000 }')")
  server+=("$(jq -er .duration_ms "$RUN_DIR/reset.json")")
done
rss="$(rss_mib "$pid" VmHWM)"
stop_pid "$pid"

# percentile P numbers... (nearest rank)
percentile() { local p="$1"; shift; printf '%s\n' "$@" | sort -g | awk -v p="$p" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; print v[i] }'; }

median_ms="$(percentile 50 "${server[@]}")"
print_header "admin reset with the example seed file ($RESETS resets after $WARMUP_RESETS warm-up resets)"
printf '%-28s %10s %10s\n' "" median_ms p90_ms
printf '%-28s %10s %10s\n' "server (duration_ms)" "$median_ms" "$(percentile 90 "${server[@]}")"
printf '%-28s %10s %10s\n' "HTTP round trip (curl)" "$(percentile 50 "${client[@]}")" "$(percentile 90 "${client[@]}")"
echo "server-side median <= 10 ms: $(verdict "$median_ms" '<=' 10)"
echo "server peak RSS: $rss MiB"

if [[ "${STATEMENTS:-1}" != 0 ]]; then
  port="$(free_port 18080)"; base="http://127.0.0.1:$port"
  log "counting statements on a second server with hibernate.generate_statistics"
  start "$port" "$RUN_DIR/stats.log" -Dspring.jpa.properties.hibernate.generate_statistics=true \
    -Dlogging.level.org.hibernate.session.metrics=debug
  for _ in $(seq 5); do reset "$base" >/dev/null; done
  before="$(wc -l <"$RUN_DIR/stats.log")"
  reset "$base" >/dev/null
  sleep 0.5
  stop_pid "$LAST_PID"
  # the session metrics the reset's session logged: "N ns preparing M JDBC statements", "... executing K JDBC batches"
  metrics="$(tail -n +"$((before + 1))" "$RUN_DIR/stats.log")"
  count() { { grep -oE "[0-9]+ ns $1 [0-9]+ JDBC $2" <<<"$metrics" || true; } | awk '{ s += $4 } END { print s + 0 }'; }
  prepared="$(count preparing statements)"; executed="$(count executing statements)"; batches="$(count executing batches)"
  echo "SQL per reset: $prepared statements prepared, $executed executed one by one, $batches batches (Hibernate's session metrics; the TRUNCATEs come on top)"
fi

