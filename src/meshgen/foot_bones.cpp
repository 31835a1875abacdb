// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The foot's bones (talus, calcaneus and the rest).
#include "meshgen/parts.h"

namespace glutea::meshgen {

std::vector<PartSpec> footBoneParts() {
    return {};
}

} // namespace glutea::meshgen
