#!/usr/bin/env bash
# The ways a team adopts driftcheck, run on a scratch repository of article pairs: the
# pre-commit hook as a plain git hook and under the pre-commit framework (.pre-commit-hooks.yaml),
# and the GitHub Actions example (examples/github-actions.yml, its shell steps). Skipped (77)
# without git; the framework and Actions parts are skipped, with a note, without pre-commit
# or python3-yaml (`make deps-dev` installs both).
set -euo pipefail
binary=$(realpath "$1")
source_dir=$(realpath "$2")
command -v git >/dev/null || { echo "skipped: git not found"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$(dirname "$binary"):$PATH"
export HOME=$work/home GIT_CONFIG_NOSYSTEM=1 PRE_COMMIT_HOME=$work/pre-commit-cache
mkdir -p "$HOME"
git config --global user.email editor@example.com
git config --global user.name Editor
git config --global init.defaultBranch main
git config --global advice.detachedHead false

failures=0
expect() { # expect STATUS WHAT COMMAND...: runs COMMAND, output in $work/out
  local want=$1 what=$2 got=0
  shift 2
  "$@" >"$work/out" 2>&1 || got=$?
  if [[ $got -eq $want ]]; then
    echo "ok: $what (exit $got)"
  else
    echo "FAILED: $what: exit $got, expected $want"
    sed 's/^/    /' "$work/out"
    failures=$((failures + 1))
  fi
}
contains() { # contains TEXT WHAT: the last command's output holds TEXT
  if grep -qF -- "$1" "$work/out"; then echo "ok: $2"; else
    echo "FAILED: $2: no '$1' in"
    sed 's/^/    /' "$work/out"
    failures=$((failures + 1))
  fi
}

original='The factory is 600 miles east of Moscow. Officials said it had not been damaged.
It employs about 2,000 people, according to the regional government.
'
faithful=$original
drifted='The factory is 900 miles east of Moscow. Officials said it had been damaged.
It employs about 2,000 people, according to the regional government.
'
repo=$work/news
git init -q "$repo"
cd "$repo"

echo "== the pre-commit hook as a git hook"
ln -s "$source_dir/hooks/driftcheck-pre-commit" .git/hooks/pre-commit
echo "# news" >README.md
git add README.md
expect 0 "a commit without pairs" git commit -q -m readme
mkdir -p "world/factory story"
printf '%s' "$original" >"world/factory story/original.txt"
printf '%s' "$faithful" >"world/factory story/rendition.txt"
git add world
expect 0 "a faithful pair in a folder with a space commits" git commit -q -m faithful
contains "| pass |" "the hook printed the pair's verdict"
printf '%s' "$drifted" >"world/factory story/rendition.txt"
git add world
head_before=$(git rev-parse HEAD)
expect 1 "a drifted rendition is blocked" git commit -q -m drift
contains "changed the original's meaning" "the hook says why it blocked"
contains "world/factory story" "the hook names the pair"
[[ $(git rev-parse HEAD) == "$head_before" ]] || { echo "FAILED: the blocked commit landed"; failures=$((failures + 1)); }
git checkout -q -- . && git reset -q --hard
printf '%s' "$original" >brief.orig.txt
printf '%s' "$drifted" >brief.trans.txt
git add brief.orig.txt brief.trans.txt
expect 1 "NAME.orig.txt + NAME.trans.txt is checked as a pair" git commit -q -m brief
git reset -q --hard
printf 'PK\x03\x04\x00\x00\x80\x81binary\x00' >"world/factory story/rendition.txt"
printf '%s' "$original" >"world/factory story/original.txt"
git add world
expect 1 "an unreadable rendition stops the commit (git reports any hook failure as 1)" git commit -q -m binary
contains "could not be read" "the hook says the pair was not judged"
git reset -q --hard
rm .git/hooks/pre-commit

echo "== the pre-commit framework with .pre-commit-hooks.yaml"
if command -v pre-commit >/dev/null && git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  printf '%s' "$drifted" >"world/factory story/rendition.txt"
  git add world
  expect 1 "try-repo blocks the drifted pair" \
    pre-commit try-repo "$source_dir" driftcheck --files "world/factory story/rendition.txt"
  contains "| **fail** |" "the framework shows the verdict"
  git reset -q --hard
  expect 0 "try-repo passes the faithful pair" \
    pre-commit try-repo "$source_dir" driftcheck --files "world/factory story/rendition.txt"
else
  echo "note: skipped (needs pre-commit, and the project as a git checkout)"
fi

echo "== the GitHub Actions example"
python=
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import yaml' 2>/dev/null; then python=$candidate; break; fi
done
if [[ -n $python ]]; then
  git init -q --bare "$work/origin.git"
  git remote add origin "$work/origin.git"
  git push -q origin main
  git checkout -q -b fix-translation
  printf '%s' "$drifted" >"world/factory story/rendition.txt"
  mkdir -p sport
  printf '%s' "$original" >sport/original.txt
  printf '%s' "$faithful" >sport/rendition.txt
  git add -A && git commit -q --no-verify -m "pull request"
  ln -s "$source_dir" .driftcheck # what the workflow's second checkout provides
  export GITHUB_BASE_REF=main GITHUB_STEP_SUMMARY=$work/summary.md GITHUB_PATH=$work/path
  expect 0 "the workflow's steps ran" \
    "$python" "$source_dir/tests/ci/run_steps.py" "$source_dir/examples/github-actions.yml" \
    --skip build-driftcheck
  contains "0 List the changed pairs" "the changed pairs were listed"
  contains "2 changed pairs" "both changed pairs, and only those, were found"
  contains "1 Check them" "the check step fails the job on drift"
  "$python" -c 'import json,sys; r=json.load(open(sys.argv[1]))["runs"][0]["results"]; sys.exit(0 if r else 1)' \
    driftcheck.sarif && echo "ok: the SARIF for code scanning has results" ||
    { echo "FAILED: driftcheck.sarif has no results"; failures=$((failures + 1)); }
  cp "$GITHUB_STEP_SUMMARY" "$work/out"
  contains "| world/factory story | **fail** |" "the job summary has the failing pair"
  contains "| sport | pass |" "the job summary has the passing pair"
else
  echo "note: skipped (needs python3-yaml)"
fi

[[ $failures -eq 0 ]] || { echo "$failures failed"; exit 1; }
