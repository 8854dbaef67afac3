#!/usr/bin/env bash
# Throwaway PostgreSQL server for the DB tests (decision 0301).
#
#   scripts/pg-test-server.sh start   # create + start a cluster, create kinerja_test, print its DATABASE_URL
#   scripts/pg-test-server.sh url     # print the DATABASE_URL of the running cluster
#   scripts/pg-test-server.sh status  # exit 0 when running
#   scripts/pg-test-server.sh stop    # stop the cluster and delete it
#
# The cluster lives in $KINERJA_PG_DIR (default /tmp/kinerja-pg-test), listens on 127.0.0.1 only,
# trusts local connections, and runs without fsync: it is for tests and is deleted by `stop`.
# Port: $KINERJA_PG_PORT, else the first free port from 54329. Binaries: $PG_BIN, else the newest
# /usr/lib/postgresql/*/bin, else initdb on PATH. Works as root (the server runs as user postgres:
# initdb refuses root) and as an ordinary user (the server runs as that user).
# Only the URL goes to stdout, so `DATABASE_URL=$(scripts/pg-test-server.sh start)` works.
set -euo pipefail

DIR="${KINERJA_PG_DIR:-/tmp/kinerja-pg-test}"
DATA="$DIR/data"
LOG="$DIR/postgres.log"
DB_NAME="kinerja_test"

say() { echo "pg-test-server: $*" >&2; }
die() { say "$*"; exit 1; }

find_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then
    [[ -x "$PG_BIN/initdb" ]] || die "PG_BIN=$PG_BIN has no initdb"
    echo "$PG_BIN"; return
  fi
  local candidate
  candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$candidate" && -x "$candidate/initdb" ]]; then echo "$candidate"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  die "PostgreSQL server binaries not found. Install them: sudo apt-get install -y postgresql"
}

# Runs a command as the cluster's owner: user postgres when we are root, else ourselves.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root needs a 'postgres' user (apt-get install postgresql creates it)"
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

url_for() { echo "postgres://postgres@127.0.0.1:$1/$DB_NAME"; }

is_running() {
  [[ -f "$DIR/port" && -d "$DATA" ]] || return 1
  local bin; bin="$(find_bin)"
  as_owner "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
  local bin; bin="$(find_bin)"
  if is_running; then
    say "already running in $DIR"
    url_for "$(cat "$DIR/port")"
    return
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [[ "$(id -u)" == 0 ]]; then chown postgres: "$DIR"; fi
  chmod 700 "$DIR"

  say "initdb ($("$bin/postgres" --version)) in $DATA"
  as_owner "$bin/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.out" 2>&1 ||
    as_owner "$bin/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C --no-sync >"$DIR/initdb.out" 2>&1 ||
    { cat "$DIR/initdb.out" >&2; die "initdb failed"; }
  # Loopback only, trust only from loopback; tuned for throwaway test data.
  cat >"$DIR/pg_hba.conf.new" <<'EOF'
local all all trust
host  all all 127.0.0.1/32 trust
EOF
  as_owner cp "$DIR/pg_hba.conf.new" "$DATA/pg_hba.conf"
  rm -f "$DIR/pg_hba.conf.new"

  local port="${KINERJA_PG_PORT:-54329}" attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    while port_in_use "$port"; do port=$((port + 1)); done
    if as_owner "$bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 -s \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
      start >&2; then
      break
    fi
    if [[ -n "${KINERJA_PG_PORT:-}" || "$attempt" == 10 ]]; then
      tail -n 20 "$LOG" >&2 || true
      die "could not start PostgreSQL (log: $LOG)"
    fi
    say "port $port taken, trying the next one"
    port=$((port + 1))
  done
  echo "$port" >"$DIR/port"
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB_NAME"
  say "running on 127.0.0.1:$port (data $DATA, log $LOG)"
  url_for "$port"
}

stop() {
  if [[ ! -d "$DIR" ]]; then say "nothing to stop in $DIR"; return; fi
  if [[ -d "$DATA" ]]; then
    local bin; bin="$(find_bin)"
    as_owner "$bin/pg_ctl" -D "$DATA" -m fast -w -t 60 -s stop >&2 2>/dev/null || true
  fi
  rm -rf "$DIR"
  say "stopped and removed $DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) is_running || die "not running (start it with: $0 start)"; url_for "$(cat "$DIR/port")" ;;
  status) if is_running; then say "running: $(url_for "$(cat "$DIR/port")")"; else say "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
