#!/usr/bin/env bash
# Imports started at the same moment into one new database (issue #17 item 1): the first
# writer creates the schema under the write lock, the others wait and find it done. Every
# import exits 0 and the counts add up. Before the fix the second writer failed with
# "schema migration 001_init.sql failed: table education_levels already exists".
set -euo pipefail
kb=$1 work=$3
rm -rf "$work" && mkdir -p "$work"
source "$(dirname "$0")/common.bash"

# guide FOLDER WORD: a tiny guide of the career "WORD Harbor Technician".
guide() {
  cat > "$1/$2.md" <<EOF
# $2 Harbor Technician Career Guide

$2 harbor technicians keep the docks of the harbor in working order.

* **Median pay:** \$44,100 per year
* **Typical education:** High school diploma or equivalent

## What Does a $2 Harbor Technician Do?

* Inspect mooring lines and replace worn ones
* Repair the wooden decking of piers
EOF
}

words=(Amber Birch Cedar Dune Elm Fern Garnet Hazel Iris Jasper Kelp Lichen
       Maple Nettle Olive Pine Quartz Reed)
writers=6 per_writer=3
for ((w = 0; w < writers; w++)); do
  mkdir -p "$work/g$w"
  for ((i = 0; i < per_writer; i++)); do guide "$work/g$w" "${words[w * per_writer + i]}"; done
done

# The same moment: every import waits on a shared lock this script holds exclusively, and all
# start when it is released. Three rounds, each into a new file, as one round could be lucky.
for round in 1 2 3; do
  db=$work/new$round.db
  exec 9> "$work/start.lock"
  flock -x 9
  pids=()
  for ((w = 0; w < writers; w++)); do
    flock -s "$work/start.lock" "$kb" import "$work/g$w" --db "$db" --quiet 9>&- \
      > "$work/out$w" 2> "$work/err$w" &
    pids+=($!)
  done
  sleep 0.3  # let every import reach the lock
  flock -u 9
  exec 9>&-
  for ((w = 0; w < writers; w++)); do
    code=0
    wait "${pids[w]}" || code=$?
    [[ $code -eq 0 ]] || fail "round $round: import $w exited $code: $(cat "$work/err$w")"
  done
  expected=$((writers * per_writer))
  [[ $(sqlite3 "$db" "SELECT count(*) FROM guides") -eq $expected ]] ||
    fail "round $round: $(sqlite3 "$db" "SELECT count(*) FROM guides") guides, expected $expected"
  run careers --format csv
  expect_rc 0 "careers after concurrent imports"
  [[ $(($(wc -l < "$work/out") - 1)) -eq $expected ]] ||
    fail "round $round: careers lists $(($(wc -l < "$work/out") - 1)), expected $expected"
  run check
  expect_rc 0 "check after concurrent imports"
  [[ $(sqlite3 "$db" "PRAGMA user_version") -gt 0 ]] || fail "round $round: no schema version"
done
echo "ok: $writers imports at once into a new database, three times"
