#version 330 core
// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Markers and props: plainly lit so they read as objects, with a darker rim so a white marker
// still stands out on pale skin or bone.
in vec3 vPosition;
in vec3 vNormal;

uniform vec3 uColor; // linear RGB
uniform float uOpacity;
uniform vec3 uEye;
uniform vec3 uKeyDirection;

layout(location = 0) out vec4 outColor;

void main() {
    vec3 n = normalize(vNormal);
    vec3 v = normalize(uEye - vPosition);
    if (dot(n, v) < 0.0) {
        n = -n;
    }
    float key = max(dot(n, uKeyDirection), 0.0);
    float facing = max(dot(n, v), 0.0);
    vec3 color = uColor * (0.45 + 0.55 * key);
    color *= mix(0.35, 1.0, smoothstep(0.0, 0.45, facing)); // the rim
    outColor = vec4(color, uOpacity);
}
