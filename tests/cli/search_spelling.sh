#!/usr/bin/env bash
# Typo tolerance (issue #4): the import keeps the search_terms dictionary (also when a guide is
# replaced), a misspelled word is searched as its closest indexed word with a note saying so,
# --exact only suggests, and searching never writes to the file.
set -euo pipefail
kb=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db=$work/s.db
fail() { echo "FAIL: $*"; exit 1; }
guides_using() { sqlite3 "$db" "SELECT coalesce((SELECT guides FROM search_terms WHERE term = '$1'), 0)"; }

cp -r "$src/import" "$work/guides"
"$kb" import "$work/guides" --db "$db" --quiet
before=$(guides_using venipuncture)
[[ $before -ge 2 ]] || fail "venipuncture counted in $before guides"
[[ $(guides_using the) == 0 ]] || fail "words under 4 letters are not suggestions"

# A changed guide replaces its words: venipuncture leaves the phlebotomist guide.
sed -i 's/[Vv]enipuncture/bloodletting/g' "$work/guides/phlebotomist.md"
"$kb" import "$work/guides" --db "$db" --quiet
[[ $(guides_using venipuncture) == $((before - 1)) ]] || fail "replaced guide still counted"
[[ $(guides_using bloodletting) == 1 ]] || fail "new word of a replaced guide not counted"
sed -i 's/bloodletting/venipuncture/g' "$work/guides/phlebotomist.md"
"$kb" import "$work/guides" --db "$db" --quiet

sum_before=$(sha256sum "$db")
"$kb" search venipucture --db "$db" > "$work/out.txt" 2> "$work/err.txt" || fail "venipucture found nothing"
grep -qx "careerkb: note: showing results for venipuncture (you typed venipucture; --exact searches only what you typed)" \
  "$work/err.txt" || fail "no correction note: $(cat "$work/err.txt")"
grep -qi venipuncture "$work/out.txt" || fail "venipucture did not find venipuncture"

set +e; "$kb" search venipucture --exact --db "$db" > "$work/out.txt" 2> "$work/err.txt"; code=$?; set -e
[[ $code -eq 1 ]] || fail "--exact searched the correction (exit $code)"
grep -qx "careerkb: note: did you mean venipuncture?" "$work/err.txt" || fail "no suggestion: $(cat "$work/err.txt")"

"$kb" search cardiovasular technologist --db "$db" > "$work/out.txt" 2> "$work/err.txt" ||
  fail "cardiovasular technologist found nothing"
grep -qi "cardiovascular" "$work/out.txt" || fail "cardiovasular did not find the cardiovascular guides"

# Two neighbouring letters swapped are one edit (issue #13): corrected within the same bounds as
# a one-letter typo, and the guide with the word is found.
for pair in phelbotomy:phlebotomy dailysis:dialysis recieve:receive; do
  typed=${pair%%:*} fixed=${pair##*:}
  "$kb" search "$typed" --db "$db" > "$work/out.txt" 2> "$work/err.txt" || fail "$typed found nothing"
  grep -qx "careerkb: note: showing results for $fixed (you typed $typed; --exact searches only what you typed)" \
    "$work/err.txt" || fail "$typed not corrected: $(cat "$work/err.txt")"
  grep -qi "$fixed" "$work/out.txt" || fail "$typed did not find $fixed"
done

"$kb" search phlebotomy --db "$db" > /dev/null 2> "$work/err.txt"
! grep -q "showing results for\|did you mean" "$work/err.txt" || fail "a word spelled right was corrected"
[[ $(sha256sum "$db") == "$sum_before" ]] || fail "searching wrote to the database"
echo "spelling: ok"
