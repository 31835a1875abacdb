#include "anatomy/skin_surface.h"

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <string>

#include <glm/geometric.hpp>

namespace glutea {
namespace {

// Closest point on triangle abc to p (Ericson, Real-Time Collision Detection, 5.1.5).
glm::vec3 closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                            const glm::vec3& c) {
    const glm::vec3 ab = b - a;
    const glm::vec3 ac = c - a;
    const glm::vec3 ap = p - a;
    const float d1 = glm::dot(ab, ap);
    const float d2 = glm::dot(ac, ap);
    if (d1 <= 0.0f && d2 <= 0.0f) {
        return a;
    }
    const glm::vec3 bp = p - b;
    const float d3 = glm::dot(ab, bp);
    const float d4 = glm::dot(ac, bp);
    if (d3 >= 0.0f && d4 <= d3) {
        return b;
    }
    const float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
        return a + ab * (d1 / (d1 - d3));
    }
    const glm::vec3 cp = p - c;
    const float d5 = glm::dot(ab, cp);
    const float d6 = glm::dot(ac, cp);
    if (d6 >= 0.0f && d5 <= d6) {
        return c;
    }
    const float vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) {
        return a + ac * (d2 / (d2 - d6));
    }
    const float va = d3 * d6 - d5 * d4;
    if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f) {
        return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
    }
    const float denom = 1.0f / (va + vb + vc);
    return a + ab * (vb * denom) + ac * (vc * denom);
}

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
