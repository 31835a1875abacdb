// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/scene_overlay.h"

#include <atomic>

namespace glutea {

std::uint64_t newSkinPaintVersion() {
    static std::atomic<std::uint64_t> counter{1};
    return counter.fetch_add(1);
}

std::vector<std::uint32_t> trianglesCarryingPaint(const std::vector<std::uint32_t>& indices,
                                                  const SkinPaint& paint, bool showPainted,
                                                  bool showCautions) {
    auto carries = [&](std::uint32_t v) {
        if (v < paint.pain.size()) {
            const glm::vec4& p = paint.pain[v];
            if (p.x > 0.0f || p.y > 0.0f || (showPainted && p.w > 0.0f)) {
                return true;
            }
        }
        if (showCautions && v < paint.caution.size()) {
            const glm::vec4& c = paint.caution[v];
            return c.x > 0.0f || c.y > 0.0f;
        }
        return false;
    };
    std::vector<std::uint32_t> out;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        if (carries(indices[t]) || carries(indices[t + 1]) || carries(indices[t + 2])) {
            out.insert(out.end(), {indices[t], indices[t + 1], indices[t + 2]});
        }
    }
    return out;
}

} // namespace glutea
