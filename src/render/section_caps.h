// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A cross-section's cut faces (issue 12), filled in each structure's section colour so the cut
// reads as solid. Stencil capping: with the plane clipping, every surface of a closed part behind
// the plane is drawn into the stencil only, flipping a bit per fragment; where the bit ends up set
// the plane lies inside the part, and a quad in the plane is drawn there in the part's colour.
// Parts go from the outside layer in (skin, superficial and deep muscles, nerves, bones), so an
// inner part's cut covers the envelope's; the caps write depth, so what is drawn later (films,
// outlines) sits behind them correctly.
#include <memory>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"
#include "render/gpu_mesh.h"
#include "render/scene_target.h"
#include "render/shader.h"

namespace glutea {

class SectionCaps {
  public:
    explicit SectionCaps(const ShaderSource& shaders);
    ~SectionCaps();
    SectionCaps(const SectionCaps&) = delete;
    SectionCaps& operator=(const SectionCaps&) = delete;

    // Into the bound scene framebuffer after the opaque parts, clip distance 0 enabled; `mask` is
    // a mesh.vert program whose uniforms (view-projection, plane) are set for this frame.
    void draw(const Atlas& atlas, const ViewState& view,
              const std::vector<std::unique_ptr<GpuMesh>>& meshes, const ShaderProgram& mask,
              const SceneTarget& target);

  private:
    ShaderProgram program_;
    GLuint vao_ = 0;
};

} // namespace glutea
