#!/usr/bin/env bash
# Reporting benchmark (issue 6). Fills a throw-away durable PostgreSQL (fsync on) with the reporting data
# (scripts/bench-reporting-data.sh: 1,000,000 requests of 2023–2025 across 150 networks), or uses BENCH_CONNECTION when it
# names a database filled already; then times one network's yearly dashboard (the largest and a middle-sized network)
# and the all-networks yearly roll-up, each next to hand-written PostgreSQL for the same figures, alternately in the same
# run, and adds the run to docs/benchmarks/reporting.md (newest first).
# Settings: BENCH_CONNECTION, BENCH_YEAR (2025), BENCH_ITERATIONS (30).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source "$root/scripts/lib/bench.sh"
doc="$root/docs/benchmarks/reporting.md"
marker="<!-- reporting runs: newest first -->"
bench_dir="$root/backend/benchmarks/WarmeWijk.Benchmarks/bin/Release/net10.0"
work=$(mktemp -d /tmp/warmewijk-bench-reporting.XXXXXX)
trap 'rm -rf "$work"' EXIT

connection=${BENCH_CONNECTION:-}
if [ -z "$connection" ]; then
  source "$root/scripts/lib/postgres.sh"
  PG_TEST_PORT=${PG_TEST_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  PG_TEST_FSYNC=on start_test_postgres
  trap 'stop_test_postgres; rm -rf "$work"' EXIT
  "$PG_TEST_BIN/psql" -q -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres -d postgres -c "CREATE DATABASE warmewijk_reporting"
  connection="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Database=warmewijk_reporting"
  bash "$root/scripts/bench-reporting-data.sh" "$connection"
else
  echo "== build (Release)"
  dotnet build "$root/backend/benchmarks/WarmeWijk.Benchmarks/WarmeWijk.Benchmarks.csproj" -c Release --nologo -v quiet
fi

echo "== run"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
status=0
(cd "$bench_dir" && dotnet WarmeWijk.Benchmarks.dll reporting --connection "$connection" \
  --year "${BENCH_YEAR:-2025}" --iterations "${BENCH_ITERATIONS:-30}" --markdown "$work/results.md") || status=$?
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
[ -s "$work/results.md" ] || { echo "The benchmark wrote no results (exit $status)." >&2; exit 1; }

{
  echo "### $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  bench_machine "$(bench_build)"
  echo "- PostgreSQL with fsync on (a server this script started) unless BENCH_CONNECTION named another; ${BENCH_ITERATIONS:-30} alternating runs of each query"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after (the machine is shared)"
  echo
  cat "$work/results.md"
} > "$work/run.md"
bench_add_run "$doc" "$marker" "$work/run.md" "$work"
exit "$status"
