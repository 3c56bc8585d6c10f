#!/usr/bin/env bash
# Backup-and-restore drill on a throw-away PostgreSQL server: migrate and seed a database with the demo networks,
# back it up with `pg_dump -Fc`, restore it into a fresh database with `pg_restore`, and check that the copy is whole:
# the same tables with the same row counts and the same content (a checksum per table), `migrate` finds nothing to do,
# and the API started on the copy in Production answers /health/ready and a login with a demo account.
# Prints the comparison and the figures; exits non-zero when anything differs. Stops everything it started.
# Settings: VERIFY_SKIP_BUILD=1 uses the existing Release build; VERIFY_FSYNC=off runs PostgreSQL without flushing;
# VERIFY_REFERRALS (25) partner referrals are sent before the dump; VERIFY_TAMPER=1 damages the copy to show the check fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
api_dir="$root/backend/src/WarmeWijk.Api/bin/Release/net10.0"
work=$(mktemp -d /tmp/warmewijk-restore.XXXXXX)
login_email=coordinator@kiel.demo.warmewijk.be
login_password=WarmeWijk-demo-2026
cleanup() {
  stop_hosts
  stop_test_postgres
  rm -rf "$work"
}

# start_api NAME SETTINGS...: the API from its Release build on $api_port.
start_api() {
  local name=$1; shift
  start "$name" "$api_dir" env "$@" dotnet WarmeWijk.Api.dll --urls "http://127.0.0.1:$api_port"
}

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

source "$root/scripts/lib/postgres.sh"
source "$root/scripts/lib/hosts.sh"
trap cleanup EXIT
trap 'exit 130' INT TERM
PG_TEST_PORT=$(free_port)
PG_TEST_FSYNC=${VERIFY_FSYNC:-on}
start_test_postgres
trap cleanup EXIT # start_test_postgres sets its own EXIT trap; cleanup stops PostgreSQL too.
pg=(-h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres)
psql_q() { "$PG_TEST_BIN/psql" "${pg[@]}" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
connection() { echo "Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Database=$1"; }
api_port=$(free_port)

if [ -z "${VERIFY_SKIP_BUILD:-}" ]; then
  echo "== build (Release)"
  dotnet build "$root/backend/src/WarmeWijk.Api/WarmeWijk.Api.csproj" -c Release --nologo -v quiet
fi

echo "== source database: migrate and seed the demo networks (Development), a sign-in and partner referrals"
psql_q -d postgres -c "CREATE DATABASE warmewijk"
start_api seed ASPNETCORE_ENVIRONMENT=Development Database__Provider=PostgreSql \
  "ConnectionStrings__WarmeWijk=$(connection warmewijk)" Webhooks__Enabled=false
wait_ready seed "http://127.0.0.1:$api_port/health/ready"
base="http://127.0.0.1:$api_port/api/v1"
curl -fs -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"$login_email\",\"password\":\"$login_password\"}" "$base/auth/login"
# A few intakes through the partner API (docs/api.md), so residents, consents, help requests, their timeline,
# referrals, idempotency records and the audit trail hold rows too.
partner_token=$(curl -fs -X POST "$base/auth/token" -d grant_type=client_credentials -d client_id=kiel-partner \
  -d client_secret=demo-partner-secret-kiel | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).accessToken))')
for i in $(seq 1 "${VERIFY_REFERRALS:-25}"); do
  curl -fs -o /dev/null -X POST "$base/referrals" -H "Authorization: Bearer $partner_token" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -d "{\"resident\": {\"firstName\": \"Josée\", \"lastName\": \"Peeters-$i\", \"birthYear\": 1938, \"phone\": \"03 238 11 22\",
          \"address\": {\"street\": \"De Bosschaertstraat\", \"houseNumber\": \"$i\", \"postalCode\": \"2020\",
                      \"municipality\": \"Antwerpen\", \"sectorCode\": \"11002F61-\"},
          \"languages\": [\"nl\", \"fr\"], \"contactPreference\": \"Phone\"},
        \"consentConfirmed\": true, \"categoryCode\": \"social-contact\", \"urgency\": \"Normal\",
        \"description\": \"Synthetic drill referral $i: ééñ ü — 日本\"}"
done
stop_hosts

echo "== pg_dump -Fc"
started=$(date +%s%N)
"$PG_TEST_BIN/pg_dump" "${pg[@]}" -d warmewijk -Fc -f "$work/warmewijk.dump"
dump_ms=$(ms_since "$started")
dump_bytes=$(stat -c %s "$work/warmewijk.dump")
"$PG_TEST_BIN/pg_restore" -l "$work/warmewijk.dump" > "$work/toc.txt"

