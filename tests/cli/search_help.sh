#!/usr/bin/env bash
# `careerkb search --help` and `careerkb careers --help` document every option and every query
# feature: a feature without its line in the help fails here.
# Usage: search_help.sh CAREERKB_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
kb=$1 work=$3
rm -rf "$work" && mkdir -p "$work"
source "$(dirname "$0")/common.bash"
"$kb" search --help >"$work/search.txt" || fail "search --help exits non-zero"
for needed in '--by' '--facets' '--limit' '--in' '--format' '--min-salary' '--max-salary' \
  '--min-education' '--max-education' '--min-growth' '--certification' '--tier' '--exact' \
  '--explain' '--timeout-ms' '--ranking-param' '"draw blood"' 'OR' '-nurse' 'veni\*' 'duties:blood' 'synonyms' \
  'over 50k' 'under 40k' 'between 40k and 60k' 'without a (college) degree' 'two-year degree' \
  "bachelor's" 'fast growing' 'pay, salary' 'duties, tasks' 'filler words' 'Without words' \
  'facet,value,count' '"results"' 'Exit status'; do
  grep -qF -- "${needed//\\/}" "$work/search.txt" || fail "search --help does not mention $needed"
done
"$kb" careers --help >"$work/careers.txt" || fail "careers --help exits non-zero"
for needed in '--min-growth' '--certification' '--tier' '--min-salary' '--max-education'; do
  grep -qF -- "$needed" "$work/careers.txt" || fail "careers --help does not mention $needed"
done
# The text below the options (ours; CLI11 does not wrap option descriptions) fits 80 columns.
sed -n '/^Search syntax:/,$p' "$work/search.txt" >"$work/footer.txt"
[[ -s $work/footer.txt ]] || fail "no query syntax section"
awk 'length($0) > 80 { print; bad = 1 } END { exit bad }' "$work/footer.txt" ||
  fail "search --help: query help lines over 80 columns"
echo "search help: ok"
