#!/usr/bin/env bash
# Acceptance: importing ../shared/seeds and exporting JSON gives, for each of the five seeds,
# the facts in ../shared/seeds-expected.json (career, median, range, growth, education,
# duties, skills, certifications, tiers). Skipped (77) where the seeds are not present.
set -euo pipefail
kb=$1 src=$2 work=$3
shared=${CAREERKB_SHARED_DIR:-$src/../shared}
if [[ ! -d $shared/seeds || ! -f $shared/seeds-expected.json ]]; then
  echo "no seeds at $shared: skipped"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work"
"$kb" import "$shared/seeds" --db "$work/seeds.db" > "$work/import.txt"
grep -q "5 new" "$work/import.txt" || { echo "FAIL: expected 5 new guides"; cat "$work/import.txt"; exit 1; }
"$kb" export --db "$work/seeds.db" --format json > "$work/export.json"
python3 "$src/tests/tools/compare_profiles.py" "$work/export.json" "$shared/seeds-expected.json"
