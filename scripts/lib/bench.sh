# Helpers of the benchmark scripts (source this file): which build ran, and adding a run to a docs/benchmarks page.

# bench_build: the short commit of HEAD, noting uncommitted changes in backend/.
bench_build() {
  local commit
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  git diff --quiet HEAD -- backend 2>/dev/null || commit="$commit with uncommitted changes in backend/"
  echo "$commit"
}

# bench_add_run DOC MARKER RUN_FILE WORK_DIR: puts the text of RUN_FILE right after the line MARKER of DOC (newest first).
bench_add_run() {
  local doc=$1 marker=$2 run=$3 work=$4 page
  grep -qxF "$marker" "$doc" || { echo "$doc has no line '$marker' to add the run after." >&2; return 1; }
  page=$(mktemp "$work/page.XXXXXX")
  awk -v marker="$marker" -v run="$run" \
    '{ print } $0 == marker { print ""; while ((getline line < run) > 0) print line }' "$doc" > "$page"
  cp "$page" "$doc"
  echo "== added to ${doc#"$root"/}"
}

# bench_machine COMMIT: the lines that say on what a run ran.
bench_machine() {
  echo "- Machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
    "$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME")," \
    ".NET $(dotnet --list-runtimes | awk '/^Microsoft.NETCore.App/ { v = $2 } END { print v }') (SDK $(dotnet --version)); build $1"
}
