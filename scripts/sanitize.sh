#!/usr/bin/env bash
# Builds yieldc (with libyieldc_rt_asan.a) and runs the whole corpus with
# every program and the runtime under -fsanitize=address,undefined.
# Extra arguments go to `yieldc test` (e.g. --filter protocol/, -j1).
# Leak checking is off by default (see README.md); ASAN_OPTIONS=detect_leaks=1 turns it on.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec "${YIELDC_BUILD_DIR:-build}/bin/yieldc" test --sanitize -O1 --timeout 120 "$@" corpus
