# Shared helpers for the bench/*.sh scripts: sourced, never run on its own.
# Everything runs on loopback; every process a script starts is stopped by its EXIT trap.

set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
CACHE_DIR="$BENCH_DIR/.cache"
WIREMOCK_VERSION="${WIREMOCK_VERSION:-3.13.2}"
# The Java that runs every contender (this server, WireMock, the reference apps), and the JVM options applied to all,
# so none gets a better-tuned JVM. FAST=1 starts all the fast way (see fast_start below) and adds the fast path's JVM
# options to all: C1 only, serial GC, transparent huge pages for the heap.
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
FAST="${FAST:-}"
[[ -z "$FAST" ]] ||
  JAVA_OPTS="$JAVA_OPTS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+UseTransparentHugePages -Xlog:pagesize=error"
# Parent of the per-run temp dirs (data dirs, upload stores): put it on the disk you want to measure.
BENCH_TMP="${BENCH_TMP:-${TMPDIR:-/tmp}}"
mkdir -p "$CACHE_DIR"

RUN_DIR="$(mktemp -d "$BENCH_TMP/api-emulator-bench.XXXXXX")"
STARTED_PIDS=()

# stop_pid PID: SIGTERM, then SIGKILL after 30 s; returns once the process is gone (its port is free again).
stop_pid() {
  local pid="$1" i
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local kept=() p
  for p in "${STARTED_PIDS[@]:-}"; do [[ "$p" != "$pid" ]] && kept+=("$p"); done
  STARTED_PIDS=("${kept[@]:-}")
}

cleanup() {
  local pid
  for pid in "${STARTED_PIDS[@]:-}"; do
    [[ -n "$pid" ]] && stop_pid "$pid"
  done
  if [[ -z "${BENCH_KEEP:-}" ]]; then rm -rf "$RUN_DIR"; else log "kept $RUN_DIR"; fi
}
trap cleanup EXIT

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "'$tool' is missing (Debian: apt-get install -y wrk curl jq nodejs npm openjdk-17-jdk)"
  done
}

now_ns() { date +%s%N; }

