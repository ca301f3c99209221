#!/usr/bin/env bash
# Installs the Debian 12 packages yieldc needs to build, test and compile
# programs, and only those that are missing. Idempotent: a second run on a
# machine that has everything does nothing and touches no network.
set -euo pipefail

packages=(
  antlr4                 # the ANTLR tool (4.7.2) that turns frontend/grammar/*.g4 into C++
  default-jre-headless   # the antlr4 tool runs on Java
  libantlr4-runtime-dev  # the ANTLR C++ runtime (4.9) the parser links
  libfmt-dev             # formatting, in the compiler and the runtime
  libcli11-dev           # the yieldc command line
  libgtest-dev           # unit tests
  clang                  # the backend compiler for emitted C++
  libssl-dev             # hashlib (OpenSSL libcrypto), the compile-cache key
  libgmp-dev             # Python's unbounded ints
  libpcre2-dev           # the re module (PCRE2)
  libb2-dev              # hashlib.blake2b/blake2s with digest_size, key, salt, person
  ccache                 # rebuilds of clean clones and worktrees reuse objects
  cmake
  ninja-build
  g++
  python3                # CPython records the corpus goldens
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# python3 may come from outside Debian (pyenv); any python3 on PATH will do.
if command -v python3 >/dev/null 2>&1; then
  missing=("${missing[@]/python3}")
fi
read -r -a missing <<<"${missing[*]:-}"

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
