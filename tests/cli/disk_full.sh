#!/usr/bin/env bash
# A full disk during an import tells the truth (issue #17 item 2), on a 6 MB tmpfs (a new file with
# 16 KiB pages is 1.1 MB for two guides, and its WAL twice that before the checkpoint, so 3 MB
# cannot hold even a small import):
#  - full before the commit: exit 2, the message names the database, says nothing was written
#    and where to free space; the old content is intact and check passes;
#  - full in the steps after the commit (index merge, checkpoint): exit 0 with a warning, the
#    guides are committed, every command opens the file, and the next import (space freed)
#    finishes the steps and leaves the file in rollback-journal mode again.
# Mounting needs root (CI runs as root); where it is not permitted the test says why and is
# skipped (77), not passed.
set -euo pipefail
kb=$1 src=$2 work=$3
umount "$work/mnt" 2>/dev/null || true  # left by an interrupted run
rm -rf "$work" && mkdir -p "$work/mnt"
source "$(dirname "$0")/common.bash"
if ! mount -t tmpfs -o size=6m tmpfs "$work/mnt" 2> "$work/mount.err"; then
  echo "cannot mount a tmpfs here ($(cat "$work/mount.err")): skipped"
  exit 77
fi
trap 'umount "$work/mnt" 2>/dev/null || umount -l "$work/mnt"' EXIT
mnt=$work/mnt

# N guides of about 9 KB each, every one its own career, with many distinct duties (so the
# full-text index grows with them). The guides live outside the small filesystem.
make_guides() {
  python3 - "$1" "$2" <<'PY'
import os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
rng = random.Random(17)
syll = ["ka", "lo", "mi", "ren", "tus", "vel", "dor", "fin", "sa", "bri", "mon", "tal"]
def word():
    return "".join(rng.choice(syll) for _ in range(rng.randint(2, 4)))
for i in range(n):
    name = word().capitalize() + " " + word().capitalize()
    duties = "\n".join("* Inspect the %s %s and record the %s readings in the %s log"
                       % (word(), word(), word(), word()) for _ in range(150))
    with open(os.path.join(out, "guide%04d.md" % i), "w") as f:
        f.write("# %s Technician Career Guide\n\n%s technicians keep the %s in order.\n\n"
                "* **Median pay:** $44,100 per year\n"
                "* **Typical education:** High school diploma or equivalent\n\n"
                "## What Does a %s Technician Do?\n\n%s\n" % (name, name, word(), name, duties))
PY
}
make_guides "$work/big" 400
make_guides "$work/medium" 15
mkdir -p "$work/small" && cp "$src"/import/{phlebotomist,medical-assistant}.md "$work/small/"

guides() { sqlite3 "$1" "SELECT count(*) FROM guides"; }
digest() { sqlite3 "$1" "SELECT count(*), total(length(text)) FROM duties; SELECT group_concat(path, '|') FROM (SELECT path FROM sources ORDER BY path)" | sha256sum; }

# 1. Full before the commit: the big set does not fit beside the small one.
db=$mnt/kb.db
run import "$work/small" --quiet
expect_rc 0 "the small import"
if grep -q "warning: " "$work/err"; then fail "the small import does not fit: $(cat "$work/err")"; fi
[[ $(sqlite3 "$db" "PRAGMA journal_mode") == delete ]] || fail "the small import left WAL mode"
before=$(digest "$db")
run import "$work/big"
expect_rc 2 "an import that fills the disk"
grep -q "$db: database or disk is full: free space on $mnt" "$work/err" ||
  fail "the message names no file or folder: $(cat "$work/err")"
grep -q "nothing was written" "$work/err" || fail "the message does not say nothing was written"
[[ $(digest "$db") == "$before" ]] || fail "the failed import changed the old content"
run check
expect_rc 0 "check after a full disk before the commit: $(cat "$work/out")"
run careers --format csv
expect_rc 0 "careers after a full disk before the commit"
rm -f "$mnt"/kb.db*

# 2. Full after the commit. How much the steps after the commit need depends on SQLite's page
# layout, so free space is narrowed with a filler file: from too little (nothing written) to
# enough (no warning); in between, the commit fits and a later step does not.
hit=0 outcomes=""
for filler_kb in $(seq 5600 -64 0); do
  rm -f "$mnt"/kb.db* "$mnt/filler"
  head -c $((filler_kb * 1024)) /dev/zero > "$mnt/filler"
  run import "$work/medium"
  if [[ $rc -eq 0 ]] && grep -q "warning: " "$work/err"; then
    hit=1
    break
  fi
  outcomes+=" ${filler_kb}K:$rc"
  [[ $rc -eq 0 ]] && break  # enough space for everything: no later size can hit the window
done
[[ $hit -eq 1 ]] || fail "no filler size made a step after the commit fail (filler:exit$outcomes)"
grep -q "the guides were committed" "$work/err" || fail "the warning does not say the guides are in: $(cat "$work/err")"
grep -q "free space on $mnt" "$work/err" || fail "the warning does not say where to free space"
grep -q "^imported 15 files" "$work/out" || fail "no summary after a post-commit warning"
[[ $(guides "$db") -eq 15 ]] || fail "after a post-commit failure $(guides "$db") guides, expected 15"
run check
expect_rc 0 "check after a full disk after the commit: $(cat "$work/out")"
run search inspect --limit 1
expect_rc 0 "search after a full disk after the commit"
run careers --format csv
expect_rc 0 "careers after a full disk after the commit"

# The next import, with space again, finishes the steps even though no guide changed. The WAL
# still holds the committed guides and the file must grow to take them, so "space again" is
# the filler gone and the filesystem grown.
rm -f "$mnt/filler"
mount -o remount,size=16m "$mnt" || fail "cannot grow the tmpfs"
# check, with space, leaves the file in WAL mode: that is how the next import knows.
run check
expect_rc 0 "check with space again"
[[ $(sqlite3 "$db" "PRAGMA journal_mode") == wal ]] || fail "check took the unfinished steps' mark away"
run import "$work/medium"
expect_rc 0 "the import after freeing space"
if grep -q "warning: " "$work/err"; then fail "still a warning with space free: $(cat "$work/err")"; fi
grep -q "15 unchanged" "$work/out" || fail "the guides were not kept: $(cat "$work/out")"
[[ ! -e $db-wal ]] || fail "the next import left the -wal file"
[[ $(sqlite3 "$db" "PRAGMA journal_mode") == delete ]] || fail "the file did not return to one-file mode"
[[ $(guides "$db") -eq 15 ]] || fail "the finishing import changed the guides"
run check
expect_rc 0 "check after the finishing import"
echo "ok: full before the commit writes nothing; full after it warns and the next import finishes"
