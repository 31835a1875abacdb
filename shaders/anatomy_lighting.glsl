// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Lighting for anatomy: a key and a fill light that follow the camera, hemisphere ambient, a soft
// fibre sheen on muscles (Kajiya-Kay along the fibre direction), a rim glow for the selection and
// hover. Colours arrive linear and leave linear: the sRGB framebuffer encodes them (and blends in
// linear light). Powers are written as repeated squaring: on a software rasteriser pow() is the
// costliest thing a fragment does.
// Included by mesh.frag (per fragment) and, on a software rasteriser, mesh.vert (per vertex:
// VERTEX_LIGHTING, see render/renderer.h).
uniform vec3 uBaseColor;      // linear RGB
uniform float uOpacity;       // 1 opaque
uniform vec3 uEye;
uniform vec3 uKeyDirection;   // towards the light, world space
uniform vec3 uFillDirection;
uniform vec3 uHighlightColor; // linear RGB
uniform float uHighlight;     // 0 none, 1 selected
uniform float uHover;         // 0 none, 1 under the mouse
uniform float uEmissive;      // nerves glow when selected
uniform float uFibreSheen;    // 0 for structures without fibres
uniform float uTranslucentRim; // 1: a see-through film, more opaque where seen edge-on

float pow32(float x) {
    x *= x; x *= x; x *= x; x *= x;
    return x * x;
}

// `normal` and `v` (towards the eye) of unit length; `fibre` as the mesh carries it.
vec4 anatomyColour(vec3 normal, vec3 v, vec3 fibre) {
    vec3 n = normal;
    if (dot(n, v) < 0.0) {
        n = -n; // inner side of an open or translucent surface
    }
    vec3 sky = vec3(0.36, 0.38, 0.42);
    vec3 ground = vec3(0.16, 0.13, 0.11);
    vec3 ambient = mix(ground, sky, 0.5 + 0.5 * n.y);

    float key = max(dot(n, uKeyDirection), 0.0);
    float fill = max(dot(n, uFillDirection), 0.0);
    vec3 diffuse = uBaseColor * (ambient + key * vec3(0.95, 0.92, 0.86) + fill * vec3(0.28, 0.30, 0.34));

    vec3 h = normalize(uKeyDirection + v);
    float specular = uTranslucentRim > 0.5 ? 0.0 : 0.12 * pow32(max(dot(n, h), 0.0)) * key;
    float fibreLength = length(fibre);
    if (uFibreSheen > 0.0 && fibreLength > 0.5 && uTranslucentRim < 0.5) {
        vec3 t = fibre / fibreLength;
        float th = dot(t, h);
        float s = max(1.0 - th * th, 0.0); // sin^2 of the angle to the fibre; sheen = sin^24
        float s4 = s * s;
        s4 *= s4;
        specular += uFibreSheen * s4 * s4 * s4 * key;
    }
    vec3 color = diffuse + vec3(specular);

    float rim = 1.0 - max(dot(n, v), 0.0);
    rim *= rim;
    color = mix(color, uHighlightColor, uHighlight * (0.35 + 0.55 * rim));
    color += uHighlightColor * uHover * 0.18 * (0.3 + rim);
    color += uBaseColor * uEmissive * 0.9;

    // A thin translucent film covers more of what lies behind where it is seen edge-on, and is lit
    // a little from within so that at low opacity it still reads as skin, not as a shadow.
    color = mix(color, uBaseColor, 0.35 * uTranslucentRim);
    float alpha = mix(uOpacity, min(1.0, uOpacity * (0.6 + 1.2 * rim)), uTranslucentRim);
    return vec4(color, alpha);
}
