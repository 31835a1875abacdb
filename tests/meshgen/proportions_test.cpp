// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Sizes against real anatomy: the extents of the Visible Human Female gluteal muscles in
// ../shared/anatomy-reference (reference.h), scaled by hip width. Their places, volumes and layers:
// reference_test.cpp.
#include "atlas_fixture.h"
#include "reference.h"

#include <gtest/gtest.h>

using namespace glutea::meshgen;

TEST(MeshgenProportions, GlutealMuscleExtentsMatchVisibleHumanFemale) {
    const test::Reference* ref = test::reference();
    if (!ref)
        GTEST_SKIP() << "reference data not found at " << test::referenceDir()
                     << " (it lives outside the repository)";
    const double ourWidth =
        glm::length(test::landmark("hip_joint_centre_l") - test::landmark("hip_joint_centre_r"));
    const double scale = ourWidth / ref->hipWidth;
    for (const char* id : {"gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis"}) {
        const Box r = bounds(ref->muscles.at(id));
        const glm::dvec3 refExt = glm::dvec3(r.hi - r.lo) * scale;
        const Box b = bounds(test::structure(std::string(id) + "_l").mesh);
        const glm::dvec3 ourExt = glm::dvec3(b.hi - b.lo);
        for (int k = 0; k < 3; ++k)
            EXPECT_NEAR(ourExt[k] / refExt[k], 1.0, 0.20)
                << id << " extent along "
                << "xyz"[k] << ": " << ourExt[k] << " m vs scaled reference " << refExt[k] << " m";
    }
}
