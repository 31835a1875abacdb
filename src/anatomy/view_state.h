// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the user sees and has chosen: camera, selection, visibility, layers, animation clock. The UI
// and the app change it; the renderer only reads it.
#include <array>
#include <vector>

#include "anatomy/pose_state.h"
#include "anatomy/scene_overlay.h"
#include "anatomy/section.h"
#include "anatomy/selection.h"
#include "geometry/camera.h"
#include "geometry/camera_transition.h"

namespace glutea {

// Which outline a part gets: the selection's (bright) or a related structure's (dim).
enum class Outline { None, Selected, Related };

// How one part is drawn this frame, derived from the choices below (app/view_effects) and eased
// over time so changes never jump.
struct PartLook {
    float opacity = 1.0f;            // 0 hidden, below 1 translucent (x-ray, layer opacity)
    float highlight = 0.0f;          // selection glow, 0..1
    float hover = 0.0f;              // faint highlight under the mouse, 0..1
    Outline outline = Outline::None; // a kind, not an amount: it is not eased
};

// Layer groups from the outside in; "peel" removes them in this order.
enum class LayerGroup { Skin, SuperficialMuscles, DeepMuscles, Nerves, Bones, Count };
// Each group's id (atlas.json "group", view files, --layer) and its name in the Layers panel, in
// the enum's order: the one table of them.
struct LayerGroupName {
    const char* id;
    const char* label;
};
inline constexpr std::array<LayerGroupName, 5> kLayerGroups = {
    {{"skin", "Skin"},
     {"superficial_muscles", "Superficial muscles"},
     {"deep_muscles", "Deep muscles"},
     {"nerves", "Nerves"},
     {"bones", "Bones"}}};
static_assert(kLayerGroups.size() == static_cast<std::size_t>(LayerGroup::Count));
inline constexpr std::array<const char*, kLayerGroups.size()> kLayerGroupIds = [] {
    std::array<const char*, kLayerGroups.size()> ids{};
    for (std::size_t g = 0; g < ids.size(); ++g) {
        ids[g] = kLayerGroups[g].id;
    }
    return ids;
}();

struct LayerSettings {
    bool visible = true;
    float opacity = 1.0f;
};

struct ViewState {
    OrbitCamera camera;
    CameraTransition cameraMove;   // eases the camera to a preset or a selection's best view
    std::vector<bool> partVisible; // per Atlas::parts entry: the user's own toggles
    SelectionHistory selection;    // the current selection and back/forward history
    int hoveredPart = -1;
    bool isolateSelection = false;
    float peel = 0.0f; // 0 all layers; 1 skin removed; 2 superficial muscles too; ...
    std::array<LayerSettings, static_cast<std::size_t>(LayerGroup::Count)> layers{};
    bool xray = true;           // structures over the selection fade so it stays visible
    std::vector<PartLook> look; // per part; empty: every visible part opaque
    SceneOverlay overlay;       // paint, markers and props over the anatomy (referral, techniques)
    SectionPlane section;       // a cross-section: cut away, cut faces filled (issue 12)
    PoseDeformation pose;       // a muscle action: the leg moved, muscles blended (issue 12)

    ViewState() { layers[0].opacity = 0.2f; } // skin starts translucent: anatomy shows through

    bool isVisible(std::size_t part) const {
        return part < partVisible.size() ? static_cast<bool>(partVisible[part]) : true;
    }
    PartLook lookOf(std::size_t part) const {
        if (part < look.size()) {
            return look[part];
        }
        return PartLook{isVisible(part) ? 1.0f : 0.0f};
    }
};

} // namespace glutea
