#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# cvd_test.sh GLUTEA CHECK OUT_DIR MIN_DELTA_E
# The colours that carry meaning stay apart for people with protanopia or deuteranopia (simulated
# on the renders by glutea_cvd_check): the selection highlight on the piriformis seen through the
# gluteus maximus; the referral's essential zone against its spillover and the bare skin; the
# sciatic nerve's caution band against the bony caution areas and the skin; the painted area
# against the essential zone; a muscle action's agonists against its antagonists.
set -euo pipefail
glutea=$1 check=$2 out=$3 min=$4
mkdir -p "$out"
args=(--view posterior --size 480x360)
status=0
"$glutea" render "${args[@]}" -o "$out/plain.png" >/dev/null
"$glutea" render "${args[@]}" --select piriformis_l -o "$out/selected.png" >/dev/null
"$glutea" render "${args[@]}" --mask piriformis_l -o "$out/mask.png" >/dev/null
echo "selection highlight:"
"$check" change "$out/plain.png" "$out/selected.png" "$out/mask.png" "$min" || status=1

ref=("${args[@]}" --select gluteus_minimus_l --show referral)
"$glutea" render "${ref[@]}" --time 0 -o "$out/referral_start.png" >/dev/null
"$glutea" render "${ref[@]}" --time 7.5 -o "$out/referral_complete.png" >/dev/null
echo "referral, essential (B12A90) vs spillover (FCA636):"
"$check" pair "$out/referral_start.png" "$out/referral_complete.png" B12A90 FCA636 "$min" || status=1

"$glutea" render "${args[@]}" --show cautions -o "$out/cautions.png" >/dev/null
echo "cautions, nerve (FFB000) vs bone (9DB8D9):"
"$check" pair "$out/plain.png" "$out/cautions.png" FFB000 9DB8D9 "$min" || status=1
# The patient's painted area over the pattern it picked: painted (56B4E9) against essential.
"$glutea" render "${args[@]}" --pain-at 0.098,0.075,-0.110 --radius 4 --select gluteus_medius_l \
    --show referral --time 7.5 -o "$out/painted.png" >/dev/null
echo "painted area (56B4E9) vs essential zone (B12A90):"
"$check" pair "$out/plain.png" "$out/painted.png" 56B4E9 B12A90 "$min" || status=1

# A muscle action's working muscles against the ones it stretches, from the side.
side=(--view left --size 480x360)
"$glutea" render "${side[@]}" -o "$out/plain_left.png" >/dev/null
"$glutea" render "${side[@]}" --action hip_extension --reduced-motion -o "$out/action.png" >/dev/null
echo "muscle action, agonists (E69F00) vs antagonists (0072B2):"
"$check" pair "$out/plain_left.png" "$out/action.png" E69F00 0072B2 "$min" || status=1
exit $status
