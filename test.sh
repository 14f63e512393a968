#!/usr/bin/env bash
# Runs every test of OutlookReferral on a fresh machine. Installs what the tests need
# (Debian's chromium for the task-pane browser tests, tools/manifest-check's npm packages for the
# manifest.json validation, tools/typecheck's TypeScript for the task pane's type check), builds, tests, and ends with
# one line: "N passed, N failed" (skipped tests are counted on the line before it).
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null \
    || { echo "Could not install chromium"; echo "0 passed, 1 failed"; exit 1; }
fi
# Each tool's package-lock.json pins the versions npm installs.
for tool in manifest-check typecheck; do
  if [ ! -d "tools/$tool/node_modules" ]; then
    echo "Installing tools/$tool's npm packages..."
    # A failed install leaves no node_modules behind, so the next run tries again.
    npm_log=$(cd "tools/$tool" && npm install --no-audit --no-fund --loglevel=error 2>&1) \
      || { echo "$npm_log"; rm -rf "tools/$tool/node_modules"; echo "Could not install tools/$tool"; echo "0 passed, 1 failed"; exit 1; }
  fi
done
export OUTLOOKREFERRAL_CHROMIUM="${OUTLOOKREFERRAL_CHROMIUM:-$(command -v chromium)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log=$(mktemp)
dotnet test OutlookReferral.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 49, Skipped: 1, Total: 50").
read -r passed failed skipped < <(grep -aE '(Passed|Failed)! +- Failed: ' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or the test host failed before any test could
fi
echo "${skipped} skipped"
echo "${passed} passed, ${failed} failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
