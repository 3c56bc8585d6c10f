#!/usr/bin/env bash
# Intake load benchmark (issue 3): the real POST /api/v1/help-requests next to a bare endpoint that inserts the same
# row with one SQL statement (the ceiling) and the intake's reads and writes done by hand (one read, one statement for
# its four rows), on the same throw-away PostgreSQL, in the same run. Prints the figures and
# adds them to docs/benchmarks/intake.md (newest first). Stops everything it started, also on failure.
# Settings: BENCH_CLIENTS (50), BENCH_DURATION (30 s), BENCH_WARMUP (120 s, until both hosts run their optimised code); BENCH_WITHOUT_KEY=1 adds a real-API run
# without Idempotency-Key; BENCH_FSYNC=off runs PostgreSQL without flushing commits to disk (as the tests do).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
clients=${BENCH_CLIENTS:-50}
duration=${BENCH_DURATION:-30}
warmup=${BENCH_WARMUP:-120}
doc="$root/docs/benchmarks/intake.md"
marker="<!-- runs: newest first -->"
api_dir="$root/backend/src/WarmeWijk.Api/bin/Release/net10.0"
bench_dir="$root/backend/benchmarks/WarmeWijk.Benchmarks/bin/Release/net10.0"
work=$(mktemp -d /tmp/warmewijk-bench.XXXXXX)
cleanup() {
  stop_hosts
  stop_test_postgres
  rm -rf "$work"
}

source "$root/scripts/lib/postgres.sh"
source "$root/scripts/lib/hosts.sh"
source "$root/scripts/lib/bench.sh"
trap cleanup EXIT
trap 'exit 130' INT TERM
PG_TEST_PORT=$(free_port)
# Durable by default, as a production server is: every commit waits for its WAL flush.
PG_TEST_FSYNC=${BENCH_FSYNC:-on}
start_test_postgres
trap cleanup EXIT # start_test_postgres sets its own EXIT trap; cleanup stops PostgreSQL too.
database=("Database__Provider=PostgreSql" "ConnectionStrings__WarmeWijk=$WARMEWIJK_TEST_POSTGRES")

echo "== build (Release)"
dotnet build "$root/backend/src/WarmeWijk.Api/WarmeWijk.Api.csproj" -c Release --nologo -v quiet
dotnet build "$root/backend/benchmarks/WarmeWijk.Benchmarks/WarmeWijk.Benchmarks.csproj" -c Release --nologo -v quiet

# Migrations and the demo seed run in the Development environment, as for `scripts/run.sh`; the measured API then
# runs as in production: Production environment, no migration or seeding at start-up, webhooks on.
echo "== migrate and seed the demo networks"
api_port=$(free_port)
start seed "$api_dir" env ASPNETCORE_ENVIRONMENT=Development "${database[@]}" dotnet WarmeWijk.Api.dll --urls "http://127.0.0.1:$api_port"
wait_ready seed "http://127.0.0.1:$api_port/health/ready"
stop_hosts

echo "== start the API and the ceiling host"
start api "$api_dir" env ASPNETCORE_ENVIRONMENT=Production "${database[@]}" \
  Auth__Jwt__SigningKey="$(head -c 48 /dev/urandom | base64)" Auth__Jwt__AccessTokenLifetime=01:00:00 \
  Logging__LogLevel__Default=Warning RateLimits__Enabled=false \
  dotnet WarmeWijk.Api.dll --urls "http://127.0.0.1:$api_port"
wait_ready api "http://127.0.0.1:$api_port/health/ready"
ceiling_port=$(free_port)
start ceiling "$bench_dir" env ASPNETCORE_ENVIRONMENT=Production "${database[@]}" Logging__LogLevel__Default=Warning \
  dotnet WarmeWijk.Benchmarks.dll ceiling --urls "http://127.0.0.1:$ceiling_port"
wait_ready ceiling "http://127.0.0.1:$ceiling_port/health"

echo "== load: $clients clients, $warmup s warm-up, $duration s measured per target"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
status=0
(cd "$bench_dir" && dotnet WarmeWijk.Benchmarks.dll load \
  --api "http://127.0.0.1:$api_port" --ceiling "http://127.0.0.1:$ceiling_port" \
  --clients "$clients" --duration "$duration" --warmup "$warmup" ${BENCH_WITHOUT_KEY:+--without-key true} \
  --markdown "$work/results.md") || status=$?
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
[ -s "$work/results.md" ] || { echo "The load generator wrote no results (exit $status)." >&2; exit 1; }

mkdir -p "$(dirname "$doc")"
[ -f "$doc" ] || printf '# Intake benchmark\n\nWritten by `scripts/bench-intake.sh`.\n\n%s\n' "$marker" > "$doc"
{
  echo "### $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  bench_machine "$(bench_build)"
  echo "- PostgreSQL $("$PG_TEST_BIN/postgres" --version | awk '{ print $3 }') (throw-away server, fsync=$PG_TEST_FSYNC)"
  echo "- Settings: $clients clients, $warmup s warm-up then $duration s measured per target, the real API first"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after"
  echo
  cat "$work/results.md"
} > "$work/run.md"
bench_add_run "$doc" "$marker" "$work/run.md" "$work"
exit "$status"
