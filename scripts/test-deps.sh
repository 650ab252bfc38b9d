#!/usr/bin/env bash
# What the tests need from Debian: tmux (real-terminal tests), fribidi (the bidi
# and shaping oracle) and unicode-data (the UCD files the engine's tables are
# checked against). Installs what is missing when it can (root with apt-get, as
# on CI); otherwise says in one line what to install, and fails.
set -euo pipefail

need=()
command -v tmux >/dev/null || need+=(tmux)
command -v fribidi >/dev/null || need+=(libfribidi-bin)
[ -f /usr/share/unicode/ArabicShaping.txt ] || need+=(unicode-data)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "qari tests: installing ${need[*]} (Debian packages)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "qari tests need Debian packages: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
