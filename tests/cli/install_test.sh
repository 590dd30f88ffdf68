#!/bin/sh
# `cmake --install BUILD --prefix P` puts the binary, its man page, the three shells'
# completions and the pre-commit hook where man, the shells and users look, and nothing
# else: the installed binary runs from anywhere without the source or build tree, since
# WordNet and the word lists are compiled into it. Usage: install_test.sh CMAKE BUILD_DIR SOURCE_DIR
set -eu
cmake=$1
build=$2
source_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" || fail "cmake --install: $(cat "$work/install.log")"

(cd "$prefix" && find . -type f | sort) >"$work/installed"
cat >"$work/expected" <<'LIST'
./bin/driftcheck
./share/bash-completion/completions/driftcheck
./share/driftcheck/hooks/driftcheck-pairs
./share/driftcheck/hooks/driftcheck-pre-commit
./share/fish/vendor_completions.d/driftcheck.fish
./share/man/man1/driftcheck.1
./share/zsh/site-functions/_driftcheck
LIST
diff -u "$work/expected" "$work/installed" || fail "installed files differ from the list above"
[ -x "$prefix/bin/driftcheck" ] || fail "bin/driftcheck is not executable"
[ -x "$prefix/share/driftcheck/hooks/driftcheck-pre-commit" ] || fail "the hook is not executable"

bin=$prefix/bin/driftcheck
"$bin" completions bash | cmp -s - "$prefix/share/bash-completion/completions/driftcheck" ||
  fail "the installed bash completion is not what the binary prints"
"$bin" manpage | cmp -s - "$prefix/share/man/man1/driftcheck.1" ||
  fail "the installed man page is not what the binary prints"
if command -v man >/dev/null 2>&1; then
  found=$(MANPATH="$prefix/share/man" man -w driftcheck) || fail "man does not find driftcheck"
  [ "$found" = "$prefix/share/man/man1/driftcheck.1" ] || fail "man finds $found"
fi

# The flagship pair, checked from an empty folder by the installed binary, gives the same
# report as the built one: WordNet's synonyms and antonyms decide many of its findings.
mkdir "$work/elsewhere"
cp "$source_dir/corpora/cnn-alabuga/original.txt" "$source_dir/corpora/cnn-alabuga/rendition.txt" "$work/elsewhere/"
cd "$work/elsewhere"
"$bin" check original.txt rendition.txt --format json -o installed.json --fail-on never ||
  fail "the installed binary could not check a pair"
"$build/driftcheck" check original.txt rendition.txt --format json -o built.json --fail-on never
cmp -s installed.json built.json || fail "the installed binary's report differs from the built one's"

# And it opens nothing but its inputs and system libraries: no data files to install.
if command -v strace >/dev/null 2>&1 && strace -f -o /dev/null true 2>/dev/null; then
  # LeakSanitizer cannot run under ptrace; a sanitizer build skips only the leak check here.
  ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
    strace -f -e trace=open,openat -o trace.log "$bin" check original.txt rendition.txt \
    --format json -o /dev/null --fail-on never
  if grep -v -e ENOENT -e '"/etc/ld.so' -e '"/lib/' -e '"/usr/lib/' -e '"/usr/share/locale' \
       -e '"original.txt"' -e '"rendition.txt"' -e '"/dev/null"' -e '+++ exited' -e '/proc/' \
       -e '"/sys/' trace.log | grep -q open; then
    grep open trace.log >&2
    fail "the installed binary opened files other than its inputs (above)"
  fi
fi
echo "installed: $(tr '\n' ' ' <"$work/installed")"
