#!/usr/bin/env bash
# Accuracy on guides written without looking at the importer (tests/blind to tests/blind21).
# Not 100 %: these measure unseen layouts. The floors are the figures reached so far, so a
# change that reads fewer facts from unseen layouts fails here; raise them as reading improves.
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
for set_floor in blind:94 blind2:93 blind3:90 blind4:87 blind5:87 blind6:83 blind7:82 blind8:74 \
    blind9:58 blind10:92 blind11:84 blind12:82 blind13:75 blind14:71 blind15:74 \
    blind16:75 blind17:72 blind18:52 blind19:58 blind20:52 blind21:55; do
  set=${set_floor%%:*} floor=${set_floor##*:}
  "$kb" import "$src/tests/$set/guides" --db "$work/$set.db" --quiet || true
  "$kb" export --db "$work/$set.db" > "$work/$set.json"
  echo "== tests/$set (floor $floor %)"
  code=0
  python3 "$src/tests/tools/compare_profiles.py" "$work/$set.json" "$src/tests/$set/golden" \
    --min-accuracy "$floor" > "$work/$set.txt" || code=$?
  tail -2 "$work/$set.txt"
  [[ $code -eq 0 ]] || { echo "FAIL: tests/$set below its floor"; exit 1; }
done
