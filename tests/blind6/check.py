#!/usr/bin/env python3
"""Sanity checks for the blind6 golden profiles.

For each golden/*.json: JSON parses, every key is present, the guide file exists, every list
entry and tier name occurs in the guide's visible text (HTML: scripts/styles dropped, tags
stripped, entities decoded; case-insensitive; whitespace collapsed; an entry must sit on one
visible line), education is one of the eight levels, numbers have the right types, and no two
entries of one list (or of two different lists) match the same visible line-item.
Exit code 1 on any error; warnings are printed but do not fail.
"""
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent
GUIDES, GOLDEN = ROOT / "guides", ROOT / "golden"
LEVELS = {"none", "high_school", "postsecondary_nondegree", "some_college", "associate",
          "bachelor", "master", "doctoral"}
KEYS = ["file", "career", "median_salary_annual_usd", "salary_min_annual_usd",
        "salary_max_annual_usd", "growth_pct", "growth_period", "typical_education", "duties",
        "technical_skills", "soft_skills", "certifications", "tiers", "complete_lists", "notes"]
LISTS = ["duties", "technical_skills", "soft_skills", "certifications"]
BLOCK = r"</?(p|div|li|tr|td|th|h[1-6]|ul|ol|table|section|aside|header|footer|nav|br|dt|dd|dl|caption|button|option|form|main|label|thead|tbody|select|span|a|b|strong|i|em|sup)\b[^>]*>"


def visible_lines(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        # block-level tags end a visual line; inline tags do not
        text = re.sub(r"(?i)</?(p|div|li|tr|h[1-6]|ul|ol|table|section|aside|header|footer|nav|br|dt|dd|dl|caption|button|option|form|main|thead|tbody|select)\b[^>]*>", "\n", text)
        text = re.sub(r"(?i)</?(td|th)\b[^>]*>", "\t", text)
        text = re.sub(r"<[^>]+>", "", text)
        text = html.unescape(text)
    elif path.suffix == ".md":
        text = re.sub(r"\*\*|__|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)", "", text)   # emphasis markers
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)                   # links
    lines = []
    for raw in text.splitlines():
        line = " ".join(raw.replace("\t", " \t ").split())
        if line:
            lines.append(line)
    return lines


def main():
    errors, warnings = [], []
    files = sorted(GOLDEN.glob("*.json"))
    if len(files) != 10:
        warnings.append(f"expected 10 goldens, found {len(files)}")
    for gpath in files:
        tag = gpath.name
        try:
            g = json.loads(gpath.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{tag}: bad JSON: {e}")
            continue
        for k in KEYS:
            if k not in g:
                errors.append(f"{tag}: missing key {k}")
        if "average_salary_annual_usd" in g and g.get("median_salary_annual_usd") is not None:
            errors.append(f"{tag}: average given although a median is present")
        guide = GUIDES / g.get("file", "")
        if not guide.is_file():
            errors.append(f"{tag}: guide {g.get('file')} not found")
            continue
        if gpath.stem != guide.stem:
            errors.append(f"{tag}: golden name does not match guide base name")
        if g.get("typical_education") not in LEVELS:
            errors.append(f"{tag}: bad typical_education {g.get('typical_education')!r}")
        for k in ["median_salary_annual_usd", "average_salary_annual_usd", "salary_min_annual_usd",
                  "salary_max_annual_usd", "growth_pct"]:
            v = g.get(k)
            if v is not None and not isinstance(v, (int, float)):
                errors.append(f"{tag}: {k} is not a number")
        lo, hi = g.get("salary_min_annual_usd"), g.get("salary_max_annual_usd")
        if (lo is None) != (hi is None) or (lo is not None and lo > hi):
            errors.append(f"{tag}: inconsistent salary range {lo}..{hi}")
        gp = g.get("growth_period")
        if gp is not None and not re.fullmatch(r"\d{4}-\d{4}", gp):
            errors.append(f"{tag}: bad growth_period {gp!r}")
        if g.get("complete_lists") is not True:
            errors.append(f"{tag}: complete_lists must be true")
        lines = [l.lower() for l in visible_lines(guide)]
        blob = "\n".join(lines)
        if g["career"].lower().rstrip("s") not in blob:
            warnings.append(f"{tag}: career name {g['career']!r} not found verbatim")
        # Segment every visible line into sentences/clauses; two entries that only occur in the
        # same clause are flagged (warning), and two entries whose occurrences overlap are an error.
        segs = []
        for l in lines:
            segs.extend(s for s in re.split(r"(?<=[.;:!?])\s+|\t", l) if s.strip())
        owner = {}   # segment index -> (list, entry) for entries confined to one segment
        spans = {}   # (line, start, end) per entry, to detect overlapping occurrences
        for field in LISTS:
            entries = g.get(field, [])
            if not isinstance(entries, list):
                errors.append(f"{tag}: {field} is not a list")
                continue
            low = [e.lower() for e in entries]
            if len(set(low)) != len(low):
                errors.append(f"{tag}: duplicate entries in {field}")
            for e in entries:
                el = " ".join(e.lower().split())
                hits = [i for i, l in enumerate(lines) if el in l]
                if not hits:
                    errors.append(f"{tag}: {field} entry {e!r} not found on any visible line")
                    continue
                if len(e.split()) > 8:
                    warnings.append(f"{tag}: {field} entry {e!r} is longer than 8 words")
                for other in entries:
                    if other is not e and el in other.lower():
                        errors.append(f"{tag}: {field} entry {e!r} is inside entry {other!r}")
                spans[(field, e)] = [(i, m.start(), m.end()) for i in hits
                                     for m in re.finditer(re.escape(el), lines[i])]
                shits = [i for i, sg in enumerate(segs) if el in sg]
                if len(shits) == 1:
                    i = shits[0]
                    if i in owner and owner[i][1] != e:
                        prev = owner[i]
                        msg = (f"{tag}: {field} {e!r} and {prev[0]} {prev[1]!r} only occur in the same "
                               f"clause: {segs[i][:80]!r}")
                        if prev[0] == field:
                            warnings.append(msg)
                        else:
                            errors.append(msg)
                    owner.setdefault(i, (field, e))
        keys = list(spans)
        for a in range(len(keys)):
            for b in range(a + 1, len(keys)):
                sa, sb = spans[keys[a]], spans[keys[b]]
                if all(any(x[0] == y[0] and x[1] < y[2] and y[1] < x[2] for y in sb) for x in sa):
                    errors.append(f"{tag}: every occurrence of {keys[a]} overlaps {keys[b]}")
        # an entry of one list must not be a substring of another list's entry
        allents = [(f, e.lower()) for f in LISTS for e in g.get(f, [])]
        for f1, e1 in allents:
            for f2, e2 in allents:
                if f1 != f2 and e1 in e2:
                    errors.append(f"{tag}: {f1} {e1!r} is inside {f2} {e2!r}")
        for t in g.get("tiers", []):
            if set(t) != {"name", "years_min", "years_max"}:
                errors.append(f"{tag}: tier keys wrong: {t}")
            if t["name"].lower() not in blob:
                errors.append(f"{tag}: tier {t['name']!r} not in text")
            if t["years_max"] is not None and t["years_max"] < t["years_min"]:
                errors.append(f"{tag}: tier {t['name']!r} years reversed")
    fmts = {}
    for p in GUIDES.iterdir():
        fmts[p.suffix] = fmts.get(p.suffix, 0) + 1
    for ext in (".html", ".txt", ".md"):
        if fmts.get(ext, 0) < 3:
            errors.append(f"fewer than 3 {ext} guides")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} goldens checked: {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
