#version 330 core
// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Anatomy surfaces: world-space position, normal and fibre direction for the fragment stage.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aFibre; // xyz: muscle fibre direction, zero when the mesh has none
// Muscle actions (issue 12, anatomy/pose_deformation.h): the vertex goes to mix(p, uPose p, weight);
// weight 0 (the attribute off) and uPose the identity when no action plays.
layout(location = 5) in float aPoseWeight;
uniform mat4 uPose;
#ifdef SKIN_PAINT // the paint pass (skin_paint.frag): paint channels (anatomy/scene_overlay.h SkinPaint)
layout(location = 3) in vec4 aPain;
layout(location = 4) in vec4 aCaution;
out vec4 vPain;
out vec4 vCaution;
#endif

uniform mat4 uViewProjection;
// The paint pass draws the skin's triangles again with the SKIN_PAINT variant and a depth test
// of "equal or nearer": both variants must compute the same depths.
invariant gl_Position;
// Cross-section (issue 12, anatomy/section.h): kept where uClipOffset - dot(uClipNormal, p) >= 0;
// with the section off the normal is zero and the offset 1, and GL_CLIP_DISTANCE0 is disabled.
uniform vec3 uClipNormal;
uniform float uClipOffset;

#ifdef VERTEX_LIGHTING // mesh.frag's lighting, per vertex (a software rasteriser)
#include "anatomy_lighting.glsl"
out vec4 vColour;
#else
out vec3 vPosition;
out vec3 vNormal;
out vec3 vFibre;
#endif

void main() {
    vec3 position = mix(aPosition, (uPose * vec4(aPosition, 1.0)).xyz, aPoseWeight);
    vec3 normal = mix(aNormal, mat3(uPose) * aNormal, aPoseWeight);
    vec3 fibre = mix(aFibre.xyz, mat3(uPose) * aFibre.xyz, aPoseWeight);
#ifdef VERTEX_LIGHTING
    vColour = anatomyColour(normalize(normal), normalize(uEye - position), fibre);
#else
    vPosition = position;
    vNormal = normal;
    vFibre = fibre;
#endif
#ifdef SKIN_PAINT
    vPain = aPain;
    vCaution = aCaution;
#endif
    gl_Position = uViewProjection * vec4(position, 1.0);
    gl_ClipDistance[0] = uClipOffset - dot(uClipNormal, position);
}
