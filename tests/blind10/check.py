#!/usr/bin/env python3
"""Sanity checks for the blind10 golden profiles.

For each golden/*.json: JSON parses, all keys present, the guide exists in guides/, every list
entry and tier name occurs in the guide's visible text (HTML: scripts/styles dropped, tags
stripped, entities decoded; case-insensitive; whitespace collapsed; each entry must also sit on
a single visible line), education is one of the eight levels, and no two entries of one list
match the same item (no entry is a substring of another, and no two entries are found in the
same visible line/item unless they are in different places of a prose sentence that the golden
notes call out as a prose list).
"""
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent
KEYS = ["file", "career", "median_salary_annual_usd", "salary_min_annual_usd",
        "salary_max_annual_usd", "growth_pct", "growth_period", "typical_education", "duties",
        "technical_skills", "soft_skills", "certifications", "tiers", "complete_lists", "notes"]
LISTS = ["duties", "technical_skills", "soft_skills", "certifications"]
# Pairs where one credential name genuinely contains another (none in this set).
ALLOWED_OVERLAP = set()
# (guide, list) pairs whose entries may share one short line: a single O*NET-style line that
# names several products, each of which is its own item ("Medical software - A; B; C").
ALLOWED_SHARED_LINE = {("chiropractor.txt", "technical_skills")}
LEVELS = {"none", "high_school", "postsecondary_nondegree", "some_college", "associate",
          "bachelor", "master", "doctoral"}


def visible_lines(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?is)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?is)<head\b.*?</head>", " ", raw)
        # block-level boundaries become line breaks; inline tags become nothing
        raw = re.sub(r"(?is)</?(p|div|li|ul|ol|h[1-6]|tr|table|tbody|thead|section|article|aside|"
                     r"header|footer|nav|main|figure|figcaption|blockquote|br|form|details|"
                     r"summary)\b[^>]*>", "\n", raw)
        raw = re.sub(r"(?is)</?(td|th)\b[^>]*>", " \n", raw)
        raw = re.sub(r"(?s)<[^>]+>", "", raw)
        raw = html.unescape(raw)
    elif path.suffix == ".md":
        # markdown emphasis markers and inline html do not count as text
        raw = re.sub(r"(?s)<[^>]+>", "", raw)
        raw = raw.replace("**", "").replace("__", "")
    lines = [" ".join(l.split()).lower() for l in raw.splitlines()]
    return [l for l in lines if l]


def main():
    problems = 0
    goldens = sorted((ROOT / "golden").glob("*.json"))
    if len(goldens) != 12:
        print(f"WARN: expected 12 goldens, found {len(goldens)}")
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
        guide = ROOT / "guides" / d["file"]
        if not guide.exists():
            print(f"FAIL {g.name}: guide {d['file']} not found")
            problems += 1
            continue
        if g.stem != guide.stem:
            print(f"FAIL {g.name}: base name differs from guide {guide.name}")
            problems += 1
        formats[guide.suffix] = formats.get(guide.suffix, 0) + 1
        lines = visible_lines(guide)
        text = " ".join(lines)
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
        if d["salary_min_annual_usd"] and d["salary_max_annual_usd"] and \
                d["salary_min_annual_usd"] >= d["salary_max_annual_usd"]:
            print(f"FAIL {g.name}: salary min >= max")
            problems += 1
        if d["growth_period"] is not None and not re.fullmatch(r"\d{4}-\d{4}", d["growth_period"]):
            print(f"FAIL {g.name}: growth_period format {d['growth_period']}")
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
            # two entries on one short list-like line would point at the same item
            for line in lines:
                hits = [entries[i] for i, a in enumerate(low) if a in line]
                hl = [" ".join(h.lower().split()) for h in hits]
                if len(hl) == 2 and ((hl[0], hl[1]) in ALLOWED_OVERLAP or (hl[1], hl[0]) in ALLOWED_OVERLAP):
                    continue
                if len(hits) > 1 and len(line) < 90 and (d["file"], field) not in ALLOWED_SHARED_LINE:
                    print(f"FAIL {g.name}: {field} entries {hits} share one short line: {line!r}")
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
        if formats.get(ext, 0) != 4:
            print(f"FAIL: expected 4 {ext} guides, found {formats.get(ext, 0)}")
            problems += 1
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
