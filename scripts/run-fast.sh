#!/usr/bin/env bash
# Runs the packaged server with the start-up settings that measured fastest (bench/startup.sh), as the Docker
# image does: the extracted jar, Spring AOT's build-time bean definitions, a class cache from a training run
# (made once, then reused), C1 only and the serial GC.
#   scripts/run-fast.sh [--server.port=9090 ...]      (build first: ./mvnw -B -ntp package -DskipTests)
# The Java is $JAVA_HOME/bin/java, else java on the PATH. Java 25 and later get an AOT cache (JEP 483/514/515:
# classes loaded and linked ahead of time, with method profiles); older ones a CDS archive.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=$(ls target/api-emulator-*.jar | grep -v -e '-tests' -e '-testcontainers' | head -n 1)
FAST_DIR=target/fast
APP="$FAST_DIR/$(basename "$JAR")"
JVM_OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dspring.aot.enabled=true)

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
if [ ! -f "$CACHE" ] || [ "$APP" -nt "$CACHE" ]; then
  TRAINING=$(mktemp -d)
  "$JAVA" "${TRAIN[@]}" -Dspring.context.exit=onRefresh "${JVM_OPTS[@]}" -Demulator.data-dir="$TRAINING" \
    -jar "$APP" >"$FAST_DIR/training.log" 2>&1
  rm -rf "$TRAINING"
fi

exec "$JAVA" "${USE[@]}" "${JVM_OPTS[@]}" -jar "$APP" "$@"
