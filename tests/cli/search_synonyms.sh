#!/usr/bin/env bash
# Query-time synonyms from the database's own `synonyms` table: words a job seeker types find
# the guides' terms, --explain says which synonyms were used, and a row another tool adds to
# the table takes effect without re-indexing.
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db=$work/s.db
fail() { echo "FAIL: $*"; exit 1; }
"$kb" import "$src/import" --db "$db" --quiet

"$kb" search drawing blood --db "$db" --format json --explain > "$work/hits.json" 2> "$work/explain.txt"
grep -q "synonyms: drawing blood -> venipuncture" "$work/explain.txt" || fail "no synonym note: $(cat "$work/explain.txt")"
python3 - "$work/hits.json" <<'PY' || fail "drawing blood did not find venipuncture"
import json, sys
hits = json.load(open(sys.argv[1]))
assert any("venipuncture" in h["text"].lower() and "draw" not in h["text"].lower() for h in hits), hits
PY

"$kb" search ekg --db "$db" --format json > "$work/ekg.json"
python3 -c 'import json,sys; h=json.load(open(sys.argv[1])); assert any("electrocardiogram" in x["text"].lower() for x in h), h' "$work/ekg.json" ||
  fail "ekg did not find electrocardiogram"

# The table is the user's: a row added with plain SQL is used at once.
set +e; "$kb" search zorblat --db "$db" > /dev/null 2>&1; code=$?; set -e
[[ $code -eq 1 ]] || fail "zorblat should find nothing before the synonym exists (exit $code)"
sqlite3 "$db" "INSERT INTO synonyms (term, expands_to) VALUES ('zorblat', 'autoclave')"
"$kb" search zorblat --db "$db" > "$work/z.txt" || fail "a user-added synonym was not used"
grep -qi autoclave "$work/z.txt" || fail "zorblat did not find autoclave"
echo "synonyms: ok"
