#!/usr/bin/env bash
# Crash safety: an import killed with SIGKILL at random moments leaves a database that passes
# careerkb check and holds exactly the data of the last completed import; searches running
# during an import never fail with "database is locked". Needs ../shared/bench (77 = skip).
set -euo pipefail
kb=$1 src=$2 work=$3
shared=${CAREERKB_SHARED_DIR:-$src/../shared}
[[ -f $shared/bench/make_corpus.py ]] || { echo "no corpus generator: skipped"; exit 77; }
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
# 1,500 guides: the second import must outlast the latest kill (0.9 s) on a fast machine.
python3 "$shared/bench/make_corpus.py" --n 1500 --out "$work/corpus" --seeds "$shared/seeds" > /dev/null
mkdir -p "$work/first" "$work/second"
mv "$work"/corpus/guide-0000[0-9]*.txt "$work/first/" 2>/dev/null || true  # guides 1-99
mv "$work"/corpus/*.txt "$work/second/"
db=$work/kb.db
content() {  # a checksum of the data, independent of file layout
  sqlite3 "$db" "SELECT count(*), total(length(text)) FROM duties;
                 SELECT count(*) FROM guides; SELECT group_concat(path, '|') FROM (SELECT path FROM sources ORDER BY path);" |
    sha256sum | cut -d' ' -f1
}
RANDOM=20261122
# A first import into a new file, killed, leaves a file that passes check and holds no guide.
"$kb" import "$work/second" --db "$work/new.db" --quiet &
pid=$!
sleep "0.$((RANDOM % 9 + 1))"
kill -9 "$pid" 2>/dev/null || true
set +e; wait "$pid" 2>/dev/null; code=$?; set -e
[[ $code -ne 0 ]] || fail "the kill came after the first import had finished"
# Killed before its schema was committed, the file is empty and check says so.
if "$kb" check --db "$work/new.db" > "$work/check.txt"; then
  [[ $(sqlite3 "$work/new.db" "SELECT count(*) FROM guides") -eq 0 ]] || fail "a killed first import left guides"
else
  grep -q "is empty: run careerkb import first" "$work/check.txt" || { cat "$work/check.txt"; fail "check after killing a first import"; }
fi

# Any writer killed in rollback-journal mode leaves a hot journal (made here by a Python writer
# killed mid-transaction after spilling pages into the file): a read-only command rolls it
# back, as any SQLite program would, and reads the last committed state.
"$kb" import "$src/import/medical-assistant.md" --db "$work/hot.db" --quiet
python3 - "$work/hot.db" <<'PY' || true
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA journal_mode=DELETE")
con.execute("PRAGMA cache_size=1")  # spill: the file changes before the commit
con.execute("BEGIN")
for i in range(3000):
    con.execute("INSERT INTO synonyms(term, expands_to) VALUES (?, ?)", ("zz%d" % i, "x" * 200))
os.kill(os.getpid(), 9)
PY
[[ -s $work/hot.db-journal ]] || fail "the killed writer left no journal: the test did not test"
"$kb" search pay --db "$work/hot.db" --limit 1 > /dev/null || fail "search on a file with a hot journal"
"$kb" check --db "$work/hot.db" > "$work/check.txt" || { cat "$work/check.txt"; fail "check after the hot journal"; }
[[ $(sqlite3 "$work/hot.db" "SELECT count(*) FROM synonyms WHERE term LIKE 'zz%'") -eq 0 ]] ||
  fail "rows of the killed transaction survived"

"$kb" import "$work/first" --db "$db" --quiet
completed=$(content)

# Kill the second import at three random moments; each time nothing of it may remain.
for attempt in 1 2 3; do
  "$kb" import "$work/second" --db "$db" --quiet &
  pid=$!
  sleep "0.$((RANDOM % 9 + 1))"
  kill -9 "$pid" 2>/dev/null || true
  set +e
  wait "$pid" 2>/dev/null
  code=$?
  set -e
  [[ $code -ne 0 ]] || fail "kill $attempt came after the import had finished: make the second set larger"
  "$kb" check --db "$db" > "$work/check.txt" || { cat "$work/check.txt"; fail "check after kill $attempt"; }
  [[ $(content) == "$completed" ]] || fail "kill $attempt: the database holds part of an unfinished import"
done

# A reader during a full import never sees 'database is locked' nor half an import: into a
# file that has guides, and into a new file.
read_during_import() {  # DB: searches while an import of the second set runs; counts in $reads
  "$kb" import "$work/second" --db "$1" --quiet &
  pid=$!
  # A new file: wait until its schema is committed (before, a search rightly says it is empty).
  until [[ $(sqlite3 -readonly "$1" "PRAGMA application_id" 2>/dev/null) == 1129006146 ]]; do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  while kill -0 "$pid" 2>/dev/null; do
    set +e
    "$kb" search blood --db "$1" --limit 1 > /dev/null 2> "$work/reader.err"
    code=$?
    set -e
    [[ $code -le 1 ]] || fail "reader failed during import into $1: $(cat "$work/reader.err")"
    reads=$((reads + 1))
  done
  wait "$pid" || fail "the import into $1 failed"
}
reads=0
read_during_import "$db"
rm -f "$work/fresh.db"
read_during_import "$work/fresh.db"
"$kb" check --db "$db" > /dev/null || fail "check after the final import"
[[ $(sqlite3 "$db" "SELECT count(*) FROM guides") -eq 1500 ]] || fail "final import incomplete"
echo "crash safety: ok ($reads searches during the import)"
