// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/renderer.h"

#include <algorithm>
#include <cmath>

#include "anatomy/view_effects.h"
#include "geometry/level_of_detail.h"
#include "geometry/view_volume.h"
#include "render/palette.h"

namespace glutea {

namespace {
constexpr float kOpaque = 0.995f;
constexpr float kInvisible = 0.005f;
// The skin while painted: paint is per vertex, and the display copy's long triangles would smear
// a 5 cm band over 10 cm; the full skin costs 5 ms a frame on llvmpipe. This keeps edges within
// a few millimetres of the full skin's at a fraction of the cost.
constexpr float kPaintedSkinRatio = 0.35f;
constexpr float kPaintedSkinErrorM = 0.0005f;
constexpr glm::vec3 kRelatedOutlineSrgb{1.00f, 0.78f, 0.20f}; // amber: "look here too"

// Lights follow the camera so every view is lit alike: key from upper left, fill from the right.
struct CameraLights {
    glm::vec3 key, fill;
};
CameraLights cameraLights(const OrbitCamera& cam) {
    const glm::vec3 f = cam.forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
    const glm::vec3 up = glm::cross(right, f);
    return {glm::normalize(-f + 0.8f * up - 0.6f * right),
            glm::normalize(-f + 0.2f * up + 0.9f * right)};
}
} // namespace

Lighting windowLighting() {
    return isSoftwareRenderer() ? Lighting::PerVertexWhenFar : Lighting::PerFragment;
}

Renderer::Renderer(const ShaderSource& shaders, Lighting lighting)
    : meshProgram_(shaders, "mesh.vert", "mesh.frag"),
      paintProgram_(shaders, "mesh.vert", "skin_paint.frag", "#define SKIN_PAINT\n"),
      maskProgram_(shaders, "mesh.vert", "mask.frag"),
      outlineProgram_(shaders, "fullscreen.vert", "outline.frag"),
      edgeAaProgram_(shaders, "fullscreen.vert", "edge_aa.frag"), overlay_(shaders),
      caps_(shaders) {
    if (lighting == Lighting::PerVertexWhenFar) {
        vertexLitProgram_.emplace(shaders, "mesh.vert", "mesh.frag", "#define VERTEX_LIGHTING\n");
    }
    glGenVertexArrays(1, &emptyVao_);
    checkGl("creating the renderer");
}

Renderer::~Renderer() {
    glDeleteVertexArrays(1, &emptyVao_);
}

void Renderer::setAtlas(const Atlas& atlas) {
    meshes_.clear();
    skinPart_ = atlas.skinPart();
    paintVersion_ = ~std::uint64_t{0};
    parts_.clear();
    for (const auto& part : atlas.parts) {
        meshes_.push_back(std::make_unique<GpuMesh>(
            part.mesh, part.displayIndices.empty() ? part.mesh.indices : part.displayIndices));
        const StructureDef& def = atlas.structureOf(part);
        parts_.push_back(
            {srgbToLinear(kindColorSrgb(def.kind)), def.kind, static_cast<int>(layerGroupOf(def))});
    }
    paintedSkin_.reset(); // made when first painted
    poseVersion_ = 0;
    checkGl("uploading the atlas");
}

void Renderer::updateDisplayMeshes(const Atlas& atlas) {
    for (std::size_t i = 0; i < atlas.parts.size() && i < meshes_.size(); ++i) {
        const StructurePart& part = atlas.parts[i];
        meshes_[i]->setIndices(part.displayIndices.empty() ? part.mesh.indices
                                                           : part.displayIndices);
    }
    checkGl("uploading the display meshes");
}

const ShaderProgram* Renderer::litProgramFor(const OrbitCamera& cam,
                                             const SceneTarget& target) const {
    // Screen pixels a metre at the orbit's target: how large the display meshes' triangles look.
    const float pixelsPerMetre =
        float(target.height()) /
        (2.0f * cam.distance * std::tan(glm::radians(cam.fovYDegrees) * 0.5f));
    return vertexLitProgram_ && pixelsPerMetre < kPerFragmentFromPixelsPerMetre
               ? &*vertexLitProgram_
               : &meshProgram_;
}

glm::mat4 Renderer::setFrameUniforms(const Atlas& atlas, const ViewState& view,
                                     const SceneTarget& target) {
    const float aspect = float(target.width()) / float(target.height());
    const OrbitCamera& cam = view.camera;
    const glm::mat4 viewProjection = cam.projection(aspect, sceneBounds(atlas, view)) * cam.view();
    const SectionPlane& section = view.section;
    for (const ShaderProgram* program :
         std::initializer_list<const ShaderProgram*>{litProgram_, &paintProgram_, &maskProgram_}) {
        program->use();
        program->set("uViewProjection", viewProjection);
        program->set("uPose", view.pose.on ? view.pose.moved : glm::mat4(1.0f));
        program->set("uClipNormal", section.on ? section.normal : glm::vec3(0.0f));
        program->set("uClipOffset", section.on ? section.offset : 1.0f);
    }
    if (section.on) {
        glEnable(GL_CLIP_DISTANCE0); // until the end of the frame
    } else {
        glDisable(GL_CLIP_DISTANCE0);
    }
    const CameraLights lights = cameraLights(cam);
    for (const ShaderProgram* program :
         std::initializer_list<const ShaderProgram*>{litProgram_, &paintProgram_}) {
        program->use();
        program->set("uEye", cam.eye());
        program->set("uKeyDirection", lights.key);
        program->set("uFillDirection", lights.fill);
        program->set("uHighlightColor", srgbToLinear(kHighlightSrgb));
    }

    const SceneOverlay& overlay = view.overlay;
    const PainLook& pain = overlay.pain;
    const ShaderProgram& p = paintProgram_; // in use
    p.set("uEssentialFront", pain.essentialFront);
    p.set("uSpilloverFront", pain.spilloverFront);
    p.set("uPainStrength", pain.strength);
    p.set("uNeural", pain.neural ? 1.0f : 0.0f);
    p.set("uPulseTravel", pain.pulseTravel);
    p.set("uShowPainted", pain.showPainted ? 1.0f : 0.0f);
    p.set("uShowCautions", overlay.showCautions ? 1.0f : 0.0f);
    p.set("uHighContrast", overlay.highContrast ? 1.0f : 0.0f);
    p.set("uEssentialColor", srgbToLinear(kEssentialSrgb));
    p.set("uSpilloverColor", srgbToLinear(kSpilloverSrgb));
    p.set("uNeuralColor", srgbToLinear(kNeuralSrgb));
    p.set("uPulseColor", srgbToLinear(kNeuralPulseSrgb));
    p.set("uPaintedColor", srgbToLinear(kPaintedSrgb));
    p.set("uCautionNerveColor", srgbToLinear(kCautionNerveSrgb));
    p.set("uCautionBoneColor", srgbToLinear(kCautionBoneSrgb));
    return viewProjection;
}

bool Renderer::syncSkinPaint(const Atlas& atlas, const SceneOverlay& overlay) {
    const SkinPaint& paint = overlay.skin;
    if (skinPart_ < 0 || (paint.pain.empty() && paint.caution.empty())) {
        return false;
    }
    if (!paintedSkin_) {
        const Mesh& skin = atlas.parts[skinPart_].mesh;
        paintedSkinIndices_ = simplifiedIndices(skin, kPaintedSkinRatio, kPaintedSkinErrorM);
        paintedSkin_ = std::make_unique<GpuMesh>(skin, paintedSkinIndices_);
        poseVersion_ = ~std::uint64_t{0}; // its pose weights too
        paintVersion_ = ~std::uint64_t{0};
    }
    if (paint.version != paintVersion_) {
        paintedSkin_->setPaint(paint.pain, paint.caution);
        paintVersion_ = paint.version;
        subsetKey_ = -1;
    }
    const int key = (overlay.pain.showPainted ? 1 : 0) + (overlay.showCautions ? 2 : 0);
    if (key != subsetKey_) {
        paintedSkin_->setSubset(trianglesCarryingPaint(
            paintedSkinIndices_, paint, overlay.pain.showPainted, overlay.showCautions));
        subsetKey_ = key;
    }
    // Drawn painted whenever it carries paint, even before a front starts: the frames of one
    // play then share one skin, and only the paint changes pixels.
    return true;
}

const Bounds& Renderer::sceneBounds(const Atlas& atlas, const ViewState& view) {
    return view.pose.on && !view.pose.sceneBounds.empty() ? view.pose.sceneBounds : atlas.bounds;
}

void Renderer::syncPoseWeights(const PoseDeformation& pose) {
    const std::uint64_t version = pose.on && pose.weights ? pose.weightsVersion : 0;
    if (version == poseVersion_) {
        return;
    }
    poseVersion_ = version;
    static const std::vector<float> none;
    for (std::size_t i = 0; i < meshes_.size(); ++i) {
        const bool has = version != 0 && i < pose.weights->size();
        meshes_[i]->setPoseWeights(has ? (*pose.weights)[i] : none);
        if (paintedSkin_ && static_cast<int>(i) == skinPart_) { // the same vertices
            paintedSkin_->setPoseWeights(has ? (*pose.weights)[i] : none);
        }
    }
}

void Renderer::drawPart(std::size_t part, const PartLook& look, float translucentRim) {
    const PartTraits& traits = parts_[part];
    const bool painted = paintOn_ && static_cast<int>(part) == skinPart_;
    const ShaderProgram& program = *litProgram_;
    program.use();
    const glm::vec4 t =
        poseTint_ && part < poseTint_->size() ? (*poseTint_)[part] : glm::vec4(0.0f); // issue 12
    program.set("uBaseColor", t.a > 0.0f
                                  ? glm::mix(traits.linearColour, srgbToLinear(glm::vec3(t)), t.a)
                                  : traits.linearColour);
    program.set("uOpacity", look.opacity);
    program.set("uHighlight", look.highlight);
    program.set("uHover", look.hover);
    program.set("uEmissive", traits.kind == StructureKind::Nerve ? look.highlight : 0.0f);
    program.set("uFibreSheen", traits.kind == StructureKind::Muscle ? 0.07f : 0.0f);
    program.set("uTranslucentRim", translucentRim);
    (painted ? *paintedSkin_ : *meshes_[part]).draw();
}

void Renderer::render(const Atlas& atlas, const ViewState& view, const SceneTarget& target) {
    const glm::vec3 bg = srgbToLinear(kBackgroundSrgb);
    target.bindScene();
    glEnable(GL_FRAMEBUFFER_SRGB); // linear in, sRGB stored (and cleared)
    glClearColor(bg.r, bg.g, bg.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    if (meshes_.size() != atlas.parts.size() || target.width() <= 0 || target.height() <= 0) {
        target.resolve();
        glDisable(GL_FRAMEBUFFER_SRGB);
        return;
    }
    litProgram_ = litProgramFor(view.camera, target);
    const glm::mat4 viewProjection = setFrameUniforms(atlas, view, target);
    paintOn_ = syncSkinPaint(atlas, view.overlay);
    syncPoseWeights(view.pose);
    poseTint_ = view.pose.on ? &view.pose.tint : nullptr;

    // 1. Opaque surfaces.
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    // Parts wholly outside the view are not drawn (geometry/view_volume.h). A posed leg leaves its
    // rest bounds, so while an action plays every part is drawn.
    const bool skipOutside = !view.pose.on;
    std::vector<std::size_t> opaque, translucent;
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        const float opacity = view.lookOf(i).opacity;
        if (skipOutside && boxOutsideView(viewProjection, atlas.parts[i].bounds)) {
            continue;
        }
        if (opacity > kInvisible) {
            (opacity < kOpaque ? translucent : opaque).push_back(i);
        }
    }
    // Near parts first, so the depth test rejects hidden fragments before they are shaded: on a
    // software rasteriser shading is most of a frame's cost.
    const glm::vec3 eye = view.camera.eye();
    auto nearest = [&](std::size_t p) {
        const Bounds& b = atlas.parts[p].bounds;
        return glm::distance(eye, b.centre()) - b.radius();
    };
    std::sort(opaque.begin(), opaque.end(),
              [&](std::size_t a, std::size_t b) { return nearest(a) < nearest(b); });
    // A cross-section's cut faces first (render/section_caps): they lie at the plane's depth, so
    // what is cut open behind them is never shaded.
    if (view.section.on) {
        caps_.draw(atlas, view, meshes_, maskProgram_, target);
        glDisable(GL_BLEND);
    }
    for (std::size_t i : opaque) {
        drawPart(i, view.lookOf(i));
    }

    // 2. Translucent surfaces, deepest layer first, each part's far side before its near side.
    if (!translucent.empty()) {
        drawTranslucent(atlas, view, std::move(translucent));
    }
    // 3. Paint on the skin (hidden skin still carries its paint), over the skin and what it covers.
    if (paintOn_) {
        drawSkinPaint();
    }
    // 4. Markers and props of the overlay (trigger points, hands, rollers).
    {
        const OrbitCamera& cam = view.camera;
        const float aspect = float(target.width()) / float(target.height());
        glDisable(GL_CLIP_DISTANCE0); // marker.vert writes no clip distance
        overlay_.draw(view.overlay, cam.projection(aspect, sceneBounds(atlas, view)) * cam.view(),
                      cam.eye(), cameraLights(cam).key);
        if (view.section.on) {
            glEnable(GL_CLIP_DISTANCE0); // outlines follow the cut
        }
    }
    target.resolve();

    // 5. Outlines.
    drawOutlines(atlas, view, target);
    // 6. Edge anti-aliasing, when the target asks for it.
    if (target.edgeAntialiasing()) {
        smoothEdges(target);
    }

    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glEnable(GL_CULL_FACE);
    glDisable(GL_FRAMEBUFFER_SRGB); // the window's own drawing (ImGui) is not colour-managed
    glDisable(GL_CLIP_DISTANCE0);
    glBindVertexArray(0);
    checkGl("drawing the atlas");
}

void Renderer::drawSkinPaint() {
    // Same vertices and vertex stage as the skin itself (mesh.vert's invariant position), so
    // "equal or nearer" passes exactly where the skin is in front of the anatomy.
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
    glDepthMask(GL_FALSE);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA); // premultiplied "over"
    paintProgram_.use();
    paintedSkin_->drawSubset();
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
}

