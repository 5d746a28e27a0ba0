#!/usr/bin/env bash
# Where start-up time goes, by Spring's own startup steps (BufferingApplicationStartup): prints the steps with the
# most time of their own, in the fast way (FAST=1: extracted jar, Spring AOT, a class cache from a training run) or
# as a plain run. Usage: [FAST=1] [JAVA=...] [TOP=25] bench/startup-profile.sh [extra --property=value ...]
# One run is noisy; run it twice and read the second, on a quiet machine.
source "$(dirname "$0")/lib.sh"
SERVER_JAR="$(server_jar)"
dir="$RUN_DIR/profile"
mkdir -p "$dir/classes"
"$JAVA" -Djarmode=tools -jar "$SERVER_JAR" extract --destination "$dir/app" >/dev/null
APP="$dir/app/$(basename "$SERVER_JAR")"
javac -d "$dir/classes" -cp "$APP:$(ls "$dir"/app/lib/*.jar | tr '\n' ':')" "$BENCH_DIR/profile/StartupSteps.java"
(cd "$dir/classes" && jar cf "$dir/steps.jar" .)
CP="$dir/steps.jar:$APP"
ARGS=(--server.port=0 --server.address=127.0.0.1 --logging.level.root=warn "$@")
OPTS=(-Dtop="${TOP:-25}")
if [[ -n "$FAST" ]]; then
  if (( $(java_feature) >= 25 )); then train=-XX:AOTCacheOutput=; use=-XX:AOTCache=; else
    train=-XX:ArchiveClassesAtExit=; use=-XX:SharedArchiveFile=; fi
  OPTS+=(-Dspring.aot.enabled=true)
  # shellcheck disable=SC2086
  "$JAVA" ${train}"$dir/cache" $JAVA_OPTS "${OPTS[@]}" -Demulator.data-dir="$dir/train" -cp "$CP" StartupSteps \
    "${ARGS[@]}" >"$dir/training.log" 2>&1 || die "training run failed: $(tail -5 "$dir/training.log")"
  OPTS+=("${use}$dir/cache")
fi
print_header "startup-profile (Spring startup steps, by own time)"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS "${OPTS[@]}" -Demulator.data-dir="$dir/data" -cp "$CP" StartupSteps "${ARGS[@]}" 2>&1 \
  | grep -v '^\[' | sed -n '/^main() to started/,$p'
