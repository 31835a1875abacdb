// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/action_render.h"

#include <sstream>

#include "anatomy/hip_action_scene.h"
#include "base/error.h"

namespace glutea {

std::vector<std::string> applyActionOption(const RenderOptions& options, const Atlas& atlas,
                                           ViewState& view) {
    const HipActionDef* action = findHipAction(options.action);
    if (!action) {
        throw Error("--action: \"" + options.action +
                    "\" is not a muscle action; expected one of " + hipActionIds());
    }
    if (options.timeSeconds < 0.0) {
        std::ostringstream value;
        value << options.timeSeconds;
        throw Error("--time: expected seconds from 0 into the action's loop, got " + value.str());
    }
    const HipActionScene scene(atlas);
    const float t = static_cast<float>(options.timeSeconds);
    scene.apply(view, *action, t, options.reducedMotion);
    return scene.notes(*action, t, options.reducedMotion);
}

} // namespace glutea
