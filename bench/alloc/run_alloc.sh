#!/usr/bin/env bash
# Shows that steady-state generator iteration allocates nothing per item:
# builds steady_state.py with yieldc, runs it at N and 10*N items under the
# allocation counter (alloc_count.c), checks its output against CPython and
# reports the allocations and peak RSS of both runs. Exits 1 if the extra
# items cost more than MAX_PER_ITEM allocations each (default 0.001).
# Usage: bench/alloc/run_alloc.sh [YIELDC] [N]   (defaults: build/bin/yieldc, 200000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
yieldc="${1:-$root/build/bin/yieldc}"
n="${2:-200000}"
max_per_item="${MAX_PER_ITEM:-0.001}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"${CC:-clang}" -O2 -shared -fPIC -o "$work/alloc_count.so" "$here/alloc_count.c"
"$yieldc" build -O2 "$here/steady_state.py" -o "$work/steady_state"

measure() {  # prints "allocations peak_rss_kib", checks stdout against CPython
  local items="$1" report
  LD_PRELOAD="$work/alloc_count.so" "$work/steady_state" "$items" >"$work/out" 2>"$work/err"
  if command -v python3 >/dev/null; then
    python3 "$here/steady_state.py" "$items" | cmp -s - "$work/out" || {
      echo "run_alloc: output differs from CPython at N=$items" >&2
      exit 1
    }
  fi
  report="$(grep '^alloc_count:' "$work/err")"
  report="${report#*allocations=}"
  echo "${report/ peak_rss_kib=/ }"
}

read -r a1 rss1 < <(measure "$n")
read -r a10 rss10 < <(measure "$((10 * n))")
extra_items=$((6 * 9 * n))  # six stages, each 9*N more items
echo "N=$n: allocations=$a1 peak_rss_kib=$rss1"
echo "10N=$((10 * n)): allocations=$a10 peak_rss_kib=$rss10"
awk -v a1="$a1" -v a10="$a10" -v items="$extra_items" -v max="$max_per_item" 'BEGIN {
  per = (a10 - a1) / items
  printf "allocations per extra item: %.6f (limit %s)\n", per, max
  exit (per > max) ? 1 : 0
}'
