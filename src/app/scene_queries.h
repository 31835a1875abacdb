// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Questions about the 3D scene answered on the CPU: what is under the mouse, what covers the
// selection (the x-ray set), and from where a structure is best seen. One BVH over the
// full-resolution meshes serves them all; it is built in the background so it never delays the
// first frame.
#include <future>
#include <memory>
#include <optional>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"
#include "geometry/bvh.h"

namespace glutea {

class SceneQueries {
  public:
    // Starts building the BVH for `atlas` on another thread; the atlas must outlive this object.
    void setAtlas(const Atlas& atlas);

    // The part under normalised device coordinates `ndc`, as drawn: translucent layers (the skin,
    // x-rayed structures) are looked through. -1 for none.
    int pick(const ViewState& view, glm::vec2 ndc, float aspect);
    // As pick(), but -1 at once while the BVH is still being built: hovering never waits for it.
    int pickIfReady(const ViewState& view, glm::vec2 ndc, float aspect);
    // Whether the BVH is built (polls, never waits).
    bool ready() const;
    // Parts between `eye` and the selection; cached until the selection changes, or the eye has
    // moved and come to rest (`eyeSettled`): while the user orbits, the set stays as it was.
    const std::vector<int>& xrayParts(const ViewState& view, const glm::vec3& eye, bool eyeSettled);
    // A camera that frames `part` from the direction where it is least covered.
    OrbitCamera bestView(int part, const OrbitCamera& current, float aspect);
    // A point in normalised device coordinates where `part` is what a click would pick, or none.
    std::optional<glm::vec2> visiblePoint(const ViewState& view, int part, float aspect);
    const Bvh& bvh();

  private:
    const Atlas* atlas_ = nullptr;
    std::shared_future<std::shared_ptr<Bvh>> building_;
    std::vector<int> xray_;
    std::vector<int> xraySelection_;
    glm::vec3 xrayEye_{1e9f};
};

} // namespace glutea
