#include "render/renderer.h"

#include "render/palette.h"

namespace glutea {

Renderer::Renderer(const ShaderSource& shaders) : meshProgram_(shaders, "mesh.vert", "mesh.frag") {
    checkGl("creating the renderer");
}

void Renderer::setAtlas(const Atlas& atlas) {
    meshes_.clear();
    for (const auto& part : atlas.parts) {
        meshes_.push_back(std::make_unique<GpuMesh>(
            part.mesh, part.displayIndices.empty() ? part.mesh.indices : part.displayIndices));
    }
    checkGl("uploading the atlas");
}

void Renderer::drawPart(const Atlas& atlas, std::size_t part, const ViewState& view,
                        float opacity) {
    const StructureDef& def = atlas.structureOf(atlas.parts[part]);
    meshProgram_.set("uBaseColor", srgbToLinear(kindColorSrgb(def.kind)));
    meshProgram_.set("uOpacity", opacity);
    meshProgram_.set("uHighlight", static_cast<int>(part) == view.selectedPart ? 1.0f : 0.0f);
    meshProgram_.set("uFibreSheen", def.kind == StructureKind::Muscle ? 0.07f : 0.0f);
    meshes_[part]->draw();
}

void Renderer::render(const Atlas& atlas, const ViewState& view, const glm::ivec4& viewport) {
    glViewport(viewport.x, viewport.y, viewport.z, viewport.w);
    glEnable(GL_SCISSOR_TEST);
    glScissor(viewport.x, viewport.y, viewport.z, viewport.w);
    const glm::vec3 bg = kBackgroundSrgb;
    glClearColor(bg.r, bg.g, bg.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
    if (meshes_.size() != atlas.parts.size() || viewport.z <= 0 || viewport.w <= 0) {
        return;
    }

    const float aspect = static_cast<float>(viewport.z) / static_cast<float>(viewport.w);
    const OrbitCamera& cam = view.camera;
    const glm::mat4 viewProjection = cam.projection(aspect, atlas.bounds) * cam.view();
    // Lights follow the camera so every view is lit alike: key from upper left, fill from the
    // right.
    const glm::vec3 f = cam.forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
    const glm::vec3 up = glm::cross(right, f);

    meshProgram_.use();
    meshProgram_.set("uViewProjection", viewProjection);
    meshProgram_.set("uEye", cam.eye());
    meshProgram_.set("uKeyDirection", glm::normalize(-f + 0.8f * up - 0.6f * right));
    meshProgram_.set("uFillDirection", glm::normalize(-f + 0.2f * up + 0.9f * right));
    meshProgram_.set("uHighlightColor", srgbToLinear(kHighlightSrgb));

    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDisable(GL_BLEND);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    std::vector<std::size_t> translucent;
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        if (!view.isVisible(i)) {
            continue;
        }
        if (atlas.structureOf(atlas.parts[i]).kind == StructureKind::Skin &&
            view.skinOpacity < 1.0f) {
            translucent.push_back(i);
            continue;
        }
        drawPart(atlas, i, view, 1.0f);
    }

    // A closed translucent surface: its far side first, then its near side, without depth writes.
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    for (GLenum cull : {GL_FRONT, GL_BACK}) {
        glCullFace(cull);
        for (std::size_t i : translucent) {
            drawPart(atlas, i, view, view.skinOpacity);
        }
    }
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glCullFace(GL_BACK);
    glBindVertexArray(0);
    checkGl("drawing the atlas");
}

} // namespace glutea
