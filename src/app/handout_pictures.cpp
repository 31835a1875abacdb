// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/handout_pictures.h"

#include <algorithm>

#include "anatomy/referral_choice.h"
#include "anatomy/routine_player.h"
#include "anatomy/selection.h"
#include "anatomy/trigger_point_sites.h"
#include "app/headless_context.h"
#include "app/overlay_render.h"
#include "app/scene.h"
#include "app/scene_queries.h"
#include "base/error.h"
#include "render/palette.h"
#include "render/renderer.h"
#include "render/scene_target.h"

namespace glutea {

namespace {

// Pixels of each picture: printed about 88 x 72 mm (body pictures) and 35 x 29 mm (steps), so
// both come out near 300 dpi.
constexpr int kBodyW = 1040, kBodyH = 850;
constexpr int kStepW = 480, kStepH = 394;
// A step's picture is the frame this far into its motion: the hand is on the body and pressing
// (holds press from 1 s, stretches ease in over 2 s, strokes are mid-glide).
constexpr double kStepTimeS = 2.5;
// Around a step's hand, ball or roller, so the picture shows where on the body it is.
constexpr float kStepMarginM = 0.13f;

const char* viewFor(PressFrom from, Side side) {
    switch (from) {
    case PressFrom::Lateral:
        return side == Side::Right ? "right" : "left";
    case PressFrom::Anterior:
        return "anterior";
    case PressFrom::Superior:
        return "superior";
    default:
        return "posterior";
    }
}

} // namespace

struct HandoutPictures::Gl {
    HeadlessContext context;
    Renderer renderer;
    SceneQueries queries;
    explicit Gl(const CommonOptions& common) : renderer(ShaderSource(common.shaderDir)) {}

    // The picture on white paper instead of the window's dark background (ink, and the page
    // reads as one): pixels off every part's silhouette that still have the background's colour
    // become white; the anti-aliased rims and the markers and props (not parts) stay.
    Image render(const Atlas& atlas, const ViewState& view, int w, int h) {
        SceneTarget target(w, h, 4);
        renderer.render(atlas, view, target);
        Image picture = target.read();
        std::vector<int> parts;
        for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
            if (view.lookOf(i).opacity > 0.0f) {
                parts.push_back(int(i));
            }
        }
        SceneTarget maskTarget(w, h, 0);
        renderer.renderSilhouette(atlas, view, parts, maskTarget);
        const Image mask = maskTarget.read();
        const glm::ivec3 bg = glm::ivec3(glm::round(kBackgroundSrgb * 255.0f));
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                const std::size_t i = (std::size_t(y) * w + x) * 3;
                const glm::ivec3 p(picture.rgb[i], picture.rgb[i + 1], picture.rgb[i + 2]);
                const glm::ivec3 d = glm::abs(p - bg);
                if (mask.rgb[i] == 0 && std::max({d.x, d.y, d.z}) < 40) {
                    picture.rgb[i] = picture.rgb[i + 1] = picture.rgb[i + 2] = 255;
                }
            }
        }
        return picture;
    }
};

HandoutPictures::HandoutPictures(const CommonOptions& common, const Atlas& atlas,
                                 const Content& content)
    : atlas_(atlas), content_(content), gl_(std::make_unique<Gl>(common)) {
    gl_->renderer.setAtlas(atlas);
    gl_->queries.setAtlas(atlas);
    press_ = std::make_shared<const PressResolver>(atlas, content);
    fields_ = ReferralFields::compute(atlas, content, triggerPointLocator(press_));
}

HandoutPictures::~HandoutPictures() = default;

HandoutSubject HandoutPictures::choose(const HandoutRequest& request) {
    HandoutSubject subject;
    subject.structureId = request.structureId;
    subject.side = request.side;
    if (request.painPoints.empty()) {
        return subject;
    }
    if (fields_.empty()) {
        throw Error("--pain-at: this atlas has no skin or no referral patterns");
    }
    painted_ = fields_.brush(request.painPoints, request.radiusM);
    const auto ranking = rankPainted(fields_, painted_);
    for (const auto& rank : ranking) {
        const std::string& id = rank.field->pattern->structure;
        if (subject.structureId.empty()) {
            subject.structureId = id;
            subject.side = rank.field->side;
        } else if (id != subject.structureId &&
                   std::find(subject.otherStructures.begin(), subject.otherStructures.end(), id) ==
                       subject.otherStructures.end()) {
            subject.otherStructures.push_back(id);
        }
    }
    return subject;
}

