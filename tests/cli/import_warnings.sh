#!/usr/bin/env bash
# The import summary counts warnings by kind (issue #17 item 5): "25 guides with no duties
# found" and the first 10 files of each kind, not a line per warning; --warnings all lists
# every one; --format json gives the whole report to programs; --strict still fails on the
# first warning and writes nothing.
set -euo pipefail
kb=$1 work=$3
rm -rf "$work" && mkdir -p "$work/guides"
source "$(dirname "$0")/common.bash"

# 25 guides with a median and an education but no duties and no career name the parser takes;
# 3 of them with no median either: three kinds of warning.
words=(Amber Birch Cedar Dune Elm Fern Garnet Hazel Iris Jasper Kelp Lichen Maple Nettle Olive
       Pine Quartz Reed Sage Thistle Umber Violet Willow Yarrow Zinnia)
for i in $(seq -w 1 25); do
  pay='* **Median pay:** $44,100 per year'
  ((10#$i > 22)) && pay=''
  cat > "$work/guides/guide$i.md" <<EOF
# ${words[10#$i - 1]} Lamplighter Career Guide

${words[10#$i - 1]} lamplighters light and tend the gas lamps of old town streets.

$pay
* **Typical education:** High school diploma or equivalent
EOF
done
db=$work/kb.db

run import "$work/guides"
expect_rc 0 "import with warnings"
grep -qx "53 warnings:" "$work/out" || fail "no warning count: $(cat "$work/out")"
grep -qx "  25 guides with no duties found" "$work/out" || fail "no count of the duties kind: $(cat "$work/out")"
grep -qx "  25 guides with no career name found" "$work/out" || fail "no count of the name kind"
grep -qx "  3 guides with no median or average salary found" "$work/out" || fail "no count of the salary kind"
[[ $(grep -c "^    .*guide[0-9]*\.md$" "$work/out") -eq 23 ]] ||
  fail "expected 10 + 10 + 3 files listed: $(cat "$work/out")"
[[ $(grep -cx "    and 15 more" "$work/out") -eq 2 ]] || fail "no 'and 15 more' under each cut kind"
grep -q -- "--warnings all lists every one" "$work/out" || fail "no hint of --warnings all"
grep -q "guide01.md" "$work/out" || fail "the first file is not listed"
# guide25 lacks a median too: listed once, under that kind, and cut from the two larger kinds.
[[ $(grep -c "guide25.md" "$work/out") -eq 1 ]] || fail "the 25th file is listed under a cut kind"

# --warnings all: every file of every kind, and no hint.
rm "$db"
run import "$work/guides" --warnings all
expect_rc 0 "import --warnings all"
[[ $(grep -c "^    .*guide[0-9]*\.md$" "$work/out") -eq 53 ]] || fail "--warnings all: $(cat "$work/out")"
if grep -q "more$" "$work/out"; then fail "--warnings all still cuts a list"; fi

# --format json: the whole report, every warning with its file, counts by kind.
rm "$db"
run import "$work/guides" --format json
expect_rc 0 "import --format json"
python3 - "$work/out" <<'PY' || fail "json report: $(cat "$work/out")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["imported"] == 25 and r["written"]["guides"] == 25, r
assert len(r["warnings"]) == 53, len(r["warnings"])
w = r["warnings"][0]
assert w["file"].endswith("guide01.md") and w["message"] and "line" in w, w
counts = {c["message"]: c["guides"] for c in r["warning_counts"]}
assert counts == {"no career name found": 25, "no duties found": 25,
                  "no median or average salary found": 3}, counts
assert r["skipped"] == [] and r["unchanged"] == 0
PY
# Re-run: every file unchanged, no warnings, still a report.
run import "$work/guides" --format json
expect_rc 0 "unchanged import --format json"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["unchanged"]==25 and r["warnings"]==[], r' "$work/out" ||
  fail "unchanged json report"

# --strict: the first warning fails the run, nothing is written.
db=$work/strict.db
run import "$work/guides" --strict
[[ $rc -eq 2 ]] || fail "--strict with warnings: exit $rc"
grep -q "guide[0-9]*.md: no .* found (--strict)" "$work/err" || fail "--strict message: $(cat "$work/err")"
[[ $(sqlite3 "$work/strict.db" "SELECT count(*) FROM guides") -eq 0 ]] || fail "--strict wrote guides"
echo "ok: warnings summarised by kind, --warnings all, --format json, --strict"
