#!/usr/bin/env bash
# What search ranks first, through the real binary over the sample guides: --by career lists
# careers best first with median pay, typical education and their best 3 matches; a career named
# in the query comes first ("phlebotomist duties", "emt pay" with its salary section on top);
# words standing together outrank scattered ones; stop words are not required; a query whose
# words no single fact holds still finds the careers that cover them.
# Usage: search_ranking.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db=$work/t.db
source "$(dirname "$0")/common.bash"
"$kb" import "$src/import" --db "$db" --quiet

# first_career QUERY...: the career ranked first by --by career.
first_career() {
  "$kb" search --db "$db" --by career --format json --limit 5 -- "$@" 2>/dev/null |
    python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["career"])'
}

"$kb" search --db "$db" --by career --format json --limit 3 sterilize >"$work/c.json"
python3 - "$work/c.json" <<'PY' || fail "--by career JSON"
import json, sys
rows = json.load(open(sys.argv[1]))
assert 1 <= len(rows) <= 3, rows
scores = [r["score"] for r in rows]
assert scores == sorted(scores, reverse=True), scores
for r in rows:
    assert r["matches"] and len(r["matches"]) <= 3, r
    assert r["match_count"] >= len(r["matches"]), r
    assert r["typical_education"] and "median_salary_annual_usd" in r, r
    for m in r["matches"]:
        assert m["file"].endswith((".md", ".txt", ".html")) and m["line"] > 0, m
careers = [r["career"] for r in rows]
assert "Sterile Processing Technician" in careers, careers
PY

[[ $(first_career phlebotomist duties) == Phlebotomist ]] || fail "phlebotomist duties"
"$kb" search --db "$db" --limit 3 --format json phlebotomist duties >"$work/pd.json" 2>"$work/pd.err"
python3 -c '
import json, sys
hits = json.load(open(sys.argv[1]))
assert all(h["career"] == "Phlebotomist" and h["kind"] == "duty" for h in hits), hits
' "$work/pd.json" || fail "phlebotomist duties: the first facts are not the phlebotomist's duties"
grep -q 'understood "duties" as duties first' "$work/pd.err" || fail "no note for duties: $(cat "$work/pd.err")"

[[ $(first_career EMT pay) == "Emergency Medical Technician" ]] || fail "EMT pay"
"$kb" search --db "$db" --limit 1 --format json EMT pay >"$work/emt.json" 2>/dev/null
python3 -c '
import json, sys
hit = json.load(open(sys.argv[1]))[0]
assert hit["kind"] == "section" and "paid" in hit["snippet"], hit
' "$work/emt.json" || fail "EMT pay: the salary section is not first: $(cat "$work/emt.json")"
[[ $(first_career x-ray tech) == "Radiologic Technologist" ]] || fail "x-ray tech"
[[ $(first_career dental hygienist) == "Dental Hygienist" ]] || fail "dental hygienist"

# Proximity: the facts holding "sterilize instruments" together come before scattered ones.
"$kb" search --db "$db" --format json --explain sterilize instruments >"$work/si.json" 2>"$work/si.err"
grep -q 'proximity boost: "sterilize instruments"' "$work/si.err" || fail "no proximity line: $(cat "$work/si.err")"
grep -q 'ranks at most its 20000 newest matching rows' "$work/si.err" || fail "no window line: $(cat "$work/si.err")"
python3 -c '
import json, sys
hits = json.load(open(sys.argv[1]))
first = hits[0]["text"].lower()
assert "sterilize" in first and "instruments" in first and first.index("instruments") - first.index("sterilize") < 12, hits[0]
' "$work/si.json" || fail "sterilize instruments: the phrase is not first"

# Stop words: "work with animals" needs no fact holding "work" and "with".
"$kb" search --db "$db" --by career --format json --explain work with animals >"$work/wa.json" 2>"$work/wa.err"
grep -q 'stop words not searched: work, with' "$work/wa.err" || fail "stop words: $(cat "$work/wa.err")"
[[ $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["career"])' "$work/wa.json") == "Veterinary Technician" ]] ||
  fail "work with animals: $(head -c 300 "$work/wa.json")"

# No fact holds both words: careers covering them across facts are still found, with a note.
set +e
"$kb" search --db "$db" --by career --format json plaque radiographs >"$work/tr.json" 2>"$work/tr.err"
rc=$?
set -e
[[ $rc == 0 ]] || fail "plaque radiographs: exit $rc"
grep -q 'hold some of them' "$work/tr.err" || fail "no fallback note: $(cat "$work/tr.err")"
[[ $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["career"])' "$work/tr.json") == "Dental Hygienist" ]] ||
  fail "plaque radiographs: $(head -c 300 "$work/tr.json")"

# --ranking-param changes one ranking constant (for relevance experiments): the proximity boost
# raises the score of the duty holding both words close together, the default is what no option gives, and a bad name or value is
# refused (exit 2) with its reason.
score_of() {
  "$kb" search --db "$db" --format json --limit 1 "$@" -- patient identity |
    python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["score"])'
}
[[ $(score_of) == 1.4 && $(score_of --ranking-param near_boost=1.4) == 1.4 ]] ||
  fail "near_boost=1.4 is not the default: $(score_of)"
[[ $(score_of --ranking-param near_boost=1.9 --ranking-param weight.duties=1) == 1.9 ]] ||
  fail "near_boost=1.9: $(score_of --ranking-param near_boost=1.9)"
run search --ranking-param bogus=1 blood
expect_rc 2 "search --ranking-param bogus=1"
grep -q 'unknown ranking parameter "bogus" (known: weight.duties' "$work/err" || fail "bogus: $(cat "$work/err")"
run search --ranking-param near_distance=2.5 blood
expect_rc 2 "search --ranking-param near_distance=2.5"
grep -q 'near_distance: 2.5 is not a whole number' "$work/err" || fail "2.5: $(cat "$work/err")"

# Grep-style exit codes hold for --by career too.
set +e
"$kb" search --db "$db" --by career zzzzqqq >"$work/none.txt" 2>&1
rc=$?
set -e
[[ $rc == 1 && ! -s $work/none.txt ]] || fail "no match: exit $rc, output $(cat "$work/none.txt")"
echo "search ranking: ok"
