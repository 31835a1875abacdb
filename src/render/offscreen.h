#pragma once
// A framebuffer object to render into without a window (multisampled, resolved before reading).
#include <epoxy/gl.h>

#include "imaging/image.h"

namespace glutea {

// 4x MSAA where the GPU affords it; none on a software rasteriser (llvmpipe), where 4x costs 3x the
// frame time. Needs a current context.
int defaultSampleCount();
bool isSoftwareRenderer();

class OffscreenTarget {
  public:
    OffscreenTarget(int width, int height, int samples = 4);
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    void bind() const;
    // Copies the (resolved) image into the default framebuffer at x, y.
    void blitToScreen(int x, int y) const;
    // Resolves the samples and reads the pixels back.
    Image read() const;
    int width() const { return width_; }
    int height() const { return height_; }

  private:
    int width_, height_;
    GLuint msFbo_ = 0, resolveFbo_ = 0;
    GLuint renderbuffers_[3] = {}; // multisampled colour, multisampled depth, resolved colour
};

} // namespace glutea
