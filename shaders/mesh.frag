#version 330 core
// Lighting for anatomy: a key and a fill light that follow the camera, hemisphere ambient, a soft
// fibre sheen on muscles (Kajiya-Kay along the fibre direction), a rim glow for the selection and
// hover. Colours arrive linear and leave linear: the sRGB framebuffer encodes them (and blends in
// linear light). Powers are written as repeated squaring: on a software rasteriser pow() is the
// costliest thing a fragment does.
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
uniform float uTranslucentRim; // 1: a see-through film, more opaque where seen edge-on

#ifdef SKIN_PAINT
// The skin's variant: paint on it (referral zones, the painted area, caution zones), from two
// per-vertex channels; docs/ANIMATION.md. Other parts use the plain variant, which skips the
// channels' interpolation and the paint (on a software rasteriser both cost per pixel).
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

#endif

layout(location = 0) out vec4 outColor;

float pow32(float x) {
    x *= x; x *= x; x *= x; x *= x;
    return x * x;
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
    float specular = uTranslucentRim > 0.5 ? 0.0 : 0.12 * pow32(max(dot(n, h), 0.0)) * key;
    float fibreLength = length(vFibre);
    if (uFibreSheen > 0.0 && fibreLength > 0.5 && uTranslucentRim < 0.5) {
        vec3 t = vFibre / fibreLength;
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
#ifdef SKIN_PAINT
    vec4 paint = skinPaint(0.55 + 0.5 * key + 0.15 * fill);
    color = color * (1.0 - paint.a) + paint.rgb;
    alpha = 1.0 - (1.0 - alpha) * (1.0 - paint.a);
#endif
    outColor = vec4(color, alpha);
}
