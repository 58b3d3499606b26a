#!/usr/bin/env bash
# The whole test suite: the one command of the README that .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step "Node packages"
bash scripts/ensure-node-modules.sh

step "Format and lint (biome)"
npx biome ci --reporter=summary .

step "Types (tsc --noEmit)"
npx tsc --noEmit

step "Build (next build)"
npx next build > /tmp/studio-next-build.log 2>&1 || { cat /tmp/studio-next-build.log; exit 1; }

step "Chromium for the browser journeys"
bash scripts/ensure-chromium.sh

step "TypeScript tests (vitest: unit, integration, browser journeys)"
report="$(mktemp --suffix=.json)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
node --import tsx scripts/check-test-report.ts "$report"

step "Python environments (cached outside the checkout by scripts/python-env.sh)"
runtime_env="$(scripts/python-env.sh runtime)"
sdk_env="$(scripts/python-env.sh sdk)"

# The runtime's source comes from this checkout, whichever checkout built the shared environment.
export PYTHONPATH="$PWD/runtime/src${PYTHONPATH:+:$PYTHONPATH}"

step "Python format, lint and types (ruff, mypy)"
"$runtime_env/bin/ruff" format --check runtime tests/sdk
"$runtime_env/bin/ruff" check runtime tests/sdk
(cd runtime && "$runtime_env/bin/python" -m mypy)

step "Python runtime tests (pytest runtime/tests)"
(cd runtime && "$runtime_env/bin/python" -m pytest -q)

step "geostudio SDK against a running studio (pytest tests/sdk)"
"$sdk_env/bin/python" -m pytest -q tests/sdk
