#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# cvd_selftest.sh CHECK OUT_DIR: glutea_cvd_check can fail: a red and a green of equal lightness
# (#C0603A, #7A8A30) pass under normal vision but merge under deuteranopia (delta E < 1), so the
# check must exit 1 naming deuteranopia; magenta and orange (#B12A90, #FCA636) pass all three.
set -euo pipefail
check=$1 out=$2
convert=/usr/bin/convert
[ -x "$convert" ] || convert=$(command -v convert || true)
[ -n "$convert" ] || { echo "SKIP: ImageMagick's convert is not installed"; exit 77; }
mkdir -p "$out" && cd "$out"
"$convert" -size 100x100 xc:'#808080' plain.png
"$convert" -size 50x100 xc:'#C0603A' -size 50x100 xc:'#7A8A30' +append red_green.png
"$convert" -size 50x100 xc:'#B12A90' -size 50x100 xc:'#FCA636' +append magenta_orange.png
if "$check" pair plain.png red_green.png C0603A 7A8A30 10 >red_green.txt; then
    echo "FAIL: red and green passed: $(cat red_green.txt)"; exit 1
fi
grep -q "^FAIL deuteranopia" red_green.txt || { echo "FAIL: $(cat red_green.txt)"; exit 1; }
grep -q "^ok   normal" red_green.txt || { echo "FAIL: normal vision should tell them apart"; exit 1; }
"$check" pair plain.png magenta_orange.png B12A90 FCA636 10 || { echo "FAIL: magenta/orange"; exit 1; }
echo "PASS: the check tells a red-green pair from a safe pair"
