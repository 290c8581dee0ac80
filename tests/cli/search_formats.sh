#!/usr/bin/env bash
# CLI test of search, careers and show through the real binary: every output format parses,
# exit codes follow grep (0 hits, 1 none, 2 error), malformed queries never leak SQLite's text,
# and searching never changes the database file.
# Usage: search_formats.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
bin=$1
work=$3
rm -rf "$work"
mkdir -p "$work"
db=$work/t.db

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Runs careerkb without tripping set -e; leaves stdout in $work/out, stderr in $work/err, code in $rc.
run() {
  set +e
  "$bin" "$@" >"$work/out" 2>"$work/err"
  rc=$?
  set -e
}

expect_rc() {
  [[ $rc == "$1" ]] || fail "careerkb $2: exit $rc, expected $1; stderr: $(cat "$work/err")"
}

# An error (exit 2) is one line on stderr; nothing on stderr ever holds SQLite's own words.
# With results, stderr may hold one note per line about what the query parser repaired.
expect_clean_error() {
  if [[ $rc == 2 && $(wc -l <"$work/err") -ne 1 ]]; then
    fail "$1: error is not one line: $(cat "$work/err")"
  fi
  if grep -qiE 'fts5|syntax error' "$work/err"; then fail "$1: sqlite text leaked: $(cat "$work/err")"; fi
}

cat >"$work/welder.md" <<'EOF'
# Welder Career Guide

Welders join metal parts for buildings, ships and pipelines.

## At a Glance

* **Median pay:** $48,940 per year
* **Typical pay range:** $37k - $68k
* **Job outlook:** 2% from 2023 to 2033
* **Typical education:** High school diploma or equivalent

## What Does a Welder Do?

* Read blueprints and welding procedure specifications
* Grind and clean metal surfaces before welding
* Inspect finished welds for cracks, porosity and undercut

## Skills You Need

### Technical skills

* Shielded metal arc welding, "stick", and MIG technique
* Blueprint reading

### Personal qualities

* Patience and a steady hand
EOF

cat >"$work/dental-assistant.md" <<'EOF'
# Dental Assistant Career Guide

Dental assistants keep the dental office running, chairside and at the front desk.

## At a Glance

* **Median pay:** $46,540 per year
* **Typical pay range:** $35k - $60k
* **Job outlook:** 7% from 2023 to 2033
* **Typical education:** Postsecondary certificate

## What Does a Dental Assistant Do?

* Sterilize dental instruments and disinfect treatment rooms
* Take and develop dental radiographs
* Hand instruments to the dentist during procedures

## Skills You Need

### Technical skills

* Infection control and sterilization procedures
* Dental radiography

### Personal qualities

* A calm manner with anxious patients
EOF

"$bin" import --db "$db" -q "$work/welder.md" "$work/dental-assistant.md"
before=$(sha256sum "$db" | cut -d' ' -f1)

# --- search: every format -------------------------------------------------------------------
run search --db "$db" sterilizing --format json
expect_rc 0 "search sterilizing --format json"
python3 -c '
import json, sys
hits = json.load(open(sys.argv[1]))
assert isinstance(hits, list) and hits, hits
assert any(h["career"] == "Dental Assistant" and h["kind"] == "duty" for h in hits), hits
for h in hits:
    assert "[" not in h["snippet"] and "\x02" not in h["snippet"], h
    assert h["file"].endswith(".md") and h["line"] > 0, h
' "$work/out" || fail "search json"

run search --db "$db" stick --format csv
expect_rc 0 "search stick --format csv"
head -1 "$work/out" | grep -q '^career,kind,text,snippet,snippet_marked,file,line,' ||
  fail "csv header: $(head -1 "$work/out")"
grep -qF '"Shielded metal arc welding, ""stick"", and MIG technique"' "$work/out" ||
  fail "csv quoting: $(cat "$work/out")"
python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows), rows
' "$work/out" || fail "csv parse"

run search --db "$db" dental --format ndjson
expect_rc 0 "search dental --format ndjson"
[[ -s $work/out ]] || fail "ndjson is empty"
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    assert isinstance(json.loads(line), dict), line
' "$work/out" || fail "ndjson parse"