void Renderer::renderSilhouette(const Atlas& atlas, const ViewState& view,
                                const std::vector<int>& parts, const SceneTarget& target) {
    target.bindResolved();
    glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    setFrameUniforms(atlas, view, target);
    syncPoseWeights(view.pose);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_BLEND);
    maskProgram_.use();
    maskProgram_.set("uMaskValue", 1.0f);
    for (int part : parts) {
        if (part >= 0 && part < static_cast<int>(meshes_.size())) {
            meshes_[part]->draw();
        }
    }
    glDisable(GL_CLIP_DISTANCE0);
    glBindVertexArray(0);
    checkGl("drawing a silhouette");
}

void Renderer::drawTranslucent(const Atlas& atlas, const ViewState& view,
                               std::vector<std::size_t> parts) {
    // Anatomy is nested: bone inside muscle inside skin. Drawing the groups from the inside out is
    // the right back-to-front order from every angle, so nothing pops while orbiting; within a
    // group, parts go far to near. (Weighted blended OIT looked the same here but cost 15 ms a
    // frame on llvmpipe.)
    const glm::vec3 eye = view.camera.eye();
    auto rank = [&](std::size_t p) { return parts_[p].layerRank; };
    std::sort(parts.begin(), parts.end(), [&](std::size_t a, std::size_t b) {
        if (rank(a) != rank(b)) {
            return rank(a) > rank(b);
        }
        return glm::distance(eye, atlas.parts[a].centroid) >
               glm::distance(eye, atlas.parts[b].centroid);
    });
    glDepthMask(GL_FALSE);
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    // Near faces only, thicker toward the silhouette (uTranslucentRim), which draws the envelope's
    // contour the way a far side would at half the fill: on llvmpipe the skin's far side cost more
    // than all the opaque anatomy.
    for (std::size_t part : parts) {
        drawPart(part, view.lookOf(part), 1.0f);
    }
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
}

