#!/usr/bin/env bash
# careerkb import on bad input: a missing file, a binary file, a file over --max-file-size,
# --strict leaving the database exactly as it was, and a foreign SQLite file refused untouched.
set -euo pipefail
kb=$1 work=$3
rm -rf "$work" && mkdir -p "$work/guides"
fail() { echo "FAIL: $*"; exit 1; }

# Runs careerkb, keeping its exit code in $rc and its output (both streams) in $out.
run() {
  set +e
  out=$("$kb" "$@" 2>&1)
  rc=$?
  set -e
  printf '%s\n' "$out"
}

cat > "$work/guides/good.md" <<'EOF'
# Bell Founder Career Guide

Bell founders cast bronze bells for churches and clock towers.

* **Median pay:** $44,100 per year
* **Typical education:** High school diploma or equivalent

## What Does a Bell Founder Do?

* Build clay moulds around a wooden template
* Pour molten bronze and let it cool for days
EOF
db="$work/kb.db"

# 1. A missing file: exit 2, the message names it; the good file still goes in.
run import "$work/guides/good.md" "$work/nope.md" --db "$db"
[[ $rc -eq 2 ]] || fail "missing file: exit $rc, expected 2"
grep -q "nope.md" <<< "$out" || fail "missing file: message does not name it"
[[ $(sqlite3 "$db" 'select count(*) from guides') -eq 1 ]] || fail "good file not imported"

# 2. A binary file among good ones: skipped with its name, exit 2, the rest imported.
printf 'GIF89a\x00\x01\x00\x00\xff\xff\x00\x00\x00\x00' > "$work/guides/logo.txt"
cp "$work/guides/good.md" "$work/guides/good-copy.md"
run import "$work/guides" --db "$db"
[[ $rc -eq 2 ]] || fail "binary file: exit $rc, expected 2"
grep -q "logo.txt: binary file" <<< "$out" || fail "binary file: message does not name it"
[[ $(sqlite3 "$db" 'select count(*) from guides') -eq 2 ]] || fail "binary file: rest not imported"
rm "$work/guides/logo.txt"

# 3. Over the size limit.
run import "$work/guides/good.md" --db "$work/small.db" --max-file-size 100
[[ $rc -eq 2 ]] || fail "size limit: exit $rc, expected 2"
grep -q "good.md: file is [0-9]* bytes, over the import limit of 100 bytes" <<< "$out" ||
  fail "size limit: no clear message"
run import "$work/guides/good.md" --db "$work/small.db" --max-file-size 12Q
[[ $rc -eq 2 ]] || fail "bad --max-file-size: exit $rc, expected 2"

# 4. An unsupported file named directly.
echo "hello" > "$work/notes.pdf"
run import "$work/notes.pdf" --db "$db"
[[ $rc -eq 2 ]] || fail "unsupported type: exit $rc, expected 2"
grep -q "notes.pdf: unsupported file type" <<< "$out" || fail "unsupported type: no message"

# 5. --strict with a bad file: nothing written, row count and full dump unchanged.
count_before=$(sqlite3 "$db" 'select count(*) from guides')
dump_before=$(sqlite3 "$db" .dump | sha256sum)
mkdir -p "$work/strict"
cat > "$work/strict/new.md" <<'EOF'
# Clock Winder Career Guide

* **Median pay:** $39,900 per year
* **Typical education:** High school diploma or equivalent

## What Does a Clock Winder Do?

* Wind tower clocks every week
EOF
# Sorted last, so a replacement (good.md) and an insert (new.md) come before the failure.
printf '\x00\x01\x02\x03binary\x00' > "$work/strict/zz-broken.txt"
echo "* Cast handbells too" >> "$work/guides/good.md"
run import "$work/guides/good.md" "$work/strict" --db "$db" --strict -v
[[ $rc -eq 2 ]] || fail "strict: exit $rc, expected 2"
grep -q "zz-broken.txt: binary file" <<< "$out" || fail "strict: message does not name the bad file"
grep -q "^imported .*new.md" <<< "$out" || fail "strict: new.md was not written before the failure"
[[ $(sqlite3 "$db" 'select count(*) from guides') -eq $count_before ]] || fail "strict: rows changed"
[[ $(sqlite3 "$db" .dump | sha256sum) == "$dump_before" ]] || fail "strict: content changed"

# 6. A SQLite file of another application is refused and left byte for byte as it was.
other="$work/other.db"
sqlite3 "$other" 'PRAGMA application_id = 42; CREATE TABLE notes(x); INSERT INTO notes VALUES (1);'
sum_before=$(sha256sum "$other")
run import "$work/guides" --db "$other"
[[ $rc -eq 2 ]] || fail "foreign db: exit $rc, expected 2"
grep -q "not a careerkb database" <<< "$out" || fail "foreign db: no clear message"
[[ $(sha256sum "$other") == "$sum_before" ]] || fail "foreign db: file changed"
run export --db "$other"
[[ $rc -eq 2 ]] || fail "foreign db export: exit $rc, expected 2"
[[ $(sha256sum "$other") == "$sum_before" ]] || fail "foreign db: file changed by export"

# 7. Read-only commands on a missing database say how to create one, and create nothing.
run export --db "$work/missing.db"
[[ $rc -eq 2 ]] || fail "missing db: exit $rc, expected 2"
grep -q "no database at $work/missing.db: run careerkb import first" <<< "$out" ||
  fail "missing db: no clear message"
[[ ! -e "$work/missing.db" ]] || fail "missing db: export created it"
run check --db "$work/missing.db"
[[ $rc -eq 2 ]] || fail "missing db check: exit $rc, expected 2"
grep -q "^FAIL schema_version" <<< "$out" || fail "missing db check: no FAIL line"
echo "PASS"
