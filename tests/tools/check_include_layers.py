#!/usr/bin/env python3
"""Fails when the folders of src/ include each other in a cycle.

Reads every `#include "folder/file"` line of src/<folder>/*.{cpp,hpp}; an include of another
folder is an edge from the including folder to that folder. The stages must form layers (text
and parse at the bottom, cli at the top), so the folder graph has to be acyclic. On a cycle,
prints it with one including file and line per edge, and exits 1.

usage: check_include_layers.py SRC_DIR
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_0-9]+)/[^"]+"')


def folder_edges(src):
    """{(from, to): "file:line"} for every include that crosses folders."""
    edges = {}
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".cpp", ".hpp", ".h") or not path.is_file():
            continue
        origin = path.relative_to(src).parts[0]
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            match = INCLUDE.match(line)
            if match and match.group(1) != origin and (src / match.group(1)).is_dir():
                edges.setdefault((origin, match.group(1)), f"{path.relative_to(src.parent)}:{number}")
    return edges


def find_cycle(edges):
    """One cycle as a list of folders [a, b, ..., a], or None."""
    graph = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
    state, stack = {}, []  # state: 1 on the current path, 2 finished

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, [])):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def main():
    src = pathlib.Path(sys.argv[1]).resolve()
    edges = folder_edges(src)
    cycle = find_cycle(edges)
    if cycle:
        print("FAIL: src/ folders include each other in a cycle: " + " -> ".join(cycle))
        for a, b in zip(cycle, cycle[1:]):
            print(f"  {a} -> {b}: {edges[(a, b)]}")
        return 1
    for a, b in sorted(edges):
        print(f"{a} -> {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
