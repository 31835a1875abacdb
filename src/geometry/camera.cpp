// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/camera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace glutea {

const std::vector<ViewPreset>& viewPresets() {
    static const std::vector<ViewPreset> presets = {
        {"posterior", "Back", 180.0f, 5.0f}, {"anterior", "Front", 0.0f, 5.0f},
        {"left", "Left", 90.0f, 5.0f},       {"right", "Right", -90.0f, 5.0f},
        {"superior", "Top", 180.0f, 89.0f},  {"oblique", "Oblique", 140.0f, 25.0f},
    };
    return presets;
}

std::optional<ViewPreset> findViewPreset(std::string_view name) {
    for (const auto& p : viewPresets()) {
        if (p.name == name) {
            return p;
        }
    }
    return std::nullopt;
}

void OrbitCamera::setPreset(const ViewPreset& preset) {
    yawDegrees = preset.yawDegrees;
    pitchDegrees = preset.pitchDegrees;
    clampPitch();
}

void OrbitCamera::frame(const Bounds& bounds, float aspect) {
    if (bounds.empty()) {
        return;
    }
    target = bounds.centre();
    distance = framingDistance(bounds.radius(), fovYDegrees, aspect) * 1.02f;
}

float framingDistance(float radius, float fovYDegrees, float aspect) {
    const float halfY = glm::radians(fovYDegrees) * 0.5f;
    const float halfX = std::atan(std::tan(halfY) * std::max(aspect, 1e-3f));
    return std::max(radius, 1e-3f) / std::sin(std::min(halfX, halfY));
}

void OrbitCamera::orbit(float deltaYawDegrees, float deltaPitchDegrees) {
    yawDegrees = std::remainder(yawDegrees + deltaYawDegrees, 360.0f);
    pitchDegrees += deltaPitchDegrees;
    clampPitch();
}

void OrbitCamera::pan(float dx, float dy) {
    const glm::vec3 f = forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
    const glm::vec3 up = glm::cross(right, f);
    const float viewHeight = 2.0f * distance * std::tan(glm::radians(fovYDegrees) * 0.5f);
    target += (-dx * right + dy * up) * viewHeight;
}

void OrbitCamera::zoom(float factor) {
    distance = std::clamp(distance * factor, 0.02f, 50.0f);
}

glm::vec3 OrbitCamera::forward() const {
    const float yaw = glm::radians(yawDegrees);
    const float pitch = glm::radians(pitchDegrees);
    const glm::vec3 fromTarget(std::sin(yaw) * std::cos(pitch), std::sin(pitch),
                               std::cos(yaw) * std::cos(pitch));
    return -fromTarget;
}

glm::vec3 OrbitCamera::eye() const {
    return target - forward() * distance;
}

glm::mat4 OrbitCamera::view() const {
    return glm::lookAt(eye(), target, glm::vec3(0, 1, 0));
}

glm::mat4 OrbitCamera::projection(float aspect, const Bounds& scene) const {
    const float radius = scene.empty() ? 1.0f : scene.radius();
    const float toCentre = scene.empty() ? distance : glm::length(eye() - scene.centre());
    const float reach = toCentre + 1.1f * radius;
    const float nearPlane = std::max(toCentre - 1.1f * radius, reach * 1e-4f);
    return glm::perspective(glm::radians(fovYDegrees), std::max(aspect, 1e-3f), nearPlane, reach);
}

Ray OrbitCamera::rayThrough(glm::vec2 ndc, float aspect) const {
    // The same basis as glm::lookAt in view(), so the ray and the rendered image agree.
    const glm::vec3 f = forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
    const glm::vec3 up = glm::cross(right, f);
    const float tanHalfY = std::tan(glm::radians(fovYDegrees) * 0.5f);
    const glm::vec3 dir =
        f + right * (ndc.x * tanHalfY * std::max(aspect, 1e-3f)) + up * (ndc.y * tanHalfY);
    return Ray{eye(), glm::normalize(dir)};
}

void OrbitCamera::clampPitch() {
    pitchDegrees = std::clamp(pitchDegrees, -kMaxPitchDegrees, kMaxPitchDegrees);
}

} // namespace glutea
