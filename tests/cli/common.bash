# Helpers the CLI test scripts share; sourced, not run (named .bash so the *.sh glob in
# tests/CMakeLists.txt does not register it as a test).
# fail MESSAGE: print it and stop the test.
fail() {
  echo "FAIL: $*"
  exit 1
}
# run ARGS...: careerkb ARGS --db "$db", stdout to $work/out, stderr to $work/err, exit code to $rc.
run() {
  set +e
  "$kb" "$@" --db "$db" >"$work/out" 2>"$work/err"
  rc=$?
  set -e
}
# expect_rc CODE WHAT: the last run exited with CODE.
expect_rc() { [[ $rc == "$1" ]] || fail "careerkb $2: exit $rc, expected $1: $(cat "$work/err")"; }
