#!/usr/bin/env bash
# Runs the packaged server with the start-up settings that measured fastest (bench/startup.sh), the same
# as the Docker image: extracted jar, a CDS archive from a training run (made once, then reused), C1 only.
#   scripts/run-fast.sh [--server.port=9090 ...]      (build first: ./mvnw -B -ntp package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(ls target/api-emulator-*.jar | grep -v -e '-tests' -e '-testcontainers' | head -n 1)
FAST_DIR=target/fast
APP="$FAST_DIR/$(basename "$JAR")"
JVM_OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# (re)build the extracted layout and the class archive whenever the jar is newer than them
if [ ! -f "$FAST_DIR/app.jsa" ] || [ "$JAR" -nt "$FAST_DIR/app.jsa" ]; then
  rm -rf "$FAST_DIR"
  java -Djarmode=tools -jar "$JAR" extract --destination "$FAST_DIR" >/dev/null
  TRAINING=$(mktemp -d)
  java -XX:ArchiveClassesAtExit="$FAST_DIR/app.jsa" -Dspring.context.exit=onRefresh "${JVM_OPTS[@]}" \
    -Demulator.data-dir="$TRAINING" -jar "$APP" >"$FAST_DIR/training.log" 2>&1
  rm -rf "$TRAINING"
fi

exec java -XX:SharedArchiveFile="$FAST_DIR/app.jsa" -Xshare:auto "${JVM_OPTS[@]}" -jar "$APP" "$@"
