// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/atlas_frame.h"

#include "meshgen/proportions.h"

#include <cmath>

namespace glutea::meshgen {

PartSpec atlasFramed(PartSpec s) {
    // The design box is the preimage of the atlas box: toDesign is monotone in y and, at each y,
    // in |x|, so sampling the faces of the box bounds it; a margin covers the small curvature.
    Box design{glm::vec3(1e9f), glm::vec3(-1e9f)};
    for (int i = 0; i <= 6; ++i) {
        for (int j = 0; j <= 6; ++j) {
            for (int k = 0; k <= 6; ++k) {
                const glm::vec3 t(float(i) / 6, float(j) / 6, float(k) / 6);
                const glm::vec3 q = toDesign(s.box.lo + (s.box.hi - s.box.lo) * t);
                design.lo = glm::min(design.lo, q);
                design.hi = glm::max(design.hi, q);
            }
        }
    }
    s.box = {design.lo - glm::vec3(0.002f), design.hi + glm::vec3(0.002f)};
    const Field atlasField = s.field;
    s.field = [atlasField](glm::vec3 p) { return atlasField(toAtlas(p)); };
    if (s.fibre) {
        const auto atlasFibre = s.fibre;
        // A direction at an atlas point pulled back to the design frame (buildPart carries it
        // forward again with directionToAtlas).
        s.fibre = [atlasFibre](glm::vec3 p) {
            const glm::vec3 q = toAtlas(p);
            const glm::vec3 a = atlasFibre(q);
            const float h = 1e-4f;
            const glm::vec3 d = toDesign(q + a * h) - toDesign(q - a * h);
            const float l = glm::length(d);
            return l > 0.0f ? d / l : a;
        };
    }
    return s;
}

} // namespace glutea::meshgen
