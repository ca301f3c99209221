#!/usr/bin/env bash
# End-to-end checks of the yieldc command: exit statuses, one-line errors for
# bad input, diagnostics with file:line:col, the compile cache, deterministic
# emission and an installed yieldc.
# usage: driver_test.sh YIELDC BUILD_DIR SOURCE_DIR
set -uo pipefail
yieldc=$1 build_dir=$2 source_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect STATUS COMMAND...: runs COMMAND, checks its exit status; output in $work/out, $work/err.
expect() {
  local want=$1; shift
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want; stderr: $(head -c 400 "$work/err")"
}

countdown=$source_dir/corpus/seed/countdown.py

# --- run, build, emit, check on a good script
expect 0 "$yieldc" run "$countdown"
[ "$(cat "$work/out")" = "$(python3 "$countdown")" ] || fail "run output differs from CPython"
expect 0 "$yieldc" build "$countdown" -o "$work/countdown"
[ "$("$work/countdown")" = "$(python3 "$countdown")" ] || fail "built binary output differs from CPython"
expect 0 "$yieldc" check "$countdown"
expect 0 "$yieldc" emit "$countdown" -o "$work/a.cpp"
expect 0 "$yieldc" emit "$countdown" -o "$work/b.cpp"
cmp -s "$work/a.cpp" "$work/b.cpp" || fail "emit is not deterministic"
grep -q '^#line 4 ".*countdown.py"' "$work/a.cpp" || fail "emitted C++ has no #line directive for line 4"
expect 0 "$yieldc" --version
grep -q '^yieldc ' "$work/out" || fail "--version prints no version"

# --- run returns the program's own status
printf 'print("before")\nprint(1 // 0)\n' >"$work/fails.py"
expect 1 "$yieldc" run "$work/fails.py"
[ "$(tail -n 1 "$work/err")" = "ZeroDivisionError: integer division or modulo by zero" ] ||
  fail "uncaught exception's last stderr line: $(tail -n 1 "$work/err")"
[ "$(cat "$work/out")" = "before" ] || fail "stdout before the exception was lost"

# --- the cache: a second run of an unchanged script does not call the C++ compiler
printf 'def g():\n    yield 41\nprint(next(g()) + 1)\n' >"$work/cached.py"
expect 0 "$yieldc" run "$work/cached.py"
# -v prints the C++ compiler command whenever the compiler runs.
expect 0 "$yieldc" run -v "$work/cached.py"
[ "$(cat "$work/out")" = "42" ] || fail "cached run printed '$(cat "$work/out")'"
if grep -q -- '-std=c++20' "$work/err"; then fail "second run of an unchanged script called the C++ compiler"; fi
# ...and a changed script is compiled again.
printf 'print(43)\n' >>"$work/cached.py"
expect 0 "$yieldc" run -v "$work/cached.py"
grep -q -- '-std=c++20' "$work/err" || fail "a changed script was served from the cache"
[ "$(cat "$work/out")" = "$(printf '42\n43')" ] || fail "changed script printed '$(cat "$work/out")'"

# --- the cache stays under $YIELDC_CACHE_MB: entries unused for a while go
# first, the one just built stays; cached binaries carry no debug info.
find "$XDG_CACHE_HOME/yieldc" -mindepth 2 -maxdepth 2 -type d -exec touch -d '2 hours ago' {} +
printf 'print(44)\n' >"$work/pruned.py"
YIELDC_CACHE_MB=0 expect 0 "$yieldc" run "$work/pruned.py"
[ "$(find "$XDG_CACHE_HOME/yieldc" -name program | wc -l)" -eq 1 ] || fail "the cache was not pruned to its limit"
if readelf -S "$(find "$XDG_CACHE_HOME/yieldc" -name program)" | grep -q '\.debug_info'; then
  fail "a cached binary keeps its debug info"
fi

# --- bad input: one clear line, exit status 2
expect 2 "$yieldc" run "$work/missing.py"
[ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "cannot read '.*missing.py'" "$work/err" || fail "missing file: $(cat "$work/err")"
expect 2 "$yieldc" build "$countdown" -o "$work/no/such/dir/out"
[ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "cannot write" "$work/err" || fail "unwritable -o: $(cat "$work/err")"
expect 2 "$yieldc" build "$countdown" -o "$work/x" --cxx "$work/no-such-clang++"
[ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "not found" "$work/err" || fail "missing compiler: $(cat "$work/err")"
expect 2 "$yieldc" frobnicate
expect 2 "$yieldc" build "$countdown"  # no -o

# --- a syntax error: file:line:col, the line, a caret; exit 1; no C++ or ANTLR text
printf 'def f(:\n    pass\n' >"$work/bad.py"
expect 1 "$yieldc" run "$work/bad.py"
grep -q "^$work/bad.py:1:7: error: invalid syntax" "$work/err" || fail "syntax error diagnostic: $(cat "$work/err")"
grep -q '^def f(:$' "$work/err" || fail "diagnostic does not quote the line"
grep -q '^      ^' "$work/err" || fail "diagnostic has no caret under column 7"
if grep -qiE 'antlr|mismatched input|extraneous|\.cpp|clang' "$work/err"; then fail "diagnostic leaks internals: $(cat "$work/err")"; fi

# --- an installed yieldc works from its prefix
if cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null 2>"$work/install.err"; then
  expect 0 "$work/prefix/bin/yieldc" run "$countdown"
  [ "$(cat "$work/out")" = "$(python3 "$countdown")" ] || fail "installed yieldc output differs"
else
  fail "cmake --install failed: $(cat "$work/install.err")"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures driver check(s) failed"
  exit 1
fi
echo "driver checks passed"
