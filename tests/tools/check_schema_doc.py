#!/usr/bin/env python3
"""Fails when schema/README.md and a real CareerKB database disagree.

Every table, view and FTS table of the database (SQLite's own and FTS5's shadow tables aside)
must have a `### \`name\`` section in the reference, and its column rows must list exactly the
real columns, in any order. A column whose CHECK admits a list of names (`kind IN ('pro', 'con')`)
must list exactly those names, each in backticks, in its row. Also runs every ```sql block of the reference against the database
with Python's built-in sqlite3 module, so the documented queries keep working.
"""
import re
import sqlite3
import sys


def documented(markdown):
    """{table: {column: the rest of its row}}"""
    tables, current = {}, None
    for line in markdown.splitlines():
        heading = re.match(r"^###\s+`([a-z_0-9]+)`", line)
        if heading:
            current = heading.group(1)
            tables[current] = {}
            continue
        if line.startswith("## "):
            current = None
        row = re.match(r"^\|\s*`([a-z_0-9]+)`\s*\|(.*)$", line)
        if current and row:
            tables[current][row.group(1)] = row.group(2)
    return tables


def checked_names(db, table):
    """{column: the names its CHECK (column IN ('a', 'b')) admits}"""
    row = db.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
    names = {}
    for column, values in re.findall(r"CHECK\s*\((\w+) IN \(([^)]*)\)\)", (row and row[0]) or ""):
        quoted = re.findall(r"'([^']*)'", values)
        if quoted:
            names[column] = set(quoted)
    return names


def actual(db):
    shadow = re.compile(r"_fts_(data|idx|docsize|config|content)$")
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: {r[1] for r in db.execute(f'PRAGMA table_info("{n}")')}
            for n in names if not shadow.search(n)}


def main(doc_path, db_path):
    markdown = open(doc_path, encoding="utf-8").read()
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    doc, real = documented(markdown), actual(db)
    problems = []
    for name in sorted(set(real) - set(doc)):
        problems.append(f"{name}: in the database, not documented")
    for name in sorted(set(doc) - set(real)):
        problems.append(f"{name}: documented, not in the database")
    for name in sorted(set(doc) & set(real)):
        for col in sorted(real[name] - set(doc[name])):
            problems.append(f"{name}.{col}: column not documented")
        for col in sorted(set(doc[name]) - real[name]):
            problems.append(f"{name}.{col}: documented column does not exist")
        for col, names in sorted(checked_names(db, name).items()):
            listed = set(re.findall(r"`([^`]*)`", doc[name].get(col, "")))
            for value in sorted(names - listed):
                problems.append(f"{name}.{col}: admits '{value}', not documented")
            for value in sorted(listed - names):
                problems.append(f"{name}.{col}: documents '{value}', which its CHECK refuses")
    for sql in re.findall(r"```sql\n(.*?)```", markdown, re.S):
        try:
            rows = db.execute(sql).fetchall()
            print(f"example query ok ({len(rows)} rows): {sql.splitlines()[0]}")
        except sqlite3.Error as e:
            problems.append(f"example query failed: {e}: {sql.splitlines()[0]}")
    for p in problems:
        print("MISMATCH", p)
    print(f"{len(real)} tables and views checked, {len(problems)} mismatches")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
