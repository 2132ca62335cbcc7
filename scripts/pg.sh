#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and CI: `scripts/pg.sh start|stop|url|status`.
#
# start  initdb (trust auth, user "postgres") into $TRIPWIRE_PG_DIR if it holds no cluster yet, and starts it on
#        127.0.0.1:$TRIPWIRE_PG_PORT only (socket in /tmp). Idempotent: a running cluster is left as it is.
# stop   stops it (fast shutdown); the data directory stays for the next start (rm -rf it to start afresh).
# url    prints the connection URL, e.g. for TRIPWIRE_TEST_DATABASE_URL.
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to the "postgres" user (Debian's package creates
# it); otherwise to whoever runs this. Binaries: Debian's /usr/lib/postgresql/<newest>/bin, or $PG_BIN.
set -euo pipefail
PORT="${TRIPWIRE_PG_PORT:-55432}"
DIR="${TRIPWIRE_PG_DIR:-/tmp/tripwire-pg-$PORT}"
URL="postgres://postgres@127.0.0.1:$PORT/postgres"

bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$d" ]; then
    echo "pg.sh: no PostgreSQL found in /usr/lib/postgresql (apt-get install postgresql, or set PG_BIN)" >&2
    exit 1
  fi
  echo "$d"
}
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    B=$(bin)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
      chmod 700 "$DIR"
      as_owner "$B/initdb" -D "$DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if as_owner "$B/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      echo "pg.sh: already running on 127.0.0.1:$PORT ($DIR)" >&2
    else
      # fsync off: a test cluster that loses its data on a crash loses nothing of value, and commits get fast.
      as_owner "$B/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
        -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
      echo "pg.sh: started on 127.0.0.1:$PORT ($DIR)" >&2
    fi
    echo "$URL"
    ;;
  stop)
    B=$(bin)
    if [ -f "$DIR/PG_VERSION" ] && as_owner "$B/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      as_owner "$B/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null
      echo "pg.sh: stopped ($DIR)" >&2
    fi
    ;;
  url) echo "$URL" ;;
  status) as_owner "$(bin)/pg_ctl" -D "$DIR" status ;;
  *)
    echo "usage: scripts/pg.sh start|stop|url|status" >&2
    exit 2
    ;;
esac
