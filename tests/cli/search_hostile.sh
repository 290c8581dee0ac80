#!/usr/bin/env bash
# Hostile query strings through the real binary, in both --by modes and with --facets: quotes,
# FTS5 syntax (NEAR(, *, ^, column filters such as text: rank: duties_fts:), unicode and emoji,
# random bytes without NUL, a 10 KB string, punctuation only, filter words mixed with syntax.
# Each must end with exit 0, 1 or 2 (never a crash or a signal) and never print SQLite's text.
# Usage: search_hostile.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db=$work/t.db
source "$(dirname "$0")/common.bash"
"$kb" import "$src/import" --db "$db" --quiet

# The queries, one per file, so any byte (newlines included) reaches the binary as one argument.
python3 - "$work/q" <<'PY'
import os, random, sys
out = sys.argv[1]
os.makedirs(out)
queries = [
    '"', '""', '"unbalanced', 'blood"', '" "', "'", "''", 'NEAR(', 'NEAR(blood', 'NEAR(a b, 2)',
    'NEAR', '*', '**', 'b*', 'blood*', '*blood', '^', '^blood', 'blood^2', 'text:', 'text:blood',
    'rank:', 'rank:1', 'rowid:1', 'duties_fts:', 'duties_fts:blood', 'sections_fts: x', 'heading:x',
    '{text}: blood', '{duties skills}: x', '-', '--', '-blood', 'NOT', 'NOT blood', 'AND', 'OR',
    'OR OR OR', 'blood AND AND', 'blood OR', '(', ')', '(blood', 'blood)', '((()))', ':', '::',
    'a:b:c', ',', ';', '|', '||', '+', '+blood', '\\', '\\"', '%', '_', '%_%', '$', '$$', '$60k',
    'over $', 'under', 'over 60k"', '"over 60k', 'without a degree NEAR(', 'pays more than *',
    'jobs -without a degree', 'between 60k and', 'between and 60k', 'growth over %', '60k+ ^',
    'NULL', 'null', "'; DROP TABLE careers; --", "blood' OR '1'='1", '\x00'.replace('\x00', ''),
    'é', 'café', 'naïve résumé', 'Ελληνικά', '医疗', 'медсестра', '🩸', '🩸🩸 blood', '👩‍⚕️',
    '\u200b', '\u200bblood\u200b', '\ufeffblood', '\u202e' + 'doolb', 'a\u0301', '\U0001F600' * 50,
    ' ', '\t', '\n', 'blood\nnurse', '\r\n', '!!!', '?!.,;:', '---', '...', '…', '—', '«»', '@#&',
    'x' * 300, ('blood ' * 2000)[:10240], ('"' * 5000), ('NEAR(' * 2000), ('a OR ' * 2000),
    ('-x ' * 3000), ('over 60k ' * 1100), ('é' * 5000),
]
rng = random.Random(20240605)
for n in range(40):  # random bytes without NUL, some invalid UTF-8
    queries.append(bytes(rng.randrange(1, 256) for _ in range(rng.randrange(1, 200))))
pieces = ['"', '*', '(', ')', ':', '^', '+', '-', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', 'blood',
          'sterilize', '{', '}', ',', ' ', 'duties:', 'rank:', 'text:', '|', 'é', '\udcff', '60k',
          'over', 'without', 'degree', '$', 'pay']
for n in range(60):
    queries.append(''.join(rng.choice(pieces) for _ in range(rng.randrange(1, 16))))
queries.append(('random ' * 1500).encode()[:10240])  # a 10 KB string
for i, q in enumerate(queries):
    data = q if isinstance(q, bytes) else q.encode('utf-8', 'surrogateescape')
    with open(f"{out}/{i:04d}", 'wb') as f:
        f.write(data)
PY

count=0
mkdir -p "$work/json"
for file in "$work"/q/*; do
  query=$(cat "$file"; printf x)  # keep trailing newlines
  query=${query%x}
  for mode in item career; do
    args=(--by item)
    [[ $mode == career ]] && args=(--by career --facets)
    name=$(basename "$file")-$mode
    set +e
    "$kb" search --db "$db" "${args[@]}" --limit 5 --format json -- "$query" >"$work/out" 2>"$work/err"
    rc=$?
    set -e
    count=$((count + 1))
    [[ $rc == 0 || $rc == 1 || $rc == 2 ]] || fail "query $name: exit $rc"
    if grep -qiE 'sqlite|fts5|syntax error|no such column|unterminated|malformed MATCH' "$work/err"; then
      fail "query $name: SQLite text on stderr: $(head -c 300 "$work/err")"
    fi
    if [[ $rc == 2 ]]; then
      [[ $(wc -l <"$work/err") == 1 ]] || fail "query $name: error is not one line: $(cat "$work/err")"
      [[ ! -s $work/out ]] || fail "query $name: output on error"
    else
      mv "$work/out" "$work/json/$name"
    fi
  done
done
python3 - "$work/json" <<'PY' || fail "an output is not JSON"
import json, os, sys
for name in os.listdir(sys.argv[1]):
    with open(os.path.join(sys.argv[1], name)) as f:
        try:
            json.load(f)
        except ValueError as e:
            raise SystemExit(f"{name}: {e}")
PY
echo "search hostile: ok ($count runs)"