void HandoutPictures::draw(const HandoutRequest& request, const HandoutSubject& subject,
                           Handout& handout, const HandoutWords& words) {
    const float aspect = float(kBodyW) / float(kBodyH);
    const PatternField* field =
        subject.structureId.empty() ? nullptr : fields_.find(subject.structureId, subject.side);

    // The pattern: the complete still map, the muscle selected (seen through the skin).
    ViewState patternView = makeViewState(atlas_, aspect, "posterior");
    if (field) {
        const ReferralPicture picture = referralPicture(atlas_, fields_, *field);
        ReferralPlaySettings still;
        still.reducedMotion = true;
        playReferral(picture, ReferralTimeline::kCompleteS, still, patternView.overlay);
        // Markers are trigger points: jargon on paper, and the zones matter here.
        patternView.overlay.markers.clear();
        if (!picture.bounds.empty()) {
            frameReferralBounds(patternView.camera, picture.bounds, aspect);
        }
        // Opaque skin: the zones are on it, and a patient reads skin, not muscles.
        patternView.layers[0].opacity = 1.0f;
        updateLooks(atlas_, &gl_->queries, patternView, 0.0f);
        handout.pattern = gl_->render(atlas_, patternView, kBodyW, kBodyH);
    } else if (!subject.structureId.empty()) {
        handout.patternCaption += words.noPainMap;
    }

    // Where it hurts: the painted area alone, or the same view blank to draw on.
    ViewState painView = makeViewState(atlas_, aspect, "posterior");
    if (!painted_.empty()) {
        const ReferralPicture picture = paintedOnlyPicture(atlas_, fields_, painted_);
        ReferralPlaySettings still;
        still.reducedMotion = true;
        playReferral(picture, 0.0, still, painView.overlay);
        painView.overlay.markers.clear();
        Bounds bounds = picture.bounds;
        if (field) {
            bounds.add(referralPicture(atlas_, fields_, *field).bounds);
        }
        if (!bounds.empty()) {
            frameReferralBounds(painView.camera, bounds, aspect);
        }
        handout.painCaption = words.painCaption;
    } else {
        painView.camera = patternView.camera;
        handout.painCaption = words.markPainCaption;
    }
    painView.layers[0].opacity = 1.0f;
    updateLooks(atlas_, nullptr, painView, 0.0f);
    handout.painDrawing = gl_->render(atlas_, painView, kBodyW, kBodyH);
    (void)request;

    // Each step where it is placed: the technique's frame with the hand, ball or roller on.
    if (!subject.routine) {
        return;
    }
    const float stepAspect = float(kStepW) / float(kStepH);
    const RoutinePlayer player(content_, *subject.routine, false);
    if (!techniques_) {
        techniques_ = std::make_unique<TechniqueScene>(atlas_, content_, press_);
    }
    for (auto& step : handout.steps) {
        const RoutineSegment& segment = player.segments()[std::size_t(step.number)];
        const PressFrom from = segment.placement->pressFrom.value_or(segment.technique->pressFrom);
        ViewState view = makeViewState(atlas_, stepAspect, viewFor(from, subject.side));
        RenderOptions options;
        options.routine = subject.routine->id;
        options.step = step.number;
        options.timeSeconds = kStepTimeS;
        const int side = atlas_.findPart(segment.placement->structure, subject.side);
        if (side >= 0) {
            view.selection.select(selectionOfPart(atlas_, side));
        }
        RenderScene scene{atlas_, content_, gl_->queries, view, stepAspect};
        applyTechniqueOptions(options, scene, *techniques_);
        Bounds around;
        for (const auto& m : view.overlay.markers) {
            around.add(m.position);
        }
        for (const auto& p : view.overlay.props) {
            around.add(p.position);
        }
        if (!around.empty()) {
            around.add(around.min - glm::vec3(kStepMarginM));
            around.add(around.max + glm::vec3(kStepMarginM));
            frameReferralBounds(view.camera, around, stepAspect, 0.0f);
        }
        // The hand, ball or roller on opaque skin, as the patient will do it.
        view.selection.clear();
        view.layers[0].opacity = 1.0f;
        updateLooks(atlas_, &gl_->queries, view, 0.0f);
        step.picture = gl_->render(atlas_, view, kStepW, kStepH);
    }
}

} // namespace glutea
