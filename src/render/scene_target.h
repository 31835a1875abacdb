// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where a frame of the 3D view is drawn, window or headless: a multisampled buffer for the
// surfaces, resolved into a texture that the outline pass adds to, and a mask for outlines. With
// edge anti-aliasing, a last pass (Renderer, shaders/edge_aa.frag) smooths the resolved image's
// edges into a second texture, which is then the final image.
#include <epoxy/gl.h>

#include "imaging/image.h"

namespace glutea {

bool isSoftwareRenderer(); // needs a current context
// 4x MSAA where the GPU affords it; none on a software rasteriser (llvmpipe), where 4x costs three
// times the frame time.
int defaultSampleCount();

class SceneTarget {
  public:
    // samples: MSAA samples (0: none); edgeAntialiasing: the smoothing pass after the frame.
    SceneTarget(int width, int height, int samples, bool edgeAntialiasing = false);
    ~SceneTarget();
    SceneTarget(const SceneTarget&) = delete;
    SceneTarget& operator=(const SceneTarget&) = delete;

    int width() const { return width_; }
    int height() const { return height_; }

    void bindScene() const;    // multisampled colour + depth
    void resolve() const;      // colour and depth -> single-sample textures
    void bindResolved() const; // the frame (the final image without edge anti-aliasing)
    void bindMask() const;     // one channel, for outlines
    GLuint maskTexture() const { return textures_[kMask]; }
    bool edgeAntialiasing() const { return edgeAa_; }
    GLuint resolvedTexture() const { return textures_[kColor]; }
    void bindSmoothed() const; // edge anti-aliasing writes the final image here

    Image read() const;                    // the final image, top row first
    void blitToScreen(int x, int y) const; // the final image into the default framebuffer

  private:
    enum Texture { kColor, kDepth, kMask, kSmoothed, kTextureCount };
    enum Framebuffer { kMultisampled, kResolved, kMaskTarget, kSmoothedTarget, kFramebufferCount };
    GLuint finalFramebuffer() const;

    int width_, height_, samples_;
    bool edgeAa_;
    GLuint renderbuffers_[2] = {}; // multisampled colour and depth (unused without samples)
    GLuint textures_[kTextureCount] = {};
    GLuint framebuffers_[kFramebufferCount] = {};
};

} // namespace glutea
