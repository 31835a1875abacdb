// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// `glutea render --show referral` and `--pain-at`: the referral picture at --time on the view,
// framed from the --view direction around the trigger points and the whole zone (and the painted
// area). The camera is set before the frame and before a --mask, so masks with the same options
// line up with the picture.
#include <algorithm>

#include "anatomy/referral_choice.h"
#include "anatomy/selection.h"
#include "anatomy/trigger_point_sites.h"
#include "app/overlay_render.h"
#include "app/scene.h"
#include "base/error.h"

namespace glutea {

namespace {

bool showsReferral(const RenderOptions& options) {
    const auto items = showItems(options);
    return std::find(items.begin(), items.end(), "referral") != items.end();
}

// Keeps the --view direction, centres on the picture and fits it, with a little margin.
void frameOn(RenderScene& scene, const ReferralPicture& picture) {
    if (picture.bounds.empty()) {
        return;
    }
    frameReferralBounds(scene.view.camera, picture.bounds, scene.aspect);
}

void selectStructure(RenderScene& scene, const std::string& structureId, Side side) {
    const int part = scene.atlas.findPart(structureId, side);
    if (part >= 0) {
        scene.view.selection.select(selectionOfPart(scene.atlas, part));
    }
}

std::string triggerPointList(const ReferralPattern& pattern) {
    std::string ids;
    for (const auto& tp : pattern.triggerPoints) {
        ids += (ids.empty() ? "" : ", ") + tp.id;
    }
    return ids.empty() ? "none (a nerve's pattern has no trigger points)" : ids;
}

} // namespace

void applyReferralOptions(const RenderOptions& options, RenderScene& scene) {
    const bool show = showsReferral(options);
    const bool pain = !options.painAt.empty();
    if (!show && !pain) {
        if (!options.triggerPoint.empty()) {
            throw Error("--trigger-point needs --show referral");
        }
        return;
    }
    if (show && options.select.empty()) {
        throw Error("--show referral needs --select ID: a muscle or nerve with a referral pattern "
                    "(e.g. gluteus_minimus_l)");
    }
    if (pain && options.radiusCm <= 0.0) {
        throw Error("--radius: expected a brush radius in cm greater than 0");
    }
    const std::vector<glm::vec3> painPoints =
        pain ? parsePoints(options.painAt, "--pain-at") : std::vector<glm::vec3>{};
    const ReferralFields fields = ReferralFields::compute(
        scene.atlas, scene.content, triggerPointLocator(scene.atlas, scene.content));
    if (fields.empty()) {
        throw Error("this atlas has no skin or no referral patterns to show");
    }
    ReferralPlaySettings settings;
    settings.reducedMotion = options.reducedMotion;
    double time = options.timeSeconds;

    ReferralPicture picture;
    if (pain) {
        const std::vector<float> painted =
            fields.brush(painPoints, static_cast<float>(options.radiusCm / 100.0));
        const auto ranking = rankPainted(fields, painted);
        if (ranking.empty()) {
            picture = paintedOnlyPicture(scene.atlas, fields, painted);
        } else {
            picture = referralPicture(scene.atlas, fields, *ranking.front().field, {}, painted);
            selectStructure(scene, picture.structureId, picture.side);
        }
        settings.reducedMotion = true; // the painted area with the complete first pattern
    } else {
        const StructurePart& part = scene.atlas.parts[resolvePart(scene.atlas, options.select)];
        const PatternField* field = fields.find(part.structureId, part.side);
        if (!field) {
            throw Error("--select " + options.select + ": " + part.structureId +
                        " has no referral pattern in the atlas's content (referral.json)");
        }
        if (!options.triggerPoint.empty()) {
            const auto& tps = field->pattern->triggerPoints;
            const bool known = std::any_of(tps.begin(), tps.end(), [&](const TriggerPoint& tp) {
                return tp.id == options.triggerPoint;
            });
            if (!known) {
                throw Error("--trigger-point: \"" + options.triggerPoint +
                            "\" is not a trigger "
                            "point of " +
                            field->pattern->id + "; expected one of " +
                            triggerPointList(*field->pattern));
            }
        }
        picture = referralPicture(scene.atlas, fields, *field, options.triggerPoint);
    }
    playReferral(picture, time, settings, scene.view.overlay);
    frameOn(scene, picture);
    // The x-ray set depends on the eye: compute it again from the new camera.
    updateLooks(scene.atlas, &scene.queries, scene.view, 0.0f);
}

} // namespace glutea