run search --db "$db" welding
expect_rc 0 "search welding (table)"
head -1 "$work/out" | grep -q '^CAREER' || fail "table header: $(head -1 "$work/out")"
grep -q 'welder.md:[0-9]' "$work/out" || fail "table source column: $(cat "$work/out")"
if grep -q $'\x1b' "$work/out"; then fail "ANSI colour written to a pipe"; fi

run search --db "$db" --in skills --format json dental
expect_rc 0 "search --in skills dental"
python3 -c '
import json, sys
kinds = {h["kind"] for h in json.load(open(sys.argv[1]))}
assert kinds <= {"technical_skill", "soft_skill"} and kinds, kinds
' "$work/out" || fail "--in skills returned other kinds"

run search --db "$db" --max-education high_school --format json sterilizing
expect_rc 1 "search --max-education high_school sterilizing"
[[ $(cat "$work/out") == "[]" ]] || fail "no hits in json is not []: $(cat "$work/out")"
run search --db "$db" --min-salary 47k welding
expect_rc 0 "search --min-salary 47k welding"
run search --db "$db" --max-salary '$47,000' welding
expect_rc 1 "search --max-salary \$47,000 welding"

# --- exit codes and errors ------------------------------------------------------------------
run search --db "$db" zzzzqqq
expect_rc 1 "search zzzzqqq"
[[ ! -s $work/out ]] || fail "table output for no hits: $(cat "$work/out")"

run search --db "$db" --max-education phd welding
expect_rc 2 "search --max-education phd"
expect_clean_error "--max-education phd"
grep -q 'postsecondary_nondegree' "$work/err" || fail "level error does not list the names"

run search --db "$db" --min-salary 45q welding
expect_rc 2 "search --min-salary 45q"
expect_clean_error "--min-salary 45q"

run search --db "$db" --in sideways welding
expect_rc 2 "search --in sideways"
expect_clean_error "--in sideways"

for q in '"unbalanced' 'AND' '*' 'NEAR(' '(' 'OR OR' '"' 'welding)' 'NEAR(welding' '^x' ':'; do
  run search --db "$db" "$q"
  [[ $rc == 0 || $rc == 1 || $rc == 2 ]] || fail "search '$q': exit $rc"
  expect_clean_error "search '$q'"
done

run search --help
expect_rc 0 "search --help"
grep -q 'OR' "$work/out" && grep -q 'duties:' "$work/out" || fail "search --help lacks the query syntax"

# --- careers ---------------------------------------------------------------------------------
run careers --db "$db"
expect_rc 0 "careers"
[[ $(wc -l <"$work/out") == 3 ]] || fail "careers table: $(cat "$work/out")"
run careers --db "$db" --min-salary 47000 --format json
expect_rc 0 "careers --min-salary 47000"
python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert [r["career"] for r in rows] == ["Welder"], rows
assert rows[0]["typical_education"] == "high_school", rows
' "$work/out" || fail "careers salary filter"
run careers --db "$db" --min-education postsecondary_nondegree --format csv
expect_rc 0 "careers --min-education postsecondary_nondegree"
[[ $(wc -l <"$work/out") == 2 ]] && grep -q '^Dental Assistant,' "$work/out" ||
  fail "careers education filter: $(cat "$work/out")"
run careers --db "$db" --min-education bachelor
expect_rc 1 "careers --min-education bachelor"

# --- show -------------------------------------------------------------------------------------
run show --db "$db" dental
expect_rc 0 "show dental"
grep -q '^Dental Assistant' "$work/out" || fail "show table: $(cat "$work/out")"
grep -q 'dental-assistant.md:[0-9]' "$work/out" || fail "show gives no file:line"
run show --db "$db" --format json DENTAL ASSISTANT
expect_rc 0 "show --format json DENTAL ASSISTANT"
python3 -c '
import json, sys
p = json.load(open(sys.argv[1]))
assert p["career"] == "Dental Assistant" and len(p["guides"]) == 1, p
assert p["median_salary_annual_usd"] == 46540, p
' "$work/out" || fail "show json"
run show --db "$db" zzzz
expect_rc 2 "show zzzz"
expect_clean_error "show zzzz"

# --- read-only ----------------------------------------------------------------------------------
after=$(sha256sum "$db" | cut -d' ' -f1)
[[ $before == "$after" ]] || fail "search, careers or show modified the database"
echo "search_formats: ok"
