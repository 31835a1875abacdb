// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// An OpenGL 3.3 core context without any window or X server: EGL on a surfaceless Mesa display.
// Rendering goes into framebuffer objects (render/scene_target.h).
#include <string>

namespace glutea {

class HeadlessContext {
  public:
    HeadlessContext(); // throws glutea::Error with a plain message when OpenGL 3.3 is not available
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

    std::string rendererName() const;

  private:
    void* display_ = nullptr;
    void* context_ = nullptr;
};

} // namespace glutea
