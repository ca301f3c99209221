#!/usr/bin/env bash
# Installs what is missing, builds yieldc, and runs every test: the unit
# tests and the golden corpus (through ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir "${YIELDC_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
