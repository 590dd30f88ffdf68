#!/bin/sh
# The flagship pair against its hand-made gold, with the bar of the drift detection issue:
# links found, drifts caught, nothing equivalent flagged, at most 3 major findings gold
# does not explain. Needs the team's scorer (../shared/tools/score-pair); skipped without it.
set -eu
binary=$1
source_dir=$2
scorer=$source_dir/../shared/tools/score-pair
if [ ! -x "$scorer" ]; then
  echo "skipped: $scorer not found"
  exit 77
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
pair=$source_dir/corpora/cnn-alabuga
"$binary" check "$pair/original.txt" "$pair/rendition.txt" --format json -o "$report" || [ $? -eq 1 ]
"$scorer" "$pair/gold.json" "$report" --min link_f1=0.95 --min drift_recall=0.9 \
  --min major_recall=0.9 --min false_alarms=0 --min unexplained=3
