// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/scene_target.h"

#include <algorithm>
#include <string>

#include "base/error.h"
#include "render/shader.h"

namespace glutea {

bool isSoftwareRenderer() {
    const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const std::string renderer = name ? name : "";
    for (const char* software : {"llvmpipe", "softpipe", "swrast", "SWR"}) {
        if (renderer.find(software) != std::string::npos) {
            return true;
        }
    }
    return false;
}

int defaultSampleCount() {
    return isSoftwareRenderer() ? 0 : 4;
}

namespace {
void makeTexture(GLuint texture, GLint format, GLenum pixelFormat, GLenum type, int w, int h) {
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexImage2D(GL_TEXTURE_2D, 0, format, w, h, 0, pixelFormat, type, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

void requireComplete(const char* what, int w, int h) {
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        throw Error(std::string("cannot create the ") + what + " framebuffer of " +
                    std::to_string(w) + "x" + std::to_string(h));
    }
}
} // namespace

SceneTarget::SceneTarget(int width, int height, int samples, bool edgeAntialiasing)
    : width_(width), height_(height), samples_(samples), edgeAa_(edgeAntialiasing) {
    GLint maxSamples = 0;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    samples_ = std::clamp(samples_, 0, static_cast<int>(maxSamples));

    glGenTextures(kTextureCount, textures_);
    // sRGB colour: shaders write linear light, blending happens in linear light, and the stored
    // bytes are sRGB, as images and screens expect.
    makeTexture(textures_[kColor], GL_SRGB8_ALPHA8, GL_RGBA, GL_UNSIGNED_BYTE, width, height);
    // Depth with stencil: a cross-section marks where the plane lies inside each part
    // (section_caps).
    makeTexture(textures_[kDepth], GL_DEPTH24_STENCIL8, GL_DEPTH_STENCIL, GL_UNSIGNED_INT_24_8,
                width, height);
    makeTexture(textures_[kMask], GL_R8, GL_RED, GL_UNSIGNED_BYTE, width, height);
    glGenFramebuffers(kFramebufferCount, framebuffers_);

    glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[kResolved]);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, textures_[kColor],
                           0);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_TEXTURE_2D,
                           textures_[kDepth], 0);
    requireComplete("scene", width, height);

    if (samples_ > 0) {
        glGenRenderbuffers(2, renderbuffers_);
        glBindRenderbuffer(GL_RENDERBUFFER, renderbuffers_[0]);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_SRGB8_ALPHA8, width, height);
        glBindRenderbuffer(GL_RENDERBUFFER, renderbuffers_[1]);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_DEPTH24_STENCIL8, width,
                                         height);
        glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[kMultisampled]);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                                  renderbuffers_[0]);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER,
                                  renderbuffers_[1]);
        requireComplete("multisampled scene", width, height);
    }

    glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[kMaskTarget]);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, textures_[kMask],
                           0);
    requireComplete("outline mask", width, height);

    if (edgeAa_) {
        makeTexture(textures_[kSmoothed], GL_SRGB8_ALPHA8, GL_RGBA, GL_UNSIGNED_BYTE, width,
                    height);
        glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[kSmoothedTarget]);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D,
                               textures_[kSmoothed], 0);
        requireComplete("edge anti-aliasing", width, height);
    }

    glBindTexture(GL_TEXTURE_2D, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    checkGl("creating the scene target");
}

SceneTarget::~SceneTarget() {
    glDeleteFramebuffers(kFramebufferCount, framebuffers_);
    glDeleteTextures(kTextureCount, textures_);
    if (samples_ > 0) {
        glDeleteRenderbuffers(2, renderbuffers_);
    }
}

void SceneTarget::bindScene() const {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[samples_ > 0 ? kMultisampled : kResolved]);
    glViewport(0, 0, width_, height_);
}

void SceneTarget::resolve() const {
    if (samples_ == 0) {
        return; // drawn straight into the textures
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffers_[kMultisampled]);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffers_[kResolved]);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_,
                      GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT, GL_NEAREST);
}

void SceneTarget::bindResolved() const {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[kResolved]);
    glViewport(0, 0, width_, height_);
}

void SceneTarget::bindSmoothed() const {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[kSmoothedTarget]);
    glViewport(0, 0, width_, height_);
}

GLuint SceneTarget::finalFramebuffer() const {
    return framebuffers_[edgeAa_ ? kSmoothedTarget : kResolved];
}

void SceneTarget::bindMask() const {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[kMaskTarget]);
    glViewport(0, 0, width_, height_);
}

Image SceneTarget::read() const {
    glDisable(GL_FRAMEBUFFER_SRGB); // read the sRGB bytes as they are
    glBindFramebuffer(GL_READ_FRAMEBUFFER, finalFramebuffer());
    Image image{width_, height_, {}};
    std::vector<std::uint8_t> rows(static_cast<std::size_t>(width_) * height_ * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGB, GL_UNSIGNED_BYTE, rows.data());
    checkGl("reading the rendered image");
    // OpenGL's first row is the bottom one; images start at the top.
    image.rgb.resize(rows.size());
    const std::size_t stride = static_cast<std::size_t>(width_) * 3;
    for (int y = 0; y < height_; ++y) {
        std::copy_n(rows.data() + static_cast<std::size_t>(height_ - 1 - y) * stride, stride,
                    image.rgb.data() + static_cast<std::size_t>(y) * stride);
    }
    return image;
}

void SceneTarget::blitToScreen(int x, int y) const {
    glDisable(GL_FRAMEBUFFER_SRGB); // copy the sRGB bytes as they are
    glBindFramebuffer(GL_READ_FRAMEBUFFER, finalFramebuffer());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, 0, width_, height_, x, y, x + width_, y + height_, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

} // namespace glutea
