#!/usr/bin/env bash
# The src/ folders are layers: no folder may include, directly or through others, a folder
# that includes it back (issue #18: search <-> report was such a cycle). Also checks that the
# checker itself sees a cycle, on a copy of two folders that include each other.
set -euo pipefail
src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
python3 "$src/tests/tools/check_include_layers.py" "$src/src"
# `dump` parses without a database: it includes ingest/ and parse/, never db/ (and ingest/ cannot
# include db/, since db/ includes ingest/ and the check above forbids the cycle).
if grep -n '#include "db/' "$src/src/cli/cmd_dump.cpp"; then
  echo "FAIL: cmd_dump.cpp includes db/"
  exit 1
fi

mkdir -p "$work/src/low" "$work/src/high"
printf '#include "low/a.hpp"\n' >"$work/src/high/b.hpp"
printf '#include "high/b.hpp"\n' >"$work/src/low/a.hpp"
if python3 "$src/tests/tools/check_include_layers.py" "$work/src" >"$work/out"; then
  echo "FAIL: the checker missed the cycle low -> high -> low"
  exit 1
fi
grep -q "high -> low -> high" "$work/out" || { echo "FAIL: cycle not named:"; cat "$work/out"; exit 1; }
