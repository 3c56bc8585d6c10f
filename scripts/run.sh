#!/usr/bin/env bash
# Starts WarmeWijk on one local URL: builds the SPA, then runs the API (which serves the SPA) on an
# embedded SQLite database, migrated and seeded with demo networks; prints the demo logins.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
url=${WARMEWIJK_URL:-http://127.0.0.1:5080}

cd "$root/frontend"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build

cd "$root"
mkdir -p "$root/.data"
export ASPNETCORE_ENVIRONMENT=Development
export Spa__RootPath="$root/frontend/dist"
export ConnectionStrings__WarmeWijk="Data Source=$root/.data/warmewijk.db"
exec dotnet run --project backend/src/WarmeWijk.Api --no-launch-profile -- --urls "$url"
