#!/usr/bin/env bash
# Every sample guide in import/ exports the profile recorded in tests/golden/<name>.json,
# field by field; the report ends with the field accuracy over the whole golden set.
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
"$kb" import "$src/import" --db "$work/golden.db" > "$work/import.txt"
"$kb" export --db "$work/golden.db" --format json > "$work/export.json"
count=$(ls "$src"/tests/golden/*.json | wc -l)
[[ $count -ge 12 ]] || { echo "FAIL: only $count golden profiles"; exit 1; }
python3 "$src/tests/tools/compare_profiles.py" "$work/export.json" "$src/tests/golden"
