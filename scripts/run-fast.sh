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
# the training run (scripts/training-run.sh) also answers a health check, a token request, and a create and a list
# in each API family before it stops, so the cache holds what serving requests loads, not only what the start-up does
if [ ! -f "$CACHE" ] || [ "$APP" -nt "$CACHE" ]; then
  JAVA="$JAVA" scripts/training-run.sh "$APP" "$FAST_DIR/training.log" "${TRAIN[@]}" "${JVM_OPTS[@]}"
  [ -f "$CACHE" ] || { echo "the training run wrote no class cache, see $FAST_DIR/training.log" >&2; exit 1; }
fi

exec "$JAVA" "${USE[@]}" "${JVM_OPTS[@]}" -jar "$APP" "$@"
