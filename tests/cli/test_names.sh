#!/usr/bin/env bash
# Every doctest case is registered with CTest under its whole name: doctest_discover_tests
# cuts a name at ';' (a CMake list separator), and the cut name then matches no case, so the
# case would never run under CTest. Fails on any TEST_CASE name holding ';'.
# Usage: test_names.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
src=$2
if grep -n 'TEST_CASE("[^"]*;[^"]*")' "$src"/tests/*.cpp; then
  echo "FAIL: the test names above hold ';': CTest would never run them"
  exit 1
fi
echo "ok"
