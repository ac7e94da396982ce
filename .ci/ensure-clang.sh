#!/usr/bin/env bash
# Makes sure clang (the native AOT linker driver) is on PATH: installs Debian's `clang` when run as root with apt-get.
# Exits 1 with a message when it cannot; callers decide whether that is fatal.
set -euo pipefail
command -v clang >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang >/dev/null
  exit 0
fi
echo "clang is needed for the native build (apt-get install clang)" >&2
exit 1
