#!/usr/bin/env bash
# Fuzzes the frontend (parse -> resolve -> check -> emit) for MINUTES minutes
# (default 10) with libFuzzer + ASan + UBSan. Builds tests/fuzz/fuzz_frontend
# in build-fuzz/ with clang++; the seed corpus is every .py of the repository.
# Crashes land in build-fuzz/fuzz-artifacts/: minimise one, fix it, and add it
# to tests/fuzz/regressions/ (ctest's fuzz_regressions replays that folder).
set -euo pipefail
minutes=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${FUZZ_JOBS:-1}

cmake -S "$root" -B "$build" -G Ninja -DYIELDC_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ >/dev/null
ninja -C "$build" fuzz_frontend

seeds="$build/fuzz-seeds"
corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts"
i=0
while IFS= read -r -d '' f; do
  cp "$f" "$seeds/$(printf '%05d' "$i")_$(basename "$f")"
  i=$((i + 1))
done < <(find "$root/corpus" "$root/tests" "$root/bench" -name '*.py' -print0)
cp "$root"/tests/fuzz/regressions/* "$seeds/" 2>/dev/null || true
echo "fuzzing for $minutes minute(s) with $i seed files"

# -rss_limit_mb and -timeout turn memory blow-ups and hangs into findings.
"$build/bin/fuzz_frontend" "$corpus" "$seeds" \
  -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
  -jobs="$jobs" -workers="$jobs" -artifact_prefix="$artifacts/" -print_final_stats=1
