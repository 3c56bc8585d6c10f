#!/usr/bin/env bash
# Buurtanalyse benchmark (issue 5): imports a Flanders-wide generic indicator file (10,241 sectors × 10 years ×
# 20 indicators) through the real upload endpoint, computes every demo neighbourhood's indicators, and loads the
# neighbourhood page's API, on a throw-away PostgreSQL. Adds the figures to docs/benchmarks/buurtanalyse.md (newest
# first). Settings: BENCH_YEARS (10), BENCH_CLIENTS (4), BENCH_DURATION (20 s), BENCH_WARMUP (5 s).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
doc="$root/docs/benchmarks/buurtanalyse.md"
marker="<!-- runs: newest first -->"
api_dir="$root/backend/src/WarmeWijk.Api/bin/Release/net10.0"
bench_dir="$root/backend/benchmarks/WarmeWijk.Benchmarks/bin/Release/net10.0"
work=$(mktemp -d /tmp/warmewijk-bench.XXXXXX)
# api ENV...: starts the Release API with the given environment on $api_port and waits until it is ready.
api() {
  start api "$api_dir" env "$@" "${database[@]}" dotnet WarmeWijk.Api.dll --urls "http://127.0.0.1:$api_port"
  wait_ready api "http://127.0.0.1:$api_port/health/ready"
}

cleanup() { stop_hosts; stop_test_postgres; rm -rf "$work"; }

source "$root/scripts/lib/postgres.sh"
source "$root/scripts/lib/hosts.sh"
trap 'exit 130' INT TERM
PG_TEST_PORT=$(free_port)
start_test_postgres
trap cleanup EXIT # replaces start_test_postgres's own trap; cleanup stops PostgreSQL too.
database=("Database__Provider=PostgreSql" "ConnectionStrings__WarmeWijk=$WARMEWIJK_TEST_POSTGRES")
api_port=$(free_port)

echo "== build (Release)"
dotnet build "$root/backend/src/WarmeWijk.Api/WarmeWijk.Api.csproj" -c Release --nologo -v quiet
dotnet build "$root/backend/benchmarks/WarmeWijk.Benchmarks/WarmeWijk.Benchmarks.csproj" -c Release --nologo -v quiet

echo "== migrate and seed the demo networks (Development), then run the API as in production"
api ASPNETCORE_ENVIRONMENT=Development
stop_hosts
api ASPNETCORE_ENVIRONMENT=Production Auth__Jwt__SigningKey="$(head -c 48 /dev/urandom | base64)" \
  Auth__Jwt__AccessTokenLifetime=01:00:00 Logging__LogLevel__Default=Warning \
  Logging__LogLevel__WarmeWijk.Infrastructure.Buurtanalyse=Information RateLimits__Enabled=false

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
status=0
(cd "$bench_dir" && dotnet WarmeWijk.Benchmarks.dll buurtanalyse --api "http://127.0.0.1:$api_port" \
  --sectors "$root/backend/src/WarmeWijk.Infrastructure/ReferenceData/statistical-sectors-flanders-brussels-2024.csv" \
  --file "$work/flanders.csv" --years "${BENCH_YEARS:-10}" --clients "${BENCH_CLIENTS:-4}" \
  --duration "${BENCH_DURATION:-20}" --warmup "${BENCH_WARMUP:-5}" --markdown "$work/results.md") || status=$?
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
[ -s "$work/results.md" ] || { echo "The benchmark wrote no results (exit $status); API log:" >&2; tail -n 40 "$work/api.log" >&2; exit 1; }

[ -f "$doc" ] || printf '# Buurtanalyse benchmark\n\nWritten by `scripts/bench-buurtanalyse.sh`.\n\n%s\n' "$marker" > "$doc"
source "$root/scripts/lib/bench.sh"
{
  echo "### $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  bench_machine "$(bench_build)"
  echo "- PostgreSQL $("$PG_TEST_BIN/postgres" --version | awk '{ print $3 }') (throw-away server, fsync=off)"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after (the machine is shared)"
  echo "- Server log: $(grep -o 'figures in .* to the database' "$work/api.log" | tail -n 1)"
  echo
  cat "$work/results.md"
} > "$work/run.md"
bench_add_run "$doc" "$marker" "$work/run.md" "$work"
exit "$status"
