#!/usr/bin/env bash
# Runs every test: backend on SQLite and on a throw-away PostgreSQL server, frontend type checks, lint,
# the generated-client check, unit tests, and Playwright end-to-end tests in Chromium against the real API.
# Ends with one line "N passed, N failed, N skipped" and a non-zero exit when anything failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
results="$root/artifacts/test-results"
frontend_results="$root/frontend/test-results"
checks="$root/artifacts/checks.txt"
rm -rf "$results" "$frontend_results" && mkdir -p "$results" "$frontend_results" && : > "$checks"

check() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then echo "pass $name" >> "$checks"; else echo "fail $name" >> "$checks"; fi
}

# A runner whose failures are counted by its own report; only a crash without a report counts here.
run_reported() {
  local name=$1 report=$2; shift 2
  echo "== $name"
  "$@"
  local rc=$?
  if [ $rc -ne 0 ] && ! ls $report >/dev/null 2>&1; then echo "fail $name (exit $rc, no report)" >> "$checks"; fi
}

source "$root/scripts/lib/postgres.sh"
if [ -z "${WARMEWIJK_TEST_POSTGRES:-}" ]; then
  check "start PostgreSQL" start_test_postgres
fi
export WARMEWIJK_REQUIRE_POSTGRES=1

check "backend build" dotnet build WarmeWijk.Api.sln --nologo -v quiet
run_reported "backend tests" "$results/*.trx" \
  dotnet test WarmeWijk.Api.sln --no-build --nologo --logger trx --results-directory "$results"

cd "$root/frontend"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  check "npm ci" npm ci --no-audit --no-fund
fi
check "frontend typecheck" npm run --silent typecheck
check "frontend lint" npm run --silent lint
check "generated API client is current" npm run --silent check:api
check "OpenAPI document passes Spectral" npm run --silent lint:api
run_reported "frontend unit tests" "$frontend_results/vitest.json" npm test --silent
check "frontend build" npm run --silent build

e2e() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "Chromium is missing: apt-get install chromium (Debian) — .ci/run does this." >&2
    return 1
  fi
  local port=${WARMEWIJK_E2E_PORT:-5181} data log pid
  data=$(mktemp -d /tmp/warmewijk-e2e.XXXXXX)
  log="$root/artifacts/e2e-api.log"
  # Every e2e test signs in from 127.0.0.1: more than the 30 anonymous requests a minute one address may make.
  ASPNETCORE_ENVIRONMENT=Development RateLimits__AnonymousPerMinute=1000 \
  Spa__RootPath="$root/frontend/dist" \
  ConnectionStrings__WarmeWijk="Data Source=$data/e2e.db" \
    dotnet run --no-build --no-launch-profile --project "$root/backend/src/WarmeWijk.Api" -- --urls "http://127.0.0.1:$port" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
  done
  BASE_URL="http://127.0.0.1:$port" npm run --silent e2e
  local rc=$?
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  rm -rf "$data"
  return $rc
}
run_reported "end-to-end tests" "$frontend_results/playwright.json" e2e

cd "$root"
node scripts/lib/totals.mjs "$results" "$frontend_results" "$checks"
