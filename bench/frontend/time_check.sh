#!/usr/bin/env bash
# Times `yieldc check` (parse -> resolve -> check -> emit, no C++ compile) on a
# generated N-line script (default 20,000 lines): three runs, prints each and
# the median. Usage: time_check.sh [YIELDC] [LINES]. Target: under 1 s.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
yieldc=${1:-yieldc}
lines=${2:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_big_script.py" "$lines" -o "$work/big.py"
python3 -c "compile(open('$work/big.py').read(), 'big.py', 'exec')"
times=()
for run in 1 2 3; do
  start=$(date +%s.%N)
  if ! "$yieldc" check "$work/big.py" >/dev/null 2>"$work/err"; then
    echo "yieldc check failed:" >&2
    head -20 "$work/err" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  times+=("$t")
  printf 'run %d: %.3f s\n' "$run" "$t"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
printf 'median of 3 (%s lines): %.3f s\n' "$(wc -l < "$work/big.py")" "$median"
