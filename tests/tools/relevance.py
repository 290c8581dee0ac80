#!/usr/bin/env python3
"""Relevance benchmark: nDCG@10 and MRR for CareerKB and for plain FTS5 baselines.

Usage:
  relevance.py --careerkb BIN --queries tests/relevance/queries.tsv \
               --guides import --guides ../shared/seeds [--verbose] [--json] \
               [--min-ndcg X] [--min-ratio R] [--ranking-param NAME=VALUE ...]

Every system is scored on the same unit, the career: CareerKB merges guides of the same
occupation into one career, so each baseline's guide ranking is mapped to careers too (first
appearance wins). A ranked career's gain is the highest grade among its guides.

Systems:
  careerkb      `careerkb search QUERY --by career --format json --limit 10`; where this
                binary has no --by option, item hits (`--limit 300`) ranked by the first
                appearance of each career.
  baseline-and  one FTS5 row per guide file (raw text, default unicode61 tokenizer, no
                stemming, no synonyms), each typed word double-quoted and ANDed, bm25 order:
                what a plain MATCH of the typed words gives.
  baseline-or   the same with the quoted words OR-ed: a stronger, fairer reference.

--ranking-param NAME=VALUE (repeatable) is passed on to every `careerkb search`, to measure a
change of one ranking constant without a rebuild: `--ranking-param phrase_boost=2.5
--ranking-param weight.sections=0.6`. The names and defaults are src/search/ranking_params.hpp's
(an unknown name stops the run with the list of known ones); the report's "ranking_params" says
which were set.

Metrics: nDCG@10 with gain 2^g - 1 and a log2(rank + 1) discount, the ideal ranking built from
the judgments over careers; MRR = 1 / rank of the first career with grade >= 1 within the top
10, else 0. The report also counts the queries that use a word (as the default tokenizer
splits words) missing from one of their best-graded guides: the vocabulary-mismatch share that
a plain index cannot bridge. Exit status: 0, or 1 when --min-ndcg / --min-ratio is not met,
2 on a usage or setup error (bad query file, import failure, binary not runnable).
"""
import argparse
import json
import math
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

K = 10
KINDS = {"lay", "synonym", "abbreviation", "typo", "exact", "task", "multiword"}
GUIDE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class SetupError(Exception):
    """A problem with the inputs or the binary: reported, exit status 2."""


# ---------------------------------------------------------------------------------------------
# Inputs


def load_queries(path):
    """Reads the TSV described in its own header; returns a list of query dicts."""
    queries, seen = [], set()
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4:
                raise SetupError(f"{path}:{lineno}: expected 4 tab-separated fields, got "
                                 f"{len(fields)}")
            qid, kind, text, judged = (x.strip() for x in fields)
            if qid in seen:
                raise SetupError(f"{path}:{lineno}: duplicate id {qid}")
            if kind not in KINDS:
                raise SetupError(f"{path}:{lineno}: unknown kind {kind!r}")
            grades = {}
            for item in judged.split():
                name, _, grade = item.rpartition(":")
                if not name or grade not in ("1", "2", "3"):
                    raise SetupError(f"{path}:{lineno}: bad judgment {item!r} (FILE:1|2|3)")
                grades[name] = int(grade)
            # A query nothing is relevant to has no ideal ranking, so nDCG is undefined.
            if not grades:
                raise SetupError(f"{path}:{lineno}: {qid} has no relevant guide")
            seen.add(qid)
            queries.append({"id": qid, "kind": kind, "text": text, "grades": grades})
    if not queries:
        raise SetupError(f"{path}: no queries")
    return queries


def guide_files(dirs):
    """Guide files under the folders (recursively, as `careerkb import` reads them)."""
    files = {}
    for d in dirs:
        for root, _, names in os.walk(d):
            for name in sorted(names):
                if name.lower().endswith(GUIDE_SUFFIXES):
                    if name in files:
                        raise SetupError(f"two guides named {name}: judgments use base names")
                    files[name] = os.path.join(root, name)
    return files