# First free TCP port on 127.0.0.1 at or above $1.
free_port() {
  local port="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# The packaged server jar: $JAR, else target/api-emulator-*.jar, built once if absent (BUILD=1 forces a rebuild).
server_jar() {
  if [[ -n "${JAR:-}" ]]; then
    [[ -f "$JAR" ]] || die "JAR=$JAR does not exist"
    echo "$JAR"; return
  fi
  local jar
  jar="$(ls "$REPO_DIR"/target/api-emulator-*.jar 2>/dev/null | grep -v -e '-plain\.jar$' -e 'sources' -e '-testcontainers\.jar$' | head -n1 || true)"
  if [[ -z "$jar" || -n "${BUILD:-}" ]]; then
    log "building the server jar (./mvnw package -DskipTests)"
    (cd "$REPO_DIR" && ./mvnw -B -q -ntp package -DskipTests) >&2
    jar="$(ls "$REPO_DIR"/target/api-emulator-*.jar | grep -v -e '-plain\.jar$' -e 'sources' -e '-testcontainers\.jar$' | head -n1)"
  fi
  echo "$jar"
}

# The WireMock standalone jar, fetched once from Maven Central into bench/.cache through the Maven wrapper.
wiremock_jar() {
  local jar="$CACHE_DIR/wiremock-standalone-$WIREMOCK_VERSION.jar"
  if [[ ! -f "$jar" ]]; then
    log "fetching org.wiremock:wiremock-standalone:$WIREMOCK_VERSION"
    (cd "$REPO_DIR" && ./mvnw -B -q -ntp dependency:copy \
      -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$CACHE_DIR") >&2
  fi
  echo "$jar"
}

# The reference apps the start-up is compared with, each in bench/NAME, built the same way as this server (same
# Boot version, Spring AOT): floor (Spring Boot webmvc with one @RestController) and stack-floor (this server's
# starters on Boot's defaults, with one entity, one repository and one @RestController).
REFERENCE_APPS=(floor stack-floor)
declare -A APP_JARS=() APP_FAST_JARS=() APP_FAST_OPTS=()

# reference_apps: the jar of each reference app into APP_JARS, built once through the Maven wrapper (BUILD=1 rebuilds).
reference_apps() {
  local name jar
  for name in "${REFERENCE_APPS[@]}"; do
    jar="$BENCH_DIR/$name/target/$name-1.jar"
    if [[ ! -f "$jar" || -n "${BUILD:-}" ]]; then
      log "building the $name app (bench/$name)"
      (cd "$REPO_DIR" && ./mvnw -B -q -ntp -f "bench/$name/pom.xml" package) >&2
    fi
    APP_JARS[$name]="$jar"
  done
}

# Processes are started in this shell (never in $(...)) so that LAST_PID can be waited for and cleaned up;
# LAST_START_NS is taken right before the launch, for start-up timings.
launched() { LAST_PID=$!; STARTED_PIDS+=("$LAST_PID"); }

# start_server PORT DATA_DIR LOGFILE: this server with its own data dir, so runs never share state.
start_server() {
  local port="$1" data="$2" logfile="$3"
  mkdir -p "$data"
  LAST_START_NS="$(now_ns)"
  # shellcheck disable=SC2086
  EMULATOR_DATA_DIR="$data" "$JAVA" $JAVA_OPTS ${OURS_FAST_OPTS:-} -jar "${OURS_FAST_JAR:-$SERVER_JAR}" \
    --server.port="$port" --server.address=127.0.0.1 >"$logfile" 2>&1 &
  launched
}

# start_wiremock PORT ROOT_DIR LOGFILE [extra args]: ROOT_DIR/mappings holds the stubs.
start_wiremock() {
  local port="$1" root="$2" logfile="$3"; shift 3
  LAST_START_NS="$(now_ns)"
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS ${WM_FAST_OPTS:-} -jar "$WIREMOCK_JAR" --port "$port" --bind-address 127.0.0.1 --root-dir "$root" \
    --disable-banner ${WIREMOCK_OPTS:-} "$@" >"$logfile" 2>&1 &
  launched
}

# start_app NAME PORT LOGFILE: a reference app (APP_JARS) with the same JVM options as this server.
start_app() {
  local name="$1" port="$2" logfile="$3"
  LAST_START_NS="$(now_ns)"
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS ${APP_FAST_OPTS[$name]:-} -jar "${APP_FAST_JARS[$name]:-${APP_JARS[$name]}}" \
    --server.port="$port" --server.address=127.0.0.1 >"$logfile" 2>&1 &
  launched
}

# java_feature -> the feature release of $JAVA (17, 21, 25, ...)
java_feature() { "$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }'; }

# fast_start WIREMOCK_ROOT: with FAST=1, prepares the fast start of this server, WireMock and the reference apps in
# APP_JARS, each from a training run of its own (start, answer a request, SIGTERM; this server's is
# scripts/training-run.sh, with a token request, a create and a list per API too): a class cache of what it loaded
# (an AOT cache on Java 25+, JEP 483/514/515; a CDS archive before), and for all but WireMock also the extracted jar
# and Spring AOT's build-time bean definitions, as scripts/run-fast.sh and the Docker image run it.
# Sets OURS_FAST_*, APP_FAST_* and WM_FAST_OPTS.
fast_start() {
  [[ -n "$FAST" ]] || return 0
  local root="$1" dir="$RUN_DIR/fast" port train use ext name
  if (( $(java_feature) >= 25 )); then train=-XX:AOTCacheOutput=; use=-XX:AOTCache=; ext=aot
  else train=-XX:ArchiveClassesAtExit=; use=-XX:SharedArchiveFile=; ext=jsa; fi
  mkdir -p "$dir"
  "$JAVA" -Djarmode=tools -jar "$SERVER_JAR" extract --destination "$dir/ours" >/dev/null
  OURS_FAST_JAR="$dir/ours/$(basename "$SERVER_JAR")"
  WM_FAST_OPTS="${train}$dir/wiremock.$ext"
  log "training runs for the class caches ($ext)"
  # this server's is the one scripts/run-fast.sh and the Docker image run
  # shellcheck disable=SC2086
  JAVA="$JAVA" "$REPO_DIR/scripts/training-run.sh" "$OURS_FAST_JAR" "$RUN_DIR/training-ours.log" $JAVA_OPTS \
    "${train}$dir/ours.$ext" -Dspring.aot.enabled=true || die "this server's training run failed (see $RUN_DIR)"
  port="$(free_port 18080)"
  start_wiremock "$port" "$root" "$RUN_DIR/training-wiremock.log"
  wait_ok "http://127.0.0.1:$port/v1/health" "$LAST_PID" "${START_TIMEOUT:-180}"
  stop_pid "$LAST_PID"
  [[ -f "$dir/ours.$ext" && -f "$dir/wiremock.$ext" ]] || die "a training run wrote no class cache (see $RUN_DIR)"
  OURS_FAST_OPTS="${use}$dir/ours.$ext -Dspring.aot.enabled=true"
  WM_FAST_OPTS="${use}$dir/wiremock.$ext"
  for name in "${!APP_JARS[@]}"; do
    "$JAVA" -Djarmode=tools -jar "${APP_JARS[$name]}" extract --destination "$dir/$name" >/dev/null
    APP_FAST_JARS[$name]="$dir/$name/$(basename "${APP_JARS[$name]}")"
    APP_FAST_OPTS[$name]="${train}$dir/$name.$ext -Dspring.aot.enabled=true"
    port="$(free_port 18080)"
    start_app "$name" "$port" "$RUN_DIR/training-$name.log"
    wait_ok "http://127.0.0.1:$port/v1/health" "$LAST_PID" "${START_TIMEOUT:-180}"
    stop_pid "$LAST_PID"
    [[ -f "$dir/$name.$ext" ]] || die "the $name app's training run wrote no class cache (see $RUN_DIR)"
    APP_FAST_OPTS[$name]="${use}$dir/$name.$ext -Dspring.aot.enabled=true"
  done
}

# wait_ok URL PID [timeout_s]: poll until URL answers 2xx; dies if PID exits or the time runs out.
wait_ok() {
  local url="$1" pid="$2" deadline=$(( $(date +%s) + ${3:-120} ))
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || die "process $pid exited before $url answered"
    (( $(date +%s) < deadline )) || die "$url did not answer within ${3:-120}s"
    sleep 0.02
  done
}

# CPU time (user + system, all threads) a process has used so far, in ms: less disturbed than wall time when the
# machine is shared, so a slow start on a busy host shows as the same CPU time, a heavier start as more.
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / tick }' "/proc/$1/stat"; }

# Resident memory of a process, in MiB: rss_mib PID VmRSS|VmHWM
rss_mib() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# An OAuth2 client-credentials token for the demo client from this server at BASE. Retried for up to 30 s, with a
# warning: the demo clients are seeded by an ApplicationRunner, i.e. after the port (and /v1/health) already answer.
onna_token() {
  local body i
  for i in $(seq 150); do
    if body="$(curl -fsS -X POST "$1/v1/oauth/token" -H 'Content-Type: application/x-www-form-urlencoded' \
      --data-urlencode grant_type=client_credentials --data-urlencode client_id=demo-client \
      --data-urlencode client_secret=demo-secret 2>/dev/null)"; then
      (( i > 1 )) && log "WARNING: the token endpoint refused the demo client $((i - 1)) time(s) after /v1/health answered"
      jq -er .access_token <<<"$body"; return
    fi
    sleep 0.2
  done
  die "no token from $1/v1/oauth/token"
}

# create_workspace BASE TOKEN NAME -> onna_id
create_workspace() {
  curl -fsS -X POST "$1/v1/workspaces" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$3\",\"description\":\"bench workspace\",\"tags\":[\"bench\",\"api-emulator\"]}" | jq -er .onna_id
}

# Median of the numbers given as arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ratio A B -> A/B with 2 decimals ("n/a" when B is 0 or empty).
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b + 0 == 0) print "n/a"; else printf "%.2f\n", a / b }'; }

