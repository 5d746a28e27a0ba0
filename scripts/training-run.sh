#!/usr/bin/env bash
# The training run behind the fast start's class cache (scripts/run-fast.sh, docker/Dockerfile, the benches): starts
# the server with the recording options given, on its default configuration (EMULATOR_* and SPRING_* variables are
# left out), and answers a health check, a token request, and a create and a list in each API family, so the classes
# (and on Java 25 the method profiles) of serving requests are in the cache too: the first query alone loads
# Hibernate's HQL parser (730 classes), the first JSON body Jackson's deserializers. Then it stops the server with
# SIGTERM, when the JVM writes the cache. Needs bash only (no curl: it also runs in the JRE image); the Java is
# $JAVA, else java on the PATH.
#   scripts/training-run.sh APP_JAR LOG_FILE JVM_OPTION... (e.g. -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true)
set -euo pipefail
APP=$1 LOG=$2
shift 2
JAVA=${JAVA:-java}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

unset $(compgen -e | grep -e '^EMULATOR_' -e '^SPRING_' || true)
"$JAVA" "$@" -Demulator.data-dir="$DATA" -jar "$APP" --server.port=0 --server.address=127.0.0.1 >"$LOG" 2>&1 &
pid=$!
port=
for _ in $(seq 1200); do
  port=$(sed -n 's/.*api-emulator ready at http:[^ ]*:\([0-9]*\).*/\1/p' "$LOG")
  [ -n "$port" ] || ! kill -0 "$pid" 2>/dev/null && break
  sleep 0.1
done
[ -n "$port" ] || { echo "training run: the server did not start, see $LOG" >&2; kill "$pid" 2>/dev/null; exit 1; }

# request METHOD PATH [HEADER_LINES [BODY]]: the status code into STATUS, the response into RESPONSE; a BODY
# starting with { goes as JSON, any other as a form
request() {
  local head="$1 $2 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${3:-}" body=${4:-}
  local type=application/x-www-form-urlencoded
  [ "${body:0:1}" != "{" ] || type=application/json
  [ -z "$body" ] || head+="Content-Type: $type\r\nContent-Length: ${#body}\r\n"
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf "${head}\r\n%s" "$body" >&3
  read -r _ STATUS _ <&3
  STATUS=${STATUS%$'\r'}
  RESPONSE=$(cat <&3)
  exec 3<&-
}

# the demo credentials and ids of the default configuration (application.yml)
statuses=
request GET /v1/health; statuses+=" $STATUS"
request POST /v1/oauth/token '' 'grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret'
statuses+=" $STATUS"
token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$RESPONSE")
onna="Authorization: Bearer $token\r\n"
nuon='Authorization: Bearer nuon-demo-token\r\nX-Nuon-Org-ID: orgdemo0000000000000000000\r\n'
mecha='Authorization: Bearer mm-demo-token\r\n'
mecha_releases=/v1/orgs/demo-org/workspaces/demo-ws/apps/demo-app/releases
request POST /v1/workspaces "$onna" '{"name":"training"}'; statuses+=" $STATUS"
request GET /v1/workspaces "$onna"; statuses+=" $STATUS"
request POST /v1/components/cmpdemo0000000000000000000/builds "$nuon" '{"git_ref":"main"}'; statuses+=" $STATUS"
request GET /v1/components/cmpdemo0000000000000000000/releases "$nuon"; statuses+=" $STATUS"
request POST "$mecha_releases" "$mecha" '{"release_tag":"training"}'; statuses+=" $STATUS"
request GET "$mecha_releases" "$mecha"; statuses+=" $STATUS"
kill -TERM "$pid"
wait "$pid" || true
[ "$statuses" = " 200 200 201 200 201 200 201 200" ] ||
  { echo "training run: answered$statuses (want 200 200 201 200 201 200 201 200), see $LOG" >&2; exit 1; }
