#!/usr/bin/env bash
# End-to-end checks of `yieldc test` on folders outside the repository: the
# final `N passed, M failed` line, unified diffs, NAME.in / NAME.args / NAME.rc,
# --filter, --update and --check-goldens with --reference, --sanitize.
# usage: test_runner_test.sh YIELDC
set -uo pipefail
yieldc=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run_test STATUS ARGS...: `yieldc test ARGS` from / (not the checkout);
# output in $work/out; checks the exit status.
run_test() {
  local want=$1; shift
  (cd / && "$yieldc" test -j2 "$@") >"$work/out" 2>"$work/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "'yieldc test $*' exited $got, expected $want; output: $(tail -c 600 "$work/out") $(head -c 300 "$work/err")"
}
last_line_is() {
  [ "$(tail -n 1 "$work/out")" = "$1" ] || fail "last line '$(tail -n 1 "$work/out")', expected '$1' ($2)"
}
output_has() {
  grep -qF -- "$1" "$work/out" || fail "output lacks '$1' ($2): $(head -c 800 "$work/out")"
}

# --- a passing program and its golden, in a folder outside the repository
good=$work/outside/good
mkdir -p "$good"
cat >"$good/squares.py" <<'PY'
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)))
print(sum(squares(10)))
PY
printf '[0, 1, 4, 9, 16]\n285\n' >"$good/squares.out"
run_test 0 "$good"
last_line_is "1 passed, 0 failed" "a folder outside the repository"
run_test 0 "$good/squares.py"
last_line_is "1 passed, 0 failed" "a single file"

# --- a failing golden: a unified diff, FAIL, the reproduce line, status 1
bad=$work/outside/bad
mkdir -p "$bad"
cp "$good/squares.py" "$bad/"
printf '[0, 1, 4, 9, 16]\n286\n' >"$bad/squares.out"
run_test 1 "$bad"
last_line_is "0 passed, 1 failed" "a failing golden"
output_has "FAIL $bad/squares.py" "the FAIL line"
output_has "--- expected (CPython)" "diff header"
output_has "+++ actual (yieldc)" "diff header"
output_has "@@ " "hunk header"
output_has "-286" "removed line"
output_has "+285" "added line"
output_has "reproduce: yieldc run $bad/squares.py" "reproduce line"
run_test 1 "$good" "$bad"
last_line_is "1 passed, 1 failed" "both folders"

# --- NAME.in is stdin, NAME.args are the arguments, NAME.rc the exit status
io=$work/outside/io
mkdir -p "$io"
cat >"$io/echo.py" <<'PY'
import sys
def words(stream):
    for line in stream:
        yield from line.split()
print(sys.argv[1:])
print(list(words(sys.stdin)))
sys.exit(int(sys.argv[1]))
PY
printf '4 b  c\n' >"$io/echo.args"
printf 'x y\nz\n' >"$io/echo.in"
printf "['4', 'b', 'c']\n['x', 'y', 'z']\n" >"$io/echo.out"
printf '4\n' >"$io/echo.rc"
run_test 0 "$io"
last_line_is "1 passed, 0 failed" "NAME.in, NAME.args, NAME.rc"
printf '5\n' >"$io/echo.rc"
run_test 1 "$io"
last_line_is "0 passed, 1 failed" "a wrong NAME.rc"
output_has "exit status 4 (CPython: 5)" "status report"
output_has "< $io/echo.in" "reproduce line with stdin"
printf '4\n' >"$io/echo.rc"

# --- --filter: substring, glob on the whole path or a tail of it
run_test 0 --filter squares "$good" "$io"
last_line_is "1 passed, 0 failed" "--filter substring"
run_test 0 --filter 'good/*.py' "$good" "$io"
last_line_is "1 passed, 0 failed" "--filter glob on a tail"
run_test 0 --filter '*o/ech?.py' "$good" "$io"
last_line_is "1 passed, 0 failed" "--filter glob"
run_test 0 --filter nothing-matches "$good"
last_line_is "0 passed, 0 failed" "--filter matching nothing"

# --- --update and --check-goldens run the --reference interpreter
fake=$work/fake-python
printf '#!/bin/sh\n# a reference interpreter that prints its arguments\necho "ran $*"\n' >"$fake"
chmod +x "$fake"
ref=$work/outside/ref
mkdir -p "$ref"
printf 'print("hi")\n' >"$ref/a.py"
printf 'x y\n' >"$ref/a.args"
run_test 0 --update --reference "$fake" "$ref"
last_line_is "1 recorded, 0 failed" "--update --reference"
[ "$(cat "$ref/a.out" 2>/dev/null)" = "ran a.py x y" ] || fail "--update recorded '$(cat "$ref/a.out" 2>/dev/null)'"
run_test 0 --check-goldens --reference "$fake" "$ref"
last_line_is "1 passed, 0 failed" "--check-goldens with an unchanged reference"
printf 'ran something else\n' >"$ref/a.out"
run_test 1 --check-goldens --reference "$fake" "$ref"
last_line_is "0 passed, 1 failed" "--check-goldens with a drifted golden"
output_has "--- golden" "drift diff header"
output_has "+ran a.py x y" "drift diff"
run_test 2 --check-goldens --reference "$work/no-such-python" "$ref"
grep -q "reference interpreter .* not found" "$work/err" || fail "missing reference: $(cat "$work/err")"
if command -v python3 >/dev/null 2>&1; then
  run_test 0 --check-goldens "$good" "$io"
  last_line_is "2 passed, 0 failed" "--check-goldens with python3"
  run_test 1 --check-goldens "$bad"
  last_line_is "0 passed, 1 failed" "--check-goldens with python3 on a wrong golden"
fi

# --- --sanitize, when the sanitized runtime was built
if [ -f "$(dirname "$yieldc")/../lib/libyieldc_rt_asan.a" ]; then
  run_test 0 --sanitize -O1 "$good" "$io"
  last_line_is "2 passed, 0 failed" "--sanitize"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures test-runner check(s) failed"
  exit 1
fi
echo "test-runner checks passed"