# verdict RATIO GOAL_OP GOAL -> PASS/FAIL, e.g. verdict 0.9 '<=' 1.0
verdict() {
  awk -v r="$1" -v op="$2" -v g="$3" 'BEGIN {
    if (r == "n/a") { print "n/a"; exit }
    ok = (op == "<=") ? (r + 0 <= g + 0) : (r + 0 >= g + 0)
    print ok ? "PASS" : "FAIL" }'
}

# The header every script prints first, so a pasted result says where it came from.
print_header() {
  local commit
  commit="$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "== $1"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  commit: $commit  machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m) $(awk -F: '/model name/ { gsub(/^ +/, "", $2); print $2; exit }' /proc/cpuinfo)"
  echo "java: $("$JAVA" -version 2>&1 | head -n1)  JAVA_OPTS='${JAVA_OPTS}'  fast start: ${FAST:-no}  jar: ${SERVER_JAR:-n/a}"
}

# run_wrk LABEL SCRIPT URL [wrk args...]: a warm-up run (WARMUP, not reported; 0 = none) then the measured run
# (THREADS, CONNECTIONS, DURATION); prints the RESULT line's key=value pairs. Full output in $RUN_DIR/wrk-LABEL.txt.
run_wrk() {
  local label="$1" script="$2" url="$3"; shift 3
  export BENCH_WRK_DIR="$BENCH_DIR/wrk"
  if [[ "${WARMUP:-5s}" != 0 ]]; then
    wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-32}" -d"${WARMUP:-5s}" -s "$script" "$@" "$url" >/dev/null
  fi
  wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-32}" -d"${DURATION:-15s}" --timeout 10s -s "$script" "$@" "$url" \
    >"$RUN_DIR/wrk-$label.txt"
  local result
  result="$(sed -n 's/^RESULT //p' "$RUN_DIR/wrk-$label.txt")"
  [[ -n "$result" ]] || die "wrk printed no RESULT for $label: $(cat "$RUN_DIR/wrk-$label.txt")"
  log "$label: $result"
  echo "$result"
}

# field "k1=v1 k2=v2" k2 -> v2
field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2 }'; }
