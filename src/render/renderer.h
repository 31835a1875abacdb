#pragma once
// Draws an atlas as the ViewState asks: opaque structures first, then translucent ones (skin)
// back faces before front faces. Reads the ViewState, never writes it.
#include <memory>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"
#include "render/gpu_mesh.h"
#include "render/shader.h"

namespace glutea {

class Renderer {
  public:
    explicit Renderer(const ShaderSource& shaders);

    // Uploads every part of the atlas; call again when another atlas is loaded.
    void setAtlas(const Atlas& atlas);
    // Draws into the bound framebuffer, inside viewport (x, y, width, height) in pixels.
    void render(const Atlas& atlas, const ViewState& view, const glm::ivec4& viewport);

  private:
    void drawPart(const Atlas& atlas, std::size_t part, const ViewState& view, float opacity);

    ShaderProgram meshProgram_;
    std::vector<std::unique_ptr<GpuMesh>> meshes_;
};

} // namespace glutea
