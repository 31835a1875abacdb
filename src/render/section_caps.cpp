// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/section_caps.h"

#include <algorithm>

#include "anatomy/view_effects.h"
#include "render/palette.h"
#include "render/section_colors.h"

namespace glutea {

namespace {

constexpr float kDrawn = 0.005f; // as the renderer: below this opacity a part is not drawn

// Whether the plane passes through the box.
bool crosses(const Bounds& b, const SectionPlane& s) {
    bool above = false, below = false;
    for (int c = 0; c < 8; ++c) {
        (s.keptDistance(b.corner(c)) >= 0.0f ? below : above) = true;
    }
    return above && below;
}

// The pixels (x, y, w, h; GL's origin bottom left) the box projects to, with a margin; the whole
// target when a corner is behind the eye.
glm::ivec4 pixelsOf(const Bounds& b, const glm::mat4& vp, int width, int height) {
    glm::vec2 lo(1e9f), hi(-1e9f);
    for (int c = 0; c < 8; ++c) {
        const glm::vec4 clip = vp * glm::vec4(b.corner(c), 1.0f);
        if (clip.w <= 1e-6f) {
            return {0, 0, width, height};
        }
        lo = glm::min(lo, glm::vec2(clip) / clip.w);
        hi = glm::max(hi, glm::vec2(clip) / clip.w);
    }
    const glm::vec2 size(width, height);
    const glm::ivec2 a = glm::clamp(glm::ivec2((lo * 0.5f + 0.5f) * size) - 2, glm::ivec2(0),
                                    glm::ivec2(width, height));
    const glm::ivec2 z = glm::clamp(glm::ivec2((hi * 0.5f + 0.5f) * size) + 2, glm::ivec2(0),
                                    glm::ivec2(width, height));
    return {a.x, a.y, std::max(0, z.x - a.x), std::max(0, z.y - a.y)};
}

} // namespace

SectionCaps::SectionCaps(const ShaderSource& shaders)
    : program_(shaders, "section_cap.vert", "section_cap.frag") {
    glGenVertexArrays(1, &vao_);
}

SectionCaps::~SectionCaps() {
    glDeleteVertexArrays(1, &vao_);
}

void SectionCaps::draw(const Atlas& atlas, const ViewState& view,
                       const std::vector<std::unique_ptr<GpuMesh>>& meshes,
                       const ShaderProgram& mask, const SceneTarget& target) {
    const SectionPlane& s = view.section;
    if (!s.on || meshes.size() != atlas.parts.size()) {
        return;
    }
    std::vector<std::size_t> cut;
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        if (view.lookOf(i).opacity > kDrawn && crosses(atlas.parts[i].bounds, s)) {
            cut.push_back(i);
        }
    }
    if (cut.empty()) {
        return;
    }
    // Outside in: the skin's cut first, bones' last.
    std::stable_sort(cut.begin(), cut.end(), [&](std::size_t a, std::size_t b) {
        return layerGroupOf(atlas.structureOf(atlas.parts[a])) <
               layerGroupOf(atlas.structureOf(atlas.parts[b]));
    });
    const float aspect = float(target.width()) / float(target.height());
    const glm::mat4 vp = view.camera.projection(aspect, atlas.bounds) * view.camera.view();
    // A quad in the plane over the whole atlas.
    const glm::vec3 n = glm::normalize(s.normal);
    const glm::vec3 centre = atlas.bounds.centre() + n * s.keptDistance(atlas.bounds.centre());
    const glm::vec3 any = std::abs(n.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
    const glm::vec3 u = glm::normalize(glm::cross(n, any)) * atlas.bounds.radius() * 1.5f;
    const glm::vec3 v = glm::normalize(glm::cross(n, u)) * atlas.bounds.radius() * 1.5f;
    const glm::vec3 corners[4] = {centre - u - v, centre + u - v, centre - u + v, centre + u + v};
    program_.use();
    program_.set("uViewProjection", vp);
    for (int c = 0; c < 4; ++c) {
        const std::string name = "uCorners[" + std::to_string(c) + "]";
        program_.set(name.c_str(), corners[c]);
    }

    glEnable(GL_STENCIL_TEST);
    glDisable(GL_CULL_FACE);
    glStencilMask(0xFF);
    glClearStencil(0);
    glClear(GL_STENCIL_BUFFER_BIT); // once: each fill leaves the bits it used at zero again
    glEnable(GL_SCISSOR_TEST);
    for (std::size_t part : cut) {
        const glm::ivec4 box =
            pixelsOf(atlas.parts[part].bounds, vp, target.width(), target.height());
        if (box.z <= 0 || box.w <= 0) {
            continue;
        }
        glScissor(box.x, box.y, box.z, box.w);
        // Mark: the parity of the part's surfaces behind the plane, per pixel.
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
        glDepthMask(GL_FALSE);
        glDisable(GL_DEPTH_TEST);
        glStencilFunc(GL_ALWAYS, 0, 1);
        glStencilOp(GL_KEEP, GL_KEEP, GL_INVERT);
        glEnable(GL_CLIP_DISTANCE0);
        mask.use();
        meshes[part]->draw();
        // Fill: the plane where the bit is set, at the plane's depth.
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glDepthMask(GL_TRUE);
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LEQUAL);
        glStencilFunc(GL_EQUAL, 1, 1);
        glStencilOp(GL_KEEP, GL_ZERO, GL_ZERO);
        glDisable(GL_CLIP_DISTANCE0); // the quad lies on the plane
        program_.use();
        program_.set("uColor",
                     srgbToLinear(sectionColorSrgb(atlas.structureOf(atlas.parts[part]))));
        glBindVertexArray(vao_);
        glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    }
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_CLIP_DISTANCE0);
    glDepthFunc(GL_LESS);
    glEnable(GL_CULL_FACE);
    glBindVertexArray(0);
}

} // namespace glutea
