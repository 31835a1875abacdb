// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Lumbar vertebrae L3-L5 with their discs, the sacroiliac joint and the sacrotuberous and
// sacrospinous ligaments.
#include "meshgen/parts.h"

namespace glutea::meshgen {

std::vector<PartSpec> spineParts() {
    return {};
}

} // namespace glutea::meshgen
