#!/usr/bin/env python3
"""Sanity checks for a blind set's golden profiles (blind11 onward): check_blind_set.py SET_DIR.

Each set's own check.py calls main() with its number of guides and the least number of guides
of each format. For each golden/*.json: JSON parses, all keys present, the
guide exists in guides/ with the same base name, every list entry and tier name occurs in the
guide's visible text (HTML: head/scripts/styles/comments dropped, block tags become line breaks,
inline tags stripped, entities decoded; Markdown: inline HTML and ** / __ dropped;
case-insensitive; whitespace collapsed; each entry must also sit on a single visible line),
education is one of the eight levels, numbers are numbers, growth_period is YYYY-YYYY, and no two
entries of one list match the same item (no entry is a substring of another, and no two entries
are found in the same short segment of a line; a line is split into segments at the item
separators '·', '•', '|' and ';', and lines that belong to a wrapped prose paragraph of a .txt or
.md guide are exempt, because there one line holds parts of several clauses).

Additions over blind8's check: every non-null salary figure must be printed in the guide either
as an annual dollar amount or as an hourly amount that gives it at 2080 hours; a non-null
growth_pct must be printed as 'N%' or 'N percent' and both years of growth_period must be
printed; the career name must occur in the text.
"""
import html
import json
import pathlib
import re
import sys

KEYS = ["file", "career", "median_salary_annual_usd", "salary_min_annual_usd",
        "salary_max_annual_usd", "growth_pct", "growth_period", "typical_education", "duties",
        "technical_skills", "soft_skills", "certifications", "tiers", "complete_lists", "notes"]
LISTS = ["duties", "technical_skills", "soft_skills", "certifications"]
# Pairs where one credential name genuinely contains another (none in this set).
ALLOWED_OVERLAP = set()
LEVELS = {"none", "high_school", "postsecondary_nondegree", "some_college", "associate",
          "bachelor", "master", "doctoral"}
SEPARATORS = r"[·•|;]"
BULLET = re.compile(r"^\s*([-*+•]|\d+[.)]|\||>|#|â€¢)")


def visible_lines(path):
    """Returns (lines, prose) where prose is the set of indexes of wrapped-prose lines."""
    raw = path.read_text(encoding="utf-8")
    prose_raw = set()
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?is)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?is)<head\b.*?</head>", " ", raw)
        # block-level boundaries become line breaks; inline tags become nothing
        raw = re.sub(r"(?is)</?(p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|tbody|thead|caption|"
                     r"section|article|aside|header|footer|nav|main|figure|figcaption|blockquote|"
                     r"br|form|details|summary|button|label|select|option)\b[^>]*>", "\n", raw)
        raw = re.sub(r"(?is)</?(td|th)\b[^>]*>", " \n", raw)
        raw = re.sub(r"(?s)<[^>]+>", "", raw)
        raw = html.unescape(raw)
    elif path.suffix == ".md":
        # markdown emphasis markers and inline html do not count as text
        raw = re.sub(r"(?s)<[^>]+>", "", raw)
        raw = raw.replace("**", "").replace("__", "")
    raw_lines = raw.splitlines()
    if path.suffix in (".txt", ".md"):
        # wrapped prose paragraphs: runs of >= 2 non-empty, non-bullet lines, >= 200 chars
        block = []
        for i, line in enumerate(raw_lines + [""]):
            if line.strip() and not BULLET.match(line):
                block.append(i)
                continue
            if len(block) >= 2 and sum(len(raw_lines[j].strip()) for j in block) >= 200:
                prose_raw.update(block)
            block = []
    lines, prose = [], set()
    for i, l in enumerate(raw_lines):
        norm = " ".join(l.split()).lower()
        if norm:
            if i in prose_raw:
                prose.add(len(lines))
            lines.append(norm)
    return lines, prose


def printed_money(value, text):
    """True if value is printed as an annual amount or as an hourly amount (x 2080)."""
    if f"${value:,}" in text or f"${value}" in text:
        return True
    for m in re.finditer(r"\$(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})", text):
        hourly = float(m.group(1).replace(",", "") + "." + m.group(2))
        if hourly < 500 and abs(round(hourly * 2080) - value) <= 1:
            return True
    return False


