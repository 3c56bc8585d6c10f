#!/usr/bin/env bash
# Failure drills on a throw-away PostgreSQL (durable: fsync on) with the API's Release build in Production:
#   1. kill -9 the API during a burst of idempotent partner referrals, start it again: every referral is created
#      exactly once (the client retries each one with its Idempotency-Key).
#   2. stop PostgreSQL for DRILL_PG_DOWN seconds (10) under the same kind of load: callers get 503 with Retry-After
#      meanwhile, readiness says 503, and the API recovers on its own once PostgreSQL is back; nothing lost or doubled.
#   3. two API instances on loopback sharing the database, both serving and both delivering webhooks: every outbox
#      message reaches the receiver once, signed; then the receiver is down for DRILL_RECEIVER_DOWN seconds (120) while
#      new messages queue, and every one of them arrives once it is back.
# Prints each check and adds the run to docs/benchmarks/failure-drills.md; exits non-zero when a check fails.
# Settings: DRILL_INTAKES (300), DRILL_EVENTS (60), DRILL_SKIP_BUILD=1 uses the existing Release build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
api_dir="$root/backend/src/WarmeWijk.Api/bin/Release/net10.0"
drill="node $root/scripts/drill/drill.mjs"
doc="$root/docs/benchmarks/failure-drills.md"
marker="<!-- runs: newest first -->"
intakes=${DRILL_INTAKES:-300}
events=${DRILL_EVENTS:-60}
pg_down=${DRILL_PG_DOWN:-10}
receiver_down=${DRILL_RECEIVER_DOWN:-120}
work=$(mktemp -d /tmp/warmewijk-drill.XXXXXX)

source "$root/scripts/lib/postgres.sh"
source "$root/scripts/lib/hosts.sh"
source "$root/scripts/lib/bench.sh"
start_durable_database
psql_q() { "$PG_TEST_BIN/psql" -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres -d warmewijk -X -q -v ON_ERROR_STOP=1 -At -c "$1"; }

status=0
results="$work/results.md"
: > "$results"
# check TEXT CONDITION...: prints and records a check; a failed one fails the drill.
check() {
  local what=$1; shift
  if "$@"; then echo "   ok: $what"; echo "- ok: $what" >> "$results"
  else echo "   FAILED: $what" >&2; echo "- **FAILED**: $what" >> "$results"; status=1; fi
}
json() { node -e "const s = require(process.argv[1]); console.log($2)" "$1"; }

if [ -z "${DRILL_SKIP_BUILD:-}" ]; then
  echo "== build (Release)"
  dotnet build "$root/backend/src/WarmeWijk.Api/WarmeWijk.Api.csproj" -c Release --nologo -v quiet
fi

database=(Database__Provider=PostgreSql "ConnectionStrings__WarmeWijk=Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Database=warmewijk")
# Production as deployed, except: loopback webhook URLs allowed (the receiver runs here), short webhook back-off so
# the drill takes minutes rather than hours, and no rate limit on one client's burst.
settings=(ASPNETCORE_ENVIRONMENT=Production "${database[@]}" "Auth__Jwt__SigningKey=$(head -c 48 /dev/urandom | base64)"
  Logging__LogLevel__Default=Warning RateLimits__Enabled=false Webhooks__AllowLoopbackUrls=true
  Webhooks__PollInterval=00:00:01 Webhooks__BaseDelay=00:00:02 Webhooks__MaxDelay=00:00:15 Webhooks__CircuitBreakDuration=00:00:05)
port_a=$(free_port)
port_b=$(free_port)
a="http://127.0.0.1:$port_a"
b="http://127.0.0.1:$port_b"
# start_api NAME PORT: the API in Production; its pid is the last of `pids`.
start_api() { start "$1" "$api_dir" env "${settings[@]}" dotnet WarmeWijk.Api.dll --urls "http://127.0.0.1:$2"; }

echo "== migrate and seed the demo networks (Development)"
start seed "$api_dir" env ASPNETCORE_ENVIRONMENT=Development "${database[@]}" Webhooks__Enabled=false dotnet WarmeWijk.Api.dll --urls "$a"
wait_ready seed "$a/health/ready"
stop_hosts
from_partner() { psql_q "SELECT count(*) FROM referrals WHERE direction = 'FromPartner'"; }
help_requests() { psql_q "SELECT count(*) FROM help_requests"; }

echo "== 1. kill -9 the API during a burst of $intakes idempotent referrals"
printf '\n### %s\n\n' "1. kill -9 during a burst of $intakes idempotent referrals" >> "$results"
start_api api-a "$port_a"; api_a=${pids[-1]}
wait_ready api-a "$a/health/ready"
referrals_before=$(from_partner); requests_before=$(help_requests)
$drill intakes --bases "$a" --count "$intakes" --concurrency 16 --out "$work/kill.json" > /dev/null &
client=$!
sleep 3
kill -9 "$api_a"; killed_at=$(date +%s%N)
sleep 2
start_api api-a "$port_a"
wait_ready api-a "$a/health/ready"
echo "   the API answered again $(( ($(date +%s%N) - killed_at) / 1000000 )) ms after kill -9"
wait "$client" || true
cat "$work/kill.json"; echo
check "every referral accepted ($(json "$work/kill.json" s.accepted) of $intakes; $(json "$work/kill.json" s.retried) needed a retry)" \
  [ "$(json "$work/kill.json" 's.accepted === s.sent && s.distinctIds === s.sent')" = true ]
check "exactly $intakes new referrals and help requests in the database ($(( $(from_partner) - referrals_before )), $(( $(help_requests) - requests_before )))" \
  [ "$(( $(from_partner) - referrals_before ))" = "$intakes" -a "$(( $(help_requests) - requests_before ))" = "$intakes" ]
