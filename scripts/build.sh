#!/usr/bin/env bash
# Configures and builds yieldc into build/ (or $YIELDC_BUILD_DIR).
# The build tree is laid out like an install: build/bin/yieldc,
# build/lib/libyieldc_rt.a, build/include/yieldc/.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${YIELDC_BUILD_DIR:-build}
launcher=()
if command -v ccache >/dev/null 2>&1; then
  # Paths relative to the checkout, so worktrees and fresh clones share hits.
  export CCACHE_BASEDIR="$PWD"
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
fi
cmake --build "$build_dir" -- -j"$(nproc)"
