// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Checks that a selection is seen and changes nothing else. Usage:
//   glutea_selection_check UNSELECTED.png SELECTED.png STRUCTURE_MASK.png MAY_CHANGE_MASK.png
// where the masks are plain silhouettes from `glutea render --mask ID[,ID...]`: the structure, and
// the structure with the ones its relations outline (worked out by selection_test.sh from
// atlas.json, not by the app's `--mask affected`). The second is widened here by the outlines'
// reach. Asserts:
//   1. where the structure projects, the unselected picture shows muscle (red-dominant: the
//      covering gluteus maximus), not the structure's highlight;
//   2. there the selected picture shows the highlight (the colour moved toward cyan: blue gained
//      on red), so the structure is not hidden by what covers it;
//   3. outside what may change (widened by the outlines' reach), no pixel changes by more than
//      8/255 in any channel.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "imaging/image.h"

using glutea::Image;

namespace {
bool white(const Image& mask, int x, int y) {
    return mask.at(x, y).r > 127;
}

// How far an outline reaches beyond its silhouette: Renderer::drawOutlines draws max(2, h/360)
// pixels wide; 2 more for anti-aliasing.
int outlineReach(int height) {
    return std::max(2, height / 360) + 2;
}

// Where `mask` is white, grown by `radius` pixels in x and in y (a square): a running maximum
// along rows, then along columns. Row-major, width * height.
std::vector<bool> widened(const Image& mask, int radius) {
    const int w = mask.width, h = mask.height;
    std::vector<bool> rows(static_cast<std::size_t>(w) * h), out(rows.size());
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            bool any = false;
            for (int i = std::max(0, x - radius); i <= std::min(w - 1, x + radius) && !any; ++i) {
                any = white(mask, i, y);
            }
            rows[static_cast<std::size_t>(y) * w + x] = any;
        }
    }
    for (int x = 0; x < w; ++x) {
        for (int y = 0; y < h; ++y) {
            bool any = false;
            for (int j = std::max(0, y - radius); j <= std::min(h - 1, y + radius) && !any; ++j) {
                any = rows[static_cast<std::size_t>(j) * w + x];
            }
            out[static_cast<std::size_t>(y) * w + x] = any;
        }
    }
    return out;
}
} // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s UNSELECTED SELECTED STRUCTURE_MASK MAY_CHANGE_MASK\n",
                     argv[0]);
        return 2;
    }
    try {
        const Image plain = glutea::readPng(argv[1]), selected = glutea::readPng(argv[2]);
        const Image structure = glutea::readPng(argv[3]);
        const std::vector<bool> mayChange =
            widened(glutea::readPng(argv[4]), outlineReach(plain.height));
        long inside = 0, muscleBefore = 0, highlightedAfter = 0, outside = 0, changedOutside = 0;
        for (int y = 0; y < plain.height; ++y) {
            for (int x = 0; x < plain.width; ++x) {
                const auto a = plain.at(x, y), b = selected.at(x, y);
                if (white(structure, x, y)) {
                    ++inside;
                    muscleBefore += (a.r > a.g + 25 && a.r > a.b + 25) ? 1 : 0;
                    // Moved toward the cyan highlight: blue gained on red by more than 30/255.
                    const int shift = (int(b.b) - int(b.r)) - (int(a.b) - int(a.r));
                    highlightedAfter += shift > 30 ? 1 : 0;
                }
                if (!mayChange[static_cast<std::size_t>(y) * plain.width + x]) {
                    ++outside;
                    const int d =
                        std::max({std::abs(int(a.r) - int(b.r)), std::abs(int(a.g) - int(b.g)),
                                  std::abs(int(a.b) - int(b.b))});
                    changedOutside += d > 8 ? 1 : 0;
                }
            }
        }
        const double before = inside ? double(muscleBefore) / inside : 0.0;
        const double after = inside ? double(highlightedAfter) / inside : 0.0;
        const double changed = outside ? double(changedOutside) / outside : 1.0;
        std::printf("structure covers %ld px; unselected: %.1f%% muscle-coloured; selected: %.1f%% "
                    "highlighted; outside what may change %.3f%% of %ld px changed\n",
                    inside, before * 100, after * 100, changed * 100, outside);
        bool ok = inside > 200;
        if (!ok) {
            std::printf("FAIL: the structure hardly projects; the test sees nothing\n");
        }
        if (before < 0.8) {
            std::printf("FAIL: without selection the structure's pixels should be the maximus's\n");
            ok = false;
        }
        if (after < 0.8) {
            std::printf("FAIL: selected, the structure's pixels should show its highlight\n");
            ok = false;
        }
        if (changed > 0.001) {
            std::printf("FAIL: the selection changed pixels outside the selected and related "
                        "structures\n");
            ok = false;
        }
        std::printf(ok ? "PASS\n" : "");
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::printf("FAIL: %s\n", e.what());
        return 1;
    }
}
