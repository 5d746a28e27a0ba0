#!/usr/bin/env bash
# CI's Docker part, run by .ci/run after `./mvnw verify` has made target/api-emulator-<version>.jar:
#   1. a Docker engine: uses one that answers, else installs Debian's docker.io and starts dockerd (stopped on exit);
#   2. the base images from Debian's packages (docker/base-images.sh), reused when made from the same inputs;
#   3. the app image api-emulator:ci from the host's jar (APP_JAR build argument: no Maven run inside);
#   4. the Testcontainers module's tests against that image (./mvnw -f docker/testcontainers/pom.xml verify);
#   5. docker/smoke-test.sh against it, with a throwaway PostgreSQL for the two-replica part.
# Prints how long each step took. No registry is needed: none is reached from CI's machines.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=${IMAGE:-api-emulator:ci}
JDK_IMAGE=api-emulator-base:25-jdk
JRE_IMAGE=api-emulator-base:25-jre
JAR=$(ls target/api-emulator-*.jar 2>/dev/null | grep -v -e '-tests' -e '-testcontainers' | head -n 1 || true)
[ -n "$JAR" ] || { echo "ci-docker: no target/api-emulator-*.jar: run ./mvnw package (or verify) first" >&2; exit 1; }
LOG_DIR=$(mktemp -d -t ci-docker.XXXXXX)
DOCKERD_PID=

cleanup() {
  if [ -n "$DOCKERD_PID" ]; then
    kill "$DOCKERD_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$DOCKERD_PID" 2>/dev/null || break; sleep 0.2; done
    echo "ci-docker: stopped the dockerd it started"
  fi
  rm -rf "$LOG_DIR"
}
trap cleanup EXIT

STEP_START=$(date +%s)
TOTAL_START=$STEP_START
step_done() { local now; now=$(date +%s); echo "ci-docker: $1 took $((now - STEP_START)) s"; STEP_START=$now; }

# --- 1. engine
if ! timeout 10 docker info >/dev/null 2>&1; then
  missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "ci-docker: installing ${missing[*]}"
    apt-get -o Acquire::Retries=5 -o DPkg::Lock::Timeout=900 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=5 -o DPkg::Lock::Timeout=900 install -y -qq "${missing[@]}" >/dev/null
  fi
  dockerd >"$LOG_DIR/dockerd.log" 2>&1 &
  DOCKERD_PID=$!
  for _ in $(seq 120); do timeout 5 docker info >/dev/null 2>&1 && break; sleep 0.5; done
  timeout 10 docker info >/dev/null 2>&1 || { tail -n 30 "$LOG_DIR/dockerd.log" >&2; echo "ci-docker: dockerd did not start" >&2; exit 1; }
fi
command -v mmdebstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=5 -o DPkg::Lock::Timeout=900 install -y -qq mmdebstrap >/dev/null
echo "ci-docker: Docker engine $(docker version -f '{{.Server.Version}}')"
step_done "engine"

# --- 2. base images, keyed by what they are made from
# (any of these may be missing: a machine without extra CA certificates, say)
key=$( { cat docker/base-images.sh /usr/lib/jvm/temurin-25-jdk*/release /etc/apt/sources.list.d/*.sources \
  /usr/local/share/ca-certificates/*.crt 2>/dev/null || true; } | sha256sum | cut -c1-16)
if [ "$(docker image inspect -f '{{index .Config.Labels "api-emulator.base-key"}}' "$JDK_IMAGE" 2>/dev/null)" = "$key" ] \
  && [ "$(docker image inspect -f '{{index .Config.Labels "api-emulator.base-key"}}' "$JRE_IMAGE" 2>/dev/null)" = "$key" ]; then
  echo "ci-docker: base images $JDK_IMAGE and $JRE_IMAGE reused (made from the same inputs, key $key)"
else
  BASE_LABEL="api-emulator.base-key=$key" JDK_IMAGE=$JDK_IMAGE JRE_IMAGE=$JRE_IMAGE docker/base-images.sh
fi
step_done "base images"

# --- 3. app image from the host's jar
docker build -q --network host -f docker/Dockerfile -t "$IMAGE" --build-arg JDK_IMAGE="$JDK_IMAGE" \
  --build-arg JRE_IMAGE="$JRE_IMAGE" --build-arg APP_JAR="$JAR" . >"$LOG_DIR/build.log" 2>&1 \
  || { tail -n 40 "$LOG_DIR/build.log" >&2; echo "ci-docker: image build failed" >&2; exit 1; }
echo "ci-docker: $IMAGE built from $JAR, $(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%d MB", $1 / 1000000}')"
step_done "app image"

# --- 4. Testcontainers module (this machine looks like a container to Testcontainers, and reaches no registry
#        for Ryuk or its start-up checks' image)
TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true TESTCONTAINERS_HOST_OVERRIDE=localhost \
  ./mvnw -B -ntp -f docker/testcontainers/pom.xml verify -Dapi-emulator.image="$IMAGE"
step_done "Testcontainers module"

# --- 5. container smoke test
scripts/with-postgres.sh docker/smoke-test.sh "$IMAGE"
step_done "smoke test"
echo "ci-docker: Docker part took $(($(date +%s) - TOTAL_START)) s"
