#!/usr/bin/env bash
# Installs Debian's chromium for the browser journeys when it is missing.
# playwright-core drives it through executablePath; `npx playwright install` cannot download here.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if ! command -v apt-get > /dev/null; then
  echo "chromium is missing and apt-get is not available: install chromium at /usr/bin/chromium." >&2
  exit 1
fi

sudo_prefix=()
if [ "$(id -u)" != "0" ]; then
  sudo_prefix=(sudo)
fi

echo "Installing chromium (apt-get)…" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_prefix[@]}" apt-get update -qq > /dev/null
"${sudo_prefix[@]}" apt-get install -y -qq --no-install-recommends chromium > /dev/null

if [ ! -x /usr/bin/chromium ]; then
  echo "apt-get finished but /usr/bin/chromium is still missing." >&2
  exit 1
fi
