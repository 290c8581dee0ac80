#!/usr/bin/env bash
# careerkb import / check / export on two small hand-written guides (text and markdown):
# the summary counts, an unchanged re-import, a passing check and a parseable JSON export.
set -euo pipefail
kb=$1 work=$3
rm -rf "$work" && mkdir -p "$work/guides"
fail() { echo "FAIL: $*"; exit 1; }

cat > "$work/guides/orchard-keeper.txt" <<'EOF'
Orchard Keeper Career Guide

Orchard keepers look after fruit trees from planting to harvest.

Median salary: $38,500 per year
Job outlook: 4% growth from 2023 to 2033
Typical education: High school diploma or equivalent

What Does an Orchard Keeper Do?
- Prune apple and pear trees in late winter
- Check leaves for pests and record what they find
- Pick and sort fruit during the harvest

Skills
- Tree pruning technique
- Patience and a steady eye
EOF

cat > "$work/guides/lighthouse-technician.md" <<'EOF'
# Lighthouse Technician Career Guide

Lighthouse technicians keep coastal lights and fog signals working.

## At a Glance

* **Median pay:** $52,300 per year
* **Job outlook:** 3% from 2023 to 2033
* **Typical education:** Associate degree in electronics

## What Does a Lighthouse Technician Do?

* Replace lamps and lenses in the lantern room
* Test backup generators every week
* Log weather readings and signal failures

## Skills You Need

* Electrical troubleshooting
* Comfort working at heights
EOF

db="$work/kb.db"
set +e
"$kb" import "$work/guides" --db "$db" > "$work/out1.txt" 2> "$work/err1.txt"
rc=$?
set -e
cat "$work/out1.txt" "$work/err1.txt"
[[ $rc -eq 0 ]] || fail "first import exited $rc, expected 0"
grep -q "2 new" "$work/out1.txt" || fail "summary does not say 2 new"
grep -Eq "written: 2 guides, 2 careers, [1-9][0-9]* duties, [0-9]+ skills?, [0-9]+ salary facts?" \
  "$work/out1.txt" || fail "summary lacks the written counts"

# The database rests as one file: no -wal or -shm beside it.
one_file() { [[ ! -e "$db-wal" && ! -e "$db-shm" ]] || fail "-wal/-shm files remain after $1"; }
one_file import

# The same files again: nothing to do, nothing written.
before=$(sqlite3 "$db" .dump | sha256sum)
set +e
"$kb" import "$work/guides" --db "$db" > "$work/out2.txt" 2>&1
rc=$?
set -e
cat "$work/out2.txt"
[[ $rc -eq 0 ]] || fail "re-import exited $rc, expected 0"
grep -q "2 unchanged" "$work/out2.txt" || fail "re-import does not say 2 unchanged"
grep -q "written: 0 guides" "$work/out2.txt" || fail "re-import wrote guides"
[[ $(sqlite3 "$db" .dump | sha256sum) == "$before" ]] || fail "re-import changed the content"
one_file "an unchanged re-import"

set +e
"$kb" check --db "$db" > "$work/check.txt" 2>&1
rc=$?
set -e
cat "$work/check.txt"
[[ $rc -eq 0 ]] || fail "check exited $rc, expected 0"
grep -q "^ok   integrity_check$" "$work/check.txt" || fail "check did not run integrity_check"
grep -q "^ok   duties_fts integrity-check$" "$work/check.txt" || fail "check did not check FTS"
if grep -q "^FAIL" "$work/check.txt"; then fail "a check failed"; fi
one_file check

"$kb" export --db "$db" --format json > "$work/export.json"
python3 -c 'import json,sys; json.load(sys.stdin)' < "$work/export.json" ||
  fail "export is not valid JSON"
python3 - "$work/export.json" <<'EOF' || fail "export lacks the careers"
import json, sys
profiles = json.load(open(sys.argv[1]))
careers = sorted(p["career"] for p in profiles)
assert careers == ["Lighthouse Technician", "Orchard Keeper"], careers
for p in profiles:
    assert p["duties"], p["source"]
    assert isinstance(p["median_salary_annual_usd"], int), p["median_salary_annual_usd"]
EOF

"$kb" export --db "$db" --format ndjson > "$work/export.ndjson"
[[ $(wc -l < "$work/export.ndjson") -eq 2 ]] || fail "ndjson export is not one line per guide"
one_file export

# Changed content replaces the guide instead of adding a second one.
echo "- Paint the tower every five years" >> "$work/guides/orchard-keeper.txt"
"$kb" import "$work/guides" --db "$db" > "$work/out3.txt"
grep -q "1 replaced" "$work/out3.txt" || fail "changed file was not replaced"
[[ $(sqlite3 "$db" 'select count(*) from guides') -eq 2 ]] || fail "replace duplicated a guide"

# An FTS index out of step with its table (an entry with no row, written past the triggers)
# fails that index's check only, and check exits 2.
cp "$db" "$work/desynced.db"
sqlite3 "$work/desynced.db" "INSERT INTO duties_fts (rowid, text) VALUES (999999, 'phantom')"
set +e
"$kb" check --db "$work/desynced.db" > "$work/check2.txt" 2>&1
rc=$?
set -e
[[ $rc -eq 2 ]] || { cat "$work/check2.txt"; fail "check of a desynced index exited $rc, expected 2"; }
[[ $(grep -c "^FAIL" "$work/check2.txt") -eq 1 ]] || { cat "$work/check2.txt"; fail "not one FAIL line"; }
grep -q "^FAIL duties_fts integrity-check: " "$work/check2.txt" ||
  { cat "$work/check2.txt"; fail "the desynced index was not named"; }
echo "PASS"
