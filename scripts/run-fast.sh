#!/usr/bin/env bash
# Runs the packaged server with the start-up settings that measured fastest (bench/startup.sh), as the Docker
# image does: the extracted jar, Spring AOT's build-time bean definitions, a class cache from a training run
# (made once, then reused), C1 only, the serial GC and transparent huge pages for the heap (where the kernel offers
# them on request: a fresh heap's page faults are a tenth of the start-up on a 2-core VM; where the kernel has them
# off, the JVM runs without them and its two warnings about it are not printed).
#   scripts/run-fast.sh [--server.port=9090 ...]      (build first: ./mvnw -B -ntp package -DskipTests)
# The Java is $JAVA_HOME/bin/java, else java on the PATH. Java 25 and later get an AOT cache (JEP 483/514/515:
# classes loaded and linked ahead of time, with method profiles); older ones a CDS archive.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=$(ls target/api-emulator-*.jar | grep -v -e '-tests' -e '-testcontainers' | head -n 1)
FAST_DIR=target/fast
APP="$FAST_DIR/$(basename "$JAR")"
JVM_OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+UseTransparentHugePages -Xlog:pagesize=error
  -Dspring.aot.enabled=true)

feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if (( feature >= 25 )); then
  CACHE="$FAST_DIR/app-java$feature.aot"; TRAIN=(-XX:AOTCacheOutput="$CACHE"); USE=(-XX:AOTCache="$CACHE")
else
  CACHE="$FAST_DIR/app-java$feature.jsa"; TRAIN=(-XX:ArchiveClassesAtExit="$CACHE"); USE=(-XX:SharedArchiveFile="$CACHE" -Xshare:auto)
fi

# (re)extract whenever the jar is newer than the extracted copy; (re)train whenever the copy is newer than the cache
if [ ! -f "$APP" ] || [ "$JAR" -nt "$APP" ]; then
  rm -rf "$FAST_DIR"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$FAST_DIR" >/dev/null
fi
# The training run answers a health check and a token request before it stops, so the classes (and, on Java 25,
# the method profiles) of serving a request are in the cache too, not only those of the start-up.
if [ ! -f "$CACHE" ] || [ "$APP" -nt "$CACHE" ]; then
  TRAINING=$(mktemp -d)
  "$JAVA" "${TRAIN[@]}" "${JVM_OPTS[@]}" -Demulator.data-dir="$TRAINING" -jar "$APP" --server.port=0 \
    --server.address=127.0.0.1 >"$FAST_DIR/training.log" 2>&1 &
  pid=$!
  url=
  for _ in $(seq 1200); do
    url=$(sed -n 's/.*api-emulator ready at \(http:[^ ]*\).*/\1/p' "$FAST_DIR/training.log")
    [ -n "$url" ] || ! kill -0 "$pid" 2>/dev/null && break
    sleep 0.1
  done
  [ -n "$url" ] || { echo "training run failed, see $FAST_DIR/training.log" >&2; kill "$pid" 2>/dev/null; exit 1; }
  curl -fsS -o /dev/null "$url/v1/health" || true
  curl -fsS -o /dev/null "$url/v1/oauth/token" -d grant_type=client_credentials -d client_id=demo-client \
    -d client_secret=demo-secret || true
  kill -TERM "$pid"; wait "$pid" || true
  rm -rf "$TRAINING"
  [ -f "$CACHE" ] || { echo "the training run wrote no class cache, see $FAST_DIR/training.log" >&2; exit 1; }
fi

exec "$JAVA" "${USE[@]}" "${JVM_OPTS[@]}" -jar "$APP" "$@"
