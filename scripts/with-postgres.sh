#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster: scripts/with-postgres.sh ./mvnw -B -ntp verify
# Installs PostgreSQL from the Debian packages if missing, starts a cluster on 127.0.0.1 in a temporary
# directory (as the unprivileged "postgres" user when run as root), exports EMULATOR_DB_URL,
# EMULATOR_DB_USER and EMULATOR_DB_PASSWORD for the command, and removes the cluster afterwards.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

pg_bin() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
    return
  fi
  dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)"
}

BIN=$(pg_bin)
if [ ! -x "$BIN/initdb" ]; then
  echo "with-postgres: installing PostgreSQL (apt-get install -y postgresql)" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get -o Acquire::Retries=5 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o Acquire::Retries=5 install -y -qq postgresql >/dev/null
  BIN=$(pg_bin)
fi

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "with-postgres: no free port found" >&2
  exit 1
}

WORK=$(mktemp -d -t emulator-pg.XXXXXX)
PORT=$(free_port)
DB_USER=emulator
DB_PASSWORD=emulator-$RANDOM$RANDOM

# PostgreSQL refuses to run as root
if [ "$(id -u)" -eq 0 ]; then
  RUN_AS=postgres
  id "$RUN_AS" >/dev/null 2>&1 || useradd --system --no-create-home "$RUN_AS"
  chown "$RUN_AS" "$WORK"
  as_pg() { su "$RUN_AS" -s /bin/sh -c "$(printf '%q ' "$@")"; }
else
  as_pg() { "$@"; }
fi

cleanup() {
  as_pg "$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "$DB_PASSWORD" > "$WORK/pwfile"
chmod 600 "$WORK/pwfile"
[ "$(id -u)" -eq 0 ] && chown "$RUN_AS" "$WORK/pwfile"
as_pg "$BIN/initdb" -D "$WORK/data" -U "$DB_USER" --pwfile="$WORK/pwfile" -A scram-sha-256 -E UTF8 \
  --no-sync >/dev/null
as_pg "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/postgres.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $PORT -k $WORK -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
as_pg env PGPASSWORD="$DB_PASSWORD" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$DB_USER" -d postgres -q \
  -c "CREATE DATABASE emulator" >/dev/null

export EMULATOR_DB_URL="jdbc:postgresql://127.0.0.1:$PORT/emulator"
export EMULATOR_DB_USER="$DB_USER"
export EMULATOR_DB_PASSWORD="$DB_PASSWORD"
echo "with-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') at $EMULATOR_DB_URL" >&2

set +e
"$@"
status=$?
set -e
exit $status
