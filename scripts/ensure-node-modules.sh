#!/usr/bin/env bash
# Installs the Node packages when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.install-stamp
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "Installing Node packages (npm ci)…" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  touch "$stamp"
fi
