#!/bin/sh
# Runs every built fuzz target for SECONDS each, niced, cheap first, FUZZ_JOBS at a time
# (default 1: one after the other; CI sets it to the number of cores, so each target still
# gets a whole core for its SECONDS).
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
# New inputs go to BUILD_DIR/fuzz-corpus/<target>/ (the committed seeds under
# tests/fuzz/corpus/ are read, never written); crashes to BUILD_DIR/fuzz-artifacts/<target>/.
# Exits non-zero when a target finds a crash, a leak, a timeout or a sanitizer report.
set -u
build=${1:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
jobs=${FUZZ_JOBS:-1}
[ "$jobs" -ge 1 ] 2>/dev/null || jobs=1
here=$(cd "$(dirname "$0")" && pwd)
targets=${*:-"decode segment quantity date config manifest align check"}

# One target: its log in BUILD_DIR/fuzz-<target>.log, what it reports (the same lines a
# sequential run prints) in BUILD_DIR/fuzz-<target>.summary; non-zero when it failed.
run_target() {
  target=$1
  binary="$build/fuzz/fuzz_$target"
  summary="$build/fuzz-$target.summary"
  if [ ! -x "$binary" ]; then
    echo "fuzz: $target: not built (its stage header is missing), skipped" >"$summary"
    return 0
  fi
  corpus="$build/fuzz-corpus/$target"
  artifacts="$build/fuzz-artifacts/$target/"
  mkdir -p "$corpus" "$artifacts" "$here/corpus/$target"
  dict=""
  case $target in
    decode) dict="-dict=$here/decode.dict" ;;
    segment | align | check | quantity | date) dict="-dict=$here/text.dict" ;;
    config | manifest) dict="-dict=$here/toml.dict" ;;
  esac
  nice -n 19 "$binary" "$corpus" "$here/corpus/$target" $dict -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts" >"$build/fuzz-$target.log" 2>&1
  result=$?
  {
    echo "fuzz: $target for ${seconds}s"
    grep -E 'DONE +cov|^stat::number_of_executed_units|^stat::average_exec_per_sec' \
      "$build/fuzz-$target.log" | tr '\n' ' '
    echo
    if [ $result -ne 0 ]; then
      echo "fuzz: $target FAILED (exit $result); see $build/fuzz-$target.log and $artifacts"
      tail -n 40 "$build/fuzz-$target.log"
    fi
  } >"$summary"
  return $result
}

# Deal the targets round-robin into $jobs lanes; each lane runs its targets one after the
# other, so cheap targets still come first and at most $jobs run at once.
lanes=""
lane=0
while [ $lane -lt "$jobs" ]; do
  mine=""
  i=0
  for target in $targets; do
    [ $((i % jobs)) -eq $lane ] && mine="$mine $target"
    i=$((i + 1))
  done
  if [ -n "$mine" ]; then
    (
      failed=0
      for target in $mine; do run_target "$target" || failed=1; done
      exit $failed
    ) &
    lanes="$lanes $!"
  fi
  lane=$((lane + 1))
done
status=0
for pid in $lanes; do
  wait "$pid" || status=1
done
for target in $targets; do
  cat "$build/fuzz-$target.summary"
done
exit $status
