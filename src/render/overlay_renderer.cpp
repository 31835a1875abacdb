// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/overlay_renderer.h"

#include <glm/gtc/matrix_transform.hpp>

#include "geometry/primitives.h"
#include "render/palette.h"

namespace glutea {
namespace {

std::unique_ptr<GpuMesh> upload(const Mesh& mesh) {
    return std::make_unique<GpuMesh>(mesh, mesh.indices);
}

// A rotation taking +Z to `axis`.
glm::mat4 alignZ(const glm::vec3& axis) {
    const glm::vec3 z = glm::length(axis) > 1e-6f ? glm::normalize(axis) : glm::vec3(0, 0, 1);
    const glm::vec3 helper = std::abs(z.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
    const glm::vec3 x = glm::normalize(glm::cross(helper, z));
    const glm::vec3 y = glm::cross(z, x);
    return glm::mat4(glm::vec4(x, 0), glm::vec4(y, 0), glm::vec4(z, 0), glm::vec4(0, 0, 0, 1));
}

glm::mat4 placed(const glm::vec3& position, const glm::vec3& axis, const glm::vec3& scale) {
    return glm::translate(glm::mat4(1.0f), position) * alignZ(axis) *
           glm::scale(glm::mat4(1.0f), scale);
}

} // namespace

OverlayRenderer::OverlayRenderer(const ShaderSource& shaders)
    : program_(shaders, "marker.vert", "marker.frag"), sphere_(upload(unitSphere(2))),
      disc_(upload(unitDisc())), ring_(upload(unitRing())), cone_(upload(unitCone())),
      cylinder_(upload(unitCylinder())) {}

void OverlayRenderer::drawPrimitive(const GpuMesh& mesh, const glm::mat4& model,
                                    const glm::vec3& colorSrgb, float opacity) {
    program_.set("uModel", model);
    program_.set("uNormalMatrix", glm::transpose(glm::inverse(glm::mat3(model))));
    program_.set("uColor", srgbToLinear(colorSrgb));
    program_.set("uOpacity", opacity);
    mesh.draw();
}

void OverlayRenderer::draw(const SceneOverlay& overlay, const glm::mat4& viewProjection,
                           const glm::vec3& eye, const glm::vec3& keyDirection) {
    if (overlay.markers.empty() && overlay.props.empty()) {
        return;
    }
    program_.use();
    program_.set("uViewProjection", viewProjection);
    program_.set("uEye", eye);
    program_.set("uKeyDirection", keyDirection);
    glDisable(GL_CULL_FACE);
    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    for (const Prop& prop : overlay.props) {
        if (prop.kind == PropKind::FoamRoller) {
            drawPrimitive(
                *cylinder_,
                placed(prop.position, prop.axis, glm::vec3(prop.radius, prop.radius, prop.length)),
                prop.colorSrgb, 1.0f);
        } else {
            drawPrimitive(*sphere_, placed(prop.position, {0, 0, 1}, glm::vec3(prop.radius)),
                          prop.colorSrgb, 1.0f);
        }
    }
    // Markers on the body first (depth-tested), then those drawn over everything.
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    for (bool onTop : {false, true}) {
        if (onTop) {
            glDisable(GL_DEPTH_TEST);
        }
        for (const Marker& m : overlay.markers) {
            if (m.onTop != onTop || m.opacity <= 0.0f) {
                continue;
            }
            const glm::vec3 n =
                glm::length(m.normal) > 1e-6f ? glm::normalize(m.normal) : glm::vec3(0, 0, -1);
            const glm::vec3 at = m.position - n * m.sink;
            switch (m.shape) {
            case MarkerShape::Sphere:
                drawPrimitive(*sphere_, placed(at, n, glm::vec3(m.radius)), m.colorSrgb, m.opacity);
                break;
            case MarkerShape::Disc:
                drawPrimitive(*disc_, placed(at, n, glm::vec3(m.radius, m.radius, m.radius * 0.5f)),
                              m.colorSrgb, m.opacity);
                break;
            case MarkerShape::Ring:
                drawPrimitive(*ring_, placed(at, n, glm::vec3(m.radius)), m.colorSrgb, m.opacity);
                break;
            case MarkerShape::Cone:
                drawPrimitive(
                    *cone_, placed(at, n, glm::vec3(m.radius, m.radius, std::max(m.length, 1e-4f))),
                    m.colorSrgb, m.opacity);
                break;
            }
        }
    }
    glEnable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glEnable(GL_CULL_FACE);
}

} // namespace glutea
