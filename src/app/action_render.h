// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// `glutea render --action ID --time T` (issue 12, docs/STUDENT.md "Muscle actions").
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"
#include "app/commands.h"

namespace glutea {

// Poses the view at --time seconds into the action's loop (--reduced-motion: the top of the
// movement) and returns the render's notes. Throws glutea::Error for an unknown id or a negative
// time, naming the option and what was expected.
std::vector<std::string> applyActionOption(const RenderOptions& options, const Atlas& atlas,
                                           ViewState& view);

} // namespace glutea
