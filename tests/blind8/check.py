#!/usr/bin/env python3
"""Sanity checks for the blind8 goldens: tests/tools/check_blind_set.py with this set's size,
10 guides, at least 3 of each format. (blind7, blind9 and blind10 keep their own older checker:
their goldens predate the shared checker's salary, growth and education checks.)"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
import check_blind_set  # noqa: E402

sys.exit(check_blind_set.main(HERE, 10, {".html": 3, ".md": 3, ".txt": 3}))
