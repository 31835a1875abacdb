#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Issue 13: `glutea render` reports a failed write with the system's reason and exit 1, refuses a
# missing output folder, and leaves no partial or temporary file behind.
set -euo pipefail
glutea=$1 out=$2
rm -rf "$out" && mkdir -p "$out"
fail() { echo "FAIL: $*"; exit 1; }
if [ -e /dev/full ]; then
    set +e; err=$("$glutea" render -o /dev/full --size 64x64 2>&1); code=$?; set -e
    [ $code -eq 1 ] || fail "/dev/full: exit $code, want 1: $err"
    grep -q "cannot write PNG: No space left on device" <<<"$err" || fail "/dev/full: $err"
    grep -q "^wrote" <<<"$err" && fail "/dev/full: says it wrote"
fi
set +e; err=$("$glutea" render -o "$out/missing/x.png" --size 64x64 2>&1); code=$?; set -e
[ $code -eq 1 ] || fail "missing folder: exit $code: $err"
grep -q "the folder $out/missing does not exist" <<<"$err" || fail "missing folder: $err"
[ ! -e "$out/missing" ] || fail "the missing folder was created"
"$glutea" render -o "$out/ok.png" --size 64x64 >/dev/null
[ "$(ls -A "$out")" = "ok.png" ] || fail "left behind: $(ls -A "$out")"
echo "PASS"
