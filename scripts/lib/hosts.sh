# Helpers for scripts that start the API (or other .NET hosts) as processes (source this file; set `work` to a
# folder for the logs first). Every host started with `start` is stopped by `stop_hosts`.
pids=()

# free_port: a TCP port on 127.0.0.1 that nothing listens on.
free_port() {
  local port
  for port in $(shuf -i 20000-60000 -n 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

# start NAME DIR ARGS...: runs a program from its build folder (the content root) in the background, logging to
# $work/NAME.log; its pid is the last of `pids`.
start() {
  local name=$1 dir=$2; shift 2
  (cd "$dir" && exec "$@") >> "$work/$name.log" 2>&1 &
  pids+=($!)
}

# wait_ready NAME URL: waits up to two minutes (a first start seeds the demo history) for URL to answer 2xx while the
# last started host is alive.
wait_ready() {
  local name=$1 url=$2
  for _ in $(seq 1 240); do
    curl -fs "$url" >/dev/null 2>&1 && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.5
  done
  echo "$name did not become ready at $url; its log:" >&2
  tail -n 40 "$work/$name.log" >&2
  return 1
}

stop_hosts() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}

# start_durable_database: a throw-away PostgreSQL that flushes every commit, as production does, with an empty
# `warmewijk` database; on exit it stops with every host and the $work folder goes. Needs postgres.sh sourced.
start_durable_database() {
  cleanup() {
    stop_hosts
    stop_test_postgres
    rm -rf "$work"
  }
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  PG_TEST_PORT=$(free_port)
  PG_TEST_FSYNC=on
  start_test_postgres
  trap cleanup EXIT # start_test_postgres sets its own EXIT trap; cleanup stops PostgreSQL too.
  "$PG_TEST_BIN/psql" -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres -d postgres -X -q -c "CREATE DATABASE warmewijk"
}
