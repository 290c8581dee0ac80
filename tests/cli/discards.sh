#!/usr/bin/env bash
# What the importer leaves out is never silent: `careerkb dump` lists each left-out item with
# its line and reason, and `careerkb import` counts them in its summary (one line, not one per
# item); a guide with nothing left out prints no such line.
set -euo pipefail
kb=$1 src=$2 work=$3
source "$src/tests/cli/common.bash"
rm -rf "$work" && mkdir -p "$work/in" "$work/clean"
db="$work/kb.db"
printf '# Dental Assistant\n\n## Duties\n\n- Sterilize instruments between patients\n- Take dental X-rays\n- Your name: ________\n\n## Skills\n\n- Chairside suction technique\n- About $6,683 a month\n\n## Pay\n\nThe median pay is $46,540 a year. Fill-ins earn $95 per visit.\n' > "$work/in/dental-assistant.md"
"$kb" dump "$work/in/dental-assistant.md" > "$work/dump" || fail "dump exited $?"
grep -q $'^discarded\t7\tYour name: ________ {a blank to fill in' "$work/dump" || fail "the blank is not listed: $(cat "$work/dump")"
grep -q $'^discarded\t12\tAbout $6,683 a month {names an amount of money' "$work/dump" || fail "the money skill is not listed"
grep -q $'^discarded\t16\t$95 {a rate for a piece of work' "$work/dump" || fail "the rate is not listed"
grep -q $'^discarded\t5\t' "$work/dump" && fail "a duty that was taken is listed as discarded"
grep -q $'^duty\t5\tSterilize instruments' "$work/dump" || fail "the duty is not taken"
run import "$work/in"
expect_rc 0 "import"
grep -q '^left out 3 items that read as no fact (careerkb dump FILE lists each with its line)$' "$work/out" ||
  fail "the import summary does not count the left-out items: $(cat "$work/out")"
printf '# Welder\n\n## Duties\n\n- Read blueprints and weld symbols\n- Grind and finish joints\n\n## Pay\n\nThe median pay is $51,000 a year.\n' > "$work/clean/welder.md"
"$kb" import "$work/clean" --db "$work/clean.db" > "$work/clean.out" || fail "clean import exited $?"
grep -q '^left out' "$work/clean.out" && fail "a guide with nothing left out prints a left-out line"
echo "ok"
