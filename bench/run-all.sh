#!/usr/bin/env bash
# Runs every benchmark in turn (each starts and stops its own servers) and keeps the whole output in
# bench/results/<UTC time>.txt. Settings pass through the environment (JAR, JAVA_OPTS, RUNS, DURATION, SIZE, ...).
# A benchmark that fails is reported and the next one still runs; the exit code counts the failures.
# Usage: bench/run-all.sh            quick check: SMOKE=1 bench/run-all.sh (tiny sizes; figures meaningless)
set -uo pipefail
cd "$(dirname "$0")"
mkdir -p results
out="results/$(date -u +%Y%m%dT%H%MZ).txt"

if [[ -n "${SMOKE:-}" ]]; then
  export RUNS=1 DURATION=3s WARMUP=1s COUNT=1000 PAGE=10 SIZE=32MiB SIZE2=16MiB RESETS=10 WARMUP_RESETS=5
fi

# Build once up front so no benchmark's first run includes a compile.
if [[ -z "${JAR:-}" ]] && ! ls ../target/api-emulator-*.jar >/dev/null 2>&1; then
  (cd .. && ./mvnw -B -q -ntp package -DskipTests) || { echo "build failed"; exit 1; }
fi

failed=()
for bench in startup-vs-wiremock throughput pagination tus reset; do
  echo "### $bench" | tee -a "$out"
  if ! ./"$bench".sh | tee -a "$out"; then failed+=("$bench"); fi
  echo | tee -a "$out"
done
echo "results: bench/$out"
if (( ${#failed[@]} )); then echo "FAILED: ${failed[*]}"; exit "${#failed[@]}"; fi
