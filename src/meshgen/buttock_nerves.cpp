// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Nerves of the buttock besides the sciatic: superior and inferior gluteal, posterior femoral
// cutaneous and pudendal.
#include "meshgen/parts.h"

namespace glutea::meshgen {

std::vector<PartSpec> buttockNerveParts() {
    return {};
}

} // namespace glutea::meshgen
