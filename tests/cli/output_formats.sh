#!/usr/bin/env bash
# Every output format of search (facts and careers, with and without --facets), careers and show,
# through the real binary, each read back by a real parser: JSON with json.load, CSV with the csv
# module (RFC 4180, CRLF), NDJSON line by line. A table is checked for its header and for the
# absence of ANSI colour when written to a pipe. show prints table or JSON only and says so.
# Usage: output_formats.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db=$work/t.db
source "$(dirname "$0")/common.bash"
"$kb" import "$src/import" --db "$db" --quiet

# check FORMAT SHAPE: parse $work/out; SHAPE is hits, careers, facets-hits, facets-careers, rows.
check() {
  python3 - "$1" "$2" "$work/out" <<'PY' || fail "$3: $1 output does not parse as expected"
import csv, io, json, sys
fmt, shape, path = sys.argv[1:]
raw = open(path, "rb").read().decode("utf-8")
hit_keys = {"career", "kind", "text", "snippet", "snippet_marked", "file", "line", "score",
            "median_salary_annual_usd", "typical_education"}
career_keys = {"career", "score", "median_salary_annual_usd", "growth_pct", "typical_education",
               "match_count", "matches", "guides"}
keys = career_keys if "careers" in shape else hit_keys
if shape == "rows":
    keys = {"career", "median_salary_annual_usd", "salary_min_annual_usd", "salary_max_annual_usd",
            "growth_pct", "typical_education", "sources", "guides"}

def check_facets(facets):
    assert set(facets) == {"education", "salary_band", "kind"}, facets
    for name, counts in facets.items():
        assert all(set(c) == {"value", "count"} and c["count"] >= 0 for c in counts), counts
    assert sum(c["count"] for c in facets["education"]) == sum(c["count"] for c in facets["salary_band"])

if fmt == "json":
    doc = json.loads(raw)
    if shape.startswith("facets"):
        assert set(doc) == {"results", "facets"}, doc.keys()
        check_facets(doc["facets"])
        doc = doc["results"]
    assert isinstance(doc, list) and doc, doc
    for row in doc:
        assert keys <= set(row), (keys - set(row), row)
        if "matches" in row:
            for m in row["matches"]:
                assert {"kind", "text", "snippet", "file", "line", "score"} <= set(m), m
                assert "\x02" not in m["snippet"] and "[" not in m["snippet"], m
elif fmt == "ndjson":
    lines = raw.splitlines()
    objs = [json.loads(l) for l in lines]
    assert objs and all(isinstance(o, dict) for o in objs), lines
    rows = [o for o in objs if "facet" not in o]
    facets = [o for o in objs if "facet" in o]
    assert rows and all(keys <= set(r) for r in rows), rows
    assert bool(facets) == shape.startswith("facets"), facets
    for f in facets:
        assert set(f) == {"facet", "value", "count"}, f
elif fmt == "csv":
    assert raw.endswith("\r\n"), "records end with CRLF"
    sections = raw.split("\r\n\r\n")
    assert len(sections) == (2 if shape.startswith("facets") else 1), len(sections)
    rows = list(csv.reader(io.StringIO(sections[0], newline="")))
    assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows), rows
    header = rows[0]
    if "careers" in shape:
        assert header[:6] == ["career", "score", "median_salary_annual_usd", "growth_pct",
                              "typical_education", "match_count"], header
        assert "best_kind" in header and "best_line" in header, header
    else:
        assert set(header) >= {"career", "median_salary_annual_usd", "typical_education"}, header
    if shape.startswith("facets"):
        facet_rows = list(csv.reader(io.StringIO(sections[1], newline="")))
        assert facet_rows[0] == ["facet", "value", "count"], facet_rows[0]
        assert {r[0] for r in facet_rows[1:]} == {"education", "salary_band", "kind"}, facet_rows
        assert all(int(r[2]) >= 0 for r in facet_rows[1:])
PY
}

# --- search, one row per fact -----------------------------------------------------------------
for f in json ndjson csv; do
  run search sterilize --format "$f"
  expect_rc 0 "search sterilize --format $f"
  check "$f" hits "search --format $f"
  run search sterilize --format "$f" --facets
  expect_rc 0 "search sterilize --format $f --facets"
  check "$f" facets-hits "search --facets --format $f"
done
run search sterilize
expect_rc 0 "search sterilize"
head -1 "$work/out" | grep -q '^CAREER  *KIND  *SOURCE  *MATCH$' || fail "table header: $(head -1 "$work/out")"
if grep -q $'\x1b' "$work/out"; then fail "ANSI colour written to a pipe"; fi
grep -q '\[steril' "$work/out" || fail "matches not marked with [ ] in a table: $(cat "$work/out")"

# --- search --by career -----------------------------------------------------------------------
for f in json ndjson csv; do
  run search --by career sterilize --format "$f"
  expect_rc 0 "search --by career --format $f"
  check "$f" careers "search --by career --format $f"
  run search --by career sterilize --format "$f" --facets
  expect_rc 0 "search --by career --facets --format $f"
  check "$f" facets-careers "search --by career --facets --format $f"
done
run search --by career sterilize --facets
expect_rc 0 "search --by career --facets"
head -1 "$work/out" | grep -q '^CAREER  *SCORE  *MEDIAN  *GROWTH  *EDUCATION  *MATCHES  *SOURCES$' ||
  fail "career table header: $(head -1 "$work/out")"
grep -q '^  duty ' "$work/out" || fail "matches are not listed under their career: $(cat "$work/out")"
grep -q '^FACETS (' "$work/out" || fail "no FACETS block: $(cat "$work/out")"

# --- search without words: careers ------------------------------------------------------------
for f in json ndjson csv; do
  run search --min-salary 50k --format "$f"
  expect_rc 0 "search --min-salary 50k --format $f"
  check "$f" careers "search without words --format $f"
done

# --- careers ----------------------------------------------------------------------------------
for f in json ndjson csv; do
  run careers --format "$f"
  expect_rc 0 "careers --format $f"
  check "$f" rows "careers --format $f"
done
run careers
expect_rc 0 "careers"
head -1 "$work/out" | grep -q '^CAREER  *MEDIAN  *RANGE  *GROWTH  *EDUCATION  *GUIDES  *SOURCES$' ||
  fail "careers table header: $(head -1 "$work/out")"

# --- show: a document, so table or JSON only --------------------------------------------------
run show phlebotomist --format json
expect_rc 0 "show --format json"
python3 -c '
import json, sys
p = json.load(open(sys.argv[1]))
assert p["career"] == "Phlebotomist" and p["guides"] and p["guides"][0]["duties"], p
' "$work/out" || fail "show json"
run show phlebotomist
expect_rc 0 "show (table)"
grep -q '^Phlebotomist$' "$work/out" && grep -q 'phlebotomist.md:[0-9]' "$work/out" ||
  fail "show table: $(head -5 "$work/out")"
for f in csv ndjson; do
  run show phlebotomist --format "$f"
  expect_rc 2 "show --format $f"
  [[ ! -s $work/out ]] || fail "show --format $f wrote to stdout"
  grep -q -- '--format' "$work/err" && grep -q 'table' "$work/err" ||
    fail "show --format $f: the error does not name the formats: $(cat "$work/err")"
done
echo "output formats: ok"