echo "== pg_restore into a fresh database"
psql_q -d postgres -c "CREATE DATABASE warmewijk_restored"
started=$(date +%s%N)
"$PG_TEST_BIN/pg_restore" "${pg[@]}" -d warmewijk_restored --no-owner --exit-on-error --single-transaction "$work/warmewijk.dump"
restore_ms=$(ms_since "$started")
if [ -n "${VERIFY_TAMPER:-}" ]; then
  echo "VERIFY_TAMPER: deleting one refresh token from the copy; the comparison must now fail"
  psql_q -d warmewijk_restored -c "DELETE FROM refresh_tokens WHERE ctid = (SELECT ctid FROM refresh_tokens LIMIT 1)"
fi

# Every ordinary table outside the system schemas: exact row count and an md5 over its rows in a fixed order.
tables_of() {
  psql_q -d "$1" -c "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
                     WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
}
summary_of() {
  local db=$1 table
  for table in $(tables_of "$db"); do
    psql_q -d "$db" -F ' ' -c "SELECT '$table', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), ''))
                               FROM $table t"
  done
}
summary_of warmewijk > "$work/source.txt"
summary_of warmewijk_restored > "$work/restored.txt"
objects_of() {
  psql_q -d "$1" -c "SELECT (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public') || ' indexes, '
                         || (SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                             WHERE n.nspname = 'public') || ' constraints, '
                         || (SELECT count(*) FROM pg_sequences WHERE schemaname = 'public') || ' sequences'"
}

echo
printf '%-45s %10s %10s  %s\n' table source restored content
status=0
while read -r table rows sum; do
  read -r rtable rrows rsum < <(grep -F "$table " "$work/restored.txt" | head -n 1) || { rtable=; rrows=missing; rsum=; }
  if [ "$rtable" = "$table" ] && [ "$rows" = "$rrows" ] && [ "$sum" = "$rsum" ]; then verdict=same; else verdict=DIFFERENT; status=1; fi
  printf '%-45s %10s %10s  %s\n' "$table" "$rows" "$rrows" "$verdict"
done < "$work/source.txt"
[ "$(wc -l < "$work/source.txt")" = "$(wc -l < "$work/restored.txt")" ] || { echo "The restored database has a different number of tables." >&2; status=1; }
source_objects=$(objects_of warmewijk)
restored_objects=$(objects_of warmewijk_restored)
echo "schema objects: source $source_objects; restored $restored_objects"
[ "$source_objects" = "$restored_objects" ] || status=1
total_rows=$(awk '{ s += $2 } END { print s }' "$work/source.txt")
table_count=$(wc -l < "$work/source.txt")

echo
echo "== migrate on the restored database (expects nothing to apply)"
migrate_status=0
(cd "$api_dir" && env ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql \
  "ConnectionStrings__WarmeWijk=$(connection warmewijk_restored)" dotnet WarmeWijk.Api.dll migrate) > "$work/migrate.log" 2>&1 || migrate_status=$?
if [ "$migrate_status" != 0 ] || grep -q "Applying migration" "$work/migrate.log"; then
  echo "migrate: exit $migrate_status, or it applied something to the restored copy:" >&2; cat "$work/migrate.log" >&2; status=1
else
  echo "migrate: exit 0, nothing applied"
fi

echo "== the API on the restored database (Production), sign-in as $login_email"
start_api restored ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql \
  "ConnectionStrings__WarmeWijk=$(connection warmewijk_restored)" Auth__Jwt__SigningKey="$(head -c 48 /dev/urandom | base64)"
wait_ready restored "http://127.0.0.1:$api_port/health/ready"
login_status=$(curl -s -o "$work/login.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"email\":\"$login_email\",\"password\":\"$login_password\"}" "http://127.0.0.1:$api_port/api/v1/auth/login")
me_status=000
if [ "$login_status" = 200 ] && token=$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1])).accessToken)' "$work/login.json"); then
  me_status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$api_port/api/v1/me")
fi
echo "POST /api/v1/auth/login: HTTP $login_status; GET /api/v1/me with its token: HTTP $me_status"
[ "$login_status" = 200 ] && [ "$me_status" = 200 ] || status=1
stop_hosts

echo
echo "== figures"
echo "date: $(date -u '+%Y-%m-%d %H:%M') UTC"
echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
  "$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME")"
echo "PostgreSQL: $("$PG_TEST_BIN/postgres" --version | awk '{ print $3 }') (throw-away server, fsync=$PG_TEST_FSYNC)"
echo "database: $table_count tables, $total_rows rows, $(grep -c ' TABLE DATA ' "$work/toc.txt") table-data entries in the dump"
echo "pg_dump -Fc: $dump_bytes bytes in $dump_ms ms; pg_restore --single-transaction: $restore_ms ms"
if [ "$status" = 0 ]; then echo "restore verified: every table equal, migrate had nothing to do, the login works"; else echo "restore NOT verified" >&2; fi
exit "$status"
