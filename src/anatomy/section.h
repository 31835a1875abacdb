// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A cross-section: a plane that cuts the anatomy away on one side (issue 12). Axial planes cut at a
// height Y and keep what lies below (seen from above), coronal planes at a depth Z and keep what
// lies in front (seen from behind), sagittal planes at X and keep the subject's right of it (seen
// from the left); a free plane keeps the side its normal points away from. Metres, atlas frame
// (+X the subject's left, +Y up, +Z anterior). The renderer clips with it and fills the cut faces
// in each structure's colour.
#include <string>

#include <glm/glm.hpp>

namespace glutea {

struct SectionPlane {
    bool on = false;
    std::string kind = "axial";         // axial, coronal, sagittal, free
    glm::vec3 normal{0.0f, 1.0f, 0.0f}; // points into the half that is cut away
    float offset = 0.0f;                // the plane: dot(normal, p) = offset

    // Positive on the kept side: what the vertex shader writes to gl_ClipDistance[0].
    float keptDistance(const glm::vec3& p) const { return offset - glm::dot(normal, p); }
    // The view preset that looks at the cut face.
    std::string facingView() const;
};

SectionPlane axialSection(float y);
SectionPlane coronalSection(float z);
SectionPlane sagittalSection(float x);
// "axial:Y", "coronal:Z" or "sagittal:X" (metres). Throws glutea::Error naming `option` and what
// was expected.
SectionPlane parseSection(const std::string& text, const std::string& option = "--section");

} // namespace glutea
