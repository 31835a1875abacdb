// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// `glutea render --labels`: the leader-line labels (anatomy/scene_labels) drawn into the picture
// on the CPU, in the window's font, with one line per label for tests and scripts:
// `label ID PART at X,Y box X0,Y0,X1,Y1: TEXT` (pixels, y down; PART the labelled node).
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/scene_labels.h"
#include "anatomy/view_state.h"
#include "app/scene_queries.h"
#include "imaging/image.h"
#include "imaging/image_draw.h"

namespace glutea {

// The font's pixel height for a picture `height` pixels high (15 px at 720).
float labelFontPixels(int height);

// The labels for `view` in a picture the size of `image`, drawn into it; returns the lines.
// Latin names come from the atlas's content folder when it has one.
std::vector<std::string> drawLabels(const Atlas& atlas, SceneQueries& queries,
                                    const ViewState& view, Image& image, bool latin);

// Draws laid-out labels into `image`: leader, dot on the anchor, box, text.
void paintLabels(Image& image, const std::vector<SceneLabel>& labels, const TextRaster* font);

} // namespace glutea
