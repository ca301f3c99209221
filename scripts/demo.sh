#!/usr/bin/env bash
# Quick start: installs what is missing, builds yieldc, and runs a seed
# example (the tutorial's countdown generator) through `yieldc run`.
# Any arguments name another script to run instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh >/dev/null
if [ "$#" -eq 0 ]; then
  set -- corpus/seed/countdown.py
fi
exec "${YIELDC_BUILD_DIR:-build}/bin/yieldc" run "$@"
