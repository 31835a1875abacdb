// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/zone_field.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <tuple>

#include "anatomy/zone_shapes.h"

namespace glutea {

float zoneWeight(float signedDistanceM) {
    // Smoothstep from 1 at half a feather inside to 0 at half a feather outside.
    const float t = std::clamp(signedDistanceM / kZoneFeatherM + 0.5f, 0.0f, 1.0f);
    return 1.0f - t * t * (3.0f - 2.0f * t);
}

struct SkinField::Impl {
    int part = -1;
    Mesh noMesh;
    std::unique_ptr<SurfaceDistance> surface;
    std::vector<float> vertexArea; // m², a third of each adjacent triangle

    // Shortest paths between anchor points, shared by the corridors that reuse a stretch (the
    // sacral border is in two patterns) and by both threads of ReferralFields::compute.
    using Key = std::tuple<std::uint32_t, float, float, float, std::uint32_t, float, float, float>;
    mutable std::mutex pathsMutex;
    mutable std::map<Key, std::vector<SurfacePoint>> paths;

    std::vector<SurfacePoint> path(const SurfacePoint& a, const SurfacePoint& b) const {
        const Key key{a.triangle, a.position.x, a.position.y, a.position.z,
                      b.triangle, b.position.x, b.position.y, b.position.z};
        {
            std::lock_guard lock(pathsMutex);
            if (auto it = paths.find(key); it != paths.end()) {
                return it->second;
            }
        }
        auto traced = surface->path(a, b);
        std::lock_guard lock(pathsMutex);
        paths.emplace(key, traced);
        return traced;
    }
};

SkinField::SkinField(const Atlas& atlas) {
    auto impl = std::make_shared<Impl>();
    impl->part = atlas.skinPart();
    const Mesh& mesh = impl->part >= 0 ? atlas.parts[impl->part].mesh : impl->noMesh;
    impl->surface = std::make_unique<SurfaceDistance>(mesh);
    impl->vertexArea = impl->surface->vertexAreas();
    if (mesh.indices.empty()) {
        impl->part = -1;
    }
    impl_ = std::move(impl);
}

bool SkinField::empty() const {
    return impl_->part < 0;
}

int SkinField::skinPart() const {
    return impl_->part;
}

const SurfaceDistance& SkinField::surface() const {
    return *impl_->surface;
}

const std::vector<float>& SkinField::vertexAreas() const {
    return impl_->vertexArea;
}

std::optional<std::vector<float>>
SkinField::signedDistance(const std::vector<Shape>& shapes,
                          const SkinPointResolver& resolve) const {
    return signedDistance(shapes, resolve, SurfaceDistance::kUnreached);
}

std::optional<std::vector<float>> SkinField::signedDistance(const std::vector<Shape>& shapes,
                                                            const SkinPointResolver& resolve,
                                                            float maxOutside) const {
    const Impl& impl = *impl_;
    const zone_shapes::Surface surface{
        *impl.surface,
        [&impl](const SurfacePoint& a, const SurfacePoint& b) { return impl.path(a, b); }};
    std::vector<float> out(impl.vertexArea.size(), SurfaceDistance::kUnreached);
    for (const Shape& shape : shapes) {
        auto d = zone_shapes::signedDistance(shape, resolve, surface, maxOutside);
        if (!d) {
            return std::nullopt; // a partial zone would mislead
        }
        for (std::size_t v = 0; v < out.size(); ++v) {
            out[v] = std::min(out[v], (*d)[v]);
        }
    }
    return out;
}

std::optional<std::vector<float>> SkinField::weights(const std::vector<Shape>& shapes,
                                                     const SkinPointResolver& resolve) const {
    // Beyond half a feather outside the weight is 0: no need to measure farther.
    auto d = signedDistance(shapes, resolve, 0.5f * kZoneFeatherM + 0.001f);
    if (!d) {
        return std::nullopt;
    }
    for (float& x : *d) {
        x = zoneWeight(x);
    }
    return d;
}

SkinArea SkinField::measure(const std::vector<float>& weights) const {
    SkinArea out;
    const Impl& impl = *impl_;
    if (empty() || weights.size() != impl.vertexArea.size()) {
        return out;
    }
    out.resolved = true;
    // The part of each triangle where the weight, linear across it, is at least 0.5: the skin's
    // triangles reach several centimetres on the legs, too coarse to count whole vertices.
    const Mesh& mesh = impl.surface->mesh();
    bool first = true;
    auto extend = [&](const glm::vec3& p) {
        if (first || p.y < out.lowest.y) {
            out.lowest = p;
        }
        if (first || p.y > out.highest.y) {
            out.highest = p;
        }
        first = false;
    };
    double area = 0.0;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        std::array<glm::vec3, 3> p;
        std::array<float, 3> w;
        for (int k = 0; k < 3; ++k) {
            p[k] = mesh.positions[mesh.indices[t + k]];
            w[k] = weights[mesh.indices[t + k]];
        }
        if (w[0] < 0.5f && w[1] < 0.5f && w[2] < 0.5f) {
            continue;
        }
        std::array<glm::vec3, 4> clipped;
        int n = 0;
        for (int k = 0; k < 3; ++k) {
            const int next = (k + 1) % 3;
            if (w[k] >= 0.5f) {
                clipped[n++] = p[k];
            }
            if ((w[k] >= 0.5f) != (w[next] >= 0.5f)) {
                clipped[n++] = p[k] + (p[next] - p[k]) * ((0.5f - w[k]) / (w[next] - w[k]));
            }
        }
        for (int k = 1; k + 1 < n; ++k) {
            area +=
                0.5 * glm::length(glm::cross(clipped[k] - clipped[0], clipped[k + 1] - clipped[0]));
        }
        for (int k = 0; k < n; ++k) {
            extend(clipped[k]);
        }
    }
    out.areaCm2 = area * 1e4;
    return out;
}

float SkinField::sample(const std::vector<float>& field, const glm::vec3& point) const {
    return impl_->surface->sample(field, impl_->surface->closestPoint(point));
}

} // namespace glutea
