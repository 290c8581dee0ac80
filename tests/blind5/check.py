#!/usr/bin/env python3
"""Sanity checks for the blind5 golden profiles.

For every golden/*.json: JSON parses, all keys present, the guide exists in guides/, every list
entry and tier name occurs (case-insensitive, whitespace collapsed) on one line of the guide's
visible text (HTML: scripts/styles dropped, tags stripped, entities decoded), the education value
is one of the eight levels, numbers have the right types, and no two entries of one list can
match the same item (no entry is a substring of another entry in the same list, and no two
entries fall only on the same short visible line, i.e. one list item). Prints problems and exits 1 if any.
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
EDU = {"none", "high_school", "postsecondary_nondegree", "some_college", "associate",
       "bachelor", "master", "doctoral"}
BLOCK_TAGS = r"(p|div|li|ul|ol|tr|td|th|h[1-6]|br|table|thead|tbody|section|article|aside|" \
             r"header|footer|nav|main|dt|dd|dl|figure|figcaption|caption|form|button|option)"


def visible_lines(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?is)<!--.*?-->", " ", text)
        text = re.sub(r"(?i)</?" + BLOCK_TAGS + r"\b[^>]*>", "\n", text)
        text = re.sub(r"(?s)<[^>]+>", "", text)
        text = html.unescape(text)
    elif path.suffix == ".md":
        # markdown emphasis/link markup is not visible text
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = text.replace("**", "").replace("__", "")
    lines = []
    for line in text.splitlines():
        line = " ".join(line.split()).lower()
        if line:
            lines.append(line)
    return lines


def find_lines(lines, needle):
    n = " ".join(needle.split()).lower()
    return [i for i, line in enumerate(lines) if n in line]


def check(gpath):
    problems = []
    try:
        g = json.loads(gpath.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"{gpath.name}: JSON does not parse: {exc}"]
    for k in KEYS:
        if k not in g:
            problems.append(f"{gpath.name}: missing key {k}")
    if problems:
        return problems
    guide = ROOT / "guides" / g["file"]
    if not guide.exists():
        return [f"{gpath.name}: guide {g['file']} not found"]
    if gpath.stem != guide.stem:
        problems.append(f"{gpath.name}: base name differs from guide {g['file']}")
    lines = visible_lines(guide)
    if g["typical_education"] not in EDU:
        problems.append(f"{gpath.name}: bad education {g['typical_education']!r}")
    for k in ["median_salary_annual_usd", "salary_min_annual_usd", "salary_max_annual_usd",
              "growth_pct"]:
        if g[k] is not None and not isinstance(g[k], (int, float)):
            problems.append(f"{gpath.name}: {k} is not a number")
    if g["growth_period"] is not None and not re.fullmatch(r"\d{4}-\d{4}", g["growth_period"]):
        problems.append(f"{gpath.name}: growth_period {g['growth_period']!r} not YYYY-YYYY")
    mn, mx = g["salary_min_annual_usd"], g["salary_max_annual_usd"]
    if mn is not None and mx is not None and mn >= mx:
        problems.append(f"{gpath.name}: salary min >= max")
    if g["median_salary_annual_usd"] is not None and mn is not None and mx is not None:
        if not mn <= g["median_salary_annual_usd"] <= mx:
            problems.append(f"{gpath.name}: median outside range")
    if g["complete_lists"] is not True:
        problems.append(f"{gpath.name}: complete_lists is not true")
    for field in LISTS:
        entries = g[field]
        if not isinstance(entries, list):
            problems.append(f"{gpath.name}: {field} is not a list")
            continue
        seen_lines = {}
        for e in entries:
            hits = find_lines(lines, e)
            if not hits:
                problems.append(f"{gpath.name}: {field} entry not in visible text: {e!r}")
            words = len(e.split())
            if words > 8:
                problems.append(f"{gpath.name}: {field} entry longer than 8 words: {e!r}")
        for a in entries:
            for b in entries:
                if a is not b and a.lower() in b.lower():
                    problems.append(f"{gpath.name}: {field}: {a!r} is inside {b!r}")
        # two entries whose only occurrences share one line could match the same item
        for e in entries:
            hits = find_lines(lines, e)
            if len(hits) == 1:
                seen_lines.setdefault(hits[0], []).append(e)
        for ln, es in seen_lines.items():
            # a short line is one list item; a long prose line may name several items
            if len(es) > 1 and len(lines[ln].split()) <= 15:
                problems.append(f"{gpath.name}: {field} entries share one line {ln}: {es}")
    for t in g["tiers"]:
        if set(t) != {"name", "years_min", "years_max"}:
            problems.append(f"{gpath.name}: tier keys {sorted(t)}")
            continue
        if not find_lines(lines, t["name"]):
            problems.append(f"{gpath.name}: tier name not in text: {t['name']!r}")
        if not isinstance(t["years_min"], (int, float)):
            problems.append(f"{gpath.name}: tier {t['name']} years_min not a number")
        if t["years_max"] is not None and t["years_max"] <= t["years_min"]:
            problems.append(f"{gpath.name}: tier {t['name']} years_max <= years_min")
    if not find_lines(lines, g["career"].split()[0]):
        problems.append(f"{gpath.name}: career word not in text")
    return problems


def main():
    goldens = sorted((ROOT / "golden").glob("*.json"))
    guides = sorted((ROOT / "guides").iterdir())
    problems = []
    if len(goldens) != len(guides):
        problems.append(f"{len(goldens)} goldens but {len(guides)} guides")
    for gp in goldens:
        problems.extend(check(gp))
    exts = {}
    for p in guides:
        exts[p.suffix] = exts.get(p.suffix, 0) + 1
    for ext in (".html", ".txt", ".md"):
        if exts.get(ext, 0) < 3:
            problems.append(f"fewer than 3 {ext} guides")
    for p in problems:
        print("PROBLEM", p)
    print(f"checked {len(goldens)} goldens, {len(guides)} guides, formats {exts}: "
          f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
