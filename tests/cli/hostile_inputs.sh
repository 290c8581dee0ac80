#!/usr/bin/env bash
# Hostile input files: each gets a clear outcome (imported, or skipped with a message naming
# the file) in bounded time, and nothing already in the database is lost or changed.
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work/in"
db=$work/kb.db
fail() { echo "FAIL: $*"; exit 1; }
"$kb" import "$src/import/phlebotomist.md" --db "$db" --quiet
content() { sqlite3 "$db" "SELECT path, sha256 FROM sources ORDER BY path; SELECT count(*) FROM duties;" | sha256sum; }
kept=$(content)

python3 - "$work/in" <<'PY'
import pathlib, sys
d = pathlib.Path(sys.argv[1])
(d / "empty.txt").write_text("")
(d / "spaces.txt").write_text("   \n\t\n  \n")
(d / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
(d / "elf.md").write_bytes(b"\x7fELF\x02\x01\x01" + b"\x00" * 500)
(d / "nul.txt").write_bytes(b"Welder Career Guide\n\nDuties\n\n- Weld\x00 joints\n")
(d / "bad-utf8.txt").write_bytes("Welder Career Guide\n\nDuties\n\n- Cut steel \xff\xfe plates\n".encode("latin-1"))
(d / "long-line.txt").write_text("Welder Career Guide\n" + "x" * 10_000_000 + "\n")
(d / "million-bullets.txt").write_text("Welder Career Guide\n\nDuties\n\n" +
                                       "".join(f"- Grind weld number {i}\n" for i in range(1_000_000)))
(d / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + "<h1>Welder</h1>" + "</div>" * 10 + "</body></html>")
(d / "html-really-text.html").write_text("Welder Career Guide\n\nDuties\n\n- Weld pipe\n")
(d / "text-really-html.txt").write_text("<!DOCTYPE html><html><body><h1>Welder</h1><ul><li>Weld pipe</li></ul></body></html>")
(d / "name with spaces – Schweißer é.md").write_text("# Welder\n\n## Duties\n\n- Weld pipe\n")
PY
# A 100 MB file (sparse: no disk needed) is over the default 64 MB limit.
truncate -s 100M "$work/in/huge.txt"
# A folder with a symlink loop inside: walked once.
mkdir -p "$work/in/looped" && printf '# Welder\n\n- Weld pipe\n' > "$work/in/looped/welder.md"
ln -s . "$work/in/looped/self"

# Each hostile file on its own: exit 0 or 2, never a crash or a hang, existing data kept.
for f in "$work"/in/*; do
  name=$(basename "$f")
  set +e
  timeout 300 "$kb" import "$f" --db "$db" > "$work/out.txt" 2>&1
  code=$?
  set -e
  [[ $code -eq 0 || $code -eq 2 ]] || fail "$name: exit $code: $(head -c 300 "$work/out.txt")"
  if [[ $code -eq 2 ]]; then
    grep -qF "$name" "$work/out.txt" || fail "$name: the message does not name the file: $(head -c 300 "$work/out.txt")"
    [[ $(content) == "$kept" ]] || fail "$name: refused, yet the database changed"
  fi
  kept=$(content)
  sqlite3 "$db" "SELECT count(*) FROM sources WHERE path LIKE '%phlebotomist.md'" | grep -qx 1 ||
    fail "$name: the earlier import was lost"
done
grep -q "binary file" <<< "$("$kb" import "$work/in/png.txt" --db "$db" 2>&1 || true)" || fail "PNG not called binary"
grep -q "over the import limit" <<< "$("$kb" import "$work/in/huge.txt" --db "$db" 2>&1 || true)" ||
  fail "100 MB file not refused over the limit"
grep -q "empty file" <<< "$("$kb" import "$work/in/spaces.txt" --db "$db" 2>&1 || true)" || fail "whitespace not called empty"
[[ $(sqlite3 "$db" "SELECT count(*) FROM duties d JOIN guides g ON g.id = d.guide_id JOIN sources s ON s.id = g.source_id WHERE s.path LIKE '%million-bullets.txt'") -eq 2000 ]] ||
  fail "a million bullets were not capped at 2000 duties"
sqlite3 "$db" "SELECT count(*) FROM sources WHERE path LIKE '%Schweißer é.md'" | grep -qx 1 || fail "unicode path not imported"
sqlite3 "$db" "SELECT count(*) FROM sources WHERE path LIKE '%looped/welder.md'" | grep -qx 1 ||
  fail "the folder with a symlink loop was not imported exactly once"

# --strict over the whole folder: something fails, so nothing of the run is written.
rm -f "$db" && "$kb" import "$src/import/phlebotomist.md" --db "$db" --quiet
kept=$(content)
set +e; "$kb" import "$work/in" --db "$db" --strict > /dev/null 2>&1; code=$?; set -e
[[ $code -eq 2 ]] || fail "strict hostile folder: exit $code"
[[ $(content) == "$kept" ]] || fail "strict hostile folder changed the database"
"$kb" check --db "$db" > /dev/null || fail "check after hostile inputs"
echo "hostile inputs: ok"
