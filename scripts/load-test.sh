#!/usr/bin/env bash
# Load test (issue 7): the API's Release build in Production on a throw-away PostgreSQL (durable: fsync on) with the
# demo networks and their history, under a fixed-rate mix of reads and writes for LOAD_DURATION seconds (300):
# inbox, request pages (each an audited read), idempotent intakes, partner referrals, neighbourhood indicators and
# the dashboard (scripts/load/load-test.mjs, autocannon). Prints the figures per kind and adds them to
# docs/benchmarks/load-test.md; exits non-zero when any request failed.
# Settings: LOAD_DURATION (300 s), LOAD_SCALE (1: 35 requests/s in all; at least 1), LOAD_SKIP_BUILD=1 uses the existing build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
api_dir="$root/backend/src/WarmeWijk.Api/bin/Release/net10.0"
doc="$root/docs/benchmarks/load-test.md"
marker="<!-- runs: newest first -->"
duration=${LOAD_DURATION:-300}
scale=${LOAD_SCALE:-1}
work=$(mktemp -d /tmp/warmewijk-load.XXXXXX)

source "$root/scripts/lib/postgres.sh"
source "$root/scripts/lib/hosts.sh"
source "$root/scripts/lib/bench.sh"
start_durable_database

if [ -z "${LOAD_SKIP_BUILD:-}" ]; then
  echo "== build (Release)"
  dotnet build "$root/backend/src/WarmeWijk.Api/WarmeWijk.Api.csproj" -c Release --nologo -v quiet
fi
[ -d "$root/scripts/load/node_modules" ] || npm ci --prefix "$root/scripts/load" --no-audit --no-fund

database=(Database__Provider=PostgreSql "ConnectionStrings__WarmeWijk=Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Database=warmewijk")
port=$(free_port)
echo "== migrate and seed the demo networks with their history (Development)"
start seed "$api_dir" env ASPNETCORE_ENVIRONMENT=Development "${database[@]}" Webhooks__Enabled=false dotnet WarmeWijk.Api.dll --urls "http://127.0.0.1:$port"
wait_ready seed "http://127.0.0.1:$port/health/ready"
stop_hosts

# Production as deployed, except the per-user rate limits: the load comes from four accounts, where a real network
# spreads it over many people.
echo "== start the API (Production) and run the load for $duration s"
start api "$api_dir" env ASPNETCORE_ENVIRONMENT=Production "${database[@]}" "Auth__Jwt__SigningKey=$(head -c 48 /dev/urandom | base64)" \
  Logging__LogLevel__Default=Warning RateLimits__Enabled=false dotnet WarmeWijk.Api.dll --urls "http://127.0.0.1:$port"
wait_ready api "http://127.0.0.1:$port/health/ready"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
status=0
node "$root/scripts/load/load-test.mjs" --api "http://127.0.0.1:$port" --duration "$duration" --scale "$scale" \
  --markdown "$work/results.md" --json "$work/results.json" || status=$?
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
[ -s "$work/results.md" ] || { echo "The load generator wrote no results (exit $status)." >&2; exit 1; }
errors=$(grep -c '"level":"Error"\|fail:' "$work/api.log" || true)

mkdir -p "$(dirname "$doc")"
[ -f "$doc" ] || printf '# Load test\n\nWritten by `scripts/load-test.sh`.\n\n%s\n' "$marker" > "$doc"
{
  echo "## $(date -u '+%Y-%m-%d %H:%M') UTC — $duration s at a fixed rate"
  echo
  bench_machine "$(bench_build)"
  echo "- PostgreSQL $("$PG_TEST_BIN/postgres" --version | awk '{ print $3 }') (throw-away server, fsync on); load generator on the same machine"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after; errors in the API's log: $errors"
  echo
  cat "$work/results.md"
} > "$work/run.md"
bench_add_run "$doc" "$marker" "$work/run.md" "$work"
exit "$status"
