// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A saved view (`.glutea-view`, docs/VIEW-FILE.md): the camera, selection, visibility and layers,
// the animation in progress (referral, technique or routine, and its time), the painted area and
// the annotations. Read with file:line:column errors, written as JSON text (app/ writes it
// atomically). Ids, not part indices, so a view made on another atlas loads what matches there.
#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"

namespace glutea {

inline constexpr int kViewFileVersion = 1;
inline constexpr const char* kViewFileExtension = ".glutea-view";

struct ViewAnimation {
    std::string kind;         // "" none, "referral", "technique", "routine"
    std::string structure;    // referral: the muscle (node id with side, e.g. gluteus_medius_l)
    std::string triggerPoint; // referral: one trigger point, or empty
    std::string technique;    // technique: its id ...
    std::string placement;    // ... and placement (empty: the first on the selection)
    std::string routine;      // routine: its id ...
    int step = 0;             // ... and step (0: warm-up)
    double time = 0.0;        // animation seconds
    bool operator==(const ViewAnimation&) const = default;
};

// "Where does it hurt": brush dabs in order (an erase takes paint away).
struct ViewPaintDab {
    glm::vec3 at{0.0f};
    float radiusCm = 3.0f;
    bool erase = false;
    bool operator==(const ViewPaintDab&) const = default;
};

// A pin on a surface with a short text, drawn with a leader line to its label.
struct ViewAnnotation {
    glm::vec3 at{0.0f};
    std::string part; // the part it was placed on (node name), for the record
    std::string text; // at most kMaxAnnotationChars
    bool operator==(const ViewAnnotation&) const = default;
};
inline constexpr std::size_t kMaxAnnotationChars = 200;

struct ViewFile {
    std::string atlas; // the atlas's name it was made on
    glm::vec3 target{0.0f};
    float yawDegrees = 180.0f, pitchDegrees = 0.0f, distance = 2.0f, fovYDegrees = 35.0f;
    std::string selection; // part node name (e.g. piriformis_l), empty: none
    bool bothSides = false;
    std::vector<std::string> hidden; // parts the user hid (node names)
    std::array<LayerSettings, kLayerGroupIds.size()> layers = ViewState().layers; // skin 0.2
    float peel = 0.0f;
    bool isolate = false;
    bool xray = true;
    ViewAnimation animation;
    std::vector<ViewPaintDab> paint;
    std::vector<ViewAnnotation> annotations;
    bool operator==(const ViewFile& other) const; // LayerSettings has no == of its own
};

// Throws glutea::Error "FILE:LINE:COLUMN: message" (every problem, one a line).
ViewFile readViewFile(const std::filesystem::path& file);
ViewFile parseViewFile(std::string_view text, const std::string& fileName);
std::string viewFileText(const ViewFile& view);

// The camera, selection, visibility and layers of `state` (no animation, paint or annotations:
// the app fills those in from its modes).
ViewFile captureView(const Atlas& atlas, const ViewState& state);
// Sets the camera, selection, visibility and layers on `state`. Returns a line for each thing the
// file names that this atlas does not have (they are skipped, the rest loads).
std::vector<std::string> applyView(const ViewFile& view, const Atlas& atlas, ViewState& state);

} // namespace glutea
