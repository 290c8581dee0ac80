#!/usr/bin/env bash
# Career filters through the real binary: --min-growth, --certification and --tier on search and
# careers; filters typed as words in the query box ("pays more than $60k", "without a college
# degree", "fast growing"), reported on stderr and in --explain, losing to an option given on the
# command line, turned off by --exact; and a search with filters but no words, which lists the
# careers passing them. Bad filter values are a one-line error (exit 2).
# Usage: search_filters.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db=$work/t.db
source "$(dirname "$0")/common.bash"
# careers_in: the career names of a JSON list on stdout, sorted, one per line.
careers_in() {
  python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
print("\n".join(sorted({r["career"] for r in (doc["results"] if isinstance(doc, dict) else doc)})))
' "$work/out"
}
# check_all PYTHON_CONDITION: every career row of a JSON list satisfies it (variable r).
check_all() {
  python3 -c "
import json, sys
rows = json.load(open(sys.argv[1]))
assert rows, 'no rows'
for r in rows:
    assert $1, r
" "$work/out" || fail "$2"
}
"$kb" import "$src/import" --db "$db" --quiet

# --- growth, certification, tier: search and careers take the same filters -------------------
run careers --min-growth 15 --format json
expect_rc 0 "careers --min-growth 15"
check_all 'r["growth_pct"] >= 15' "careers --min-growth 15"
[[ $(careers_in) == $'Medical Assistant\nOccupational Therapy Assistant\nVeterinary Technician' ]] ||
  fail "careers --min-growth 15: $(careers_in)"
run search --by career --min-growth 15% --format json patients
expect_rc 0 "search --min-growth 15%"
check_all 'r["growth_pct"] >= 15' "search --min-growth 15%"

run careers --certification ascp --format json
expect_rc 0 "careers --certification ascp"
[[ $(careers_in) == $'Medical Laboratory Technician\nPhlebotomist' ]] || fail "--certification ascp: $(careers_in)"
run search --certification NREMT --format json patients
expect_rc 0 "search --certification NREMT"
[[ $(careers_in) == "Emergency Medical Technician" ]] || fail "search --certification NREMT: $(careers_in)"

run careers --tier entry --format json
expect_rc 0 "careers --tier entry"
[[ $(careers_in) == "Occupational Therapy Assistant" ]] || fail "--tier entry: $(careers_in)"
run search --tier Senior --by career --format json patients
expect_rc 0 "search --tier Senior"
grep -qx 'Phlebotomist' <<<"$(careers_in)" && fail "Phlebotomist has no senior tier"
grep -qx 'Dental Hygienist' <<<"$(careers_in)" || fail "--tier Senior lost Dental Hygienist: $(careers_in)"
run careers --tier 'no such tier'
expect_rc 1 "careers --tier 'no such tier'"

for bad in "--min-growth fast" "--min-growth 5x" "--tier  " "--certification  "; do
  read -r option value <<<"$bad"
  run search "$option" "${value:- }" blood
  expect_rc 2 "search $bad"
  [[ $(wc -l <"$work/err") == 1 ]] || fail "$bad: not a one-line error: $(cat "$work/err")"
done

# --- no words: the careers passing the filters, best paid first --------------------------------
run search --min-salary 50k --max-education associate --format json
expect_rc 0 "search with filters only"
check_all 'r["median_salary_annual_usd"] >= 50000 and r["matches"] == [] and r["score"] == 0' \
  "filters only: careers"
python3 -c '
import json, sys
pay = [r["median_salary_annual_usd"] for r in json.load(open(sys.argv[1]))]
assert pay == sorted(pay, reverse=True), pay
' "$work/out" || fail "filters only: not best paid first"
run search --min-salary 500k
expect_rc 1 "search --min-salary 500k"
run search --min-growth 5 --format json
expect_rc 0 "search --min-growth 5"
python3 -c '
import json, sys
growth = [r["growth_pct"] for r in json.load(open(sys.argv[1]))]
assert growth == sorted(growth, reverse=True), growth
' "$work/out" || fail "a growth filter without words: not fastest growing first"

# --- filters typed as words -------------------------------------------------------------------
run search --format json --explain 'pays more than $60k'
expect_rc 0 "search 'pays more than \$60k'"
grep -q 'note: understood "pays more than \$60k" as --min-salary 60000' "$work/err" ||
  fail "no understood note: $(cat "$work/err")"
grep -q 'filters: --min-salary 60000 (from "pays more than \$60k")' "$work/err" ||
  fail "--explain does not give the filter's origin: $(cat "$work/err")"
check_all 'r["median_salary_annual_usd"] >= 60000' "pays more than \$60k"

run search --format json jobs without a college degree
expect_rc 0 "search jobs without a college degree"
grep -q 'understood "without a college degree" as --max-education some_college' "$work/err" ||
  fail "no note for the degree: $(cat "$work/err")"
check_all 'r["typical_education"] in ("none", "high_school", "postsecondary_nondegree", "some_college")' \
  "without a college degree"

run search --format json --explain sterilize under '$50k'
expect_rc 0 "search sterilize under \$50k"
grep -q 'match expression: ("sterilize"' "$work/err" || fail "the amount reached the match: $(cat "$work/err")"
check_all 'r["median_salary_annual_usd"] is not None and r["median_salary_annual_usd"] <= 50000' "under \$50k"

run search --by career --format json less than '$20/hour'
expect_rc 0 "less than \$20/hour"
check_all 'r["median_salary_annual_usd"] <= 41600' "less than \$20/hour"

run search --by career --format json fast growing two-year degree
expect_rc 0 "fast growing two-year degree"
check_all 'r["growth_pct"] >= 5 and r["typical_education"] in ("none", "high_school", "postsecondary_nondegree", "some_college", "associate")' \
  "fast growing two-year degree"

# An option given on the command line wins over the words.
run search --min-salary 30000 --by career --format json --explain blood over 60k
expect_rc 0 "--min-salary 30000 blood over 60k"
grep -q '"over 60k" not used for --min-salary' "$work/err" || fail "no override note: $(cat "$work/err")"
grep -q 'filters: --min-salary 30000 (option)' "$work/err" || fail "explain: $(cat "$work/err")"
grep -qx 'Phlebotomist' <<<"$(careers_in)" || fail "the option did not win: $(careers_in)"

# Quotes and --exact keep the words as words.
run search --explain '"no degree"'
grep -q 'understood' "$work/err" && fail "a quoted phrase was read as a filter: $(cat "$work/err")"
run search --exact --explain blood over 60k
grep -q 'understood' "$work/err" && fail "--exact read words as filters: $(cat "$work/err")"
grep -q 'match expression: .*"60k"' "$work/err" || fail "--exact: $(cat "$work/err")"
echo "search filters: ok"
