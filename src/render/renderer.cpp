#include "render/renderer.h"

#include <algorithm>

#include "render/palette.h"

namespace glutea {

namespace {
constexpr float kOpaque = 0.995f;
constexpr float kInvisible = 0.005f;
constexpr glm::vec3 kRelatedOutlineSrgb{1.00f, 0.78f, 0.20f}; // amber: "look here too"
} // namespace

Renderer::Renderer(const ShaderSource& shaders)
    : meshProgram_(shaders, "mesh.vert", "mesh.frag"),
      maskProgram_(shaders, "mesh.vert", "mask.frag"),
      compositeProgram_(shaders, "fullscreen.vert", "transparency_composite.frag"),
      outlineProgram_(shaders, "fullscreen.vert", "outline.frag") {
    glGenVertexArrays(1, &emptyVao_);
    checkGl("creating the renderer");
}

Renderer::~Renderer() {
    glDeleteVertexArrays(1, &emptyVao_);
}

void Renderer::setAtlas(const Atlas& atlas) {
    meshes_.clear();
    for (const auto& part : atlas.parts) {
        meshes_.push_back(std::make_unique<GpuMesh>(
            part.mesh, part.displayIndices.empty() ? part.mesh.indices : part.displayIndices));
    }
    checkGl("uploading the atlas");
}

void Renderer::setFrameUniforms(const Atlas& atlas, const ViewState& view, float aspect) {
    const OrbitCamera& cam = view.camera;
    const glm::mat4 viewProjection = cam.projection(aspect, atlas.bounds) * cam.view();
    // Lights follow the camera so every view is lit alike: key from upper left, fill from the
    // right.
    const glm::vec3 f = cam.forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
    const glm::vec3 up = glm::cross(right, f);
    for (const ShaderProgram* program : {&meshProgram_, &maskProgram_}) {
        program->use();
        program->set("uViewProjection", viewProjection);
    }
    meshProgram_.use();
    meshProgram_.set("uEye", cam.eye());
    meshProgram_.set("uKeyDirection", glm::normalize(-f + 0.8f * up - 0.6f * right));
    meshProgram_.set("uFillDirection", glm::normalize(-f + 0.2f * up + 0.9f * right));
    meshProgram_.set("uHighlightColor", srgbToLinear(kHighlightSrgb));
}

void Renderer::drawPart(const Atlas& atlas, std::size_t part, const PartLook& look) {
    const StructureDef& def = atlas.structureOf(atlas.parts[part]);
    meshProgram_.set("uBaseColor", srgbToLinear(kindColorSrgb(def.kind)));
    meshProgram_.set("uOpacity", look.opacity);
    meshProgram_.set("uHighlight", look.highlight);
    meshProgram_.set("uHover", look.hover);
    meshProgram_.set("uEmissive", def.kind == StructureKind::Nerve ? look.highlight : 0.0f);
    meshProgram_.set("uFibreSheen", def.kind == StructureKind::Muscle ? 0.07f : 0.0f);
    meshes_[part]->draw();
}

void Renderer::render(const Atlas& atlas, const ViewState& view, const SceneTarget& target) {
    const glm::vec3 bg = kBackgroundSrgb;
    target.bindOpaque();
    glClearColor(bg.r, bg.g, bg.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    if (meshes_.size() != atlas.parts.size() || target.width() <= 0 || target.height() <= 0) {
        target.resolve();
        return;
    }
    setFrameUniforms(atlas, view, float(target.width()) / float(target.height()));

    // 1. Opaque surfaces.
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    meshProgram_.setInt("uMode", 0);
    std::vector<std::size_t> translucent;
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        const PartLook look = view.lookOf(i);
        if (look.opacity <= kInvisible) {
            continue;
        }
        if (look.opacity < kOpaque) {
            translucent.push_back(i);
            continue;
        }
        drawPart(atlas, i, look);
    }
    target.resolve();

    // 2. Translucent surfaces, both faces, order-independent.
    if (!translucent.empty()) {
        target.bindTransparency();
        const GLfloat clearAccumulation[] = {0.0f, 0.0f, 0.0f, 1.0f}; // alpha: revealage 1
        const GLfloat clearWeights[] = {0.0f, 0.0f, 0.0f, 0.0f};
        glClearBufferfv(GL_COLOR, 0, clearAccumulation);
        glClearBufferfv(GL_COLOR, 1, clearWeights);
        glDepthMask(GL_FALSE);
        glDisable(GL_CULL_FACE);
        glEnable(GL_BLEND);
        // One blend state for both targets (GL 3.3 has no per-target blending): colour and weights
        // add up; alpha multiplies into the revealage.
        glBlendFuncSeparate(GL_ONE, GL_ONE, GL_ZERO, GL_ONE_MINUS_SRC_ALPHA);
        meshProgram_.use();
        meshProgram_.setInt("uMode", 1);
        for (std::size_t i : translucent) {
            drawPart(atlas, i, view.lookOf(i));
        }
        compositeTransparency(target);
    }

    // 3. Outlines.
    drawOutlines(atlas, view, target);

    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glEnable(GL_CULL_FACE);
    glBindVertexArray(0);
    checkGl("drawing the atlas");
}

void Renderer::compositeTransparency(const SceneTarget& target) {
    target.bindResolved();
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE_MINUS_SRC_ALPHA, GL_SRC_ALPHA);
    compositeProgram_.use();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, target.accumulationTexture());
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, target.weightTexture());
    compositeProgram_.setInt("uAccumulated", 0);
    compositeProgram_.setInt("uWeights", 1);
    glBindVertexArray(emptyVao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glActiveTexture(GL_TEXTURE0);
}

void Renderer::drawOutlines(const Atlas& atlas, const ViewState& view, const SceneTarget& target) {
    std::vector<std::size_t> outlined;
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        if (view.lookOf(i).outline > 0.0f) {
            outlined.push_back(i);
        }
    }
    if (outlined.empty()) {
        return;
    }
    target.bindMask();
    glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_DEPTH_TEST); // the outline shows where a structure is, even behind others
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendEquation(GL_MAX); // the selection's value wins over a related structure's
    glBlendFunc(GL_ONE, GL_ONE);
    maskProgram_.use();
    for (std::size_t i : outlined) {
        maskProgram_.set("uMaskValue", view.lookOf(i).outline == 1.0f ? 1.0f : 0.5f);
        meshes_[i]->draw();
    }
    glBlendEquation(GL_FUNC_ADD);

    target.bindResolved();
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    outlineProgram_.use();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, target.maskTexture());
    outlineProgram_.setInt("uMask", 0);
    outlineProgram_.set("uSelectionColor", kHighlightSrgb);
    outlineProgram_.set("uRelatedColor", kRelatedOutlineSrgb);
    outlineProgram_.set("uWidth", std::max(2.0f, float(target.height()) / 360.0f));
    glBindVertexArray(emptyVao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
}

} // namespace glutea
