#!/bin/sh
# Runs every built fuzz target for SECONDS each, one after the other, niced, cheap first.
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
# New inputs go to BUILD_DIR/fuzz-corpus/<target>/ (the committed seeds under
# tests/fuzz/corpus/ are read, never written); crashes to BUILD_DIR/fuzz-artifacts/<target>/.
# Exits non-zero when a target finds a crash, a leak, a timeout or a sanitizer report.
set -u
build=${1:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
targets=${*:-"decode segment quantity date config manifest align check"}
status=0
for target in $targets; do
  binary="$build/fuzz/fuzz_$target"
  if [ ! -x "$binary" ]; then
    echo "fuzz: $target: not built (its stage header is missing), skipped"
    continue
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
  echo "fuzz: $target for ${seconds}s"
  nice -n 19 "$binary" "$corpus" "$here/corpus/$target" $dict -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts" >"$build/fuzz-$target.log" 2>&1
  result=$?
  grep -E 'DONE +cov|^stat::number_of_executed_units|^stat::average_exec_per_sec' \
    "$build/fuzz-$target.log" | tr '\n' ' '
  echo
  if [ $result -ne 0 ]; then
    echo "fuzz: $target FAILED (exit $result); see $build/fuzz-$target.log and $artifacts"
    tail -n 40 "$build/fuzz-$target.log"
    status=1
  fi
done
exit $status
