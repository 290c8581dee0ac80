#!/usr/bin/env python3
"""Fails when docs/architecture.md and the source tree disagree.

Every folder of src/ must be named in the doc as `src/<folder>`, and every src/, schema/ or
tests/ path the doc names (a folder or a file; patterns such as schema/NNN_*.sql aside) must
exist, so the page a newcomer reads first cannot drift from the code.

usage: check_architecture_doc.py ROOT
"""
import pathlib
import re
import sys


def main():
    root = pathlib.Path(sys.argv[1])
    doc = (root / "docs/architecture.md").read_text()
    problems = []
    named = set(re.findall(r"\bsrc/([a-z_0-9]+)", doc))
    for folder in sorted(p.name for p in (root / "src").iterdir() if p.is_dir()):
        if folder not in named:
            problems.append(f"src/{folder}/ is not named in docs/architecture.md")
    for path in sorted(set(re.findall(r"\b((?:src|schema|tests)/[A-Za-z0-9_./*<>-]*)", doc))):
        path = path.rstrip(".")
        if any(mark in path for mark in "*<>") or "NNN" in path:
            continue
        if not (root / path).exists():
            problems.append(f"docs/architecture.md names {path}, which does not exist")
    for problem in problems:
        print("FAIL: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
