// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// An orbit camera around a target point. Yaw turns about +Y, pitch is clamped short of the poles so
// the up direction never flips.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "geometry/ray.h"

namespace glutea {

struct ViewPreset {
    std::string name;
    std::string buttonLabel; // the window's short button text, in English ("Back" for posterior)
    float yawDegrees;        // 0: camera in front of the subject (+Z); 180: behind (posterior view)
    float pitchDegrees;      // positive: camera above the target
};

// posterior, anterior, left, right, superior, oblique (in that order: keys 1..6).
const std::vector<ViewPreset>& viewPresets();
std::optional<ViewPreset> findViewPreset(std::string_view name);

// Camera distance at which a sphere of `radius` fits the view, for a vertical field of view and an
// aspect ratio; OrbitCamera::frame adds 2% of margin.
float framingDistance(float radius, float fovYDegrees, float aspect);

class OrbitCamera {
  public:
    static constexpr float kMaxPitchDegrees = 89.0f;

    glm::vec3 target{0.0f};
    float yawDegrees = 180.0f;
    float pitchDegrees = 0.0f;
    float distance = 2.0f;
    float fovYDegrees = 35.0f;

    void setPreset(const ViewPreset& preset);
    // Centres on the bounds and sets the distance so their bounding sphere fits the view.
    void frame(const Bounds& bounds, float aspect);
    void orbit(float deltaYawDegrees, float deltaPitchDegrees);
    // Moves the target in the view plane; dx, dy are fractions of the viewport height.
    void pan(float dx, float dy);
    // factor < 1 moves closer.
    void zoom(float factor);

    glm::vec3 eye() const;
    glm::vec3 forward() const;
    glm::mat4 view() const;
    // Near and far planes follow the scene radius so nothing clips at any zoom.
    glm::mat4 projection(float aspect, const Bounds& scene) const;
    // The ray from the eye through a point of the viewport, given in normalised device coordinates
    // (-1..1, +y up): a point at any depth on it projects back to `ndc` through projection() *
    // view(). Converting from window pixels (y down) is the caller's job.
    Ray rayThrough(glm::vec2 ndc, float aspect) const;

  private:
    void clampPitch();
};

} // namespace glutea
