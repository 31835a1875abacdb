// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/atlas.h"

#include "meshgen/mesh_query.h"
#include "meshgen/parts.h"
#include "meshgen/polygonize.h"
#include "meshgen/postprocess.h"
#include "meshgen/proportions.h"
#include "meshgen/symmetric.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace glutea::meshgen {

void Registry::add(const std::string& id, bool paired, Grid grid) {
    grids_[id] = Entry{paired, std::move(grid)};
    order_.clear();
    for (const auto& [k, e] : grids_) {
        order_.push_back(&e);
    }
}

float Registry::distance(const std::string& id, glm::vec3 p) const {
    auto it = grids_.find(id);
    if (it == grids_.end()) {
        return 1.0f;
    }
    const Entry& e = it->second;
    // Queries come in the design frame; the grids are sampled in the atlas frame.
    const glm::vec3 q = toAtlas(p);
    float d = e.grid.sample(q);
    if (e.paired) {
        d = std::min(d, e.grid.sample(glm::vec3(-q.x, q.y, q.z)));
    }
    return d;
}

float Registry::distanceAll(glm::vec3 p) const {
    float d = 1.0f;
    const glm::vec3 q = toAtlas(p), m(-q.x, q.y, q.z);
    for (const Entry* e : order_) {
        d = std::min(d, e->grid.sample(q));
        if (e->paired) {
            d = std::min(d, e->grid.sample(m));
        }
    }
    return d;
}

namespace {

void addTangents(Mesh& mesh, const std::function<glm::vec3(glm::vec3)>& fibre) {
    mesh.tangents.resize(mesh.positions.size());
    for (size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3 n = mesh.normals[i];
        glm::vec3 f = fibre(mesh.positions[i]);
        // Keep the fibre in the surface's tangent plane, as glTF tangents must be.
        f -= n * glm::dot(f, n);
        if (glm::length(f) < 1e-6f) {
            f = glm::cross(n, std::abs(n.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0));
        }
        mesh.tangents[i] = glm::vec4(glm::normalize(f), 1.0f);
    }
}

Mesh buildPart(const PartSpec& spec, const Registry& registry, Grid* gridOut) {
    Field field = spec.field;
    if (!spec.outsideOf.empty()) {
        const auto base = spec.field;
        const auto ids = spec.outsideOf;
        std::vector<float> gaps;
        for (const auto& id : ids) {
            const auto wider = spec.gapFor.find(id);
            gaps.push_back(wider != spec.gapFor.end() ? wider->second : spec.gap);
        }
        field = [base, ids, gaps, &registry](glm::vec3 p) {
            float d = base(p);
            if (d > 0.01f) {
                return d; // far outside already: skip the lookups
            }
            for (size_t i = 0; i < ids.size(); ++i) {
                d = std::max(d, gaps[i] - registry.distance(ids[i], p));
            }
            return d;
        };
    }
    // When decimation stops early (it refuses collapses that would break the manifold), sample
    // more coarsely and try again, so the triangle budget holds.
    float step = spec.step;
    Grid grid;
    Mesh mesh;
    // Fields are written in the design frame; the lattice is in the atlas frame (proportions.h).
    const Field atlasField = [field](glm::vec3 p) { return field(toDesign(p)); };
    const Box box = toAtlas(spec.box);
    for (int attempt = 0; attempt < 4; ++attempt) {
        grid = sampleField(atlasField, box, step);
        if (spec.paired) {
            mesh = polygonize(grid);
            finishMesh(mesh, spec.targetTriangles, spec.smoothIterations);
        } else {
            mesh = meshSymmetric(grid, spec.targetTriangles, spec.smoothIterations);
        }
        if (mesh.triangleCount() <= spec.targetTriangles * 23 / 20 && isClosedManifold(mesh)) {
            break;
        }
        step *= 1.3f;
    }
    if (spec.fibre) {
        const auto fibre = spec.fibre;
        addTangents(mesh, [fibre](glm::vec3 p) {
            const glm::vec3 d = toDesign(p);
            return directionToAtlas(d, fibre(d));
        });
    }
    *gridOut = std::move(grid);
    return mesh;
}

} // namespace

Atlas buildAtlas(void (*log)(const std::string&)) {
    Registry registry;
    Atlas atlas;
    std::vector<PartSpec> specs;
    for (auto&& list :
         {boneParts(), spineParts(registry), footBoneParts(), nerveParts(), buttockNerveParts(),
          deepMuscleParts(registry), psoasParts(), backMuscleParts(registry),
          medialThighParts(registry), frontThighParts(registry), legMuscleParts(registry),
          superficialMuscleParts(registry)}) {
        specs.insert(specs.end(), list.begin(), list.end());
    }
    specs.push_back(skinPart(registry));
    for (const auto& spec : specs) {
        const auto t0 = std::chrono::steady_clock::now();
        Grid grid;
        Mesh mesh = buildPart(spec, registry, &grid);
        registry.add(spec.id, spec.paired, std::move(grid));
        if (spec.paired) {
            Mesh right = mirrorX(mesh);
            atlas.structures.push_back({spec.id + "_l", spec.id, spec.kind, std::move(mesh)});
            atlas.structures.push_back({spec.id + "_r", spec.id, spec.kind, std::move(right)});
        } else {
            atlas.structures.push_back({spec.id, spec.id, spec.kind, std::move(mesh)});
        }
        if (log) {
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                    .count();
            char line[160];
            std::snprintf(line, sizeof line, "%-28s %7zu triangles %8.0f ms", spec.id.c_str(),
                          atlas.structures.back().mesh.triangleCount(), ms);
            log(line);
        }
    }
    std::sort(atlas.structures.begin(), atlas.structures.end(),
              [](const Structure& a, const Structure& b) { return a.node < b.node; });
    atlas.landmarks = atlasLandmarks();
    for (auto& lm : atlas.landmarks) {
        lm.position = toAtlas(lm.position);
    }
    const auto skin = std::find_if(atlas.structures.begin(), atlas.structures.end(),
                                   [](const Structure& s) { return s.node == "skin"; });
    const MeshQuery query(skin->mesh);
    for (auto& lm : atlas.landmarks) {
        lm.skin = query.closestPoint(lm.position);
        // The skin nearest the ischial tuberosity lies on the perineum, beside the midline; a
        // clinician palpates it from below and behind ("the sitting bone", at the gluteal fold),
        // in line with the bone: the nearest skin along rays in the bone's sagittal plane, from
        // straight back to straight down.
        if (lm.id.rfind("ischial_tuberosity", 0) == 0) {
            float best = 1e9f;
            for (int i = 0; i <= 18; ++i) {
                const float a = 1.5707963f * float(i) / 18.0f;
                const glm::vec3 dir(0.0f, -std::sin(a), -std::cos(a));
                const auto hits = query.rayHits(lm.position, dir);
                if (!hits.empty() && hits.front() < best) {
                    best = hits.front();
                    lm.skin = lm.position + hits.front() * dir;
                }
            }
        }
    }
    return atlas;
}

} // namespace glutea::meshgen
