#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for the collector's pg test leg and
# prints its URL on stdout (everything else goes to stderr), so CI can do:
#   export CLEARSIGHT_TEST_DATABASE_URL="$(scripts/ci-postgres.sh)"
# Installs Debian's postgresql when missing. The cluster lives in its own
# directory (not the distribution's "main" cluster) and is reused if running.
# Stop it with: scripts/ci-postgres.sh stop
set -euo pipefail

DATA_DIR="${CLEARSIGHT_PG_DIR:-/tmp/clearsight-pg}"
PORT="${CLEARSIGHT_PG_PORT:-55432}"
ROLE=clearsight
PASSWORD=clearsight-ci
DATABASE=clearsight_test

log() { printf 'ci-postgres: %s\n' "$*" >&2; }

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

PG_BIN="$(find_bin)"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  log "installing postgresql from Debian"
  if [ "$(id -u)" -ne 0 ]; then log "need root to install postgresql"; exit 1; fi
  flock /tmp/clearsight-apt.lock sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql' >&2 \
    || { flock /tmp/clearsight-apt.lock apt-get update >&2 && \
         flock /tmp/clearsight-apt.lock sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql' >&2; }
  PG_BIN="$(find_bin)"
fi

# PostgreSQL refuses to run as root: run the server tools as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "stop" ]; then
  as_owner "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m fast stop >&2 || true
  exit 0
fi

if ! as_owner "$PG_BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
  rm -rf "$DATA_DIR"
  mkdir -p "$DATA_DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DATA_DIR"; fi
  chmod 700 "$DATA_DIR"
  log "initdb in $DATA_DIR"
  # Local socket: trust (only the owner can reach the socket dir); TCP: password.
  as_owner "$PG_BIN/initdb" -D "$DATA_DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >&2
  log "starting on 127.0.0.1:$PORT"
  as_owner "$PG_BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DATA_DIR -c max_connections=200 -c fsync=on" \
    start >&2
fi

psql_admin() {
  as_owner "$PG_BIN/psql" -h "$DATA_DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi
log "ready; tests create and drop their own schemas in $DATABASE"
echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
