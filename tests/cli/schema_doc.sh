#!/usr/bin/env bash
# schema/README.md is the contract: it must name every table, view and column of a real
# database and every name a CHECK admits, and its example queries must run (Python's sqlite3
# module, then stock sqlite3).
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
"$kb" import "$src/import" --db "$work/doc.db" --quiet
python3 "$src/tests/tools/check_schema_doc.py" "$src/schema/README.md" "$work/doc.db"
# A documented list of kinds must be the list the CHECK admits: the checker sees one name missing.
sed 's/^\(| `kind` | TEXT | what the section is about: .*\)`duties`, /\1/' "$src/schema/README.md" > "$work/wrong.md"
if python3 "$src/tests/tools/check_schema_doc.py" "$work/wrong.md" "$work/doc.db" > "$work/wrong.out"; then
  echo "FAIL: the checker missed a section kind left out of the reference"
  exit 1
fi
grep -q "sections.kind: admits 'duties', not documented" "$work/wrong.out" ||
  { echo "FAIL: missing kind not named:"; cat "$work/wrong.out"; exit 1; }
# The same example queries through the stock sqlite3 shell.
python3 - "$src/schema/README.md" > "$work/examples.sql" <<'PY'
import re, sys
print("\n".join(re.findall(r"```sql\n(.*?)```", open(sys.argv[1]).read(), re.S)))
PY
sqlite3 -bail "$work/doc.db" < "$work/examples.sql" > "$work/examples.out"
grep -q . "$work/examples.out" || { echo "FAIL: example queries returned nothing"; exit 1; }
