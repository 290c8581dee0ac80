#!/usr/bin/env python3
"""Sanity checks for the blind21 goldens: tests/tools/check_blind_set.py with this set's size
(10 guides: 4 .html, 3 .md, 3 .txt)."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
TOOLS = HERE.parent / "tools"
if not (TOOLS / "check_blind_set.py").exists():
    TOOLS = pathlib.Path("/work/main/tests/tools")
sys.path.insert(0, str(TOOLS))
import check_blind_set  # noqa: E402

sys.exit(check_blind_set.main(HERE, 10, {".html": 4, ".md": 3, ".txt": 3}))
