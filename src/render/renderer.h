#pragma once
// Draws an atlas as the ViewState's part looks ask, into a SceneTarget:
//   1. opaque parts, multisampled where affordable;
//   2. translucent parts (skin, layers, x-ray) as weighted blended order-independent transparency,
//      so deeper structures show through outer ones from any angle without sorting or popping;
//   3. outlines of the selection and its related structures, visible through what covers them.
// Reads the ViewState, never writes it.
#include <memory>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"
#include "render/gpu_mesh.h"
#include "render/scene_target.h"
#include "render/shader.h"

namespace glutea {

class Renderer {
  public:
    explicit Renderer(const ShaderSource& shaders);
    ~Renderer();

    // Uploads every part of the atlas; call again when another atlas is loaded.
    void setAtlas(const Atlas& atlas);
    void render(const Atlas& atlas, const ViewState& view, const SceneTarget& target);

  private:
    void setFrameUniforms(const Atlas& atlas, const ViewState& view, float aspect);
    void drawPart(const Atlas& atlas, std::size_t part, const PartLook& look);
    void drawOutlines(const Atlas& atlas, const ViewState& view, const SceneTarget& target);
    void compositeTransparency(const SceneTarget& target);

    ShaderProgram meshProgram_;
    ShaderProgram maskProgram_;
    ShaderProgram compositeProgram_;
    ShaderProgram outlineProgram_;
    GLuint emptyVao_ = 0; // full-screen passes draw without vertex buffers
    std::vector<std::unique_ptr<GpuMesh>> meshes_;
};

} // namespace glutea