def run(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise SetupError(f"cannot run {cmd[0]}: {e}") from e


def import_guides(kb, dirs, db):
    """Imports the folders into db; returns {file base name: career name}."""
    proc = run([kb, "import", *dirs, "--db", db, "--quiet"])
    if proc.returncode != 0:
        raise SetupError(f"careerkb import failed ({proc.returncode}): {proc.stderr.strip()}")
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT s.path, c.name FROM guides g JOIN sources s ON s.id = "
                           "g.source_id JOIN careers c ON c.id = g.career_id").fetchall()
    finally:
        con.close()
    return {os.path.basename(path): career for path, career in rows}


# ---------------------------------------------------------------------------------------------
# Rankings: each returns (list of careers best first, error text or None)


def dedupe(careers):
    out = []
    for c in careers:
        if c not in out:
            out.append(c)
    return out


def careerkb_args(mode):
    if mode == "by-career":
        return ["--by", "career", "--format", "json", "--limit", str(K)]
    # Item hits: enough of them that every matching career shows up at least once.
    return ["--format", "json", "--limit", "300"]


def detect_mode(kb, db):
    """--by career where the binary has it, else item hits; told apart by a plain query."""
    probe = run([kb, "search", *careerkb_args("by-career"), "--db", db, "--", "blood"])
    if probe.returncode in (0, 1):
        return "by-career"
    plain = run([kb, "search", *careerkb_args("items"), "--db", db, "--", "blood"])
    if plain.returncode in (0, 1):
        return "items"
    raise SetupError(f"careerkb search does not run: {plain.stderr.strip()}")


def ranking_args(params):
    return [arg for p in params for arg in ("--ranking-param", p)]


def check_ranking_params(kb, db, params):
    """A bad --ranking-param would fail every query: stop at once with careerkb's reason."""
    if not params:
        return
    proc = run([kb, "search", *ranking_args(params), "--db", db, "--", "blood"])
    if proc.returncode not in (0, 1):
        raise SetupError(f"--ranking-param refused: {proc.stderr.strip()}")


def rank_careerkb(kb, db, mode, text, params=()):
    # `--` so a query starting with '-' is not read as an option.
    proc = run([kb, "search", *careerkb_args(mode), *ranking_args(params), "--db", db, "--",
                text])
    if proc.returncode == 1:
        return [], None
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"]
        return [], lines[-1]
    try:
        hits = json.loads(proc.stdout)
        return dedupe(h["career"] for h in hits)[:K], None
    except (ValueError, KeyError, TypeError) as e:
        return [], f"unreadable JSON: {e}"


class Baseline:
    """One in-memory FTS5 row per guide file: the plain index anyone would build first."""

    def __init__(self, files):
        self.con = sqlite3.connect(":memory:")
        # Default tokenizer (unicode61, no porter): no stemming, no synonyms, no fields.
        self.con.execute("CREATE VIRTUAL TABLE docs USING fts5(name UNINDEXED, body)")
        for name, path in files.items():
            with open(path, "rb") as f:
                body = f.read().decode("utf-8", errors="replace")
            self.con.execute("INSERT INTO docs (name, body) VALUES (?, ?)", (name, body))

    @staticmethod
    def quoted_words(text):
        # Each typed word as an FTS5 string; words with no letter or digit would be empty
        # phrases, and a user's stray punctuation should not decide the result.
        words = [w for w in text.split() if re.search(r"\w", w)]
        return ['"' + w.replace('"', '""') + '"' for w in words]

    def files(self, text, operator):
        words = self.quoted_words(text)
        if not words:
            return []
        match = f" {operator} ".join(words) if operator == "OR" else " ".join(words)
        # No LIMIT here: several files can map to one career, and cutting at 10 files before
        # deduplicating would give the baseline fewer than 10 careers.
        rows = self.con.execute("SELECT name FROM docs WHERE docs MATCH ? ORDER BY bm25(docs)",
                                (match,)).fetchall()
        return [r[0] for r in rows]

    def contains_all(self, name, text):
        """True when the file holds every typed word as the default tokenizer splits it."""
        for word in self.quoted_words(text):
            row = self.con.execute("SELECT 1 FROM docs WHERE docs MATCH ? AND name = ?",
                                   (word, name)).fetchone()
            if row is None:
                return False
        return True


def rank_baseline(baseline, career_of, text, operator):
    return dedupe(career_of[f] for f in baseline.files(text, operator))[:K], None


# ---------------------------------------------------------------------------------------------
# Metrics


