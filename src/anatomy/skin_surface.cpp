// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/skin_surface.h"

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <string>

#include <glm/geometric.hpp>

#include "geometry/triangle_tree.h"

namespace glutea {
namespace {

// A key that identifies what an anchor resolves to (not where it was written).
std::string anchorKey(const Anchor& a) {
    std::string key = a.on + "|";
    for (const auto& w : a.base) {
        key += w.landmark + "*" + std::to_string(w.weight) + ",";
    }
    key += "|" + a.towardLandmark + "|" + std::string(toString(a.towardDirection)) + "|" +
           std::to_string(a.distanceCm);
    return key;
}

} // namespace

SkinSurface::SkinSurface(const Mesh& skin) {
    for (std::size_t i = 0; i + 2 < skin.indices.size(); i += 3) {
        const glm::vec3& a = skin.positions[skin.indices[i]];
        const glm::vec3& b = skin.positions[skin.indices[i + 1]];
        const glm::vec3& c = skin.positions[skin.indices[i + 2]];
        corners_.insert(corners_.end(), {a, b, c});
        facets_.push_back({(a + b + c) / 3.0f, 0.5f * glm::length(glm::cross(b - a, c - a))});
    }
}

glm::vec3 SkinSurface::closestPoint(const glm::vec3& p) const {
    glm::vec3 best = p;
    float bestDistance = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < corners_.size(); i += 3) {
        const glm::vec3 q = closestOnTriangle(p, corners_[i], corners_[i + 1], corners_[i + 2]);
        const glm::vec3 d = q - p;
        const float distance = glm::dot(d, d);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = q;
        }
    }
    return best;
}

SkinPointResolver projectOntoSkin(SkinPointResolver base, const SkinSurface& skin) {
    auto cache = std::make_shared<std::map<std::string, std::optional<glm::vec3>>>();
    return [base = std::move(base), &skin, cache](const Anchor& anchor) {
        const std::string key = anchorKey(anchor);
        if (auto it = cache->find(key); it != cache->end()) {
            return it->second;
        }
        std::optional<glm::vec3> point = base(anchor);
        if (point && !skin.empty()) {
            point = skin.closestPoint(*point);
        }
        cache->emplace(key, point);
        return point;
    };
}

} // namespace glutea
