// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Section planes from the command line's text: which side each kind keeps, which view faces the
// cut, and clear errors for what is not a section.
#include <gtest/gtest.h>

#include "anatomy/section.h"
#include "base/error.h"

using namespace glutea;

TEST(Section, EachKindKeepsTheSideItsViewLooksAt) {
    const SectionPlane axial = parseSection("axial:0.044");
    EXPECT_TRUE(axial.on);
    EXPECT_GT(axial.keptDistance({0.0f, 0.0f, 0.0f}), 0.0f); // below: kept
    EXPECT_LT(axial.keptDistance({0.0f, 0.1f, 0.0f}), 0.0f); // above: cut away
    EXPECT_NEAR(axial.keptDistance({0.3f, 0.044f, -0.2f}), 0.0f, 1e-6f);
    EXPECT_EQ(axial.facingView(), "superior");

    const SectionPlane coronal = parseSection("coronal:-0.05");
    EXPECT_GT(coronal.keptDistance({0.0f, 0.0f, 0.0f}), 0.0f);  // in front: kept
    EXPECT_LT(coronal.keptDistance({0.0f, 0.0f, -0.1f}), 0.0f); // behind: cut away
    EXPECT_EQ(coronal.facingView(), "posterior");

    const SectionPlane sagittal = parseSection("sagittal:0.08");
    EXPECT_GT(sagittal.keptDistance({0.0f, 0.0f, 0.0f}), 0.0f);
    EXPECT_LT(sagittal.keptDistance({0.1f, 0.0f, 0.0f}), 0.0f); // the subject's left: cut away
    EXPECT_EQ(sagittal.facingView(), "left");
}

TEST(Section, BadTextIsNamed) {
    for (const char* bad : {"axial", "axial:", "axial:abc", "axial:0.1x", "transverse:0.1",
                            "coronal:nan", "sagittal:99", ":0.1", ""}) {
        try {
            parseSection(bad, "--section");
            ADD_FAILURE() << bad << " was accepted";
        } catch (const Error& e) {
            const std::string m = e.what();
            EXPECT_NE(m.find("--section"), std::string::npos) << m;
            EXPECT_NE(m.find("axial:Y"), std::string::npos) << m;
        }
    }
}
