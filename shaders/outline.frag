#version 330 core
// Draws outlines around the parts written to the mask (1: the selection, 0.5: a related structure),
// seen even where other structures cover them.
in vec2 vUv;

uniform sampler2D uMask;
uniform vec3 uSelectionColor; // sRGB
uniform vec3 uRelatedColor;   // sRGB
uniform float uWidth;         // pixels

layout(location = 0) out vec4 outColor;

void main() {
    ivec2 p = ivec2(gl_FragCoord.xy);
    float centre = texelFetch(uMask, p, 0).r;
    ivec2 size = textureSize(uMask, 0);
    float strongest = 0.0;
    int r = int(uWidth);
    for (int dy = -r; dy <= r; ++dy) {
        for (int dx = -r; dx <= r; ++dx) {
            if (dx * dx + dy * dy > r * r) {
                continue;
            }
            ivec2 q = clamp(p + ivec2(dx, dy), ivec2(0), size - 1);
            strongest = max(strongest, texelFetch(uMask, q, 0).r);
        }
    }
    // An outline pixel lies outside a masked region but within uWidth of it.
    if (strongest <= centre + 0.01) {
        discard;
    }
    vec3 color = strongest > 0.75 ? uSelectionColor : uRelatedColor;
    outColor = vec4(color, 1.0);
}
