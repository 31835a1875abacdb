// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/display_meshes.h"

#include <chrono>

#include "import/assimp_loader.h"
#include "render/renderer.h"

namespace glutea {

void DisplayMeshesInBackground::start(const Atlas& atlas) {
    if (!needsDisplayMeshes(atlas.parts)) {
        return; // the model file carries them
    }
    work_ =
        std::async(std::launch::async, [&parts = atlas.parts] { return displayIndicesOf(parts); });
}

bool DisplayMeshesInBackground::applyIfReady(Atlas& atlas, Renderer& renderer) {
    if (!work_.valid() || work_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        return false;
    }
    finish(atlas, renderer);
    return true;
}

void DisplayMeshesInBackground::finish(Atlas& atlas, Renderer& renderer) {
    if (!work_.valid()) {
        return;
    }
    auto indices = work_.get();
    for (std::size_t i = 0; i < atlas.parts.size() && i < indices.size(); ++i) {
        if (atlas.parts[i].displayIndices.empty()) {
            atlas.parts[i].displayIndices = std::move(indices[i]);
        }
    }
    renderer.updateDisplayMeshes(atlas);
}

} // namespace glutea
