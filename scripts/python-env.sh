#!/usr/bin/env bash
# Creates once, then reuses, a Python virtual environment kept outside the checkout.
#
#   scripts/python-env.sh sdk      the public geostudio SDK + pytest (tests/sdk/requirements.txt)
#   scripts/python-env.sh runtime  runtime/ installed editable with its dev extras
#
# Prints the environment's path on stdout (progress goes to stderr). The folder is named after a
# hash of everything that decides its contents, so CI and later sessions reuse it until a
# requirements file changes. Old environments are not pruned: `rm -rf` the cache folder to
# reclaim the space (the runtime's, with PyTorch, takes ~7 GB). An environment is built in its own folder and published by renaming
# a symbolic link onto the final name: a venv cannot be moved after creation (its scripts carry
# absolute paths), and the rename is atomic, so an interrupted install is never picked up.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CACHE_DIR="${STUDIO_PYTHON_ENV_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/geo-tuning-studio}"
PYTHON="${STUDIO_PYTHON:-python3}"

say() { printf 'python-env: %s\n' "$*" >&2; }
die() {
  say "$*"
  exit 1
}

usage() {
  cat >&2 <<'EOF'
Usage: scripts/python-env.sh <sdk|runtime>

Creates (once) and prints the path of a cached virtual environment:
  sdk      geostudio SDK and pytest, from tests/sdk/requirements.txt
  runtime  runtime/ (editable) with its dev extras: pytest, ruff, mypy

Environments live in ${XDG_CACHE_HOME:-$HOME/.cache}/geo-tuning-studio
(override with STUDIO_PYTHON_ENV_DIR); the interpreter is python3 (STUDIO_PYTHON).
EOF
}

# The files whose contents decide an environment, one per line.
key_files() {
  case "$1" in
    sdk) echo "$ROOT/tests/sdk/requirements.txt" ;;
    runtime) printf '%s\n' "$ROOT/runtime/pyproject.toml" "$ROOT/runtime/constraints.txt" ;;
  esac
}

# Installs an environment's packages into the venv at $2.
install_packages() {
  local pip=("$2/bin/python" -m pip --disable-pip-version-check)
  case "$1" in
    sdk) "${pip[@]}" install --progress-bar off -r "$ROOT/tests/sdk/requirements.txt" >&2 ;;
    runtime) "${pip[@]}" install --progress-bar off \
      -c "$ROOT/runtime/constraints.txt" -e "$ROOT/runtime[dev]" >&2 ;;
  esac
}

# The parts of a pyproject.toml that change what gets installed; tool settings (ruff, mypy,
# pytest) can change without rebuilding the environment.
installed_part_of() {
  "$PYTHON" - "$1" <<'PY'
import json
import sys
import tomllib

with open(sys.argv[1], "rb") as file:
    document = tomllib.load(file)
project = document.get("project", {})
installed = {
    "build-system": document.get("build-system"),
    "project": {
        key: project.get(key)
        for key in ("name", "requires-python", "dependencies", "optional-dependencies", "scripts")
    },
}
print(json.dumps(installed, sort_keys=True))
PY
}

# A short hash of the interpreter, the pip constraints of this machine and the key files. The
# checkout's path is not part of it: callers put the checkout's runtime/src first on PYTHONPATH,
# so one environment serves every checkout (CI clones into new folders) without a 7 GB copy each.
environment_key() {
  local name="$1" file
  while IFS= read -r file; do
    [[ -f "$file" ]] || die "missing $file"
  done < <(key_files "$name")
  {
    echo "$name"
    "$PYTHON" -c 'import sys; print(sys.version)'
    if [[ -f /etc/xdg/pip/constraints.txt ]]; then cat /etc/xdg/pip/constraints.txt; fi
    while IFS= read -r file; do
      if [[ "$file" == *.toml ]]; then installed_part_of "$file"; else cat "$file"; fi
    done < <(key_files "$name")
  } | sha256sum | cut -c1-16
}

# Builds the environment beside the final name, then publishes it with an atomic rename.
build_environment() {
  local name="$1" target="$2"
  local build="$target.dir-$$"
  say "creating $name environment (once; later runs reuse it): $target"
  rm -rf "$build"
  "$PYTHON" -m venv "$build" >&2
  if ! install_packages "$name" "$build"; then
    rm -rf "$build"
    die "installing the $name environment failed; nothing was kept"
  fi
  ln -sfn "$build" "$target.link-$$"
  mv -T "$target.link-$$" "$target"
  say "ready: $target"
}

main() {
  if [[ $# -ne 1 || "$1" == -h || "$1" == --help ]]; then
    usage
    [[ $# -eq 1 ]] && exit 0
    exit 2
  fi
  local name="$1"
  case "$name" in
    sdk | runtime) ;;
    *) usage && exit 2 ;;
  esac
  command -v "$PYTHON" > /dev/null || die "$PYTHON not found; Python 3.11 or newer is needed"

  mkdir -p "$CACHE_DIR"
  local target
  target="$CACHE_DIR/venv-$name-$(environment_key "$name")"
  if [[ ! -x "$target/bin/python" ]]; then
    # One builder per environment; whoever waited finds it built.
    exec 9> "$target.lock"
    flock 9
    if [[ ! -x "$target/bin/python" ]]; then
      # Under the lock and with no published link, every folder here is from an interrupted run.
      rm -rf "$target".dir-* "$target".link-*
      build_environment "$name" "$target"
    fi
    exec 9>&-
  fi
  echo "$target"
}

main "$@"
