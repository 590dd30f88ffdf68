#!/bin/sh
# Every machine-readable report, single-pair and batch, against the schema its consumers
# validate with: SARIF 2.1.0 (JSON Schema, as code-scanning services read it), Jenkins'
# junit-10.xsd and the TMX 1.4b DTD. The batch has one original with several renditions and a
# pair that cannot be read, the case that once made merged SARIF invalid. Skipped (77) when
# the team's schemas are not checked out next to the project or the validators are missing
# (`make deps-dev` installs python3-jsonschema and libxml2-utils).
set -eu
binary=$(realpath "$1")
source_dir=$(realpath "$2")
schemas=$source_dir/../shared/schemas
if [ ! -d "$schemas" ]; then
  echo "skipped: $schemas not found"
  exit 77
fi
python=
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import jsonschema' 2>/dev/null; then python=$candidate; break; fi
done
if [ -z "$python" ] || ! command -v xmllint >/dev/null 2>&1; then
  echo "skipped: needs python3-jsonschema and xmllint (make deps-dev)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pair=$source_dir/corpora/cnn-alabuga
cp "$pair/original.txt" "$work/en.txt"
cp "$pair/rendition.txt" "$work/rewrite.txt"
sed 's/Tatarstan/Bashkortostan/; s/ not / /' "$pair/rendition.txt" > "$work/edited.txt"
head -n 12 "$pair/original.txt" > "$work/short.txt"
printf 'en.txt\trewrite.txt\trewrite\nen.txt\tedited.txt\tedited\nen.txt\tshort.txt\tshort\n' \
  > "$work/pairs.tsv"
printf 'en.txt\tmissing.txt\tunreadable\n' >> "$work/pairs.tsv"

# Exit 1 (findings) is expected; 2 is not, except for the batch with an unreadable pair.
run() {
  "$@" || [ $? -eq 1 ] || { echo "failed: $*"; exit 1; }
}
run "$binary" check "$work/en.txt" "$work/rewrite.txt" --format sarif -o "$work/check.sarif"
run "$binary" check "$work/en.txt" "$work/rewrite.txt" --format sarif --min-severity info \
  -o "$work/check-info.sarif"
run "$binary" check "$work/en.txt" "$work/rewrite.txt" --format junit -o "$work/check.xml"
run "$binary" align "$work/en.txt" "$work/rewrite.txt" --format tmx -o "$work/align.tmx"
cd "$work"
for format in sarif junit; do
  status=0
  "$binary" batch pairs.tsv --format $format --min-severity info --no-progress \
    -o "batch.$format" || status=$?
  [ $status -eq 2 ] || { echo "failed: batch --format $format gave $status, not 2"; exit 1; }
done

"$python" - "$schemas/sarif-schema-2.1.0.json" check.sarif check-info.sarif batch.sarif <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft4Validator(schema)
failed = False
for path in sys.argv[2:]:
    log = json.load(open(path))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"{path}: /{'/'.join(map(str, e.path))}: {e.message[:200]}")
    results = sum(len(run.get("results", [])) for run in log["runs"])
    print(f"{'INVALID' if errors else 'valid'}: {path} against SARIF 2.1.0 ({results} results)")
    failed = failed or bool(errors)
sys.exit(1 if failed else 0)
PY
# xmllint prints every error; the first few say enough.
validate_xml() {
  what=$1
  shift
  if xmllint --noout "$@" >xmllint.log 2>&1; then
    echo "valid: $what"
  else
    head -n 5 xmllint.log
    echo "INVALID: $what"
    return 1
  fi
}
validate_xml "check.xml against junit-10.xsd" --schema "$schemas/junit-10.xsd" check.xml
validate_xml "batch.junit against junit-10.xsd" --schema "$schemas/junit-10.xsd" batch.junit
validate_xml "align.tmx against TMX 1.4b" --dtdvalid "$schemas/tmx14.dtd" align.tmx
