#!/usr/bin/env bash
# Matching benchmark (issue 4): ranking one request among 1,000 / 10,000 / 100,000 volunteers through the grid next to a
# full scan, and batch plans 200×1,000 and 2,000×10,000 (OR-Tools, checked against the hand-written solver) next to
# greedy, all in one process on seeded synthetic data. Prints the figures and adds them to docs/benchmarks/matching.md
# (newest first). Settings: BENCH_REQUESTS (1000 ranked per size), BENCH_NAIVE_REQUESTS (100 by full scan).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
doc="$root/docs/benchmarks/matching.md"
marker="<!-- runs: newest first -->"
bench_dir="$root/backend/benchmarks/WarmeWijk.Benchmarks/bin/Release/net10.0"
work=$(mktemp -d /tmp/warmewijk-bench-matching.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== build (Release)"
dotnet build "$root/backend/benchmarks/WarmeWijk.Benchmarks/WarmeWijk.Benchmarks.csproj" -c Release --nologo -v quiet

echo "== run"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
status=0
(cd "$bench_dir" && dotnet WarmeWijk.Benchmarks.dll matching \
  --requests "${BENCH_REQUESTS:-1000}" --naive-requests "${BENCH_NAIVE_REQUESTS:-100}" --markdown "$work/results.md") || status=$?
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
[ -s "$work/results.md" ] || { echo "The benchmark wrote no results (exit $status)." >&2; exit 1; }

source "$root/scripts/lib/bench.sh"
commit=$(bench_build)
{
  echo "### $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "- Machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
    "$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME")," \
    ".NET $(dotnet --list-runtimes | awk '/^Microsoft.NETCore.App/ { v = $2 } END { print v }') (SDK $(dotnet --version)); build $commit"
  echo "- lscpu: $(lscpu | awk -F': +' '/^(Architecture|CPU\(s\)|Thread\(s\) per core|Model name|L3 cache)/ { printf "%s%s: %s", sep, $1, $2; sep = "; " }')"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after (2 cores shared with other builds)"
  echo
  cat "$work/results.md"
} > "$work/run.md"
bench_add_run "$doc" "$marker" "$work/run.md" "$work"
exit "$status"