echo "- Outcomes of all attempts: \`$(json "$work/kill.json" 'JSON.stringify(s.outcomes)')\`" >> "$results"

echo "== 2. PostgreSQL down for $pg_down s under load"
printf '\n### %s\n\n' "2. PostgreSQL stopped for $pg_down s under load" >> "$results"
api_a=${pids[-1]}
referrals_before=$(from_partner)
$drill intakes --bases "$a" --count "$intakes" --concurrency 8 --out "$work/pg.json" > /dev/null &
client=$!
( while kill -0 "$client" 2>/dev/null; do curl -s -o /dev/null -w '%{http_code}\n' "$a/health/ready" || echo 000; sleep 0.5; done ) > "$work/ready.log" &
poller=$!
sleep 3
pause_test_postgres
sleep "$pg_down"
resume_test_postgres
wait "$client" || true
wait "$poller" || true
cat "$work/pg.json"; echo
check "callers got 503 with Retry-After while PostgreSQL was down ($(json "$work/pg.json" "s.outcomes['503 with Retry-After'] ?? 0") times) and never a 500" \
  [ "$(json "$work/pg.json" "(s.outcomes['503 with Retry-After'] ?? 0) > 0 && !Object.keys(s.outcomes).some(o => o.startsWith('500'))")" = true ]
check "readiness said 503 meanwhile and 200 again afterwards ($(grep -c '^503' "$work/ready.log") polls of 503)" \
  [ "$(grep -c '^503' "$work/ready.log")" -gt 0 -a "$(tail -n 1 "$work/ready.log")" = 200 ]
check "the same API process recovered without a restart" kill -0 "$api_a"
check "every referral accepted once ($(json "$work/pg.json" s.accepted) of $intakes; $(( $(from_partner) - referrals_before )) new rows)" \
  [ "$(json "$work/pg.json" 's.accepted === s.sent && s.distinctIds === s.sent')" = true -a "$(( $(from_partner) - referrals_before ))" = "$intakes" ]
echo "- Outcomes of all attempts: \`$(json "$work/pg.json" 'JSON.stringify(s.outcomes)')\`" >> "$results"

echo "== 3. two API instances, one database, webhooks delivered once; the receiver down for $receiver_down s"
printf '\n### %s\n\n' "3. Two instances sharing PostgreSQL; webhook receiver down for $receiver_down s" >> "$results"
start_api api-b "$port_b"
wait_ready api-b "$b/health/ready"
receiver_port=$(free_port)
start receiver "$root" $drill receiver --port "$receiver_port" --log "$work/received.log"; receiver=${pids[-1]}
$drill subscribe --base "$a" --url "http://127.0.0.1:$receiver_port/hook" --out "$work/subscription.json"
secret=$(json "$work/subscription.json" s.secret)
pending() { psql_q "SELECT count(*) FROM outbox_messages WHERE delivered_at IS NULL AND dead_lettered_at IS NULL"; }
# settle TIMEOUT: waits until no message is pending.
settle() {
  local deadline=$(( $(date +%s) + $1 ))
  while [ "$(pending)" != 0 ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 1; done
}
$drill events --bases "$a,$b" --count "$events" --out "$work/events.json"
settle 120
$drill verify --log "$work/received.log" --secret "$secret" --expect "$events" --out "$work/verify.json"
check "both instances served the referrals ($(json "$work/events.json" 'Object.values(s.perBase).join(" and ")'))" \
  [ "$(json "$work/events.json" 'Object.values(s.perBase).every(n => n > 0)')" = true ]
check "each of the $events messages received exactly once, signature valid ($(json "$work/verify.json" 's.received + " received, " + s.distinct + " distinct, " + s.badSignatures + " bad signatures"'))" \
  [ "$(json "$work/verify.json" 's.received === s.expected && s.distinct === s.expected && s.badSignatures === 0')" = true ]

kill "$receiver"; wait "$receiver" 2>/dev/null || true
$drill events --bases "$b,$a" --count "$events" --out "$work/events-down.json"
echo "   receiver down; $(pending) messages waiting; waiting $receiver_down s"
sleep "$receiver_down"
attempts_while_down=$(psql_q "SELECT coalesce(sum(attempts), 0) FROM outbox_messages WHERE delivered_at IS NULL")
start receiver "$root" $drill receiver --port "$receiver_port" --log "$work/received-after.log"
back_at=$(date +%s)
settle 300
echo "   all delivered $(( $(date +%s) - back_at )) s after the receiver came back"
$drill verify --log "$work/received-after.log" --secret "$secret" --expect "$events" --out "$work/verify-after.json"
check "after $receiver_down s down ($attempts_while_down failed attempts meanwhile) all $events messages arrived once, within $(( $(date +%s) - back_at )) s of the receiver's return" \
  [ "$(json "$work/verify-after.json" 's.received === s.expected && s.distinct === s.expected && s.badSignatures === 0')" = true ]
check "nothing dead-lettered" [ "$(psql_q "SELECT count(*) FROM outbox_messages WHERE dead_lettered_at IS NOT NULL")" = 0 ]

mkdir -p "$(dirname "$doc")"
[ -f "$doc" ] || printf '# Failure drills\n\nWritten by `scripts/drill-failures.sh`.\n\n%s\n' "$marker" > "$doc"
{
  echo "## $(date -u '+%Y-%m-%d %H:%M') UTC — $([ "$status" = 0 ] && echo 'all checks passed' || echo 'FAILED')"
  echo
  bench_machine "$(bench_build)"
  echo "- PostgreSQL $("$PG_TEST_BIN/postgres" --version | awk '{ print $3 }') (throw-away server, fsync on)"
  cat "$results"
} > "$work/run.md"
bench_add_run "$doc" "$marker" "$work/run.md" "$work"
exit "$status"
