// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/view_choice.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace glutea {

namespace {

// Surfaces closer than this along a ray count as touching, not as one in front of the other:
// neighbouring muscles in the model share faces to within a fraction of a millimetre.
constexpr float kContactEpsilon = 2e-4f;

glm::vec3 forwardOf(const ViewDirection& d) {
    OrbitCamera cam;
    cam.yawDegrees = d.yawDegrees;
    cam.pitchDegrees = d.pitchDegrees;
    return cam.forward();
}

Bounds sceneBounds(const Bvh& bvh) {
    Bounds b;
    for (std::uint32_t p = 0; p < bvh.partCount(); ++p) {
        b.add(bvh.partBounds(p));
    }
    return b;
}

float fract(float x) {
    return x - std::floor(x);
}

// Distinct parts among hits nearer than tLimit, skipping `target`.
int partsInFront(const std::vector<RayHit>& hits, std::uint32_t target, float tLimit,
                 std::vector<std::uint32_t>& seen) {
    seen.clear();
    for (const RayHit& h : hits) {
        if (h.t >= tLimit) {
            break;
        }
        if (h.part != target && std::find(seen.begin(), seen.end(), h.part) == seen.end()) {
            seen.push_back(h.part);
        }
    }
    return static_cast<int>(seen.size());
}

} // namespace

std::vector<ViewDirection> defaultViewCandidates() {
    std::vector<ViewDirection> out;
    for (const ViewPreset& p : viewPresets()) {
        out.push_back({p.yawDegrees, p.pitchDegrees});
    }
    for (int yaw = -135; yaw <= 180; yaw += 45) {
        for (float pitch : {5.0f, 35.0f}) {
            const bool known = std::any_of(out.begin(), out.end(), [&](const ViewDirection& d) {
                return std::abs(std::remainder(d.yawDegrees - static_cast<float>(yaw), 360.0f)) <
                           1.0f &&
                       std::abs(d.pitchDegrees - pitch) < 1.0f;
            });
            if (!known) {
                out.push_back({static_cast<float>(yaw), pitch});
            }
        }
    }
    return out;
}

std::vector<SurfaceSample> sampleSurface(const Mesh& mesh, int count) {
    std::vector<SurfaceSample> samples;
    const std::size_t n = mesh.triangleCount();
    if (n == 0 || count <= 0) {
        return samples;
    }
    std::vector<double> cumulative(n);
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const glm::vec3& a = mesh.positions[mesh.indices[3 * i]];
        const glm::vec3& b = mesh.positions[mesh.indices[3 * i + 1]];
        const glm::vec3& c = mesh.positions[mesh.indices[3 * i + 2]];
        total += 0.5 * glm::length(glm::cross(b - a, c - a));
        cumulative[i] = total;
    }
    if (total <= 0.0) {
        return samples;
    }
    const bool smooth = mesh.normals.size() == mesh.positions.size();
    for (int k = 0; k < count; ++k) {
        // Stratified over the area (each sample owns an equal share), and inside the triangle a
        // low-discrepancy pair (the R2 sequence): no random generator, so the same every time.
        const double at = (k + 0.5) / count * total;
        const std::size_t tri = std::min<std::size_t>(
            n - 1, std::upper_bound(cumulative.begin(), cumulative.end(), at) - cumulative.begin());
        float u = fract(0.5f + 0.7548776662f * static_cast<float>(k));
        float v = fract(0.5f + 0.5698402910f * static_cast<float>(k));
        if (u + v > 1.0f) {
            u = 1.0f - u;
            v = 1.0f - v;
        }
        const std::uint32_t i0 = mesh.indices[3 * tri], i1 = mesh.indices[3 * tri + 1],
                            i2 = mesh.indices[3 * tri + 2];
        const glm::vec3& a = mesh.positions[i0];
        const glm::vec3& b = mesh.positions[i1];
        const glm::vec3& c = mesh.positions[i2];
        SurfaceSample s;
        s.point = a + u * (b - a) + v * (c - a);
        glm::vec3 normal = glm::cross(b - a, c - a);
        if (smooth) {
            const glm::vec3 interpolated =
                (1.0f - u - v) * mesh.normals[i0] + u * mesh.normals[i1] + v * mesh.normals[i2];
            // The smooth normal gives the outward side even where the winding is not reliable.
            normal = glm::dot(normal, interpolated) < 0.0f ? -normal : normal;
        }
        const float len = glm::length(normal);
        s.normal = len > 0.0f ? normal / len : glm::vec3(0.0f);
        samples.push_back(s);
    }
    return samples;
}

void ViewChoice::applyTo(OrbitCamera& camera) const {
    camera.target = target;
    camera.yawDegrees = direction.yawDegrees;
    camera.pitchDegrees = std::clamp(direction.pitchDegrees, -OrbitCamera::kMaxPitchDegrees,
                                     OrbitCamera::kMaxPitchDegrees);
    camera.distance = distance;
}

