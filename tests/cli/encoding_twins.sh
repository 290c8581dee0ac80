#!/usr/bin/env bash
# A guide saved as clean UTF-8, as Windows-1252 bytes, as UTF-8 with a BOM and CRLF, and with
# its UTF-8 mis-decoded as Windows-1252 (mojibake) imports to the same facts; correct Greek,
# accents, emoji and CJK come back byte for byte; page boilerplate is not searchable.
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"/{clean,cp1252,bom,mojibake}
fail() { echo "FAIL: $*"; exit 1; }

cat > "$work/clean/guide.txt" <<'TXT'
Café Barista Technician Career Guide

Median Salary: $31,200 per year — about €28,000 in Athens (Αθήνα)

Key Responsibilities

  • Calibrate the espresso grinder – twice per shift
  • Serve naïve first-time customers with a smile
  • Keep the “milk station” spotless

Soft Skills

  • Patience with Zoë and José on Monday mornings
  • Good communication

Sign up now for our newsletter and get job alerts for free!
TXT
python3 - "$work" <<'PY'
import sys, pathlib
w = pathlib.Path(sys.argv[1])
text = (w / "clean/guide.txt").read_text(encoding="utf-8")
# Windows-1252 cannot hold Greek: that twin keeps only the Latin-1/1252 lines' meaning.
(w / "cp1252/guide.txt").write_bytes(text.replace(" in Athens (Αθήνα)", "").encode("cp1252"))
(w / "bom/guide.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
def mojibake(ch):
    # UTF-8 bytes shown as Windows-1252; its five undefined bytes show as C1 controls.
    if ord(ch) < 128 or ch in "Αθήνα":
        return ch
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in ch.encode("utf-8"))
(w / "mojibake/guide.txt").write_text("".join(mojibake(ch) for ch in text), encoding="utf-8")
PY
for twin in clean cp1252 bom mojibake; do
  "$kb" import "$work/$twin" --db "$work/$twin.db" --quiet
  "$kb" export --db "$work/$twin.db" > "$work/$twin.json"
done
python3 - "$work" <<'PY' || fail "twins differ"
import json, sys, pathlib
w = pathlib.Path(sys.argv[1])
def facts(name):
    g = json.loads((w / f"{name}.json").read_text(encoding="utf-8"))[0]
    return {k: g[k] for k in ("career", "median_salary_annual_usd", "duties", "soft_skills")}
clean = facts("clean")
assert clean["duties"][0] == "Calibrate the espresso grinder – twice per shift", clean
assert "Patience with Zoë and José on Monday mornings" in clean["soft_skills"], clean
assert clean["median_salary_annual_usd"] == 31200, clean
for twin in ("cp1252", "bom", "mojibake"):
    assert facts(twin) == clean, (twin, facts(twin), clean)
print("twins agree:", clean["career"])
PY
# Correct non-ASCII text is stored byte for byte.
sqlite3 "$work/clean.db" "SELECT text FROM sections WHERE text LIKE '%Αθήνα%'" | grep -q "€28,000 in Athens (Αθήνα)" ||
  fail "Greek and euro sign not stored as written"
# The repairs made are recorded per document.
sqlite3 "$work/mojibake.db" "SELECT repairs FROM sources" | grep -q mojibake || fail "mojibake repair not recorded"
sqlite3 "$work/cp1252.db" "SELECT encoding FROM sources" | grep -q windows-1252 || fail "encoding not recorded"
# Boilerplate is kept out of the index.
set +e
"$kb" search newsletter --db "$work/clean.db" > /dev/null 2>&1
code=$?
set -e
[[ $code -eq 1 ]] || fail "boilerplate line is searchable (exit $code)"
echo "encoding twins: ok"
