// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Calf: gastrocnemius (two heads) and soleus.
#include "meshgen/parts.h"

namespace glutea::meshgen {

std::vector<PartSpec> legMuscleParts(const Registry& /*registry*/) {
    return {};
}

} // namespace glutea::meshgen
