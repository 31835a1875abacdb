// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What is drawn on and over the body besides the anatomy itself: paint on the skin (referral
// zones, the painted "where does it hurt" area, caution zones), markers (trigger points, a hand or
// thumb gliding, pressure rings, trails, arrows of pull) and props (foam roller, ball). The
// referral and technique players fill it each frame; the renderer only reads it. Plain data: no GL.
// docs/ANIMATION.md describes the channels and colours.
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

namespace glutea {

// A SkinPaint::version never handed out before in this process. Every writer of the skin paint
// (the referral and technique players) takes its versions here, so the renderer, which uploads
// when the version differs from the last one it uploaded, never mistakes one paint for another.
std::uint64_t newSkinPaintVersion();

// Per-vertex values on the skin part's full-resolution mesh (Atlas part "skin", its vertex order).
// Empty vectors: nothing painted. Set `version = newSkinPaintVersion()` whenever a vector changes,
// so the renderer uploads it again (uploading 25k vertices every frame would be wasteful).
struct SkinPaint {
    // x: essential-zone weight 0..1, y: spillover-zone weight 0..1,
    // z: arrival distance in metres over the skin from where the pain starts (the skin point over
    //    the trigger point, or the top of a nerve band), for the spreading front and nerve pulses,
    // w: the "where does it hurt" painted area 0..1.
    std::vector<glm::vec4> pain;
    // x: "no sustained pressure" zone weight 0..1 (the sciatic nerve's band),
    // y: "no direct pressure" zone weight 0..1 (spine, sacrum, coccyx, bony points),
    // z, w: unused (0).
    std::vector<glm::vec4> caution;
    std::uint64_t version = 0;
};

// The triangles of `indices` (a mesh over the skin's vertices) that carry visible paint: a vertex
// with a zone weight, the painted area when `showPainted`, or a caution weight when
// `showCautions`. The renderer shades paint on these alone: on a software rasteriser the paint's
// arithmetic over the whole skin cost more than the rest of a frame.
std::vector<std::uint32_t> trianglesCarryingPaint(const std::vector<std::uint32_t>& indices,
                                                  const SkinPaint& paint, bool showPainted,
                                                  bool showCautions);

// How the pain channels are shown this frame.
struct PainLook {
    // Vertices whose arrival distance (pain.z) is below the front show their zone; < 0: none yet.
    float essentialFront = -1.0f; // metres
    float spilloverFront = -1.0f; // metres
    float strength = 1.0f;        // 0..1, fades the whole map (loop restart)
    bool neural = false;          // nerve pain: pulses travel along pain.z instead of a fill
    float pulseTravel = 0.0f;     // metres the nerve pulses have travelled (animates the band)
    bool showPainted = false;     // draw pain.w (the painted area) as an outline-ish tint
};

enum class MarkerShape {
    Sphere, // trigger point (pulsing), ball tip
    Disc,   // a hand, palm or thumb pad lying on the skin, facing `normal`
    Ring,   // pressure ring on the skin (size and depth show the pressure)
    Cone    // an arrow head: apex at position + normal * length
};

struct Marker {
    MarkerShape shape = MarkerShape::Sphere;
    glm::vec3 position{0.0f}; // atlas frame, metres
    glm::vec3 normal{0.0f, 0.0f,
                     -1.0f}; // the skin's outward normal there (disc/ring facing, cone axis)
    float radius = 0.01f;    // metres
    float length = 0.0f;     // cone: metres from base to apex
    float sink = 0.0f;       // metres pushed into the skin along -normal (pressing)
    glm::vec3 colorSrgb{1.0f};
    float opacity = 1.0f;
    bool onTop = true; // drawn over everything (a trigger point inside the body stays visible)
};

enum class PropKind { FoamRoller, Ball };

struct Prop {
    PropKind kind = PropKind::Ball;
    glm::vec3 position{0.0f};         // centre, atlas frame
    glm::vec3 axis{1.0f, 0.0f, 0.0f}; // roller: its long axis
    float radius = 0.035f;
    float length = 0.3f; // roller only
    glm::vec3 colorSrgb{0.35f, 0.55f, 0.85f};
};

// A label at a 3D point, for the window's UI layer to word and draw (headless renders have no
// text): the app looks its text up by `id`, in the window's language.
struct OverlayLabel {
    glm::vec3 position{0.0f};
    std::string id; // what it labels (a caution zone id), for its text and for clicks
};

struct SceneOverlay {
    SkinPaint skin;
    PainLook pain;
    bool showCautions = false;
    bool highContrast = false;
    std::vector<Marker> markers;
    std::vector<Prop> props;
    std::vector<OverlayLabel> labels;

    bool empty() const {
        return skin.pain.empty() && !showCautions && markers.empty() && props.empty();
    }
};

} // namespace glutea
