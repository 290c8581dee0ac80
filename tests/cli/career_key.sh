#!/usr/bin/env bash
# One career key through the real binary: guides whose career names differ only in number,
# case, articles or punctuation merge into one career; `show` and `search` find a career typed
# in the plural, in capitals or with a hyphen, because the importer, search and show all use
# parse::career_key.
# Usage: career_key.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
kb=$1 work=$3
rm -rf "$work" && mkdir -p "$work/guides"
db=$work/t.db
source "$(dirname "$0")/common.bash"

guide() {  # guide FILE TITLE DUTY: a small guide with one duty and a median
  cat >"$work/guides/$1" <<GUIDE
# $2

## Duties
- $3
- Keep records of every visit

## Salary
Median salary: \$52,000 per year.
GUIDE
}
guide athletic-coaches.md "Athletic Coaches" "Plan practice drills for the team"
guide medical-secretaries.md "Medical Secretaries" "Schedule patient appointments"
guide hvac-r-service-technician.md "HVAC-R Service Technician" "Recharge refrigerant in rooftop units"
guide hvac-r-service-technicians.md "HVAC R Service Technicians" "Replace worn compressor contactors"
guide athletic-coach.md "The Athletic Coach" "Review game film with players"

run import "$work/guides" --quiet
expect_rc 0 import
[[ $(sqlite3 "$db" "SELECT count(*) FROM careers") == 3 ]] ||
  fail "5 guides about 3 careers made $(sqlite3 "$db" "SELECT group_concat(normalized_name, ' | ') FROM careers")"
[[ $(sqlite3 "$db" "SELECT normalized_name FROM careers ORDER BY normalized_name" | paste -sd,) == \
  "athletic coach,hvac r service technician,medical secretary" ]] || fail "keys: $(sqlite3 "$db" "SELECT normalized_name FROM careers")"

for typed in "athletic coaches" "ATHLETIC COACH" "Medical Secretaries" "medical secretary" \
  "hvac-r service technicians" "HVAC-R service tech"; do
  run show "$typed" --format json
  expect_rc 0 "show '$typed'"
done
run show "Medical Secretaries" --format json
python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); assert "Secretar" in p["career"], p["career"]' \
  "$work/out" || fail "show Medical Secretaries printed another career"

# A query that names the career puts it first.
for pair in "athletic coaches=athletic coach" "medical secretaries=medical secretary" \
  "hvac-r service technician=hvac r service technician"; do
  typed=${pair%%=*} key=${pair#*=}
  run search "$typed" --by career --format json
  expect_rc 0 "search '$typed'"
  first=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["career"])' "$work/out")
  want=$(sqlite3 "$db" "SELECT name FROM careers WHERE normalized_name = '$key'")
  [[ -n $want && $first == "$want" ]] || fail "search '$typed' ranks '$first' first, not '$want'"
done
echo "ok"
