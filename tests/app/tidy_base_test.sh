#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# scripts/tidy picks the files a change touched even on a clean clone of main (as CI runs it, where
# origin/main is HEAD): the base is then .ci/tidy-base, the last commit that landed. A scratch
# repository with a stand-in clang-tidy that records the files it is given.
# Usage: tidy_base_test.sh SOURCE_DIR SCRATCH_DIR
set -euo pipefail
source_dir=$1
scratch=$2/tidy_base
rm -rf "$scratch"
mkdir -p "$scratch/bin" "$scratch/origin/scripts" "$scratch/origin/.ci"
cat >"$scratch/bin/clang-tidy-14" <<'TIDY'
#!/usr/bin/env bash
for a in "$@"; do case $a in *.cpp) echo "$a" >>"$TIDY_LOG" ;; esac; done
TIDY
chmod +x "$scratch/bin/clang-tidy-14"
export PATH="$scratch/bin:$PATH" TIDY_LOG="$scratch/tidied"

cd "$scratch/origin"
git init -q -b main
git config user.email t@example.org
git config user.name test
cp "$source_dir/scripts/tidy" scripts/tidy
commit() { git add -A && git commit -qm "$1"; }
echo 'int a;' >a.cpp && commit "landed before"
landed=$(git rev-parse HEAD)
echo 'int b;' >b.cpp && commit "the change, part 1"
echo 'int c;' >c.cpp && echo "$landed the last commit that landed" >.ci/tidy-base && commit "part 2"

cd "$scratch"
git clone -q origin clean
cd clean
mkdir -p build/default
printf '[{"file": "%s"}, {"file": "%s"}, {"file": "%s"}]\n' "$PWD/a.cpp" "$PWD/b.cpp" \
    "$PWD/c.cpp" >build/default/compile_commands.json

expect() { # expected tidied files (sorted, space-separated), what the run printed
    local got
    got=$(sort "$TIDY_LOG" 2>/dev/null | tr '\n' ' ' | sed 's/ $//')
    [ "$got" = "$1" ] || { echo "FAIL: $2: tidied '$got', expected '$1'"; exit 1; }
    rm -f "$TIDY_LOG"
}
out=$(scripts/tidy)
echo "$out" | grep -q "since $landed" || { echo "FAIL: clean clone: base is not .ci/tidy-base: $out"; exit 1; }
expect "b.cpp c.cpp" "clean clone"

rm .ci/tidy-base
scripts/tidy >/dev/null
expect "c.cpp" "no .ci/tidy-base (HEAD~1)"
git checkout -q .ci/tidy-base

echo 'int d;' >d.cpp
printf '[{"file": "%s"}]\n' "$PWD/d.cpp" >build/default/compile_commands.json
git add d.cpp && git commit -qm "a local commit ahead of origin/main"
out=$(scripts/tidy)
echo "$out" | grep -q "since origin/main" || { echo "FAIL: ahead of origin/main: $out"; exit 1; }
expect "d.cpp" "ahead of origin/main"
echo "PASS: tidy's base on a clean clone, without a marker, and ahead of origin/main"
