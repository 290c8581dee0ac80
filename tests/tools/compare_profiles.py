#!/usr/bin/env python3
"""Compares `careerkb export --format json` with expected profiles, field by field.

Expected profiles are either one JSON array (../shared/seeds-expected.json) or a folder of
one-object files (tests/golden/*.json). Prints every mismatch as expected-vs-actual and the
share of expected fields read correctly; exits 1 on any mismatch (0 with --report-only).

Matching rules, as a careful reader would check: numbers to the dollar, names ignoring case
and plural, list entries as case-insensitive substrings of some extracted item (expected
strings are short distinctive parts of each item), an empty expected list means nothing may be
extracted, tiers by name and years.

Precision: a golden with "complete_lists": true lists every item a careful reader takes, so an
extracted duty, skill, certification or tier that matches none of its entries is a stray (a
step counted as a credential, a skill filed as a duty, a list that swallowed a section). Strays
are printed as STRAY lines and counted per fact kind beside the accuracy (--by-kind).
"""
import argparse
import json
import pathlib
import sys

SCALAR_NUMBERS = ["median_salary_annual_usd", "average_salary_annual_usd",
                  "salary_min_annual_usd", "salary_max_annual_usd", "growth_pct"]
SCALAR_TEXT = ["growth_period", "typical_education"]
LISTS = ["duties", "technical_skills", "soft_skills", "certifications"]


def norm_name(name):
    words = " ".join(str(name).lower().split())
    for article in ("a ", "an ", "the "):
        if words.startswith(article):
            words = words[len(article):]
    if words.endswith("s") and not words.endswith("ss"):
        words = words[:-1]
    return words


def load_expected(path):
    p = pathlib.Path(path)
    if p.is_dir():
        return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(p.glob("*.json"))]
    return json.loads(p.read_text(encoding="utf-8"))


def same_number(expected, actual):
    if expected is None or actual is None:
        return expected is None and actual is None
    return abs(float(expected) - float(actual)) <= 1.0


KIND_OF_FIELD = [("career", "career"), ("median_salary", "median"), ("average_salary", "median"),
                 ("salary_m", "range"), ("growth", "growth"), ("typical_education", "education"),
                 ("duties", "duties"), ("technical_skills", "technical skills"),
                 ("soft_skills", "soft skills"), ("certifications", "certifications"),
                 ("tier", "tiers"), ("specialization", "specializations")]
KINDS = ["career", "median", "range", "growth", "education", "duties", "technical skills",
         "soft skills", "certifications", "tiers", "specializations"]


def kind_of(field):
    for prefix, kind in KIND_OF_FIELD:
        if field.startswith(prefix):
            return kind
    return "other"


def strays(expected, actual):
    """(kind, item) for every extracted list item or tier that no golden entry matches."""
    if not expected.get("complete_lists"):
        return []
    out = []
    for field in LISTS:
        if field not in expected:
            continue
        wanted = [w.lower() for w in expected[field]]
        for got in actual.get(field) or []:
            if not any(w in str(got).lower() for w in wanted):
                out.append((kind_of(field), str(got)))
    if "tiers" in expected:
        for t in actual.get("tiers") or []:
            if not any(norm_name(t.get("name", "")) == norm_name(w["name"]) and
                       t.get("years_min") == w["years_min"] and t.get("years_max") == w["years_max"]
                       for w in expected["tiers"]):
                out.append(("tiers", json.dumps(t)))
    return out


