// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Quadratus lumborum and the lower erector spinae.
#include "meshgen/parts.h"

namespace glutea::meshgen {

std::vector<PartSpec> backMuscleParts(const Registry& /*registry*/) {
    return {};
}

} // namespace glutea::meshgen
