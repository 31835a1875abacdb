// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/placement_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>

#include <glm/geometric.hpp>

namespace glutea {
namespace {

std::string sideName(Side side) {
    return std::string(toString(side));
}

std::string describeMeets(const PressedPoint& p) {
    std::string out;
    for (const auto& layer : p.meets) {
        char depth[32];
        std::snprintf(depth, sizeof depth, " (%.0f mm)", layer.depthM * 1000.0f);
        out += (out.empty() ? "" : ", ") + layer.structureId + depth;
    }
    return out.empty() ? "nothing" : out;
}

std::string reachProblem(const std::string& what, const std::string& structure, PressFrom from,
                         Side side, const std::optional<PressedPoint>& p) {
    std::string text = what + " pressed from " + std::string(toString(from)) + " on the " +
                       sideName(side) + " side ";
    if (!p) {
        return text + "does not resolve on the skin";
    }
    return text + "does not reach " + structure + ": pressing in meets " + describeMeets(*p);
}

// A hand cannot press where the skin turns away from it: at a grazing angle it slides off.
std::optional<std::string> grazingProblem(const std::string& what, PressFrom from, Side side,
                                          const PressedPoint& p) {
    const float angle =
        glm::degrees(std::acos(std::clamp(-glm::dot(p.skinNormal, p.inward), -1.0f, 1.0f)));
    if (angle <= kMaxSkinAngleDeg) {
        return std::nullopt;
    }
    char text[64];
    std::snprintf(text, sizeof text, "%.0f° (at most %.0f°)", angle, kMaxSkinAngleDeg);
    return what + " pressed from " + std::string(toString(from)) + " on the " + sideName(side) +
           " side meets the skin at a grazing angle: its surface turns " + text +
           " away from the pressing direction";
}

} // namespace

std::vector<ContentProblem> checkPressReachesTarget(const Content& content,
                                                    const PressResolver& press, Side side) {
    std::vector<ContentProblem> problems;
    for (const auto& technique : content.techniques) {
        for (const auto& placement : technique.placements) {
            const PressFrom from = PressResolver::pressFromOf(technique, placement);
            for (const Anchor* anchor : placement.anchors()) {
                if (anchor->on != placement.structure) {
                    // Only an anchor on the placement's muscle is pressed until that muscle.
                    problems.push_back(content.problemAt(
                        anchor->origin, "placement \"" + placement.id + "\" works " +
                                            placement.structure + " but this point lies on \"" +
                                            anchor->on + "\" (\"on\" must name " +
                                            placement.structure + ")"));
                    continue;
                }
                const auto p = press.resolve(*anchor, side, from);
                if (!p || !p->reachesTarget) {
                    problems.push_back(content.problemAt(
                        anchor->origin, reachProblem("placement \"" + placement.id + "\"",
                                                     anchor->on, from, side, p)));
                } else if (auto grazing = grazingProblem("placement \"" + placement.id + "\"", from,
                                                         side, *p)) {
                    problems.push_back(content.problemAt(anchor->origin, *grazing));
                }
            }
        }
    }
    for (const auto& pattern : content.referralPatterns) {
        for (const auto& trp : pattern.triggerPoints) {
            const auto p = press.resolve(trp.anchor, side, trp.pressFrom);
            if (!p || !p->reachesTarget) {
                problems.push_back(content.problemAt(
                    trp.anchor.origin, reachProblem("trigger point \"" + trp.id + "\"",
                                                    trp.anchor.on, trp.pressFrom, side, p)));
            } else if (auto grazing = grazingProblem("trigger point \"" + trp.id + "\"",
                                                     trp.pressFrom, side, *p)) {
                problems.push_back(content.problemAt(trp.anchor.origin, *grazing));
            }
        }
    }
    return problems;
}

float strokeFibreAngleDeg(const glm::vec3& stroke, const glm::vec3& fibre,
                          const glm::vec3& skinNormal) {
    const glm::vec3 n = glm::normalize(skinNormal);
    const glm::vec3 s = stroke - n * glm::dot(stroke, n);
    const glm::vec3 f = fibre - n * glm::dot(fibre, n);
    if (glm::length(s) < 1e-9f || glm::length(f) < 1e-9f) {
        return 90.0f; // a stroke straight into the skin, or fibres normal to it: no direction
    }
    const float c =
        std::clamp(std::abs(glm::dot(glm::normalize(s), glm::normalize(f))), 0.0f, 1.0f);
    return glm::degrees(std::acos(c));
}

std::vector<StrokeFibre> strokeFibreAngles(const Content& content, const Atlas& atlas,
                                           const PressResolver& press, Side side) {
    std::vector<StrokeFibre> out;
    for (const auto& technique : content.techniques) {
        for (const auto& placement : technique.placements) {
            if (placement.form != PlacementForm::Path ||
                (placement.direction != FibreDirection::Along &&
                 placement.direction != FibreDirection::Across)) {
                continue;
            }
            int part = atlas.findPart(placement.structure, side);
            part = part >= 0 ? part : atlas.findPart(placement.structure, Side::None);
            if (part < 0 || atlas.parts[part].mesh.tangents.empty()) {
                continue;
            }
            const Mesh& muscle = atlas.parts[part].mesh;
            const PressFrom from = PressResolver::pressFromOf(technique, placement);
            for (std::size_t i = 0; i + 1 < placement.path.size(); ++i) {
                const auto a = press.resolve(placement.path[i], side, from);
                const auto b = press.resolve(placement.path[i + 1], side, from);
                if (!a || !b) {
                    continue; // unresolved anchors are checkPressReachesTarget's business
                }
                const glm::vec3 middle = 0.5f * (a->skin + b->skin);
                std::size_t nearest = 0;
                float best = std::numeric_limits<float>::max();
                for (std::size_t v = 0; v < muscle.positions.size(); ++v) {
                    const glm::vec3 d = muscle.positions[v] - middle;
                    if (glm::dot(d, d) < best) {
                        best = glm::dot(d, d);
                        nearest = v;
                    }
                }
                const glm::vec3 normal = a->skinNormal + b->skinNormal;
                StrokeFibre s;
                s.technique = &technique;
                s.placement = &placement;
                s.segment = i;
                s.side = side;
                s.angleDeg = strokeFibreAngleDeg(b->skin - a->skin,
                                                 glm::vec3(muscle.tangents[nearest]), normal);
                out.push_back(s);
            }
        }
    }
    return out;
}

std::vector<ContentProblem> checkStrokesFollowFibres(const Content& content, const Atlas& atlas,
                                                     const PressResolver& press, Side side) {
    std::vector<ContentProblem> problems;
    for (const auto& s : strokeFibreAngles(content, atlas, press, side)) {
        const bool along = s.placement->direction == FibreDirection::Along;
        const bool ok = along ? s.angleDeg <= kAlongMaxDeg : s.angleDeg > kAcrossMinDeg;
        if (ok) {
            continue;
        }
        char text[256];
        std::snprintf(text, sizeof text,
                      "stroke %zu-%zu of placement \"%s\" runs %.0f° from the fibres of %s on "
                      "the %s side; \"%s\" needs %s %.0f°",
                      s.segment + 1, s.segment + 2, s.placement->id.c_str(), s.angleDeg,
                      s.placement->structure.c_str(), sideName(s.side).c_str(),
                      along ? "along" : "across", along ? "at most" : "more than",
                      along ? kAlongMaxDeg : kAcrossMinDeg);
        problems.push_back(content.problemAt(s.placement->path[s.segment].origin, text));
    }
    return problems;
}

} // namespace glutea
