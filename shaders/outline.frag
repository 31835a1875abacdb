#version 330 core
// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Draws outlines around the parts written to the mask (1: the selection, 0.5: a related structure),
// seen even where other structures cover them.
in vec2 vUv;

uniform sampler2D uMask;
uniform vec3 uSelectionColor; // linear
uniform vec3 uRelatedColor;   // linear
uniform float uWidth;         // pixels

layout(location = 0) out vec4 outColor;

void main() {
    ivec2 p = ivec2(gl_FragCoord.xy);
    ivec2 last = textureSize(uMask, 0) - 1;
    float centre = texelFetch(uMask, p, 0).r;
    // Eight taps on a ring of the outline's width: a cheap stand-in for the whole disc (the
    // outline is a few pixels wide, so nothing slips between the taps).
    const vec2 ring[8] = vec2[8](vec2(1, 0), vec2(0.7071, 0.7071), vec2(0, 1), vec2(-0.7071, 0.7071),
                                 vec2(-1, 0), vec2(-0.7071, -0.7071), vec2(0, -1), vec2(0.7071, -0.7071));
    float strongest = 0.0;
    for (int i = 0; i < 8; ++i) {
        ivec2 q = clamp(p + ivec2(round(ring[i] * uWidth)), ivec2(0), last);
        strongest = max(strongest, texelFetch(uMask, q, 0).r);
    }
    // An outline pixel lies outside a masked region but within uWidth of it.
    if (strongest <= centre + 0.01) {
        discard;
    }
    vec3 color = strongest > 0.75 ? uSelectionColor : uRelatedColor;
    outColor = vec4(color, 1.0);
}