def main(root, expected_guides, min_per_format):
    problems = 0
    goldens = sorted((root / "golden").glob("*.json"))
    if len(goldens) != expected_guides:
        print(f"FAIL: expected {expected_guides} goldens, found {len(goldens)}")
        problems += 1
    guides = sorted(p for p in (root / "guides").iterdir() if p.is_file())
    if len(guides) != expected_guides:
        print(f"FAIL: expected {expected_guides} guides, found {len(guides)}")
        problems += 1
    formats = {}
    for g in goldens:
        try:
            d = json.loads(g.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            print(f"FAIL {g.name}: JSON does not parse: {e}")
            problems += 1
            continue
        missing = [k for k in KEYS if k not in d]
        if missing:
            print(f"FAIL {g.name}: missing keys {missing}")
            problems += 1
            continue
        guide = root / "guides" / d["file"]
        if not guide.exists():
            print(f"FAIL {g.name}: guide {d['file']} not found")
            problems += 1
            continue
        if g.stem != guide.stem:
            print(f"FAIL {g.name}: base name differs from guide {guide.name}")
            problems += 1
        n_lines = len(guide.read_text(encoding="utf-8").splitlines())
        if not 60 <= n_lines <= 250:
            print(f"FAIL {g.name}: guide has {n_lines} lines (want 60-250)")
            problems += 1
        formats[guide.suffix] = formats.get(guide.suffix, 0) + 1
        lines, prose = visible_lines(guide)
        text = " ".join(lines)
        if " ".join(d["career"].lower().split()) not in text:
            print(f"FAIL {g.name}: career name not in text: {d['career']!r}")
            problems += 1
        if d["typical_education"] not in LEVELS:
            print(f"FAIL {g.name}: bad education {d['typical_education']}")
            problems += 1
        if d["median_salary_annual_usd"] is None and "average_salary_annual_usd" not in d:
            print(f"note {g.name}: no median and no average (ok if the guide states none)")
        for key in ("median_salary_annual_usd", "salary_min_annual_usd", "salary_max_annual_usd",
                    "growth_pct"):
            v = d[key]
            if v is not None and not isinstance(v, (int, float)):
                print(f"FAIL {g.name}: {key} is not a number")
                problems += 1
        for key in ("median_salary_annual_usd", "salary_min_annual_usd", "salary_max_annual_usd"):
            v = d[key]
            if isinstance(v, int) and not printed_money(v, text):
                print(f"FAIL {g.name}: {key} {v} is not printed (annual or hourly x 2080)")
                problems += 1
        if (d["salary_min_annual_usd"] is None) != (d["salary_max_annual_usd"] is None):
            print(f"FAIL {g.name}: only one end of the salary range is set")
            problems += 1
        if d["salary_min_annual_usd"] and d["salary_max_annual_usd"] and \
                d["salary_min_annual_usd"] >= d["salary_max_annual_usd"]:
            print(f"FAIL {g.name}: salary min >= max")
            problems += 1
        if d["growth_period"] is not None and not re.fullmatch(r"\d{4}-\d{4}", d["growth_period"]):
            print(f"FAIL {g.name}: growth_period format {d['growth_period']}")
            problems += 1
        if (d["growth_pct"] is None) != (d["growth_period"] is None):
            print(f"FAIL {g.name}: growth_pct and growth_period must both be set or both null")
            problems += 1
        if d["growth_pct"] is not None:
            pct = d["growth_pct"]
            pct_s = str(int(pct)) if float(pct).is_integer() else str(pct)
            if not re.search(rf"(?<![\d.]){re.escape(pct_s)}( ?%| percent)", text):
                print(f"FAIL {g.name}: growth {pct_s}% not printed")
                problems += 1
        if d["growth_period"] is not None:
            for year in d["growth_period"].split("-"):
                if year not in text:
                    print(f"FAIL {g.name}: growth year {year} not printed")
                    problems += 1
        for field in LISTS:
            entries = d[field]
            for e in entries:
                words = len(e.split())
                if words > 8:
                    print(f"WARN {g.name}: {field} entry longer than 8 words: {e!r}")
                el = " ".join(e.lower().split())
                if not any(el in line for line in lines):
                    where = "visible text" if el in text else "any single visible line"
                    print(f"FAIL {g.name}: {field} entry not in {where}: {e!r}")
                    problems += 1
            low = [" ".join(e.lower().split()) for e in entries]
            for i, a in enumerate(low):
                for j, b in enumerate(low):
                    if i < j and (a in b or b in a) and (a, b) not in ALLOWED_OVERLAP \
                            and (b, a) not in ALLOWED_OVERLAP:
                        print(f"FAIL {g.name}: {field} entries overlap: {entries[i]!r} / {entries[j]!r}")
                        problems += 1
            # two entries in one short list-like segment would point at the same item
            for n, line in enumerate(lines):
                if n in prose:
                    continue
                for seg in re.split(SEPARATORS, line):
                    hits = [entries[i] for i, a in enumerate(low) if a in seg]
                    hl = [" ".join(h.lower().split()) for h in hits]
                    if len(hl) == 2 and ((hl[0], hl[1]) in ALLOWED_OVERLAP or
                                         (hl[1], hl[0]) in ALLOWED_OVERLAP):
                        continue
                    if len(hits) > 1 and len(seg) < 90:
                        print(f"FAIL {g.name}: {field} entries {hits} share one short line: {seg!r}")
                        problems += 1
        for t in d["tiers"]:
            for k in ("name", "years_min", "years_max"):
                if k not in t:
                    print(f"FAIL {g.name}: tier missing {k}: {t}")
                    problems += 1
            name = " ".join(t["name"].lower().split())
            if name not in text:
                print(f"FAIL {g.name}: tier name not in text: {t['name']!r}")
                problems += 1
            if t["years_max"] is not None and t["years_max"] < t["years_min"]:
                print(f"FAIL {g.name}: tier years_max < years_min: {t}")
                problems += 1
        if d["complete_lists"] is not True:
            print(f"WARN {g.name}: complete_lists is not true")
    print("formats:", formats)
    for ext in (".html", ".txt", ".md"):
        if formats.get(ext, 0) < min_per_format[ext]:
            print(f"FAIL: fewer than {min_per_format[ext]} {ext} guides")
            problems += 1
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    set_dir = pathlib.Path(sys.argv[1]).resolve()
    sys.exit(main(set_dir, int(sys.argv[2]), {".html": 1, ".md": 1, ".txt": 1}))
