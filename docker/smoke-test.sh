#!/usr/bin/env bash
# Smoke test of a built image, as a user runs it:   docker/smoke-test.sh [image]   (default api-emulator:ci)
# 1. one container, port published on 127.0.0.1: HEALTHCHECK healthy, non-root, /data a volume, a token,
#    a workspace round trip and a TUS upload (creation, two PATCHes, HEAD) through the mapped port;
# 2. with EMULATOR_DB_URL/_USER/_PASSWORD set (scripts/with-postgres.sh sets them): the postgres profile, two
#    replicas on that one database and one shared /data volume (--network host, so they reach the host's
#    PostgreSQL on loopback); a workspace made on one replica with its token is read on the other.
# Needs docker, curl and jq. Every wait is bounded; everything it starts is removed on exit.
set -euo pipefail
IMAGE=${1:-api-emulator:ci}
NAME=api-emulator-smoke-$$
CONTAINERS=()
DATA=$(mktemp)
cleanup() {
  [ ${#CONTAINERS[@]} -eq 0 ] || docker rm -f "${CONTAINERS[@]}" >/dev/null 2>&1 || true
  docker volume rm -f "$NAME-data" >/dev/null 2>&1 || true
  rm -f "$DATA"
}
trap cleanup EXIT

fail() { echo "smoke-test: FAILED: $*" >&2; for c in "${CONTAINERS[@]}"; do docker logs --tail 30 "$c" >&2 || true; done; exit 1; }
pass() { echo "smoke-test: ok: $*"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# wait_healthy CONTAINER: until the image's HEALTHCHECK says healthy (at most 120 s)
wait_healthy() {
  local status
  for _ in $(seq 600); do
    status=$(docker inspect -f '{{.State.Health.Status}}' "$1")
    [ "$status" = healthy ] && return 0
    [ "$(docker inspect -f '{{.State.Running}}' "$1")" = true ] || fail "$1 stopped"
    sleep 0.2
  done
  fail "$1 not healthy after 120 s (status $status)"
}

token() { # base-url: an Onna access token for the seeded demo client
  curl -sf --max-time 30 "$1/v1/oauth/token" -d grant_type=client_credentials -d client_id=demo-client \
    -d client_secret=demo-secret | jq -er .access_token
}

workspace() { # base-url token name: creates a workspace, prints its onna_id
  curl -sf --max-time 30 "$1/v1/workspaces" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$3\"}" | jq -er .onna_id
}

workspace_name() { # base-url token id
  curl -sf --max-time 30 "$1/v1/workspaces/$3" -H "Authorization: Bearer $2" | jq -er .name
}

# --- 1. one container on the default (embedded H2) configuration
start=$(now_ms)
CONTAINERS+=("$NAME")
docker run -d --name "$NAME" -p 127.0.0.1::8080 "$IMAGE" >/dev/null
wait_healthy "$NAME"
pass "healthy $(($(now_ms) - start)) ms after docker run"
URL="http://$(docker port "$NAME" 8080/tcp | grep -m1 '^127\.0\.0\.1:' || fail "port not published on 127.0.0.1")"

[ "$(docker exec "$NAME" id -u)" = 10001 ] || fail "runs as uid $(docker exec "$NAME" id -u), not 10001"
docker inspect -f '{{range .Mounts}}{{.Destination}} {{end}}' "$NAME" | grep -qw /data || fail "/data is not a volume"
pass "runs as uid 10001, /data is a volume"

[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$URL/v1/workspaces")" = 401 ] \
  || fail "an Onna call without a token was not refused with 401"
TOKEN=$(token "$URL") || fail "no Onna token"
WS=$(workspace "$URL" "$TOKEN" "smoke workspace") || fail "workspace not created"
[ "$(workspace_name "$URL" "$TOKEN" "$WS")" = "smoke workspace" ] || fail "workspace $WS not read back"
pass "token, 401 without one, workspace $WS created and read back at $URL"

# TUS 1.0.0: create with Upload-Length, upload in two PATCHes, HEAD for the offset, then the file's md5
head -c 300000 /dev/urandom >"$DATA"
FILE=$(curl -sf --max-time 30 "$URL/v1/resources/files" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d "{\"onna_parent_id\":\"$WS\",\"ref\":\"smoke\",\"url\":\"https://example.com/smoke\"}" \
  | jq -er .onna_id) || fail "file resource not created"
TUS=(-H "Authorization: Bearer $TOKEN" -H 'Tus-Resumable: 1.0.0' --max-time 60)
# (success codes: 2xx, as emulator.onna.tus.success-codes configures them)
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "${TUS[@]}" -H 'Upload-Length: 300000' \
  -H "Upload-Metadata: filename $(printf smoke.bin | base64)" "$URL/v1/upload/$FILE/tus")
[[ "$code" == 2?? ]] || fail "TUS creation: $code"
offset=0
for part in 0 1; do
  code=$(head -c $(((part + 1) * 150000)) "$DATA" | tail -c 150000 | curl -s -o /dev/null -w '%{http_code}' -X PATCH \
    "${TUS[@]}" -H "Upload-Offset: $offset" -H 'Content-Type: application/offset+octet-stream' --data-binary @- \
    "$URL/v1/upload/$FILE/tus")
  [[ "$code" == 2?? ]] || fail "TUS PATCH at offset $offset: $code"
  offset=$((offset + 150000))
done
curl -sf -I "${TUS[@]}" "$URL/v1/upload/$FILE/tus" | tr -d '\r' | grep -qi '^Upload-Offset: 300000$' \
  || fail "TUS HEAD does not report offset 300000"
md5=$(curl -sf --max-time 30 "$URL/v1/resources/files/$FILE" -H "Authorization: Bearer $TOKEN" | jq -er .md5)
[ "$md5" = "$(md5sum <"$DATA" | cut -d' ' -f1)" ] || fail "uploaded file's md5 $md5 differs from the bytes sent"
pass "TUS upload of 300000 bytes in two PATCHes through $URL, md5 matches"

# --- 2. the postgres profile: two replicas, one database, one data volume
if [ -z "${EMULATOR_DB_URL:-}" ]; then
  echo "smoke-test: postgres replicas skipped: EMULATOR_DB_URL not set (run under scripts/with-postgres.sh)"
  exit 0
fi
free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  fail "no free port"
}
docker volume create "$NAME-data" >/dev/null
REPLICAS=()
for replica in a b; do
  port=$(free_port)
  CONTAINERS+=("$NAME-$replica"); REPLICAS+=("$NAME-$replica=http://127.0.0.1:$port")
  docker run -d --name "$NAME-$replica" --network host -e PORT="$port" -e SPRING_PROFILES_ACTIVE=postgres \
    -e EMULATOR_DB_URL -e EMULATOR_DB_USER -e EMULATOR_DB_PASSWORD -v "$NAME-data:/data" "$IMAGE" >/dev/null
  # one at a time: both would otherwise race for Flyway's first migration and the signing key
  wait_healthy "$NAME-$replica"
done
A=${REPLICAS[0]#*=}; B=${REPLICAS[1]#*=}
TOKEN_A=$(token "$A") || fail "no token from replica a"
WS=$(workspace "$A" "$TOKEN_A" "replicated workspace") || fail "workspace not created on replica a"
[ "$(workspace_name "$B" "$TOKEN_A" "$WS")" = "replicated workspace" ] \
  || fail "replica b did not serve workspace $WS with replica a's token"
pass "postgres profile: workspace $WS made on replica a ($A) read on replica b ($B) with a's token"
