#version 330 core
// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Edge anti-aliasing after the frame: on a software rasteriser 4x MSAA shades and stores four
// samples a pixel; this pass looks only at the finished image. Where a pixel's neighbours differ
// in brightness it finds the edge's direction, walks along the edge to both ends of the
// pixel's run of the staircase, and blends the pixel with its neighbour across the edge by the
// share of it the true (straight) edge would cover there. Isolated specks and thin lines get a
// gentler blend toward their neighbourhood. Works in linear light (the texture is sRGB, so
// sampling decodes), judges edges by perceived brightness.
in vec2 vUv;

uniform sampler2D uColor;

layout(location = 0) out vec4 outColor;

const int kSteps = 10;  // how far along an edge a run is followed, each way (pixels)
const float kMinContrast = 0.045; // perceived brightness: below this nothing is an edge
const float kRelativeContrast = 0.12;

ivec2 gLast;

vec3 colorAt(ivec2 q) {
    return texelFetch(uColor, clamp(q, ivec2(0), gLast), 0).rgb;
}

float brightness(vec3 linear) {
    // Square root: close to sRGB's perceived lightness, cheap.
    return sqrt(dot(linear, vec3(0.2126, 0.7152, 0.0722)));
}

float brightnessAt(ivec2 q) {
    return brightness(colorAt(q));
}

void main() {
    gLast = textureSize(uColor, 0) - 1;
    ivec2 p = ivec2(gl_FragCoord.xy);
    vec3 centre = colorAt(p);
    float c = brightness(centre);
    float n = brightnessAt(p + ivec2(0, 1)), s = brightnessAt(p + ivec2(0, -1));
    float e = brightnessAt(p + ivec2(1, 0)), w = brightnessAt(p + ivec2(-1, 0));
    float lo = min(c, min(min(n, s), min(e, w)));
    float hi = max(c, max(max(n, s), max(e, w)));
    float contrast = hi - lo;
    if (contrast < max(kMinContrast, hi * kRelativeContrast)) {
        outColor = vec4(centre, 1.0);
        return;
    }
    float ne = brightnessAt(p + ivec2(1, 1)), nw = brightnessAt(p + ivec2(-1, 1));
    float se = brightnessAt(p + ivec2(1, -1)), sw = brightnessAt(p + ivec2(-1, -1));

    // Brightness that changes from row to row means an edge that runs along the rows.
    float acrossRows = 2.0 * abs(n + s - 2.0 * c) + abs(ne + se - 2.0 * e) + abs(nw + sw - 2.0 * w);
    float acrossColumns = 2.0 * abs(e + w - 2.0 * c) + abs(ne + nw - 2.0 * n) + abs(se + sw - 2.0 * s);
    bool alongRows = acrossRows >= acrossColumns;
    ivec2 along = alongRows ? ivec2(1, 0) : ivec2(0, 1);
    float before = alongRows ? s : w, after = alongRows ? n : e;
    bool towardAfter = abs(after - c) >= abs(before - c);
    ivec2 across = (alongRows ? ivec2(0, 1) : ivec2(1, 0)) * (towardAfter ? 1 : -1);
    float other = towardAfter ? after : before;
    float edge = 0.5 * (c + other);     // brightness on the edge itself
    float gradient = abs(other - c);

    // Follow the pair of rows (or columns) either side of the edge until their mean leaves the
    // edge's brightness: that is where this step of the staircase ends.
    int ahead = kSteps, behind = kSteps;
    float aheadEnd = edge, behindEnd = edge;
    for (int i = 1; i <= kSteps; ++i) {
        float m = 0.5 * (brightnessAt(p + along * i) + brightnessAt(p + along * i + across));
        if (abs(m - edge) >= 0.25 * gradient) {
            ahead = i;
            aheadEnd = m;
            break;
        }
    }
    for (int i = 1; i <= kSteps; ++i) {
        float m = 0.5 * (brightnessAt(p - along * i) + brightnessAt(p - along * i + across));
        if (abs(m - edge) >= 0.25 * gradient) {
            behind = i;
            behindEnd = m;
            break;
        }
    }
    bool aheadNearer = ahead < behind;
    float nearest = float(min(ahead, behind));
    float endBrightness = aheadNearer ? aheadEnd : behindEnd;
    float run = float(ahead + behind - 1);
    // The straight edge through the staircase crosses into this pixel only toward the end where
    // the step goes over to the other side (there the pair turns the colour of the far side).
    float share = 0.0;
    if ((c < edge) != (endBrightness < edge)) {
        share = max(0.0, 0.5 - (nearest - 0.5) / run);
    }

    // Specks and lines a pixel wide: blend toward the neighbourhood by how much they stand out.
    float neighbourhood = (2.0 * (n + s + e + w) + ne + nw + se + sw) / 12.0;
    float standout = clamp(abs(neighbourhood - c) / contrast, 0.0, 1.0);
    standout = standout * standout * (3.0 - 2.0 * standout);
    share = max(share, standout * standout * 0.6);

    outColor = vec4(mix(centre, colorAt(p + across), share), 1.0);
}
