#version 330 core
// Lighting for anatomy: a key and a fill light that follow the camera, hemisphere ambient, a soft
// fibre sheen on muscles (Kajiya-Kay along the fibre direction), a rim glow for the selection and
// hover, and gamma-correct output. Colours arrive linear; the framebuffer holds sRGB.
// uMode 0 writes the colour; uMode 1 accumulates weighted blended order-independent transparency
// (McGuire and Bavoil 2013): location 0 gets premultiplied colour times weight and, through the
// blend state, the revealage in alpha; location 1 the sum of the weights.
in vec3 vPosition;
in vec3 vNormal;
in vec3 vFibre;

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
uniform int uMode;

layout(location = 0) out vec4 outColor;
layout(location = 1) out vec4 outWeight;

vec3 toSrgb(vec3 linear) {
    return mix(linear * 12.92, 1.055 * pow(linear, vec3(1.0 / 2.4)) - 0.055,
               step(vec3(0.0031308), linear));
}

void main() {
    vec3 n = normalize(vNormal);
    vec3 v = normalize(uEye - vPosition);
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
    float specular = 0.12 * pow(max(dot(n, h), 0.0), 32.0) * key;
    float fibreLength = length(vFibre);
    if (uFibreSheen > 0.0 && fibreLength > 0.5) {
        vec3 t = vFibre / fibreLength;
        float th = dot(t, h);
        specular += uFibreSheen * pow(sqrt(max(1.0 - th * th, 0.0)), 24.0) * key;
    }
    vec3 color = diffuse + vec3(specular);

    float rim = pow(1.0 - max(dot(n, v), 0.0), 2.0);
    color = mix(color, uHighlightColor, uHighlight * (0.22 + 0.6 * rim));
    color += uHighlightColor * uHover * 0.18 * (0.3 + rim);
    color += uBaseColor * uEmissive * 0.9;

    vec3 srgb = toSrgb(color);
    if (uMode == 0) {
        outColor = vec4(srgb, uOpacity);
        outWeight = vec4(0.0);
        return;
    }
    // Weight favours near, opaque-ish fragments; the depth term keeps far layers from dominating.
    float z = gl_FragCoord.z;
    float w = uOpacity * max(1e-2, 3e3 * pow(1.0 - z, 3.0));
    outColor = vec4(srgb * uOpacity * w, uOpacity);
    outWeight = vec4(uOpacity * w, 0.0, 0.0, 0.0);
}
