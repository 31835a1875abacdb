#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# selection_test.sh GLUTEA CHECK OUT_DIR STRUCTURE VIEW: renders the view with and without the
# structure selected, plus its silhouette and the silhouette of what the selection may change, and
# checks them. What may change is worked out here, not by the app's `--mask affected`: the
# structure; the structures its atlas.json "relations" outline or continue into (same side, or
# unpaired); and, for the x-ray that fades what covers the selection, every part whose bounding box
# (from `glutea inspect`) could lie between the eye and it: overlapping it across the view, with
# margin for perspective, and starting nearer the eye than its far side (the skin excepted: it stays
# as translucent as it was). Each is a plain per-part `--mask` render; the check widens their union
# by the outlines' reach. VIEW is one of the six axis views.
set -euo pipefail
glutea=$1 check=$2 out=$3 structure=$4 view=$5
mkdir -p "$out"
args=(--view "$view" --size 640x480)
"$glutea" inspect --json >"$out/$structure.inspect.json"
related=$(python3 - "$out/$structure.inspect.json" "$structure" "$view" <<'PY'
import json, os, sys
inspect = json.load(open(sys.argv[1]))
parts = inspect["structures"]
manifest = json.load(open(os.path.join(inspect["atlas_dir"], "atlas.json")))
# Parts are named on the command line as structure id + side suffix (piriformis_l), or the id.
suffix = {side: s for s, side in manifest.get("side_suffixes", {"_l": "left", "_r": "right"}).items()}
for p in parts:
    p["cli"] = p["id"] + suffix.get(p["side"], "")
me = next((p for p in parts if sys.argv[2] in (p["cli"], p["node"])), None)
if me is None:
    sys.exit(f"no part {sys.argv[2]} in the atlas")
relations = manifest.get("relations", {})
nodes = [me["cli"]]
mine = relations.get(me["id"], {})
for other in mine.get("outline", []) + mine.get("continues", []):
    for side in (me["side"], "none"):
        hit = [p["cli"] for p in parts if p["id"] == other and p["side"] == side]
        if hit:
            nodes.append(hit[0])
            break
# The eye's direction (axis, sign) for the axis views: +X is the subject's left, +Y up, -Z behind.
axis, sign = {"posterior": (2, -1), "anterior": (2, 1), "left": (0, 1), "right": (0, -1),
              "superior": (1, 1), "inferior": (1, -1)}[sys.argv[3]]
across = [a for a in range(3) if a != axis]
lo, hi = me["bounds_min"], me["bounds_max"]
margin = 0.15 * max(hi[a] - lo[a] for a in across) + 0.02  # metres: perspective, generously
def depth(p):  # (far, near) faces of the bounding box, measured toward the eye
    a, b = sign * p["bounds_min"][axis], sign * p["bounds_max"][axis]
    return min(a, b), max(a, b)
for p in parts:
    if p["cli"] in nodes or p["kind"] == "skin":
        continue
    overlaps = all(p["bounds_min"][a] < hi[a] + margin and p["bounds_max"][a] > lo[a] - margin
                   for a in across)
    if overlaps and depth(p)[1] > depth(me)[0]:
        nodes.append(p["cli"])
print(",".join(nodes))
PY
)
echo "may change: $related"
"$glutea" render "${args[@]}" -o "$out/$structure.plain.png" >/dev/null
"$glutea" render "${args[@]}" --select "$structure" -o "$out/$structure.selected.png" >/dev/null
"$glutea" render "${args[@]}" --mask "$structure" -o "$out/$structure.mask.png" >/dev/null
"$glutea" render "${args[@]}" --mask "$related" -o "$out/$structure.may_change.png" >/dev/null
exec "$check" "$out/$structure.plain.png" "$out/$structure.selected.png" \
    "$out/$structure.mask.png" "$out/$structure.may_change.png"
