#!/usr/bin/env bash
# Data of the reporting benchmark (issue 6): 1,000,000 help requests over 2023–2025 across 150 networks, with residents,
# volunteers, timelines, follow-ups, matches, referrals, signals and volunteer hours, written into PostgreSQL by the
# reporting-data mode of backend/benchmarks/WarmeWijk.Benchmarks (the demo's own history generator, binary COPY).
#
#   scripts/bench-reporting-data.sh "Host=...;Port=...;Username=...;Database=..."
#       fills that existing, empty database and exits (the reporting benchmark calls it so);
#   scripts/bench-reporting-data.sh
#       starts a durable throw-away PostgreSQL (fsync on) on a free port, fills database warmewijk_reporting, and leaves
#       the server running: it prints how to connect and how to stop it.
#
# Settings: BENCH_REQUESTS (1000000), BENCH_NETWORKS (150), BENCH_SEED (2026); BENCH_RECORD=1 adds the run to
# docs/benchmarks/reporting.md under "Data generator" (newest first).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bench_dir="$root/backend/benchmarks/WarmeWijk.Benchmarks/bin/Release/net10.0"
doc="$root/docs/benchmarks/reporting.md"
marker="<!-- data generator runs: newest first -->"
work=$(mktemp -d /tmp/warmewijk-reporting-data.XXXXXX)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

echo "== build (Release)"
dotnet build "$root/backend/benchmarks/WarmeWijk.Benchmarks/WarmeWijk.Benchmarks.csproj" -c Release --nologo -v quiet

started_server=
if [ $# -ge 1 ]; then
  connection=$1
else
  source "$root/scripts/lib/postgres.sh"
  PG_TEST_PORT=${PG_TEST_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  PG_TEST_FSYNC=${BENCH_FSYNC:-on}
  start_test_postgres
  # Until the data are in, a failure stops the server again; after that it is left running.
  trap 'stop_test_postgres; rm -rf "$work"' EXIT
  "$PG_TEST_BIN/psql" -q -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres -d postgres -c "CREATE DATABASE warmewijk_reporting"
  connection="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Database=warmewijk_reporting"
  started_server=1
fi

echo "== generate"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
(cd "$bench_dir" && dotnet WarmeWijk.Benchmarks.dll reporting-data --connection "$connection" \
  --requests "${BENCH_REQUESTS:-1000000}" --networks "${BENCH_NETWORKS:-150}" --seed "${BENCH_SEED:-2026}" \
  --markdown "$work/results.md")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "${BENCH_RECORD:-}" = 1 ]; then
  source "$root/scripts/lib/bench.sh"
  commit=$(bench_build)
  server="PostgreSQL at ${connection%%;Username*}"
  [ -n "$started_server" ] && server="PostgreSQL $("$PG_TEST_BIN/postgres" --version | awk '{ print $3 }') (throw-away server, fsync=$PG_TEST_FSYNC)"
  {
    echo "### $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "- Machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
      "$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, .NET $(dotnet --version) SDK, $server; build $commit"
    echo "- Settings: ${BENCH_REQUESTS:-1000000} requests, ${BENCH_NETWORKS:-150} networks, seed ${BENCH_SEED:-2026}"
    echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after (the machine is shared)"
    echo
    cat "$work/results.md"
  } > "$work/run.md"
  bench_add_run "$doc" "$marker" "$work/run.md" "$work"
fi

if [ -n "$started_server" ]; then
  trap 'rm -rf "$work"' EXIT
  stop=("${PG_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DATA" -m fast stop)
  echo
  echo "The data stay in a running PostgreSQL server:"
  echo "  connection string: $connection"
  echo "  psql:              $PG_TEST_BIN/psql -h 127.0.0.1 -p $PG_TEST_PORT -U postgres warmewijk_reporting"
  echo "  stop and remove:   ${stop[*]} && rm -rf $PG_TEST_DATA $PG_TEST_SOCKET"
fi
