// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Parts placed from measurements taken in the atlas frame (the calf and the foot, measured against
// the Visible Human Female's leg): their box, field and fibre are written in atlas coordinates and
// carried here into the design frame that buildAtlas expects (proportions.h). The atlas builder
// samples the field back in the atlas frame, so what is written is what is built.
#include "meshgen/parts.h"

namespace glutea::meshgen {

// `s` with box, field and fibre given in the atlas frame -> the same part in the design frame.
PartSpec atlasFramed(PartSpec s);

} // namespace glutea::meshgen
