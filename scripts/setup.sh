#!/usr/bin/env bash
# Set up cdokb in .venv (idempotent: a second run with an unchanged pyproject.toml does nothing).
#   scripts/setup.sh            the app and its test tools
#   scripts/setup.sh --browser  also Debian's chromium and a Chinese font for the browser and PDF tests
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in python3.11 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then python=$candidate; break; fi
  done
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv

stamp=.venv/.cdokb-installed
want=$(sha1sum pyproject.toml | cut -c1-40)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "installing dependencies into .venv (a few minutes the first time)..." >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  # The CPU build of torch first: an unpinned torch would pull several GB of CUDA packages.
  .venv/bin/python -m pip install -q --disable-pip-version-check torch==2.13.0
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  echo "$want" > "$stamp"
fi

if [ "${1:-}" = "--browser" ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || missing+=(fonts-wqy-zenhei)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "installing ${missing[*]} for the browser and PDF tests..." >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null
    else
      echo "missing ${missing[*]}: run 'sudo apt-get install ${missing[*]}' for the browser and PDF tests" >&2
    fi
  fi
fi
