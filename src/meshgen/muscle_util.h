// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Muscles as bundles of swept bands from origin to insertion, blended into one belly.
#include "meshgen/parts.h"
#include "meshgen/sdf.h"
#include "meshgen/sweep.h"

#include <memory>

namespace glutea::meshgen {

struct Band {
    std::vector<SweepKey> keys;
    glm::vec3 widthHint;
};

// a followed by b: lists of structures to stay outside of.
inline std::vector<std::string> with(std::vector<std::string> a,
                                     const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// A muscle part from bands: smooth union (blend radius k) and fibre direction = path direction
// of the nearest band. The box is the bands' bounds plus a margin.
inline PartSpec musclePart(const std::string& id, const std::vector<Band>& bands, float blend,
                           float step, size_t target, std::vector<std::string> outsideOf,
                           const std::string& kind = "muscle") {
    auto sweeps = std::make_shared<std::vector<Sweep>>();
    PartSpec s;
    s.id = id;
    s.kind = kind;
    s.step = step;
    s.targetTriangles = target;
    s.outsideOf = std::move(outsideOf);
    s.box = {glm::vec3(1e9f), glm::vec3(-1e9f)};
    for (const auto& b : bands) {
        sweeps->emplace_back(b.keys, b.widthHint);
        s.box.lo = glm::min(s.box.lo, sweeps->back().lo() - glm::vec3(blend));
        s.box.hi = glm::max(s.box.hi, sweeps->back().hi() + glm::vec3(blend));
    }
    s.field = [sweeps, blend](glm::vec3 p) {
        float d = 1e9f;
        for (const auto& sw : *sweeps) {
            d = sdf::smin(d, sw.distance(p), blend);
        }
        return d;
    };
    s.fibre = [sweeps](glm::vec3 p) {
        // Blend the directions of nearby bands so fibres turn smoothly across the belly.
        glm::vec3 acc(0.0f);
        for (const auto& sw : *sweeps) {
            float dist = 0.0f;
            const glm::vec3 dir = sw.direction(p, &dist);
            acc += dir * std::exp(-std::max(dist, 0.0f) / 0.004f);
        }
        const float len = glm::length(acc);
        return len > 1e-12f ? acc / len : sweeps->front().direction(p);
    };
    return s;
}

} // namespace glutea::meshgen
