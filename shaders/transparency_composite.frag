#version 330 core
// Resolves weighted blended transparency over the opaque image: the weighted average colour of the
// translucent layers covers (1 - revealage) of what lies behind. The output alpha is the revealage;
// the blend state (1 - src alpha, src alpha) does the covering.
in vec2 vUv;

uniform sampler2D uAccumulated; // rgb: sum of colour * alpha * weight; a: revealage
uniform sampler2D uWeights;     // r: sum of alpha * weight

layout(location = 0) out vec4 outColor;

void main() {
    ivec2 p = ivec2(gl_FragCoord.xy);
    vec4 accumulated = texelFetch(uAccumulated, p, 0);
    float revealage = accumulated.a;
    if (revealage >= 0.999) {
        discard; // nothing translucent here
    }
    float weights = max(texelFetch(uWeights, p, 0).r, 1e-5);
    outColor = vec4(accumulated.rgb / weights, revealage);
}