def career_gains(grades, career_of):
    """Judgments are per file; a career gets the best grade of its files."""
    gains = {}
    for name, grade in grades.items():
        career = career_of[name]
        gains[career] = max(gains.get(career, 0), grade)
    return gains


def dcg(grades):
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:K]))


def ndcg(ranking, gains):
    ideal = dcg(sorted(gains.values(), reverse=True))
    return dcg([gains.get(c, 0) for c in ranking]) / ideal


def reciprocal_rank(ranking, gains):
    for i, career in enumerate(ranking[:K]):
        if gains.get(career, 0) >= 1:
            return 1.0 / (i + 1)
    return 0.0


# ---------------------------------------------------------------------------------------------
# Report

SYSTEMS = ["careerkb", "baseline-and", "baseline-or"]


def mean(values):
    return sum(values) / len(values) if values else 0.0


def ratio(a, b):
    return a / b if b > 0 else math.inf


def summarize(results):
    summary = {}
    for system in SYSTEMS:
        summary[system] = {
            "ndcg10": mean([r[system]["ndcg10"] for r in results]),
            "mrr": mean([r[system]["rr"] for r in results]),
        }
    ckb = summary["careerkb"]
    for base in SYSTEMS[1:]:
        ckb[f"ndcg_ratio_vs_{base}"] = ratio(ckb["ndcg10"], summary[base]["ndcg10"])
        ckb[f"mrr_ratio_vs_{base}"] = ratio(ckb["mrr"], summary[base]["mrr"])
    return summary


def by_kind(results):
    table = {}
    for kind in sorted({r["kind"] for r in results}):
        rows = [r for r in results if r["kind"] == kind]
        table[kind] = {"queries": len(rows)}
        table[kind].update({s: mean([r[s]["ndcg10"] for r in rows]) for s in SYSTEMS})
    return table


def print_verbose(results):
    print(f"{'id':<4} {'kind':<12} {'query':<34} {'ckb':>5} {'and':>5} {'or':>5}  "
          "careerkb top 3 (gain)")
    for r in results:
        top = ", ".join(f"{c} ({r['gains'].get(c, 0)})" for c in r["careerkb"]["ranking"][:3])
        note = r["careerkb"]["error"]
        print(f"{r['id']:<4} {r['kind']:<12} {r['query'][:34]:<34} "
              f"{r['careerkb']['ndcg10']:5.2f} {r['baseline-and']['ndcg10']:5.2f} "
              f"{r['baseline-or']['ndcg10']:5.2f}  {('ERROR: ' + note) if note else top or '-'}")
    print()


def fmt_ratio(x):
    return "inf" if math.isinf(x) else f"{x:.2f}"


def print_summary(report):
    s = report["summary"]
    print(f"careerkb ranking mode: {report['mode']}")
    if report["ranking_params"]:
        print("ranking parameters: " + " ".join(report["ranking_params"]))
    print(f"queries: {report['queries']} ({report['vocabulary_mismatch']} use a word their "
          "best-graded guides do not contain)")
    print()
    print(f"{'system':<14} {'nDCG@10':>8} {'MRR':>7}")
    for system in SYSTEMS:
        print(f"{system:<14} {s[system]['ndcg10']:8.3f} {s[system]['mrr']:7.3f}")
    print()
    for base in SYSTEMS[1:]:
        print(f"careerkb / {base}: nDCG@10 x{fmt_ratio(s['careerkb']['ndcg_ratio_vs_' + base])}"
              f", MRR x{fmt_ratio(s['careerkb']['mrr_ratio_vs_' + base])}")
    print()
    print(f"{'kind':<13} {'n':>3} " + " ".join(f"{x:>12}" for x in SYSTEMS) + "   (nDCG@10)")
    for kind, row in report["by_kind"].items():
        print(f"{kind:<13} {row['queries']:>3} " +
              " ".join(f"{row[x]:12.3f}" for x in SYSTEMS))
    if report["errors"]:
        print()
        print("careerkb query errors (scored as empty rankings):")
        for e in report["errors"]:
            print(f"  {e['id']} {e['query']!r}: {e['error']}")
    if report["empty"]:
        print()
        print("careerkb found nothing for: " + ", ".join(report["empty"]))


