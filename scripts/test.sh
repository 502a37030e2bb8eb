#!/usr/bin/env bash
# The whole test suite: types, dead code, unit tests, builds of real content, browser tests.
# Browser tests need Debian's Chromium (/usr/bin/chromium). When it is missing this script installs it
# with apt-get (needs root, as on CI); it never skips the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Browser tests need Debian's Chromium; installing it with apt-get (package: chromium)…"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Not root: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and try again." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "== Type check (astro check) =="
npx astro check
echo "== Dead code (knip: unused files, exports, dependencies) =="
npx knip
echo "== Content check (npm run check) =="
npx node scripts/check.ts
echo "== Tests (vitest: unit, build, browser) =="
npx vitest run
