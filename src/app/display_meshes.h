// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The display meshes (lighter triangle lists) made on other threads after the atlas is on the
// GPU, so that the first frame does not wait for them: it draws the full meshes, and every frame
// after the lists are made draws those. For the default atlas this takes ~70 ms off the first
// frame; for a model of millions of triangles, seconds.
#include <cstdint>
#include <future>
#include <vector>

#include "anatomy/atlas.h"

namespace glutea {

class Renderer;

class DisplayMeshesInBackground {
  public:
    // Starts making them from `atlas`'s meshes, which must stay where they are, unchanged, until
    // applyIfReady has applied them (or this object is destroyed, which waits for the work).
    void start(const Atlas& atlas);
    // Once made: stores them in the atlas's parts, hands them to the renderer and returns true
    // (once). Never waits.
    bool applyIfReady(Atlas& atlas, Renderer& renderer);
    // Waits for them and applies them (a headless run that wants the figures of the display
    // meshes).
    void finish(Atlas& atlas, Renderer& renderer);
    bool pending() const { return work_.valid(); }

  private:
    std::future<std::vector<std::vector<std::uint32_t>>> work_;
};

} // namespace glutea
