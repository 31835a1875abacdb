// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Draws an atlas as the ViewState's part looks ask, into a SceneTarget:
//   1. opaque parts, multisampled where affordable;
//   2. translucent parts (skin, layers, x-ray) blended from the deepest layer out, which for nested
//      anatomy is back to front from any angle, so nothing pops while orbiting;
//   3. paint on the skin, a pass over the painted triangles only;
//   4. the overlay's markers and props;
//   5. outlines of the selection and its related structures, visible through what covers them.
// Reads the ViewState, never writes it.
#include <memory>
#include <optional>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"
#include "render/gpu_mesh.h"
#include "render/overlay_renderer.h"
#include "render/scene_target.h"
#include "render/section_caps.h"
#include "render/shader.h"

namespace glutea {

// Where the anatomy is lit (shaders/anatomy_lighting.glsl). Per fragment is the finest. Per vertex,
// on a software rasteriser where shading is most of a frame, takes a third off the frame and looks
// the same while the display meshes' triangles are a few pixels across (36.8 dB PSNR on the
// default posterior view); zoomed in, its triangles begin to show, so PerVertexWhenFar lights per
// fragment again from kPerFragmentFromPixelsPerMetre on (docs/PERFORMANCE.md, "Lighting").
enum class Lighting { PerFragment, PerVertexWhenFar };
// About twice the default framing's scale, where the close-up was still smooth.
inline constexpr float kPerFragmentFromPixelsPerMetre = 1600.0f;
// The window's: PerVertexWhenFar on a software rasteriser, PerFragment on a GPU (needs a current
// context). Pictures written to files are always lit per fragment.
Lighting windowLighting();

class Renderer {
  public:
    explicit Renderer(const ShaderSource& shaders, Lighting lighting = Lighting::PerFragment);
    // Whether the last frame was lit per vertex (Lighting::PerVertexWhenFar, far enough).
    bool litPerVertex() const { return litProgram_ != &meshProgram_; }
    ~Renderer();

    // Uploads every part of the atlas; call again when another atlas is loaded.
    void setAtlas(const Atlas& atlas);
    // Draws each part's display mesh from now on (made after setAtlas, in the background).
    void updateDisplayMeshes(const Atlas& atlas);
    void render(const Atlas& atlas, const ViewState& view, const SceneTarget& target);
    // White where the given parts project (covered or not), black elsewhere: what a structure
    // occupies on screen, for tests and for cut-outs.
    void renderSilhouette(const Atlas& atlas, const ViewState& view, const std::vector<int>& parts,
                          const SceneTarget& target);

  private:
    // The anatomy's program for a frame: lit per vertex while the display meshes' triangles are
    // small on screen (a software rasteriser only), per fragment otherwise.
    const ShaderProgram* litProgramFor(const OrbitCamera& camera, const SceneTarget& target) const;
    // Sets the camera, pose and section uniforms of every program (the anatomy's: this frame's
    // litProgram_); returns the view-projection.
    glm::mat4 setFrameUniforms(const Atlas& atlas, const ViewState& view,
                               const SceneTarget& target);
    // `translucentRim` 1: drawn as a see-through film (the translucent pass).
    void drawPart(std::size_t part, const PartLook& look, float translucentRim = 0.0f);
    // Uploads the skin paint when its version changed; returns whether the skin carries paint.
    bool syncSkinPaint(const Atlas& atlas, const SceneOverlay& overlay);
    // Issue 12: uploads a muscle action's per-vertex weights when they changed.
    void syncPoseWeights(const PoseDeformation& pose);
    // The camera's depth range: the atlas, grown by a moving leg's reach.
    static const Bounds& sceneBounds(const Atlas& atlas, const ViewState& view);
    void drawOutlines(const Atlas& atlas, const ViewState& view, const SceneTarget& target);
    void smoothEdges(const SceneTarget& target);
    void drawTranslucent(const Atlas& atlas, const ViewState& view, std::vector<std::size_t> parts);
    // The skin paint over what is drawn, on the painted skin's triangles that carry paint.
    void drawSkinPaint();
    // The pixel rectangle (x, y, width, height) the parts' bounding boxes project to, plus margin.
    glm::ivec4 screenBounds(const Atlas& atlas, const ViewState& view,
                            const std::vector<std::size_t>& parts, const SceneTarget& target,
                            int margin) const;

    ShaderProgram meshProgram_;
    std::optional<ShaderProgram> vertexLitProgram_;   // Lighting::PerVertexWhenFar
    const ShaderProgram* litProgram_ = &meshProgram_; // this frame's: one of the two
    ShaderProgram paintProgram_; // mesh.vert with SKIN_PAINT + skin_paint.frag: the paint pass
    ShaderProgram maskProgram_;
    ShaderProgram outlineProgram_;
    ShaderProgram edgeAaProgram_;
    GLuint emptyVao_ = 0; // full-screen passes draw without vertex buffers
    std::vector<std::unique_ptr<GpuMesh>> meshes_;
    // What drawing a part needs of its structure, looked up once per atlas, not per frame.
    struct PartTraits {
        glm::vec3 linearColour;
        StructureKind kind;
        int layerRank; // layerGroupOf: drawn from the deepest layer out
    };
    std::vector<PartTraits> parts_;
    OverlayRenderer overlay_;
    SectionCaps caps_; // issue 12: a cross-section's cut faces
    int skinPart_ = -1;
    // The skin drawn while it carries paint, finer than its display copy (see renderer.cpp).
    std::unique_ptr<GpuMesh> paintedSkin_;
    std::vector<std::uint32_t> paintedSkinIndices_;
    int subsetKey_ = -1; // which channels the painted skin's subset was made for
    std::uint64_t paintVersion_ = ~std::uint64_t{0};
    bool paintOn_ = false;                             // this frame: the skin carries paint
    std::uint64_t poseVersion_ = 0;                    // the pose weights uploaded (0: none)
    const std::vector<glm::vec4>* poseTint_ = nullptr; // this frame: agonist/antagonist colours
};

} // namespace glutea
