#include "render/offscreen.h"

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

OffscreenTarget::OffscreenTarget(int width, int height, int samples)
    : width_(width), height_(height) {
    GLint maxSamples = 0;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    samples = std::clamp(samples, 0, maxSamples);

    glGenRenderbuffers(3, renderbuffers_);
    glBindRenderbuffer(GL_RENDERBUFFER, renderbuffers_[0]);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
    glBindRenderbuffer(GL_RENDERBUFFER, renderbuffers_[1]);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH_COMPONENT24, width, height);
    glBindRenderbuffer(GL_RENDERBUFFER, renderbuffers_[2]);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);

    glGenFramebuffers(1, &msFbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, msFbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                              renderbuffers_[0]);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER,
                              renderbuffers_[1]);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        throw Error("cannot create an offscreen framebuffer of " + std::to_string(width) + "x" +
                    std::to_string(height));
    }
    glGenFramebuffers(1, &resolveFbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                              renderbuffers_[2]);
    checkGl("creating the offscreen target");
}

OffscreenTarget::~OffscreenTarget() {
    glDeleteFramebuffers(1, &msFbo_);
    glDeleteFramebuffers(1, &resolveFbo_);
    glDeleteRenderbuffers(3, renderbuffers_);
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, msFbo_);
}

void OffscreenTarget::blitToScreen(int x, int y) const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msFbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, 0, width_, height_, x, y, x + width_, y + height_, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

Image OffscreenTarget::read() const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msFbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo_);
    Image image{width_, height_, {}};
    std::vector<std::uint8_t> rows(static_cast<std::size_t>(width_) * height_ * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGB, GL_UNSIGNED_BYTE, rows.data());
    checkGl("reading the offscreen image");
    // OpenGL's first row is the bottom one; images start at the top.
    image.rgb.resize(rows.size());
    const std::size_t stride = static_cast<std::size_t>(width_) * 3;
    for (int y = 0; y < height_; ++y) {
        std::copy_n(rows.data() + static_cast<std::size_t>(height_ - 1 - y) * stride, stride,
                    image.rgb.data() + static_cast<std::size_t>(y) * stride);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, msFbo_);
    return image;
}

} // namespace glutea
