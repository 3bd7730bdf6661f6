#!/usr/bin/env bash
# Cordon's whole test suite: restore, build, a throwaway PostgreSQL server, every test project.
# Ends with the plain line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$PWD/TestResults/run"
rm -rf "$results"
mkdir -p "$results"

fail() { echo "test.sh: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

# PostgreSQL: a throwaway cluster for the storage tests, stopped whatever happens.
pg_env=$(scripts/postgres.sh start) || fail "could not start a throwaway PostgreSQL server"
eval "$pg_env"
trap 'scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT

# Chromium for the browser tests: Debian's package, since Playwright cannot download its own browsers here.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1; } \
    || echo "test.sh: could not install chromium; the browser tests will fail" >&2
fi

# promtool (the alert rules and /metrics) and PgBouncer (transaction pooling) for the operations tests, which skip without them.
if { ! command -v promtool >/dev/null 2>&1 || [ ! -x /usr/sbin/pgbouncer ]; } && [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends prometheus pgbouncer >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends prometheus pgbouncer >/dev/null 2>&1; } \
    || echo "test.sh: could not install prometheus and pgbouncer; the promtool and PgBouncer tests are skipped" >&2
fi

dotnet restore Cordon.slnx || fail "restore failed"
dotnet build Cordon.slnx -c Release --no-restore -warnaserror || fail "build failed"

# One project at a time, each writing its own result file: names made from timestamps collide when projects run together.
test_status=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" || test_status=$?
done

# dotnet test's own summary is per project; CI needs one total, taken from the result files.
passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o "$1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done

projects=$(ls tests/*/*.Tests.csproj | wc -l)
if [ "$files" -lt "$projects" ]; then
  echo "test.sh: only $files of $projects test projects wrote results (a test host crashed?)" >&2
  failed=$((failed + projects - files))
fi
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "test.sh: dotnet test exited with $test_status" >&2
  failed=1
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
