// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/label_anchors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "anatomy/section_spots.h"
#include "geometry/view_choice.h"

namespace glutea {

namespace {

// A point is seen when the first solid surface on the ray to it is its own part, at most this
// far in front of it (the ray meets the triangle the point lies on, give or take rounding).
constexpr float kSurfaceTolerance = 0.002f;
// Landmarks lie on the bone's surface within a few millimetres.
constexpr float kLandmarkTolerance = 0.006f;
// Pixels kept free at the viewport's edge: a leader never ends under the border.
constexpr float kEdge = 4.0f;

// Where a point projects, in viewport pixels (y down); false off screen or behind the eye.
bool project(const glm::mat4& viewProjection, const glm::vec3& p, glm::vec2 size,
             glm::vec2& pixel) {
    const glm::vec4 clip = viewProjection * glm::vec4(p, 1.0f);
    if (clip.w <= 0.0f) {
        return false;
    }
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    pixel = {(ndc.x * 0.5f + 0.5f) * size.x, (0.5f - ndc.y * 0.5f) * size.y};
    return pixel.x >= kEdge && pixel.y >= kEdge && pixel.x <= size.x - kEdge &&
           pixel.y <= size.y - kEdge;
}

// Cut faces are found on this grid (metres): fine enough for the thinner muscles' cuts, coarse
// enough to find again within a frame or two when the plane moves.
constexpr float kSpotSpacing = 0.008f;

// A cut of a few spots (the sciatic nerve's is about a centimetre across) may have all of them
// near its edge, where a leader would end on the next structure's fill: sample it on a grid an
// eighth as fine around the spot and take the middle of what lies inside the part.
constexpr std::size_t kSmallCutSpots = 6;

glm::vec3 middleOfSmallCut(const Atlas& atlas, const Bvh& bvh, const SectionPlane& plane, int part,
                           const glm::vec3& spot) {
    const glm::vec3 n = glm::normalize(plane.normal);
    const glm::vec3 u = glm::normalize(
        glm::cross(n, std::abs(n.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0)));
    const glm::vec3 v = glm::cross(n, u);
    const float step = kSpotSpacing / 8.0f;
    glm::vec3 sum(0.0f);
    std::vector<glm::vec3> inside;
    for (int i = -8; i <= 8; ++i) {
        for (int j = -8; j <= 8; ++j) {
            const glm::vec3 q = spot + float(i) * step * u + float(j) * step * v;
            if (innermostPartAt(atlas, bvh, q) == part) {
                inside.push_back(q);
                sum += q;
            }
        }
    }
    if (inside.empty()) {
        return spot;
    }
    const glm::vec3 middle = sum / float(inside.size());
    if (innermostPartAt(atlas, bvh, middle) == part) {
        return middle;
    }
    return *std::min_element(inside.begin(), inside.end(), [&](const auto& a, const auto& b) {
        return glm::distance(a, middle) < glm::distance(b, middle);
    });
}

} // namespace

std::vector<LabelAnchor> LabelAnchors::onSection(const Atlas& atlas, const Bvh& bvh,
                                                 const ViewState& view, glm::vec2 size) {
    const SectionPlane& plane = view.section;
    if (!spotsPlane_.on || spotsPlane_.normal != plane.normal ||
        spotsPlane_.offset != plane.offset) {
        spots_ = sectionSpots(atlas, bvh, plane, kSpotSpacing);
        spotsPlane_ = plane;
        for (std::size_t i = 0; i < spots_.size(); ++i) {
            if (!spots_[i].empty() && spots_[i].size() < kSmallCutSpots) {
                const glm::vec3 middle = middleOfSmallCut(atlas, bvh, plane, int(i), spots_[i][0]);
                spots_[i] = {middle};
            }
        }
    }
    const glm::mat4 viewProjection =
        view.camera.projection(size.x / size.y, atlas.bounds) * view.camera.view();
    std::map<std::string, std::vector<int>> byStructure;
    for (std::size_t i = 0; i < atlas.parts.size() && i < spots_.size(); ++i) {
        const bool drawn = view.lookOf(i).opacity > 0.005f;
        if (drawn && !spots_[i].empty() &&
            atlas.structureOf(atlas.parts[i]).kind != StructureKind::Skin) { // its cut is fat
            byStructure[atlas.parts[i].structureId].push_back(static_cast<int>(i));
        }
    }
    std::vector<LabelAnchor> anchors;
    for (const auto& [id, parts] : byStructure) {
        // The side whose cut shows most, and on it the spot nearest the middle of its cut.
        int bestPart = -1;
        std::vector<std::pair<glm::vec3, glm::vec2>> bestSpots;
        for (int part : parts) {
            std::vector<std::pair<glm::vec3, glm::vec2>> inView;
            glm::vec2 pixel;
            for (const glm::vec3& p : spots_[part]) {
                if (project(viewProjection, p, size, pixel)) {
                    inView.emplace_back(p, pixel);
                }
            }
            if (inView.size() > bestSpots.size()) {
                bestPart = part;
                bestSpots = std::move(inView);
            }
        }
        if (bestSpots.empty()) {
            continue;
        }
        glm::vec2 middle(0.0f);
        for (const auto& s : bestSpots) {
            middle += s.second;
        }
        middle /= float(bestSpots.size());
        const auto nearest =
            std::min_element(bestSpots.begin(), bestSpots.end(), [&](const auto& a, const auto& b) {
                return glm::distance(a.second, middle) < glm::distance(b.second, middle);
            });
        anchors.push_back({id, bestPart, false, nearest->first, nearest->second});
    }
    return anchors;
}

std::vector<LabelAnchor> LabelAnchors::update(const Atlas& atlas, const Bvh& bvh,
                                              const ViewState& view, glm::vec2 size) {
    std::vector<LabelAnchor> anchors;
    if (atlas.parts.empty() || size.x <= 0.0f || size.y <= 0.0f) {
        return anchors;
    }
    if (samples_.size() != atlas.parts.size()) {
        samples_.assign(atlas.parts.size(), {});
        sampleNormals_.assign(atlas.parts.size(), {});
    }
    if (view.section.on && view.section.keptDistance(view.camera.eye()) < 0.0f) {
        kept_.clear();
        return options_.structures ? onSection(atlas, bvh, view, size) : anchors;
    }
    const float aspect = size.x / size.y;
    const glm::mat4 viewProjection =
        view.camera.projection(aspect, atlas.bounds) * view.camera.view();
    const glm::vec3 eye = view.camera.eye();
    auto solid = [&](std::uint32_t p) { return view.lookOf(p).opacity >= options_.solidOpacity; };
    auto pixelOf = [&](const glm::vec3& p, glm::vec2& pixel) {
        return project(viewProjection, p, size, pixel);
    };
    // The first solid surface on the way from the eye to `p` (within `tolerance` past it).
    auto firstHit = [&](const glm::vec3& p, float tolerance) -> std::optional<RayHit> {
        const glm::vec3 to = p - eye;
        const float distance = glm::length(to);
        if (distance <= 1e-6f) {
            return std::nullopt;
        }
        auto hit = bvh.intersect(Ray{eye, to / distance}, solid, distance + tolerance);
        if (hit && hit->t < distance - tolerance) {
            return std::nullopt; // something (or the part's own near side) is in front
        }
        return hit;
    };
    auto seen = [&](int part, const glm::vec3& p) {
        auto hit = firstHit(p, kSurfaceTolerance);
        return hit && static_cast<int>(hit->part) == part;
    };

    std::map<std::string, std::vector<int>> byStructure;
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        if (solid(static_cast<std::uint32_t>(i))) {
            byStructure[atlas.parts[i].structureId].push_back(static_cast<int>(i));
        }
    }
    std::map<std::string, Kept> kept;
    int searches = options_.searchesPerFrame;
    if (options_.structures) {
        for (const auto& [id, parts] : byStructure) {
            glm::vec2 pixel;
            std::optional<glm::vec2> before; // where the leader ended last frame
            if (auto k = kept_.find(id); k != kept_.end()) {
                glm::vec2 was;
                if (pixelOf(k->second.point, was)) {
                    before = was;
                }
                const bool stillSolid =
                    std::find(parts.begin(), parts.end(), k->second.part) != parts.end();
                if (stillSolid && pixelOf(k->second.point, pixel) &&
                    seen(k->second.part, k->second.point)) {
                    kept[id] = k->second;
                    anchors.push_back({id, k->second.part, false, k->second.point, pixel});
                    continue;
                }
            }
            if (searches-- <= 0) {
                continue; // looked for in a later frame
            }
            // The visible samples of every side; the leader goes to the one nearest their middle
            // on screen that faces the eye (well inside what shows, not on its rim).
            struct Seen {
                int part;
                glm::vec3 point;
                glm::vec2 pixel;
                float facing;
            };
            std::vector<Seen> visible;
            for (int part : parts) {
                if (samples_[part].empty()) {
                    for (const auto& s :
                         sampleSurface(atlas.parts[part].mesh, options_.samplesPerPart)) {
                        samples_[part].push_back(s.point);
                        sampleNormals_[part].push_back(s.normal);
                    }
                }
                for (std::size_t s = 0; s < samples_[part].size(); ++s) {
                    const glm::vec3& p = samples_[part][s];
                    const float facing = glm::dot(sampleNormals_[part][s], glm::normalize(eye - p));
                    if (facing > 0.2f && pixelOf(p, pixel) && seen(part, p)) {
                        visible.push_back({part, p, pixel, facing});
                    }
                }
            }
            if (visible.empty()) {
                continue;
            }
            // Covered since the last frame: the nearest point still in sight, so the leader's end
            // steps as little as it can.
            if (before) {
                const Seen* nearest = nullptr;
                float best = std::numeric_limits<float>::max();
                for (const auto& v : visible) {
                    const float d = glm::distance(v.pixel, *before) * (1.5f - v.facing);
                    if (d < best) {
                        best = d;
                        nearest = &v;
                    }
                }
                kept[id] = {nearest->part, nearest->point};
                anchors.push_back({id, nearest->part, false, nearest->point, nearest->pixel});
                continue;
            }
            // Only the side that shows most: one label per structure.
            std::map<int, int> count;
            for (const auto& v : visible) {
                ++count[v.part];
            }
            int side = visible.front().part;
            for (const auto& [p, n] : count) {
                side = n > count[side] ? p : side;
            }
            glm::vec2 middle(0.0f);
            float n = 0.0f;
            for (const auto& v : visible) {
                if (v.part == side) {
                    middle += v.pixel;
                    n += 1.0f;
                }
            }
            middle /= n;
            const Seen* best = nullptr;
            float bestScore = std::numeric_limits<float>::max();
            for (const auto& v : visible) {
                const float score = v.part == side
                                        ? glm::distance(v.pixel, middle) * (1.5f - v.facing)
                                        : std::numeric_limits<float>::max();
                if (score < bestScore) {
                    bestScore = score;
                    best = &v;
                }
            }
            kept[id] = {best->part, best->point};
            anchors.push_back({id, best->part, false, best->point, best->pixel});
        }
    }
    kept_ = std::move(kept);

    if (options_.landmarks) {
        for (const auto& [id, landmark] : atlas.landmarks) {
            int part = -1;
            for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
                if (atlas.parts[i].nodeName == landmark.structure) {
                    part = static_cast<int>(i);
                }
            }
            glm::vec2 pixel;
            if (part < 0 || !solid(static_cast<std::uint32_t>(part))) {
                continue;
            }
            auto hit = firstHit(landmark.position, kLandmarkTolerance);
            if (!hit || static_cast<int>(hit->part) != part || !pixelOf(hit->point, pixel)) {
                continue;
            }
            anchors.push_back({id, part, true, hit->point, pixel});
        }
    }
    return anchors;
}

} // namespace glutea
