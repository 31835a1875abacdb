// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which structures and landmarks get a label this frame, and the point on each where its leader
// ends: a point of the structure's surface that the eye sees first (nothing solid in front of it),
// found by ray casts on the BVH. Hidden and fully covered structures get none. The point is kept
// in the atlas frame from frame to frame while it stays in sight, so the leader's end moves
// rigidly with the anatomy as the camera orbits (no jitter); a new one is looked for only when it
// is covered, and then a few structures a frame, so the cost stays small.
#include <map>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/atlas.h"
#include "anatomy/section.h"
#include "anatomy/view_state.h"
#include "geometry/bvh.h"

namespace glutea {

struct LabelAnchor {
    std::string id; // structure id, or landmark id
    int part = -1;  // the labelled part (for a landmark: the part it lies on)
    bool landmark = false;
    glm::vec3 point{0.0f}; // atlas frame
    glm::vec2 pixel{0.0f}; // viewport pixels, y down
};

struct LabelAnchorOptions {
    bool structures = true;
    bool landmarks = true;
    float solidOpacity = 0.5f; // parts drawn at least this opaque are labelled and block the view
    int samplesPerPart = 96;   // surface points tried when a structure needs a new anchor
    int searchesPerFrame = 64; // structures that may look for a new anchor in one call
};

class LabelAnchors {
  public:
    explicit LabelAnchors(LabelAnchorOptions options = {}) : options_(options) {}

    // The anchors in sight for `view` drawn into a viewport of `size` pixels. The atlas and BVH
    // must be the same from call to call (or call forget()).
    std::vector<LabelAnchor> update(const Atlas& atlas, const Bvh& bvh, const ViewState& view,
                                    glm::vec2 size);
    void forget() {
        kept_.clear();
        samples_.clear();
        spotsPlane_ = {};
    }

  private:
    // A cross-section seen from its cut side: the labels name what the cut shows, ending on it.
    std::vector<LabelAnchor> onSection(const Atlas& atlas, const Bvh& bvh, const ViewState& view,
                                       glm::vec2 size);

    struct Kept {
        int part = -1;
        glm::vec3 point{0.0f};
    };
    LabelAnchorOptions options_;
    std::map<std::string, Kept> kept_;                  // structure id -> its anchor
    std::vector<std::vector<glm::vec3>> samples_;       // per part, computed on first need
    std::vector<std::vector<glm::vec3>> sampleNormals_; // the samples' outward normals
    SectionPlane spotsPlane_;                           // the plane spots_ were found for
    std::vector<std::vector<glm::vec3>> spots_;         // per part: points of its cut face
};

} // namespace glutea
