#!/usr/bin/env python3
"""Sanity checks for the blind16 goldens: tests/tools/check_blind_set.py with this set's size
(8 guides: 3 .html, 3 .txt, 2 .md; at least one per format)."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, "/work/main/tests/tools")
import check_blind_set  # noqa: E402

sys.exit(check_blind_set.main(HERE, 8, {".html": 1, ".md": 1, ".txt": 1}))
