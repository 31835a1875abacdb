#version 330 core
// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Anatomy surfaces: lit here per fragment (anatomy_lighting.glsl), or per vertex by mesh.vert on a
// software rasteriser (VERTEX_LIGHTING), where the lighting is most of a frame's cost.
#ifdef VERTEX_LIGHTING
in vec4 vColour;
#else
in vec3 vPosition;
in vec3 vNormal;
in vec3 vFibre;
#include "anatomy_lighting.glsl"
#endif

layout(location = 0) out vec4 outColor;

void main() {
#ifdef VERTEX_LIGHTING
    outColor = vColour;
#else
    outColor = anatomyColour(normalize(vNormal), normalize(uEye - vPosition), vFibre);
#endif
}
