#version 330 core
// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Paint on the skin (referral zones, the painted area, caution zones), from two per-vertex
// channels; docs/ANIMATION.md. Drawn as its own pass over the skin, on the triangles that carry
// paint only (anatomy/scene_overlay.h trianglesCarryingPaint): on a software rasteriser this
// arithmetic over the whole skin cost more than the rest of a frame. Leaves premultiplied colour,
// blended "over" what is drawn (the skin film and the anatomy under it).
in vec3 vPosition;
in vec3 vNormal;
in vec4 vPain;    // x essential, y spillover, z arrival distance (m), w painted area
in vec4 vCaution; // x no sustained pressure, y no direct pressure
uniform float uEssentialFront; // metres of arrival distance reached; < 0: nothing yet
uniform float uSpilloverFront;
uniform float uPainStrength;
uniform float uNeural;         // 1: nerve pain, pulses travel along the arrival distance
uniform float uPulseTravel;
uniform float uShowPainted;
uniform float uShowCautions;
uniform float uHighContrast;
uniform vec3 uEssentialColor;
uniform vec3 uSpilloverColor;
uniform vec3 uNeuralColor;
uniform vec3 uPulseColor;
uniform vec3 uPaintedColor;
uniform vec3 uCautionNerveColor;
uniform vec3 uCautionBoneColor;

// Diagonal stripes in screen space: hatching that still reads in greyscale print.
float stripes(float period, float width, float slope) {
    float s = fract((gl_FragCoord.x + slope * gl_FragCoord.y) / period);
    return step(s, width);
}

// How far the spreading front has revealed a vertex that the pain reaches at `arrival`.
float reveal(float front, float arrival) {
    return front < 0.0 ? 0.0 : 1.0 - smoothstep(front - 0.02, front, arrival);
}

// Premultiplied "over": layer (c, a) on top of acc.
void over(inout vec4 acc, vec3 c, float a) {
    acc.rgb = c * a + acc.rgb * (1.0 - a);
    acc.a = a + acc.a * (1.0 - a);
}

vec4 skinPaint(float light) {
    vec4 acc = vec4(0.0);
    float hc = uHighContrast;
    float period = mix(9.0, 12.0, hc);
    if (uNeural > 0.5) {
        float band = max(vPain.x, vPain.y) * reveal(uEssentialFront, vPain.z) * uPainStrength;
        over(acc, uNeuralColor * light, band * mix(0.6, 0.9, hc));
        float q = fract((vPain.z - uPulseTravel) / 0.10);
        float pulse = smoothstep(0.0, 0.15, q) * (1.0 - smoothstep(0.15, 0.45, q));
        over(acc, uPulseColor, band * pulse);
    } else {
        float spill = vPain.y * reveal(uSpilloverFront, vPain.z) * uPainStrength;
        float hatch = stripes(period, 0.45, 1.0);
        over(acc, uSpilloverColor * light, spill * mix(mix(0.25, 0.45, hc), mix(0.8, 1.0, hc), hatch));
        float essential = vPain.x * reveal(uEssentialFront, vPain.z) * uPainStrength;
        over(acc, uEssentialColor * light, essential * mix(0.82, 1.0, hc));
    }
    // The painted area over the zones: it is what the user said, and must stay visible on them.
    if (uShowPainted > 0.5 && vPain.w > 0.0) {
        float w = vPain.w;
        float rim = smoothstep(0.25, 0.5, w) * (1.0 - smoothstep(0.5, 0.75, w));
        over(acc, uPaintedColor * light, clamp(0.4 * w + 0.55 * rim, 0.0, 1.0));
    }
    if (uShowCautions > 0.5) {
        float nerve = vCaution.x;
        float h = stripes(period, 0.5, -1.0);
        over(acc, uCautionNerveColor * light, nerve * mix(0.35, 0.95, h));
        float bone = vCaution.y;
        float cross = max(stripes(period, 0.3, 1.0), stripes(period, 0.3, -1.0));
        over(acc, uCautionBoneColor * light, bone * mix(0.25, 0.85, cross));
    }
    return acc;
}


uniform vec3 uEye;
uniform vec3 uKeyDirection;
uniform vec3 uFillDirection;

layout(location = 0) out vec4 outColor;

void main() {
    vec3 n = normalize(vNormal);
    if (dot(n, uEye - vPosition) < 0.0) {
        n = -n;
    }
    float key = max(dot(n, uKeyDirection), 0.0);
    float fill = max(dot(n, uFillDirection), 0.0);
    outColor = skinPaint(0.55 + 0.5 * key + 0.15 * fill);
}