# ---------------------------------------------------------------------------------------------


def evaluate(args, tmp):
    queries = load_queries(args.queries)
    files = guide_files(args.guides)
    db = os.path.join(tmp, "relevance.db")
    career_of = import_guides(args.careerkb, args.guides, db)
    missing = sorted({f for q in queries for f in q["grades"] if f not in career_of})
    if missing:
        raise SetupError("judged guides not imported from the --guides folders: " +
                         ", ".join(missing))
    mode = detect_mode(args.careerkb, db)
    check_ranking_params(args.careerkb, db, args.ranking_param)
    baseline = Baseline({n: p for n, p in files.items() if n in career_of})

    results, mismatch = [], 0
    for q in queries:
        gains = career_gains(q["grades"], career_of)
        best = max(q["grades"].values())
        if not all(baseline.contains_all(f, q["text"])
                   for f, g in q["grades"].items() if g == best):
            mismatch += 1
        row = {"id": q["id"], "kind": q["kind"], "query": q["text"], "gains": gains}
        rankings = {
            "careerkb": rank_careerkb(args.careerkb, db, mode, q["text"], args.ranking_param),
            "baseline-and": rank_baseline(baseline, career_of, q["text"], "AND"),
            "baseline-or": rank_baseline(baseline, career_of, q["text"], "OR"),
        }
        for system, (ranking, error) in rankings.items():
            row[system] = {"ranking": ranking, "error": error,
                           "ndcg10": ndcg(ranking, gains), "rr": reciprocal_rank(ranking, gains)}
        results.append(row)

    return {
        "mode": mode,
        "ranking_params": args.ranking_param,
        "queries": len(results),
        "vocabulary_mismatch": mismatch,
        "summary": summarize(results),
        "by_kind": by_kind(results),
        "errors": [{"id": r["id"], "query": r["query"], "error": r["careerkb"]["error"]}
                   for r in results if r["careerkb"]["error"]],
        "empty": [r["id"] for r in results
                  if not r["careerkb"]["ranking"] and not r["careerkb"]["error"]],
        "results": results,
    }


def check_floors(args, report):
    """Reasons the run misses a floor; empty when it meets them."""
    ckb = report["summary"]["careerkb"]
    failures = []
    if args.min_ndcg is not None and ckb["ndcg10"] < args.min_ndcg:
        failures.append(f"careerkb nDCG@10 {ckb['ndcg10']:.3f} is below --min-ndcg "
                        f"{args.min_ndcg}")
    r = ckb["ndcg_ratio_vs_baseline-and"]
    if args.min_ratio is not None and r < args.min_ratio:
        failures.append(f"careerkb / baseline-and nDCG@10 ratio {r:.2f} is below "
                        f"--min-ratio {args.min_ratio}")
    return failures


def json_safe(value):
    """JSON has no infinity: a ratio over a zero baseline is written as null."""
    if isinstance(value, float) and math.isinf(value):
        return None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    return value


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--careerkb", required=True, help="the careerkb binary")
    p.add_argument("--queries", required=True, help="queries TSV (see its header)")
    p.add_argument("--guides", required=True, action="append", help="a guide folder; repeat")
    p.add_argument("--verbose", action="store_true", help="print one line per query")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--min-ndcg", type=float, help="exit 1 if careerkb's nDCG@10 is below")
    p.add_argument("--min-ratio", type=float,
                   help="exit 1 if careerkb's nDCG@10 / baseline-and's is below")
    p.add_argument("--ranking-param", action="append", default=[], metavar="NAME=VALUE",
                   help="passed to careerkb search: one ranking constant changed; repeat")
    args = p.parse_args()

    with tempfile.TemporaryDirectory(prefix="careerkb-relevance-") as tmp:
        try:
            report = evaluate(args, tmp)
        except (SetupError, OSError, sqlite3.Error) as e:
            print(f"relevance.py: {e}", file=sys.stderr)
            return 2

    failures = check_floors(args, report)
    report["failures"] = failures
    if args.json:
        print(json.dumps(json_safe(report), indent=2, ensure_ascii=False))
    else:
        if args.verbose:
            print_verbose(report["results"])
        print_summary(report)
    for reason in failures:
        print(f"FAIL: {reason}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