void Renderer::smoothEdges(const SceneTarget& target) {
    target.bindSmoothed();
    glEnable(GL_FRAMEBUFFER_SRGB);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_CLIP_DISTANCE0);
    edgeAaProgram_.use();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, target.resolvedTexture());
    edgeAaProgram_.setInt("uColor", 0);
    glBindVertexArray(emptyVao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindTexture(GL_TEXTURE_2D, 0);
}

void Renderer::drawOutlines(const Atlas& atlas, const ViewState& view, const SceneTarget& target) {
    std::vector<std::size_t> outlined;
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        if (view.lookOf(i).outline != Outline::None) {
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
        maskProgram_.set("uMaskValue", view.lookOf(i).outline == Outline::Selected ? 1.0f : 0.5f);
        meshes_[i]->draw();
    }
    glBlendEquation(GL_FUNC_ADD);

    // Only pixels near an outlined part can hold an outline: the full-screen pass runs scissored to
    // each part's projected bounds in turn (on a software rasteriser it is costly per pixel).
    target.bindResolved();
    const float width = std::max(2.0f, float(target.height()) / 360.0f);
    glEnable(GL_SCISSOR_TEST);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    outlineProgram_.use();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, target.maskTexture());
    outlineProgram_.setInt("uMask", 0);
    outlineProgram_.set("uSelectionColor", srgbToLinear(kHighlightSrgb));
    outlineProgram_.set("uRelatedColor", srgbToLinear(kRelatedOutlineSrgb));
    outlineProgram_.set("uWidth", width);
    glBindVertexArray(emptyVao_);
    for (std::size_t part : outlined) {
        const glm::ivec4 box = screenBounds(atlas, view, {part}, target, int(width) + 2);
        glScissor(box.x, box.y, box.z, box.w);
        glDrawArrays(GL_TRIANGLES, 0, 3); // overlaps draw the same pixels again, harmlessly
    }
    glDisable(GL_SCISSOR_TEST);
}

