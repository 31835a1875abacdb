// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Medial thigh: adductor magnus, longus and brevis, gracilis, pectineus; obturator externus.
#include "meshgen/parts.h"

namespace glutea::meshgen {

std::vector<PartSpec> medialThighParts(const Registry& /*registry*/) {
    return {};
}

} // namespace glutea::meshgen
