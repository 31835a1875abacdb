// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the leader-line labels go on screen: a pure 2D layout from projected anchor points and
// measured text sizes, so the window (ImGui draw lists) and `glutea render --labels` (text drawn
// into the picture) place the same boxes. Decluttered: no two boxes overlap, none leaves the view
// or covers another label's anchor; a label that finds no room is left out. Stable: a label keeps
// its offset from its anchor from frame to frame while that still fits, so boxes move rigidly with
// the anatomy instead of jumping while the camera orbits.
#include <map>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace glutea {

struct LabelCandidate {
    std::string id;         // stable key across frames (a structure or landmark id)
    std::string text;       // what the box says
    glm::vec2 anchor{0.0f}; // viewport pixels, y down: where the leader ends (on the structure)
    glm::vec2 size{0.0f};   // the text's size in pixels (padding is added here)
    int priority = 0;       // lower is placed first (structures before landmarks)
};

struct PlacedLabel {
    std::string id;
    std::string text;
    glm::vec2 anchor{0.0f};
    glm::vec2 boxMin{0.0f}, boxMax{0.0f}; // the box, padding included
    glm::vec2 leaderStart{0.0f};          // on the box's edge, nearest the anchor
};

struct LabelLayoutOptions {
    float padding = 3.0f;     // around the text, inside the box
    float gap = 2.0f;         // between boxes
    float minLeader = 18.0f;  // the box keeps at least this far from its anchor
    float anchorClear = 4.0f; // no box comes this close to another label's anchor
};

// True when two boxes (min, max) overlap, touching edges excluded.
bool boxesOverlap(glm::vec2 aMin, glm::vec2 aMax, glm::vec2 bMin, glm::vec2 bMax);

class LabelLayout {
  public:
    explicit LabelLayout(LabelLayoutOptions options = {}) : options_(options) {}

    // Places the candidates inside a viewport of `size` pixels. Remembers each label's offset for
    // the next call.
    std::vector<PlacedLabel> place(std::vector<LabelCandidate> candidates, glm::vec2 size);
    void forget() { offsets_.clear(); }

  private:
    LabelLayoutOptions options_;
    std::map<std::string, glm::vec2> offsets_; // id -> box centre minus anchor, last placement
};

} // namespace glutea
