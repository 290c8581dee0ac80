#!/usr/bin/env bash
# The .db file as a product: other tools read it (sqlite-utils, Python, stock sqlite3), ship
# writes a compact copy, an older file migrates, a newer or hostile one is refused untouched,
# plain-SQL edits keep the full-text index right, and read-only commands never write.
set -euo pipefail
kb=$1 src=$2 work=$3
shared=${CAREERKB_SHARED_DIR:-$src/../shared}
rm -rf "$work" && mkdir -p "$work"
db=$work/careers.db
fail() { echo "FAIL: $*"; exit 1; }
sum() { sha256sum "$1" | cut -d' ' -f1; }
inputs=("$src/import")
[[ -d $shared/seeds ]] && inputs+=("$shared/seeds")
"$kb" import "${inputs[@]}" --db "$db" --quiet

# sqlite-utils finds the full-text table on its own and searches it.
command -v sqlite-utils >/dev/null || fail "sqlite-utils is not installed (scripts/setup installs it)"
sqlite-utils search "$db" duties venipuncture > "$work/su.json"
python3 -c 'import json,sys; rows=json.load(open(sys.argv[1])); assert rows and all("venipuncture" in r["text"].lower() for r in rows), rows' "$work/su.json" ||
  fail "sqlite-utils search found nothing"
sqlite-utils search "$db" skills phlebotomy > "$work/su-skills.json"
grep -qi phlebotomy "$work/su-skills.json" || fail "sqlite-utils: no phlebotomy skills"
# Python's built-in sqlite3 reads the friendly view.
python3 - "$db" <<'PY' || fail "python could not read career_summary"
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = db.execute("SELECT career, median_salary_annual_usd, typical_education, source_count "
                  "FROM career_summary ORDER BY career").fetchall()
assert len(rows) >= 14, rows
assert any(r[0] == "Phlebotomist" and r[1] == 41810 and r[2] == "postsecondary_nondegree" for r in rows), rows
PY

# Read-only commands never write: the file's bytes stay the same.
before=$(sum "$db")
"$kb" search phlebotomy --db "$db" > /dev/null
"$kb" careers --db "$db" > /dev/null
"$kb" show phlebotomist --db "$db" > /dev/null
"$kb" export --db "$db" > /dev/null
[[ $(sum "$db") == "$before" ]] || fail "a read-only command changed the database"
[[ ! -e $db-wal && ! -e $db-shm ]] || fail "-wal/-shm files after read-only commands"

# ship: a compact copy that other tools open, the source untouched.
"$kb" ship "$work/dist/careers.db" --db "$db" 2>&1 | grep -q shipped || fail "ship"
[[ $(sum "$db") == "$before" ]] || fail "ship changed the source"
[[ $(sqlite3 "$work/dist/careers.db" "SELECT count(*) FROM duties") == $(sqlite3 "$db" "SELECT count(*) FROM duties") ]] ||
  fail "shipped copy lost rows"
set +e; "$kb" ship "$work/dist/careers.db" --db "$db" 2> "$work/err.txt"; code=$?; set -e
[[ $code -eq 2 ]] && grep -q "already exists" "$work/err.txt" || fail "ship overwrote without --force"

# Plain-SQL edits by another tool keep the index in sync, and check still passes.
sqlite3 "$db" "INSERT INTO duties (guide_id, text, line) VALUES (1, 'Calibrate the zyxwv analyzer', 1);
               UPDATE duties SET text = 'Restock qwertyq supplies' WHERE id = 1;
               DELETE FROM duties WHERE id = 2;"
[[ $(sqlite3 "$db" "SELECT count(*) FROM duties_fts WHERE duties_fts MATCH 'zyxwv'") == 1 ]] || fail "insert not indexed"
[[ $(sqlite3 "$db" "SELECT count(*) FROM duties_fts WHERE duties_fts MATCH 'qwertyq'") == 1 ]] || fail "update not indexed"
"$kb" check --db "$db" > "$work/check.txt" || { cat "$work/check.txt"; fail "check after plain-SQL edits"; }
# ... but a kind careerkb does not know is refused (schema/006_kind_checks.sql), the file unchanged.
kinds=$(sum "$db")
for insert in "INSERT INTO sections (guide_id, ordinal, heading, level, kind, text, line)
                 VALUES (1, 99, 'Perks', 2, 'perks', 'Free parking', 1)" \
              "INSERT INTO salary_facts (guide_id, kind, amount, currency, period, original_text, line)
                 VALUES (1, 'tips', 300, 'USD', 'monthly', 'Tips', 1)" \
              "UPDATE sections SET kind = 'Salary' WHERE id = 1"; do
  set +e; sqlite3 "$db" "$insert" 2> "$work/err.txt"; code=$?; set -e
  [[ $code -ne 0 ]] && grep -q "CHECK constraint failed" "$work/err.txt" || fail "unknown kind stored: $insert"
