// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Leader-line labels of the visible structures and landmarks (key L, `glutea render --labels`):
// LabelAnchors finds where each leader ends, the names come from the atlas (the register's names)
// or, on request, the content's Latin names, and LabelLayout declutters the boxes. The caller
// measures text in its own font, so the window and headless renders lay out what they draw.
#include <functional>

#include "anatomy/content.h"
#include "anatomy/label_anchors.h"
#include "anatomy/label_layout.h"

namespace glutea {

struct SceneLabel {
    PlacedLabel placed;
    int part = -1;
    bool landmark = false;
};

using MeasureText = std::function<glm::vec2(const std::string&)>;

// A label's text: the structure's name (Latin when asked and the content has it), a landmark's
// name.
std::string labelText(const Atlas& atlas, const Content* content, const LabelAnchor& anchor,
                      bool latin);

class SceneLabels {
  public:
    std::vector<SceneLabel> update(const Atlas& atlas, const Content* content, const Bvh& bvh,
                                   const ViewState& view, glm::vec2 size, bool latin,
                                   const MeasureText& measure);
    void forget() {
        anchors_.forget();
        layout_.forget();
    }

  private:
    LabelAnchors anchors_;
    LabelLayout layout_;
};

} // namespace glutea
