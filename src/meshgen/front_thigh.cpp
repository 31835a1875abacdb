// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Hip flexors and the front of the thigh: iliacus, psoas major, rectus femoris, the vasti,
// sartorius.
#include "meshgen/parts.h"

namespace glutea::meshgen {

std::vector<PartSpec> frontThighParts(const Registry& /*registry*/) {
    return {};
}

} // namespace glutea::meshgen
