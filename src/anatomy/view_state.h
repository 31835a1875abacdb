#pragma once
// What the user sees and has chosen: camera, selection, visibility, animation clock. The UI changes
// it; the renderer only reads it.
#include <vector>

#include "geometry/camera.h"

namespace glutea {

struct ViewState {
    OrbitCamera camera;
    std::vector<bool> partVisible; // one per Atlas::parts entry
    int selectedPart = -1;         // index into Atlas::parts, -1 for none
    double timeSeconds = 0.0;      // animation clock
    float skinOpacity = 0.35f;

    bool isVisible(std::size_t part) const {
        return part < partVisible.size() ? static_cast<bool>(partVisible[part]) : true;
    }
};

} // namespace glutea
