#!/usr/bin/env bash
# The first issue's acceptance, through the real binary and stock sqlite3: import the sample
# guides (and the seeds when present), search with a filter in JSON, survive malformed
# queries, and leave a database that passes SQLite's and FTS5's integrity checks.
set -euo pipefail
kb=$1 src=$2 work=$3
shared=${CAREERKB_SHARED_DIR:-$src/../shared}
rm -rf "$work" && mkdir -p "$work"
db=$work/careers.db
fail() { echo "FAIL: $*"; exit 1; }

inputs=("$src/import")
[[ -d $shared/seeds ]] && inputs+=("$shared/seeds")
"$kb" import "${inputs[@]}" --db "$db" > "$work/import.txt"
grep -q "guides" "$work/import.txt" || fail "no import summary"

# No -wal/-shm left behind: the file is complete on its own.
[[ ! -e $db-wal && ! -e $db-shm ]] || fail "-wal/-shm files left beside the database after import"

# Stock sqlite3: integrity, FTS5 integrity, a MATCH with no help from careerkb.
[[ $(sqlite3 "$db" "PRAGMA integrity_check") == ok ]] || fail "integrity_check"
for t in duties skills tools certifications sections faqs; do
  sqlite3 "$db" "INSERT INTO ${t}_fts(${t}_fts, rank) VALUES('integrity-check', 1)" ||
    fail "$t FTS integrity-check"
done
n=$(sqlite3 "$db" "SELECT count(*) FROM duties_fts WHERE duties_fts MATCH 'sterilize'")
[[ $n -gt 0 ]] || fail "sqlite3 MATCH on duties_fts found nothing"
[[ $(sqlite3 "$db" "PRAGMA user_version") -ge 1 ]] || fail "user_version"
[[ $(sqlite3 "$db" "PRAGMA application_id") == 1129006146 ]] || fail "application_id"

# Search with a filter, JSON: hits with career, kind, snippet and file:line.
"$kb" search phlebotomy --max-education associate --format json --db "$db" > "$work/hits.json"
python3 - "$work/hits.json" <<'PY' || fail "search JSON"
import json, sys
hits = json.load(open(sys.argv[1]))
assert hits, "no hits"
kinds = {h["kind"] for h in hits}
assert kinds & {"duty", "technical_skill", "soft_skill"}, kinds
for h in hits:
    assert h["career"] and h["file"] and h["line"] > 0, h
    # phlebotomy also searches its synonym venipuncture (the synonyms table)
    text = (h["snippet"] + h["text"]).lower()
    assert "phlebotom" in text or "venipuncture" in text, h
PY

# Malformed queries: results (repaired) or a one-line error with exit 2, never SQLite's text.
for q in '"unbalanced' 'AND' '*' 'NEAR(' 'OR OR' '-' '(((' 'duties:' 'rank:1'; do
  set +e
  "$kb" search "$q" --db "$db" > "$work/out.txt" 2> "$work/err.txt"
  code=$?
  set -e
  [[ $code -le 2 ]] || fail "query [$q] exit $code"
  if [[ $code -eq 2 ]]; then
    [[ $(wc -l < "$work/err.txt") -eq 1 ]] || fail "query [$q]: error is not one line"
  fi
  if grep -qiE "fts5|syntax error|sqlite" "$work/err.txt" "$work/out.txt"; then
    fail "query [$q] leaked an SQLite message"
  fi
done
# Searching (read-only) does not create -wal/-shm files either.
[[ ! -e $db-wal && ! -e $db-shm ]] || fail "-wal/-shm files appeared after searching"
echo "end to end: ok"
