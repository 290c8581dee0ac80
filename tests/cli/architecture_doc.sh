#!/usr/bin/env bash
# docs/architecture.md stays true: it names every src/ folder, and every src/, schema/ or tests/
# path it names exists. Also checks that the checker sees a folder the doc leaves out.
set -euo pipefail
src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
python3 "$src/tests/tools/check_architecture_doc.py" "$src"

mkdir -p "$work/tree/docs" "$work/tree/src/parse" "$work/tree/src/extra"
printf 'Stages: `src/parse/` and `src/gone/`.\n' >"$work/tree/docs/architecture.md"
if python3 "$src/tests/tools/check_architecture_doc.py" "$work/tree" >"$work/out"; then
  echo "FAIL: the checker accepted a doc that misses src/extra and names src/gone"
  exit 1
fi
grep -q "src/extra/ is not named" "$work/out" || { echo "FAIL: missing folder not reported"; cat "$work/out"; exit 1; }
grep -q "names src/gone/" "$work/out" || { echo "FAIL: stale folder not reported"; cat "$work/out"; exit 1; }
