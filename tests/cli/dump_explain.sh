#!/usr/bin/env bash
# careerkb dump --explain prints, for every block of a .txt, .md and .html guide, the role it
# was given and the cues that decided it; without --explain the block table is not printed.
set -euo pipefail
kb=$1 src=$2 work=$3
source "$src/tests/cli/common.bash"
rm -rf "$work" && mkdir -p "$work"
printf 'Histotechnician\n\nTasks\n\n- Embed tissue in paraffin blocks\n- Stain slides for the pathologist\n\nHow to become one\n\n1. Finish high school or earn a GED\n2. Complete an accredited histotechnology program\n3. Pass the HT exam from the ASCP\n' > "$work/guide.txt"
printf '# Histotechnician\n\n## A shift at the bench\n\n- Embed tissue in paraffin blocks\n- Cuts thin sections on a microtome\n- Label and file finished slides\n' > "$work/guide.md"
printf '<html><body><h1>Histotechnician</h1><h2>Skills</h2><ul><li>Patience</li><li>Microtomy technique</li><li>Attention to detail</li></ul></body></html>\n' > "$work/guide.html"
for f in guide.txt guide.md guide.html; do
  "$kb" dump --explain "$work/$f" > "$work/$f.out" 2> "$work/$f.err" || fail "dump --explain $f exited $?: $(cat "$work/$f.err")"
  grep -q $'^# line\tblock\tsection\trole\ttext\tcues$' "$work/$f.out" || fail "$f: no explanation header"
done
# A list under a duties heading: each item is a duty, and the heading's vote is named.
grep -qE $'^6\tlist_item\tduties\tduty\tStain slides for the pathologist\t.*heading: duties' "$work/guide.txt.out" ||
  fail "txt: the duty's role and its heading cue are not shown: $(cat "$work/guide.txt.out")"
# Numbered steps under a how-to-become heading are steps, and the cue says why.
grep -qE $'^10\tlist_item\teducation\tstep\tFinish high school.*a step into the job' "$work/guide.txt.out" ||
  fail "txt: the step is not explained"
grep -q $'^duty\t5\tEmbed tissue' "$work/guide.txt.out" || fail "txt: the facts are no longer printed above"
grep -q $'^duty\t10\t' "$work/guide.txt.out" && fail "txt: a how-to-become step was taken for a duty"
# A heading with no rule: the items' own verbs and their agreement decide.
grep -qE $'^6\tlist_item\tother\tduty\tCuts thin sections.*starts with a task verb.*siblings agree' "$work/guide.md.out" ||
  fail "md: the content cues are not shown: $(cat "$work/guide.md.out")"
# A mixed skills list: each item's kind from its words.
grep -qE $'\tlist_item\tskills\tsoft_skill\tPatience\t' "$work/guide.html.out" || fail "html: Patience is not a soft skill"
grep -qE $'\tlist_item\tskills\ttechnical_skill\tMicrotomy technique\t' "$work/guide.html.out" ||
  fail "html: Microtomy technique is not a technical skill"
# A list written inside a sentence: the series, each phrase's role and the votes are shown.
printf 'Orthotic Fitter\n\nA day on the job\n\nMornings are busy. They measure limbs, order braces, and record each fitting.\n' > "$work/series.txt"
"$kb" dump --explain "$work/series.txt" > "$work/series.out"
grep -qE $'^5\tparagraph\tduties\t-\t.*series after "They": measure limbs = duty \\| order braces = duty .*siblings agree' "$work/series.out" ||
  fail "series: the series and its votes are not explained: $(cat "$work/series.out")"
grep -q $'^duty\t5\torder braces$' "$work/series.out" || fail "series: the phrase is not a duty"
# Without --explain only the facts are printed.
"$kb" dump "$work/guide.md" > "$work/plain.out"
grep -q $'^# line\tblock' "$work/plain.out" && fail "dump without --explain printed the block table"
grep -q $'^duty\t6\tCuts thin sections' "$work/plain.out" || fail "dump without --explain lost the facts"
# A missing file is an error naming it, exit 2.
set +e
"$kb" dump --explain "$work/missing.txt" > /dev/null 2> "$work/missing.err"
code=$?
set -e
[[ $code == 2 ]] || fail "missing file: exit $code, expected 2"
grep -q "missing.txt" "$work/missing.err" || fail "missing file: the error does not name it"
echo "dump --explain: txt, md and html explained"
