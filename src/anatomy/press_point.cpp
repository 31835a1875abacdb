// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/press_point.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>

#include <glm/geometric.hpp>

#include "anatomy/anatomical_direction.h"
#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/skin_surface.h"
#include "geometry/bvh.h"

namespace glutea {
namespace {

// The inward cast starts this far outside the skin, so the skin itself is the first thing entered.
constexpr float kOutsideM = 0.01f;
// Without reaching its target, the list goes this far past the target's depth: what is in the way.
constexpr float kPastTargetM = 0.05f;
constexpr float kNoTargetDepthM = 0.15f;

Direction directionOf(PressFrom from) {
    switch (from) {
    case PressFrom::Posterior:
        return Direction::Posterior;
    case PressFrom::Lateral:
        return Direction::Lateral;
    case PressFrom::Anterior:
        return Direction::Anterior;
    case PressFrom::Medial:
        return Direction::Medial;
    case PressFrom::Superior:
        return Direction::Superior;
    case PressFrom::Inferior:
        return Direction::Inferior;
    }
    return Direction::Posterior;
}

std::map<std::string, std::set<std::string>> coveringsOf(const Content& content) {
    std::map<std::string, std::set<std::string>> out;
    for (const auto& s : content.structures) {
        out[s.id].insert(s.coveredBy.begin(), s.coveredBy.end());
    }
    return out;
}

// The atlas's own content, if it loads: only its structures' covering relation is used.
std::map<std::string, std::set<std::string>> coveringsOfAtlas(const Atlas& atlas) {
    const std::optional<Content> content = loadAtlasContentUnchecked(atlas);
    return content ? coveringsOf(*content) : std::map<std::string, std::set<std::string>>{};
}

} // namespace

glm::vec3 inwardDirection(PressFrom from, Side side) {
    // Pressing from behind moves toward the front: the opposite of the side pressed from.
    // (Adding +0 turns the negated zeros into plain zeros, for tidy output.)
    return -directionInAtlasFrame(directionOf(from), side) + glm::vec3(0.0f);
}

PressFrom PressResolver::pressFromOf(const Technique& technique,
                                     const TechniquePlacement& placement) {
    return placement.pressFrom.value_or(technique.pressFrom);
}

struct PressResolver::Impl {
    const Atlas& atlas;
    Bvh bvh;
    int skinPart = -1;
    std::map<std::string, std::set<std::string>> coveredBy;
    SkinPointResolver landmarks[2];
    // Closest-point surfaces of the `on` structures, built on first use.
    mutable std::mutex mutex;
    mutable std::map<int, std::unique_ptr<SkinSurface>> surfaces;

    Impl(const Atlas& a, std::map<std::string, std::set<std::string>> coverings)
        : atlas(a), coveredBy(std::move(coverings)) {
        std::vector<const Mesh*> meshes;
        for (const auto& part : atlas.parts) {
            meshes.push_back(&part.mesh);
        }
        bvh.build(meshes);
        skinPart = atlas.skinPart();
        landmarks[0] = landmarkSkinResolver(atlas.landmarks, Side::Left);
        landmarks[1] = landmarkSkinResolver(atlas.landmarks, Side::Right);
    }

    int partOf(const std::string& id, Side side) const {
        const int part = atlas.findPart(id, side);
        return part >= 0 ? part : atlas.findPart(id, Side::None);
    }

    glm::vec3 closestOn(int part, const glm::vec3& p) const {
        std::lock_guard lock(mutex);
        auto& surface = surfaces[part];
        if (!surface) {
            surface = std::make_unique<SkinSurface>(atlas.parts[part].mesh);
        }
        return surface->empty() ? p : surface->closestPoint(p);
    }

    // The smooth normal at a hit, else its triangle's, turned to face `toward`.
    glm::vec3 normalAt(const RayHit& hit, const glm::vec3& toward) const {
        const Mesh& mesh = atlas.parts[hit.part].mesh;
        glm::vec3 n = hit.normal;
        if (mesh.normals.size() == mesh.positions.size()) {
            const std::uint32_t* tri = &mesh.indices[3 * hit.triangle];
            const float u = hit.barycentric.x;
            const float v = hit.barycentric.y;
            const glm::vec3 s = (1.0f - u - v) * mesh.normals[tri[0]] + u * mesh.normals[tri[1]] +
                                v * mesh.normals[tri[2]];
            if (glm::length(s) > 1e-6f) {
                n = glm::normalize(s);
            }
        }
        return glm::dot(n, toward) < 0.0f ? -n : n;
    }

