#!/usr/bin/env bash
# Every career result cites the guides it rests on (issue #13 item 4), through the real binary:
# `search --by career`, a search with filters only and `careers`, in JSON, NDJSON, CSV and table.
# A filter's careers cite the line of the figure it compared (a salary filter: a block with a
# dollar amount starts there; a growth filter: one with a percentage), a word search the matched
# fact, and every cited line exists in its file. Usage: search_sources.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db=$work/t.db
source "$(dirname "$0")/common.bash"
"$kb" import "$src/import" --db "$db" --quiet

# check WHAT FORMAT CITED_LINE_HOLDS: every career of $work/out cites every guide of its career
# (as many as `careers` counts), each by a line of that file; with CITED_LINE_HOLDS (a regex),
# that line holds it. For csv, the citations are read from SOURCE_COLUMN.
check() {
  python3 - "$1" "$2" "$3" "$work/out" "$src/import" "$work/counts" <<'PY' || fail "$1 --format $2"
import csv, io, json, os, re, sys
what, fmt, holds, path, folder, counts_path = sys.argv[1:]
raw = open(path, encoding="utf-8").read()
counts = json.load(open(counts_path))
if fmt == "json":
    careers = [(r["career"], r["guides"]) for r in json.loads(raw)]
elif fmt == "ndjson":
    careers = [(r["career"], r["guides"]) for r in map(json.loads, raw.splitlines())]
else:
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    column = "guide_sources" if "guide_sources" in rows[0] else "sources"
    careers = []
    for r in rows:
        guides = []
        for cite in r[column].split(";"):
            file, line = cite.rsplit(":", 1)
            guides.append({"file": file, "line": int(line)})
        careers.append((r["career"], guides))
assert careers, f"{what}: no careers"
for career, guides in careers:
    assert len(guides) == counts[career], (career, guides, counts[career])
    for g in guides:
        assert set(g) == {"file", "line"}, g
        lines = open(os.path.join(folder, g["file"]), encoding="utf-8", errors="replace").read().split("\n")
        assert 1 <= g["line"] <= len(lines), (career, g)
        if holds:
            # A fact's line is where its block starts: "**Median salary:** ...", then
            # "**Growth:** 22%" on the next line of the same paragraph, is one block.
            block = []
            for text in lines[g["line"] - 1:]:
                if not text.strip():
                    break
                block.append(text)
            assert re.search(holds, "\n".join(block)), (career, g, block)
PY
}

run careers --format json
expect_rc 0 "careers --format json"
python3 -c '
import json, sys
json.dump({r["career"]: r["sources"] for r in json.load(open(sys.argv[1]))}, open(sys.argv[2], "w"))
' "$work/out" "$work/counts"

for f in json ndjson csv; do
  run search --min-salary 40k --format "$f"
  expect_rc 0 "search --min-salary 40k --format $f"
  check "search --min-salary 40k" "$f" '\$[0-9]'
  run search --min-growth 1 --format "$f"
  expect_rc 0 "search --min-growth 1 --format $f"
  check "search --min-growth 1" "$f" '[0-9]%|[0-9] percent'
  run search --by career venipuncture --format "$f"
  expect_rc 0 "search --by career venipuncture --format $f"
  check "search --by career venipuncture" "$f" ''
  run careers --format "$f"
  expect_rc 0 "careers --format $f"
  check "careers" "$f" ''
done

# The phlebotomist guide is cited at its venipuncture match when words chose the career...
run search --by career venipuncture --format json
python3 -c '
import json, sys
r = {c["career"]: c for c in json.load(open(sys.argv[1]))}["Phlebotomist"]
cites = {g["file"]: g["line"] for g in r["guides"]}
best = r["matches"][0]
assert cites[best["file"]] == best["line"], (cites, best)
' "$work/out" || fail "--by career does not cite the best match: $(cat "$work/out")"

# ...and the table shows the file: a SOURCES column, on career rows and on careers rows.
run search --min-salary 40k
expect_rc 0 "search --min-salary 40k (table)"
head -1 "$work/out" | grep -q '^CAREER  *MEDIAN  *GROWTH  *EDUCATION  *SOURCES$' ||
  fail "table header: $(head -1 "$work/out")"
grep -q '^Phlebotomist .* phlebotomist\.md:[1-9][0-9]*' "$work/out" ||
  fail "no source on the phlebotomist row: $(cat "$work/out")"
run search --by career venipuncture
expect_rc 0 "search --by career venipuncture (table)"
head -1 "$work/out" | grep -q 'MATCHES  *SOURCES$' || fail "career table header: $(head -1 "$work/out")"
grep -q '^Phlebotomist .* phlebotomist\.md:[1-9]' "$work/out" || fail "no source: $(cat "$work/out")"
run careers
expect_rc 0 "careers (table)"
grep -q '^Phlebotomist .* phlebotomist\.md:[1-9]' "$work/out" || fail "careers: $(cat "$work/out")"
echo "sources: ok"