def compare(expected, actual, report):
    """Appends (field, ok, detail) rows to report for one guide."""
    def row(field, ok, exp, act):
        report.append((field, ok, f"expected {json.dumps(exp)}, got {json.dumps(act)}"))

    row("career", norm_name(expected["career"]) == norm_name(actual.get("career", "")),
        expected["career"], actual.get("career"))
    for field in SCALAR_NUMBERS:
        if field not in expected:
            continue
        row(field, same_number(expected[field], actual.get(field)), expected[field],
            actual.get(field))
    for field in SCALAR_TEXT:
        if field in expected:
            row(field, expected[field] == actual.get(field), expected[field], actual.get(field))
    for field in LISTS:
        if field not in expected:
            continue
        got = [str(x) for x in actual.get(field) or []]
        if not expected[field]:
            row(field + " (none)", not got, [], got)
            continue
        for item in expected[field]:
            hit = any(item.lower() in g.lower() for g in got)
            row(f"{field}: {item}", hit, item, got if not hit else "found")
    if "tiers" in expected:
        got = actual.get("tiers") or []
        if not expected["tiers"]:
            row("tiers (none)", not got, [], got)
        for tier in expected["tiers"]:
            hit = any(norm_name(t.get("name", "")) == norm_name(tier["name"])
                      and t.get("years_min") == tier["years_min"]
                      and t.get("years_max") == tier["years_max"] for t in got)
            row(f"tier: {tier['name']}", hit, tier, got if not hit else "found")
    for spec in expected.get("specializations", []):
        got = actual.get("specializations") or []
        match = [s for s in got if norm_name(spec["name"]) in norm_name(s.get("name", ""))
                 or norm_name(s.get("name", "")) in norm_name(spec["name"])]
        hit = bool(match) and same_number(spec.get("median_salary_annual_usd"),
                                          match[0].get("median_salary_annual_usd")) and \
            same_number(spec.get("growth_pct"), match[0].get("growth_pct"))
        row(f"specialization: {spec['name']}", hit, spec, match[0] if match else got)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export_json", help="output of careerkb export --format json ('-' = stdin)")
    parser.add_argument("expected", help="expected profiles: a JSON array file or a folder")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even on mismatches")
    parser.add_argument("--min-accuracy", type=float, default=None,
                        help="pass when at least this percentage of fields is right")
    parser.add_argument("--by-kind", action="store_true",
                        help="also print accuracy and strays per fact kind")
    args = parser.parse_args()
    text = sys.stdin.read() if args.export_json == "-" else pathlib.Path(args.export_json).read_text()
    exported = {g["source"]: g for g in json.loads(text)}
    total = correct = 0
    per_kind = {k: [0, 0, 0, 0] for k in KINDS}  # correct, total, extracted (complete), strays
    for expected in load_expected(args.expected):
        name = expected["file"]
        actual = exported.get(name)
        report = []
        if actual is None:
            report.append(("guide", False, f"{name} is missing from the export"))
        else:
            compare(expected, actual, report)
        total += len(report)
        correct += sum(1 for _, ok, _ in report if ok)
        for field, ok, detail in report:
            kind = kind_of(field)
            if kind in per_kind:
                per_kind[kind][0] += ok
                per_kind[kind][1] += 1
            if not ok:
                print(f"MISMATCH {name}: {field}: {detail}")
        if actual is not None and expected.get("complete_lists"):
            for field, kind in [("duties", "duties"), ("technical_skills", "technical skills"),
                                ("soft_skills", "soft skills"), ("certifications", "certifications"),
                                ("tiers", "tiers")]:
                if field in expected:
                    per_kind[kind][2] += len(actual.get(field) or [])
            for kind, item in strays(expected, actual):
                per_kind[kind][3] += 1
                print(f"STRAY {name}: {kind}: {item}")
    if args.by_kind:
        print(f"{'kind':<18}{'accuracy':>16}{'precision':>18}")
        for kind in KINDS:
            ok, n, got, stray = per_kind[kind]
            if n == 0 and got == 0:
                continue
            acc = f"{ok}/{n} {100.0 * ok / n:5.1f}%" if n else "-"
            prec = f"{got - stray}/{got} {100.0 * (got - stray) / got:5.1f}%" if got else "-"
            print(f"{kind:<18}{acc:>16}{prec:>18}")
        got = sum(v[2] for v in per_kind.values())
        stray = sum(v[3] for v in per_kind.values())
        if got:
            print(f"list precision: {got - stray}/{got} = {100.0 * (got - stray) / got:.1f}%")
    share = 100.0 * correct / total if total else 0.0
    print(f"field accuracy: {correct}/{total} = {share:.1f}%")
    print(f"fields: {correct} correct, {total - correct} wrong")
    if args.report_only:
        return 0
    if args.min_accuracy is not None:
        return 0 if share >= args.min_accuracy else 1
    return 0 if correct == total else 1


if __name__ == "__main__":
    sys.exit(main())
