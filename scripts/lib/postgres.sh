# Starts a throw-away PostgreSQL server for the tests and exports WARMEWIJK_TEST_POSTGRES.
# Source this file, then call start_test_postgres; stop_test_postgres runs on exit.
# initdb refuses to run as root, so as root the server runs as the postgres user.
# PG_TEST_FSYNC=on keeps PostgreSQL's durable default (every commit flushed to disk); tests run with it off.

start_test_postgres() {
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pgbin" ] || pgbin=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  if [ ! -x "$pgbin/initdb" ]; then
    echo "PostgreSQL server binaries (initdb, pg_ctl) not found; install PostgreSQL 15+ (Debian: apt-get install postgresql)." >&2
    return 1
  fi

  PG_TEST_DATA=$(mktemp -d /tmp/warmewijk-pg-data.XXXXXX)
  PG_TEST_SOCKET=$(mktemp -d /tmp/warmewijk-pg-sock.XXXXXX)
  PG_TEST_PORT=${PG_TEST_PORT:-55432}
  PG_TEST_BIN=$pgbin
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PG_TEST_DATA" "$PG_TEST_SOCKET"
    PG_AS=(runuser -u postgres --)
  else
    PG_AS=()
  fi

  "${PG_AS[@]}" "$pgbin/initdb" -D "$PG_TEST_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  resume_test_postgres
  export WARMEWIJK_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Database=postgres"
  trap stop_test_postgres EXIT
  echo "PostgreSQL test server on 127.0.0.1:$PG_TEST_PORT"
}

stop_test_postgres() {
  [ -n "${PG_TEST_DATA:-}" ] || return 0
  "${PG_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DATA" "$PG_TEST_SOCKET"
  PG_TEST_DATA=
}

# pause_test_postgres / resume_test_postgres: stop the running server (fast shutdown, as a restart does) and start it
# again with the same data, port and settings, for drills that take the database away under load.
pause_test_postgres() {
  "${PG_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DATA" -m fast -w stop >/dev/null
}

resume_test_postgres() {
  "${PG_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DATA" -l "$PG_TEST_DATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_SOCKET -c fsync=${PG_TEST_FSYNC:-off} -c max_connections=200" start >/dev/null
}