    // Whether the ray enters the part's closed surface at this hit: the triangle's outward
    // normal (counter-clockwise winding, as glTF has it) faces the ray's origin. The winding is
    // exact per triangle, where smooth normals blur at thin edges.
    bool entering(const RayHit& hit, const glm::vec3& direction) const {
        const Mesh& mesh = atlas.parts[hit.part].mesh;
        const glm::vec3& a = mesh.positions[mesh.indices[3 * hit.triangle]];
        const glm::vec3& b = mesh.positions[mesh.indices[3 * hit.triangle + 1]];
        const glm::vec3& c = mesh.positions[mesh.indices[3 * hit.triangle + 2]];
        return glm::dot(glm::cross(b - a, c - a), direction) < 0.0f;
    }

    bool allowedOver(const std::string& target, const StructurePart& part) const {
        const StructureKind kind = atlas.structureOf(part).kind;
        if (kind == StructureKind::Skin || kind == StructureKind::Other) {
            return true; // skin, fat and fascia cover everything
        }
        auto it = coveredBy.find(target);
        return it != coveredBy.end() && it->second.count(part.structureId) > 0;
    }
};

PressResolver::PressResolver(const Atlas& atlas)
    : impl_(std::make_unique<Impl>(atlas, coveringsOfAtlas(atlas))) {}
PressResolver::PressResolver(const Atlas& atlas, const Content& content)
    : impl_(std::make_unique<Impl>(atlas, coveringsOf(content))) {}
PressResolver::~PressResolver() = default;
PressResolver::PressResolver(PressResolver&&) noexcept = default;
PressResolver& PressResolver::operator=(PressResolver&&) noexcept = default;

std::optional<PressedPoint> PressResolver::resolve(const Anchor& anchor, Side side,
                                                   PressFrom from) const {
    const Impl& m = *impl_;
    if (m.skinPart < 0) {
        return std::nullopt;
    }
    const auto base = m.landmarks[side == Side::Right ? 1 : 0](anchor);
    if (!base) {
        return std::nullopt;
    }
    PressedPoint out;
    out.inward = inwardDirection(from, side);
    out.target = *base;
    int targetPart = -1;
    if (!anchor.on.empty()) {
        targetPart = m.partOf(anchor.on, side);
        if (targetPart >= 0) {
            out.target = m.closestOn(targetPart, *base);
        }
    }
    const auto onlySkin = [&m](std::uint32_t part) { return static_cast<int>(part) == m.skinPart; };

    // The skin point: where a ray from the target going outward leaves the skin for the last
    // time. A target outside the skin (an anchor on no structure) falls back to the skin just
    // inward of it.
    const auto outward = m.bvh.allHits({out.target, -out.inward}, onlySkin);
    std::optional<RayHit> skinHit;
    if (!outward.empty()) {
        skinHit = outward.back();
    } else {
        skinHit = m.bvh.intersect({out.target, out.inward}, onlySkin);
    }
    if (!skinHit) {
        return std::nullopt;
    }
    out.skin = skinHit->point;
    out.skinNormal = m.normalAt(*skinHit, -out.inward);

    // Pressing in from just outside the skin: every structure entered, in order.
    const Ray in{out.skin - out.inward * kOutsideM, out.inward};
    const float targetDepth = glm::dot(out.target - out.skin, out.inward);
    const float limit = kOutsideM + (targetPart >= 0 ? std::max(0.0f, targetDepth) + kPastTargetM
                                                     : kNoTargetDepthM);
    std::set<std::uint32_t> inside;
    bool blocked = false;
    bool reached = anchor.on.empty(); // an `on` structure this atlas lacks is never reached
    for (const RayHit& hit : m.bvh.allHits(in, {}, limit)) {
        if (!m.entering(hit, in.direction)) {
            inside.erase(hit.part);
            continue;
        }
        if (!inside.insert(hit.part).second) {
            continue; // a second hit on an edge of the same surface
        }
        const StructurePart& part = m.atlas.parts[hit.part];
        out.meets.push_back({part.structureId, part.side, std::max(0.0f, hit.t - kOutsideM)});
        if (static_cast<int>(hit.part) == targetPart) {
            reached = !blocked;
            break;
        }
        if (targetPart >= 0 && !m.allowedOver(anchor.on, part)) {
            blocked = true;
        }
    }
    out.reachesTarget = reached && !blocked;
    return out;
}

SkinPointResolver pressSkinResolver(const PressResolver& resolver, Side side, PressFrom from) {
    return [&resolver, side, from](const Anchor& anchor) -> std::optional<glm::vec3> {
        auto p = resolver.resolve(anchor, side, from);
        if (!p) {
            return std::nullopt;
        }
        return p->skin;
    };
}

} // namespace glutea
