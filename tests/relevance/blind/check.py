#!/usr/bin/env python3
"""Validates queries.tsv: 4 TAB fields, unique ids, known kinds, judged files exist in the
43-guide corpus, a 2 or 3 on every query; counts kinds and the vocabulary-mismatch share
(a typed word, as FTS5's default unicode61 tokenizer splits it, missing from a best guide)."""
import collections, glob, os, re, sqlite3, sys

KINDS = {"lay", "synonym", "abbreviation", "typo", "exact", "task", "multiword"}
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
seeds = os.environ.get("CAREERKB_SHARED_DIR", os.path.join(root, "..", "shared")) + "/seeds"
dirs = [os.path.join(root, "import"), seeds] + [os.path.join(root, "tests", b, "guides") for b in ("blind", "blind2", "blind3")]
files = {}
for d in dirs:
    for p in glob.glob(os.path.join(d, "*")):
        files[os.path.basename(p)] = p
assert len(files) == 43, len(files)

con = sqlite3.connect(":memory:")
con.execute("CREATE VIRTUAL TABLE docs USING fts5(name UNINDEXED, body)")
for n, p in files.items():
    con.execute("INSERT INTO docs VALUES (?, ?)", (n, open(p, "rb").read().decode("utf-8", "replace")))

def has(name, word):
    return con.execute("SELECT 1 FROM docs WHERE docs MATCH ? AND name = ?",
                       ('"' + word.replace('"', '""') + '"', name)).fetchone() is not None

errors, ids, kinds, mismatch, n = [], set(), collections.Counter(), 0, 0
for ln, line in enumerate(open(sys.argv[1] if len(sys.argv) > 1 else "queries.tsv", encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    f = line.split("\t")
    if len(f) != 4:
        errors.append(f"{ln}: {len(f)} fields"); continue
    qid, kind, text, judged = f
    n += 1
    if qid in ids: errors.append(f"{ln}: duplicate {qid}")
    ids.add(qid)
    if kind not in KINDS: errors.append(f"{ln}: kind {kind}")
    kinds[kind] += 1
    grades = {}
    for item in judged.split():
        name, _, g = item.rpartition(":")
        if name not in files: errors.append(f"{ln}: unknown file {name}")
        if g not in ("1", "2", "3"): errors.append(f"{ln}: grade {item}")
        if name in grades: errors.append(f"{ln}: {name} judged twice")
        grades[name] = int(g) if g.isdigit() else 0
    if not grades or max(grades.values()) < 2: errors.append(f"{ln}: no guide graded 2 or 3")
    best = max(grades.values())
    words = [w for w in text.split() if re.search(r"\w", w)]
    missing = sorted({w for nm, g in grades.items() if g == best for w in words if not has(nm, w)})
    if missing:
        mismatch += 1
    print(f"{qid} {kind:12} {text:42} best={best} missing={missing}")
print("errors:", errors or "none")
print("queries:", n, "kinds:", dict(kinds))
print(f"vocabulary mismatch: {mismatch}/{n}")
sys.exit(1 if errors else 0)
