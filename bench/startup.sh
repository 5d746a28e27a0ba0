#!/usr/bin/env bash
# Start-up time and memory of the packaged server, per JVM/Spring option set:
#   bench/startup.sh [runs]        (default 5; build first: ./mvnw -B -ntp package -DskipTests)
#   JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup.sh    (adds the Java 25 AOT cache variant)
# For each variant: median wall time from `java` to the first 200 from GET /v1/health, and the median RSS
# of the process at that moment (/proc/<pid>/status VmRSS). Variants run interleaved, so a busy machine
# slows them alike: compare the ratios, not the absolute numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAR=$(ls target/api-emulator-*.jar | grep -v -e '-tests' -e '-testcontainers' | head -n 1)
WORK=$(mktemp -d -t emulator-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# extracted layout + class caches from training runs (scripts/training-run.sh), as scripts/run-fast.sh makes them
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP="$WORK/app/$(basename "$JAR")"
FAST="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
train() { # archive-option java-options... : one training run
  scripts/training-run.sh "$APP" "$WORK/training.log" "$@"
}
# the packaged jar starts on Spring AOT's bean definitions unless told otherwise; variants 0 and 2-6 are without
NO_AOT=-Dspring.aot.enabled=false
train -XX:ArchiveClassesAtExit="$WORK/app.jsa" $FAST $NO_AOT
train -XX:ArchiveClassesAtExit="$WORK/app-c2.jsa" $NO_AOT
train -XX:ArchiveClassesAtExit="$WORK/app-aot.jsa" $FAST -Dspring.aot.enabled=true

declare -A VARIANTS=(
  [0-plain-jar-no-spring-aot]="java $NO_AOT -jar $JAR"
  [1-plain-jar]="java -jar $JAR"
  [2-lazy-init]="java $NO_AOT -Dspring.main.lazy-initialization=true -jar $JAR"
  [3-c1-only]="java $NO_AOT -XX:TieredStopAtLevel=1 -jar $JAR"
  [4-extracted-cds]="java $NO_AOT -XX:SharedArchiveFile=$WORK/app-c2.jsa -jar $APP"
  [5-extracted-cds-c1-serialgc]="java $NO_AOT -XX:SharedArchiveFile=$WORK/app.jsa $FAST -jar $APP"
  [6-extracted-cds-c1-serialgc-lazy]="java $NO_AOT -XX:SharedArchiveFile=$WORK/app.jsa $FAST -Dspring.main.lazy-initialization=true -jar $APP"
  [7-extracted-cds-c1-serialgc-spring-aot]="java -XX:SharedArchiveFile=$WORK/app-aot.jsa $FAST -Dspring.aot.enabled=true -jar $APP"
)
# JAVA25=/path/to/java (Java 25 or later): also the AOT cache, as the Docker image runs it
if [ -n "${JAVA25:-}" ]; then
  JAVA="$JAVA25" train -XX:AOTCacheOutput="$WORK/app.aot" $FAST -Dspring.aot.enabled=true
  VARIANTS[8-java25-aot-cache-c1-serialgc-spring-aot]="$JAVA25 -XX:AOTCache=$WORK/app.aot $FAST -Dspring.aot.enabled=true -jar $APP"
fi

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

healthy() {
  exec 3<>"/dev/tcp/127.0.0.1/$1" 2>/dev/null || return 1
  printf 'GET /v1/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  head -n 1 <&3 | grep -q ' 200 '
}

one_run() { # variant command -> "millis rss_kib"
  local port start pid now rss
  port=$(free_port)
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  $1 --server.port="$port" --emulator.data-dir="$WORK/data" >"$WORK/run.log" 2>&1 &
  pid=$!
  until healthy "$port" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "start failed, see log:" >&2; tail -n 20 "$WORK/run.log" >&2; exit 1; }
    sleep 0.02
  done
  now=$(date +%s%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(((now - start) / 1000000)) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

NAMES=$(printf '%s\n' "${!VARIANTS[@]}" | sort)
for name in $NAMES; do : >"$WORK/$name.times"; : >"$WORK/$name.rss"; done
for run in $(seq 1 "$RUNS"); do
  for name in $NAMES; do
    read -r millis rss < <(one_run "${VARIANTS[$name]}")
    echo "$millis" >>"$WORK/$name.times"; echo "$rss" >>"$WORK/$name.rss"
    echo "run $run $name: ${millis} ms, RSS $((rss / 1024)) MiB" >&2
  done
done

BASE=$(median <"$WORK/1-plain-jar.times")
printf '\n%-44s %10s %8s %9s\n' variant "median ms" "vs plain" "RSS MiB"
for name in $NAMES; do
  t=$(median <"$WORK/$name.times"); r=$(median <"$WORK/$name.rss")
  printf '%-44s %10d %8s %9d\n' "$name" "$t" "$(awk -v t="$t" -v b="$BASE" 'BEGIN {printf "%.2f", t / b}')" "$((r / 1024))"
done
echo "(nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg), $RUNS runs each)"