ViewChoice chooseView(const Bvh& bvh, std::uint32_t target,
                      const std::vector<ViewDirection>& candidates,
                      const ViewChoiceOptions& options) {
    ViewChoice choice;
    if (target >= bvh.partCount()) {
        return choice;
    }
    const Bounds bounds = bvh.partBounds(target);
    choice.target = bounds.centre();
    choice.distance =
        framingDistance(bounds.radius(), options.fovYDegrees, options.aspect) * options.margin;
    if (candidates.empty()) {
        return choice;
    }
    choice.direction = candidates.front();

    const std::vector<SurfaceSample> samples = sampleSurface(bvh.mesh(target), options.samples);
    const float reach = 4.0f * std::max(sceneBounds(bvh).radius(), 1e-3f);
    const auto isOccluder = [&](std::uint32_t p) {
        return p != target && (!options.occluder || options.occluder(p));
    };
    const auto isEnvelope = [&](std::uint32_t p) {
        return p != target && options.envelope && options.envelope(p);
    };
    const PartFilter accept = [&](std::uint32_t p) { return isOccluder(p) || isEnvelope(p); };
    std::vector<std::uint32_t> seen;
    float bestScore = -1.0f;
    for (const ViewDirection& candidate : candidates) {
        const glm::vec3 f = forwardOf(candidate);
        float score = 0.0f, facingTotal = 0.0f, uncovered = 0.0f;
        for (const SurfaceSample& s : samples) {
            const float facing = -glm::dot(s.normal, f);
            if (facing <= 0.0f) {
                continue; // turned away: seen, if at all, through the target itself
            }
            // Parallel rays: the occlusion of a view from afar, independent of the distance.
            const float tSample = reach - kContactEpsilon;
            const Ray ray{s.point - f * reach, f};
            const auto hits = bvh.allHits(ray, accept, tSample);
            int layers = 0;
            float depth = 0.0f;
            seen.clear();
            for (const RayHit& h : hits) {
                if (isEnvelope(h.part) && depth == 0.0f) {
                    depth = reach - h.t; // the first crossing of the body's surface
                }
                if (isOccluder(h.part) &&
                    std::find(seen.begin(), seen.end(), h.part) == seen.end()) {
                    seen.push_back(h.part);
                    ++layers;
                }
            }
            const float cover = static_cast<float>(layers) + depth / options.depthPerLayer;
            score += facing / (1.0f + cover);
            facingTotal += facing;
            uncovered += layers == 0 ? facing : 0.0f;
        }
        // A clear improvement is needed to leave an earlier candidate, so ties go to the presets.
        if (score > bestScore * 1.02f + 1e-6f) {
            bestScore = score;
            choice.direction = candidate;
            choice.visibility = facingTotal > 0.0f ? uncovered / facingTotal : 0.0f;
        }
    }
    return choice;
}

std::vector<Occluder> occluders(const Bvh& bvh, std::uint32_t target, const glm::vec3& eye,
                                int sampleCount, float minCoverage, const PartFilter& filter) {
    std::vector<Occluder> out;
    if (target >= bvh.partCount()) {
        return out;
    }
    const std::vector<SurfaceSample> samples = sampleSurface(bvh.mesh(target), sampleCount);
    if (samples.empty()) {
        return out;
    }
    const PartFilter accept = [&](std::uint32_t p) { return p == target || !filter || filter(p); };
    std::map<std::uint32_t, int> counts;
    std::vector<std::uint32_t> seen;
    int counted = 0;
    for (const SurfaceSample& s : samples) {
        const float dist = glm::distance(s.point, eye);
        if (dist <= kContactEpsilon || glm::dot(s.normal, eye - s.point) <= 0.0f) {
            continue; // the far side is covered by the target itself
        }
        ++counted;
        const Ray ray{eye, (s.point - eye) / dist};
        const auto hits = bvh.allHits(ray, accept, dist + kContactEpsilon);
        // In front of the target's nearest surface along this ray, not merely of the sample.
        float targetT = dist;
        for (const RayHit& h : hits) {
            if (h.part == target) {
                targetT = h.t;
                break;
            }
        }
        partsInFront(hits, target, targetT - kContactEpsilon, seen);
        for (std::uint32_t p : seen) {
            ++counts[p];
        }
    }
    for (const auto& [part, n] : counts) {
        const float coverage = static_cast<float>(n) / static_cast<float>(counted);
        if (coverage >= minCoverage) {
            out.push_back({part, coverage});
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Occluder& a, const Occluder& b) { return a.coverage > b.coverage; });
    return out;
}

} // namespace glutea
