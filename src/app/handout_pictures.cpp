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

    Image render(const Atlas& atlas, const ViewState& view, int w, int h) {
        SceneTarget target(w, h, 4);
        renderer.render(atlas, view, target);
        return target.read();
    }
};

HandoutPictures::HandoutPictures(const CommonOptions& common, const Atlas& atlas,
                                 const Content& content)
    : atlas_(atlas), content_(content), gl_(std::make_unique<Gl>(common)) {
    gl_->renderer.setAtlas(atlas);
    gl_->queries.setAtlas(atlas);
    fields_ = ReferralFields::compute(atlas, content, triggerPointLocator(atlas, content));
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
                           Handout& handout) {
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
        const int part = atlas_.findPart(picture.structureId, picture.side);
        if (part >= 0) {
            patternView.selection.select(selectionOfPart(atlas_, part));
        }
        updateLooks(atlas_, &gl_->queries, patternView, 0.0f);
        handout.pattern = gl_->render(atlas_, patternView, kBodyW, kBodyH);
    } else if (!subject.structureId.empty()) {
        handout.patternCaption += " (no pain map in this atlas)";
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
        handout.painCaption = "Where you feel it";
    } else {
        painView.camera = patternView.camera;
        handout.painCaption = "Mark where you feel it";
    }
    updateLooks(atlas_, nullptr, painView, 0.0f);
    handout.painDrawing = gl_->render(atlas_, painView, kBodyW, kBodyH);
    (void)request;

    // Each step where it is placed: the technique's frame with the hand, ball or roller on.
    if (!subject.routine) {
        return;
    }
    const float stepAspect = float(kStepW) / float(kStepH);
    const RoutinePlayer player(content_, *subject.routine, false);
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
        applyTechniqueOptions(options, scene);
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
        updateLooks(atlas_, &gl_->queries, view, 0.0f);
        step.picture = gl_->render(atlas_, view, kStepW, kStepH);
    }
}

} // namespace glutea
