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

step "TypeScript tests (vitest: unit, integration, browser journeys)"
npx vitest run
