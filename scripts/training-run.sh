#!/usr/bin/env bash
# The training run behind the fast start's class cache (scripts/run-fast.sh, docker/Dockerfile): starts the server
# with the recording options given, answers a health check and a token request, so the classes (and on Java 25 the
# method profiles) of serving a request are in the cache too, then stops it with SIGTERM, when the JVM writes the
# cache. Needs bash only (no curl: it also runs in the JRE image); the Java is $JAVA, else java on the PATH.
#   scripts/training-run.sh APP_JAR LOG_FILE JVM_OPTION... (e.g. -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true)
set -euo pipefail
APP=$1 LOG=$2
shift 2
JAVA=${JAVA:-java}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

"$JAVA" "$@" -Demulator.data-dir="$DATA" -jar "$APP" --server.port=0 --server.address=127.0.0.1 >"$LOG" 2>&1 &
pid=$!
port=
for _ in $(seq 1200); do
  port=$(sed -n 's/.*api-emulator ready at http:[^ ]*:\([0-9]*\).*/\1/p' "$LOG")
  [ -n "$port" ] || ! kill -0 "$pid" 2>/dev/null && break
  sleep 0.1
done
[ -n "$port" ] || { echo "training run: the server did not start, see $LOG" >&2; kill "$pid" 2>/dev/null; exit 1; }

# request METHOD PATH [FORM_BODY] -> the response's status code
request() {
  local head="$1 $2 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" status
  [ -z "${3:-}" ] || head+="Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${#3}\r\n"
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf "${head}\r\n%s" "${3:-}" >&3
  read -r _ status _ <&3
  exec 3<&-
  echo "$status"
}

health=$(request GET /v1/health)
token=$(request POST /v1/oauth/token 'grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret')
kill -TERM "$pid"
wait "$pid" || true
[ "$health $token" = "200 200" ] || { echo "training run: health $health, token $token (want 200 200), see $LOG" >&2; exit 1; }