done
[[ $(sum "$db") == "$kinds" ]] || fail "a refused kind changed the file"

# A v1 file (tests/data/v1.db): read-only commands refuse it untouched; import migrates it.
cp "$src/tests/data/v1.db" "$work/v1.db"
v1=$(sum "$work/v1.db")
set +e; "$kb" search blood --db "$work/v1.db" > /dev/null 2> "$work/err.txt"; code=$?; set -e
[[ $code -eq 2 ]] && grep -q "run careerkb import to migrate" "$work/err.txt" || fail "v1 not refused by search"
[[ $(sum "$work/v1.db") == "$v1" ]] || fail "search modified a v1 file"
"$kb" import "$src/import/medical-assistant.md" --db "$work/v1.db" --quiet
[[ $(sqlite3 "$work/v1.db" "PRAGMA user_version") == 6 ]] || fail "v1 not migrated"
[[ $(sqlite3 "$work/v1.db" "SELECT group_concat(id || kind) FROM sections WHERE guide_id <= 2; SELECT group_concat(id || kind) FROM salary_facts WHERE guide_id <= 2") == \
   "$(sqlite3 "$src/tests/data/v1.db" "SELECT group_concat(id || kind) FROM sections; SELECT group_concat(id || kind) FROM salary_facts")" ]] ||
  fail "migration changed a section or salary kind"
[[ $(sqlite3 "$work/v1.db" "SELECT count(*) FROM synonyms") -gt 10 ]] || fail "synonyms not seeded"
# The spelling dictionary counts the guides the file already held, not only the new one.
[[ $(sqlite3 "$work/v1.db" "SELECT guides FROM search_terms WHERE term = 'dialysis'") -ge 1 ]] ||
  fail "search_terms not filled from the migrated guides"
[[ $(sqlite3 "$work/v1.db" "SELECT count(*) FROM guides") == 3 ]] || fail "migration lost guides"

# A newer file is refused by every command, untouched.
cp "$db" "$work/newer.db" && sqlite3 "$work/newer.db" "PRAGMA user_version = 99"
newer=$(sum "$work/newer.db")
for cmd in "import $src/import/medical-assistant.md" "search blood" "check"; do
  set +e; "$kb" $cmd --db "$work/newer.db" > "$work/err.txt" 2>&1; code=$?; set -e
  [[ $code -eq 2 ]] && grep -q "newer than this careerkb" "$work/err.txt" || fail "newer file not refused by $cmd"
done
[[ $(sum "$work/newer.db") == "$newer" ]] || fail "a newer file was modified"

# A hostile trigger (it would run on our inserts) makes import refuse the file, untouched.
cp "$db" "$work/trigger.db"
sqlite3 "$work/trigger.db" "CREATE TRIGGER wipe AFTER INSERT ON duties BEGIN DELETE FROM careers; END;"
hostile=$(sum "$work/trigger.db")
set +e; "$kb" import "$src/import/medical-assistant.md" --db "$work/trigger.db" 2> "$work/err.txt"; code=$?; set -e
[[ $code -eq 2 ]] && grep -q "trigger careerkb did not create (wipe)" "$work/err.txt" || fail "hostile trigger accepted"
[[ $(sum "$work/trigger.db") == "$hostile" ]] || fail "file with a hostile trigger was modified"

# A hostile view (loads an extension when read) is inert: a one-line error, nothing loaded.
cp "$db" "$work/view.db"
sqlite3 "$work/view.db" "DROP VIEW career_summary;
  CREATE VIEW career_summary AS SELECT load_extension('/nonexistent/evil') AS career_id, '' AS career,
    0 AS median_salary_annual_usd, 0 AS salary_min_annual_usd, 0 AS salary_max_annual_usd,
    0 AS growth_pct, 0 AS typical_education_rank, '' AS typical_education, 0 AS source_count;"
hostile=$(sum "$work/view.db")
set +e; "$kb" careers --db "$work/view.db" > /dev/null 2> "$work/err.txt"; code=$?; set -e
[[ $code -eq 2 && $(wc -l < "$work/err.txt") -eq 1 ]] || fail "hostile view: exit $code, $(cat "$work/err.txt")"
grep -qi "unsafe\|not authorized" "$work/err.txt" || fail "hostile view ran: $(cat "$work/err.txt")"
[[ $(sum "$work/view.db") == "$hostile" ]] || fail "file with a hostile view was modified"
echo "db contract: ok"