glm::ivec4 Renderer::screenBounds(const Atlas& atlas, const ViewState& view,
                                  const std::vector<std::size_t>& parts, const SceneTarget& target,
                                  int margin) const {
    const float aspect = float(target.width()) / float(target.height());
    const glm::mat4 vp =
        view.camera.projection(aspect, sceneBounds(atlas, view)) * view.camera.view();
    glm::vec2 lo(1e9f), hi(-1e9f);
    for (std::size_t p : parts) {
        const Bounds& b = atlas.parts[p].bounds;
        for (int c = 0; c < 8; ++c) {
            const glm::vec4 clip = vp * glm::vec4(b.corner(c), 1.0f);
            if (clip.w <= 1e-6f) {
                return {0, 0, target.width(), target.height()}; // behind the eye: no shortcut
            }
            const glm::vec2 ndc = glm::vec2(clip) / clip.w;
            lo = glm::min(lo, ndc);
            hi = glm::max(hi, ndc);
        }
    }
    const glm::vec2 size(target.width(), target.height());
    const glm::ivec2 a =
        glm::clamp(glm::ivec2((lo * 0.5f + 0.5f) * size) - margin, glm::ivec2(0), glm::ivec2(size));
    const glm::ivec2 z =
        glm::clamp(glm::ivec2((hi * 0.5f + 0.5f) * size) + margin, glm::ivec2(0), glm::ivec2(size));
    return {a.x, a.y, std::max(0, z.x - a.x), std::max(0, z.y - a.y)};
}

} // namespace glutea
