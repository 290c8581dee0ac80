#!/usr/bin/env bash
# --facets through the real binary: counts by education, salary band and kind over every match
# passing the filters (not only the rows printed), the same in all four formats, counting facts
# with --by item and careers with --by career; without --facets every format is unchanged.
# Usage: search_facets.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db=$work/t.db
source "$(dirname "$0")/common.bash"
"$kb" import "$src/import" --db "$db" --quiet
s() { "$kb" search --db "$db" "$@"; }

# The same counts from every format, as "facet value count" lines.
s blood --limit 2 --facets --format json >"$work/f.json"
s blood --limit 2 --facets --format ndjson >"$work/f.ndjson"
s blood --limit 2 --facets --format csv >"$work/f.csv"
s blood --limit 2 --facets >"$work/f.txt"
s blood --limit 1000 --format json >"$work/all.json"
python3 - "$work" <<'PY' || fail "facet counts differ between formats or from the matches"
import csv, io, json, sys
w = sys.argv[1]
doc = json.load(open(f"{w}/f.json"))
assert len(doc["results"]) == 2, "the limit applies to the rows, not to the counts"
from_json = {(f, c["value"]): c["count"] for f, counts in doc["facets"].items() for c in counts}
from_nd = {}
rows = 0
for line in open(f"{w}/f.ndjson"):
    o = json.loads(line)
    if "facet" in o:
        from_nd[(o["facet"], o["value"])] = o["count"]
    else:
        rows += 1
assert rows == 2 and from_nd == from_json, (rows, from_nd)
results, facets = open(f"{w}/f.csv", newline="").read().split("\r\n\r\n")
facet_rows = list(csv.reader(io.StringIO(facets, newline="")))
assert facet_rows[0] == ["facet", "value", "count"]
assert {(r[0], r[1]): int(r[2]) for r in facet_rows[1:]} == from_json
# Every matching fact is counted once: the totals equal the full list's length and kinds.
hits = json.load(open(f"{w}/all.json"))
assert sum(c for (f, v), c in from_json.items() if f == "kind") == len(hits), len(hits)
for kind in {h["kind"] for h in hits}:
    assert from_json[("kind", kind)] == sum(h["kind"] == kind for h in hits), kind
for f in ("education", "salary_band"):
    assert sum(c for (g, v), c in from_json.items() if g == f) == len(hits), f
assert from_json[("education", "associate")] == sum(h["typical_education"] == "associate" for h in hits)
assert from_json[("salary_band", "unknown")] == sum(h["median_salary_annual_usd"] is None for h in hits)
table = open(f"{w}/f.txt").read()
assert f"FACETS ({len(hits)} matching facts)" in table, table
for label in ("education", "salary band", "kind"):
    assert f"\n  {label} " in table, label
PY

# --by career counts careers; filters apply to the counts.
s blood --by career --limit 1 --facets --format json >"$work/c.json"
s blood --by career --limit 100 --format json >"$work/call.json"
s blood --by career --facets --max-education high_school --format json >"$work/hs.json"
python3 - "$work" <<'PY' || fail "--by career facets"
import json, sys
w = sys.argv[1]
doc = json.load(open(f"{w}/c.json"))
careers = json.load(open(f"{w}/call.json"))
edu = {c["value"]: c["count"] for c in doc["facets"]["education"]}
assert sum(edu.values()) == len(careers), (edu, len(careers))
for level in set(c["typical_education"] for c in careers):
    assert edu[level] == sum(c["typical_education"] == level for c in careers), level
hs = json.load(open(f"{w}/hs.json"))
counts = {c["value"]: c["count"] for c in hs["facets"]["education"]}
assert all(n == 0 for level, n in counts.items() if level != "high_school" and level != "none"), counts
PY

# Without --facets nothing changes: a JSON array, no facet lines, one CSV table.
s blood --format json | python3 -c 'import json,sys; assert isinstance(json.load(sys.stdin), list)' ||
  fail "JSON without --facets is not an array"
s blood --format ndjson | grep -q '"facet"' && fail "NDJSON facet lines without --facets"
s blood --format csv | python3 -c 'import sys; assert "\r\n\r\n" not in sys.stdin.read()' ||
  fail "CSV facet section without --facets"
s blood | grep -q '^FACETS' && fail "table FACETS block without --facets"

# No match: still a well-formed document, every count zero, exit 1.
set +e
s zzzzqqq --facets --format json >"$work/none.json"
rc=$?
set -e
[[ $rc == 1 ]] || fail "no match with --facets: exit $rc"
python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["results"] == [] and all(c["count"] == 0 for f in doc["facets"].values() for c in f), doc
' "$work/none.json" || fail "no match with --facets: $(cat "$work/none.json")"
echo "search facets: ok"
