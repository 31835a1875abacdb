// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/scene_queries.h"

#include <algorithm>
#include <chrono>

#include "anatomy/selection.h"
#include "geometry/view_choice.h"

namespace glutea {

namespace {
// The eye may move this share of its distance to the selection (about 3 degrees of orbit) before
// the x-ray set is recomputed: a few ms of ray casts, not worth doing every frame.
constexpr float kXrayEyeTolerance = 0.05f;
// Below this opacity a structure is looked through when picking.
constexpr float kPickableOpacity = 0.5f;
} // namespace

void SceneQueries::setAtlas(const Atlas& atlas) {
    atlas_ = &atlas;
    xray_.clear();
    xraySelection_.clear();
    xrayEye_ = glm::vec3(1e9f);
    building_ = std::async(std::launch::async, [&atlas] {
                    auto bvh = std::make_shared<Bvh>();
                    std::vector<const Mesh*> meshes;
                    for (const auto& part : atlas.parts) {
                        meshes.push_back(&part.mesh);
                    }
                    bvh->build(meshes);
                    return bvh;
                }).share();
}

const Bvh& SceneQueries::bvh() {
    return *building_.get();
}

bool SceneQueries::ready() const {
    return building_.valid() &&
           building_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

int SceneQueries::pickIfReady(const ViewState& view, glm::vec2 ndc, float aspect) {
    return ready() ? pick(view, ndc, aspect) : -1;
}

int SceneQueries::pick(const ViewState& view, glm::vec2 ndc, float aspect) {
    if (!atlas_ || atlas_->parts.empty()) {
        return -1;
    }
    const Ray ray = view.camera.rayThrough(ndc, aspect);
    auto solid = [&](std::uint32_t p) { return view.lookOf(p).opacity >= kPickableOpacity; };
    if (auto hit = bvh().intersect(ray, solid)) {
        return static_cast<int>(hit->part);
    }
    // Everything under the mouse is translucent: take the nearest part still drawn.
    auto drawn = [&](std::uint32_t p) { return view.lookOf(p).opacity > 0.02f; };
    if (auto hit = bvh().intersect(ray, drawn)) {
        return static_cast<int>(hit->part);
    }
    return -1;
}

std::optional<glm::vec2> SceneQueries::visiblePoint(const ViewState& view, int part, float aspect) {
    if (!atlas_ || part < 0 || part >= static_cast<int>(atlas_->parts.size())) {
        return std::nullopt;
    }
    const glm::mat4 viewProjection =
        view.camera.projection(aspect, atlas_->bounds) * view.camera.view();
    // The most central of the surface samples that a click would pick: well inside the part.
    std::optional<glm::vec2> best;
    float bestScore = -1.0f;
    for (const SurfaceSample& s : sampleSurface(atlas_->parts[part].mesh, 256)) {
        const glm::vec4 clip = viewProjection * glm::vec4(s.point, 1.0f);
        if (clip.w <= 0.0f) {
            continue;
        }
        const glm::vec2 ndc = glm::vec2(clip) / clip.w;
        if (std::abs(ndc.x) > 0.95f || std::abs(ndc.y) > 0.95f || pick(view, ndc, aspect) != part) {
            continue;
        }
        // Prefer points whose neighbours pick the same part: a click a few pixels off still hits.
        float score = 0.0f;
        for (glm::vec2 d : {glm::vec2(0.02f, 0), glm::vec2(-0.02f, 0), glm::vec2(0, 0.02f),
                            glm::vec2(0, -0.02f)}) {
            score += pick(view, ndc + d, aspect) == part ? 1.0f : 0.0f;
        }
        if (score > bestScore) {
            bestScore = score;
            best = ndc;
        }
    }
    return best;
}

const std::vector<int>& SceneQueries::xrayParts(const ViewState& view, const glm::vec3& eye,
                                                bool eyeSettled) {
    const std::vector<int> selected =
        atlas_ ? selectedParts(*atlas_, view.selection.current()) : std::vector<int>{};
    const float reach =
        selected.empty() ? 1.0f : glm::distance(eye, atlas_->parts[selected.front()].centroid);
    if (selected == xraySelection_ &&
        (!eyeSettled || glm::distance(eye, xrayEye_) < kXrayEyeTolerance * reach)) {
        return xray_;
    }
    xraySelection_ = selected;
    xrayEye_ = eye;
    xray_.clear();
    for (int target : selected) {
        // The skin is already translucent; what matters is what lies under it.
        auto notSkin = [&](std::uint32_t p) {
            return atlas_->structureOf(atlas_->parts[p]).kind != StructureKind::Skin;
        };
        for (const Occluder& o :
             occluders(bvh(), static_cast<std::uint32_t>(target), eye, 64, 0.01f, notSkin)) {
            const int part = static_cast<int>(o.part);
            if (std::find(selected.begin(), selected.end(), part) == selected.end()) {
                xray_.push_back(part);
            }
        }
    }
    return xray_;
}

OrbitCamera SceneQueries::bestView(int part, const OrbitCamera& current, float aspect) {
    ViewChoiceOptions options;
    options.aspect = aspect;
    options.margin = 1.7f; // show the structure with its surroundings, not filling the view
    options.fovYDegrees = current.fovYDegrees;
    auto isSkin = [&](std::uint32_t p) {
        return atlas_->structureOf(atlas_->parts[p]).kind == StructureKind::Skin;
    };
    options.occluder = [&](std::uint32_t p) { return !isSkin(p); };
    options.envelope = isSkin;
    const ViewChoice choice =
        chooseView(bvh(), static_cast<std::uint32_t>(part), defaultViewCandidates(), options);
    OrbitCamera goal = current;
    choice.applyTo(goal);
    return goal;
}

} // namespace glutea
