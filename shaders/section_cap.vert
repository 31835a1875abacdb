#version 330 core
// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// A cross-section's cut face (render/section_caps): a quad in the section plane, drawn only where
// the stencil says the plane lies inside the part. No clip distance: the quad lies on the plane.
uniform mat4 uViewProjection;
uniform vec3 uCorners[4]; // triangle-strip order

void main() {
    gl_Position = uViewProjection * vec4(uCorners[gl_VertexID], 1.0);
}
