// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Draws SceneOverlay's markers and props (trigger points, hand and thumb markers, pressure rings,
// arrows of pull, foam roller, ball) as small lit primitives. Props and markers that sit on the
// body are depth-tested against the anatomy; markers flagged onTop are drawn over everything, so
// a trigger point inside the body stays visible. Reads the overlay, never writes it.
#include <memory>

#include <glm/glm.hpp>

#include "anatomy/scene_overlay.h"
#include "render/gpu_mesh.h"
#include "render/shader.h"

namespace glutea {

class OverlayRenderer {
  public:
    explicit OverlayRenderer(const ShaderSource& shaders);

    // Into the currently bound scene framebuffer, after the anatomy.
    void draw(const SceneOverlay& overlay, const glm::mat4& viewProjection, const glm::vec3& eye,
              const glm::vec3& keyDirection);

  private:
    void drawPrimitive(const GpuMesh& mesh, const glm::mat4& model, const glm::vec3& colorSrgb,
                       float opacity);

    ShaderProgram program_;
    std::unique_ptr<GpuMesh> sphere_, disc_, ring_, cone_, cylinder_;
};

} // namespace glutea
