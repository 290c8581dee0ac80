#!/usr/bin/env python3
"""Sanity checks for the blind11 goldens: tests/tools/check_blind_set.py with this set's size,
12 guides."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
import check_blind_set  # noqa: E402

sys.exit(check_blind_set.main(HERE, 12, {".html": 4, ".md": 4, ".txt": 4}))
