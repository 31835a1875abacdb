// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/headless_context.h"

#include <epoxy/egl.h>
#include <epoxy/gl.h>

#include "app/gl_debug.h"
#include "app/gl_version.h"
#include "base/error.h"

namespace glutea {

HeadlessContext::HeadlessContext() {
    const std::string need = "Glutea needs OpenGL 3.3 core to render headless: ";
    EGLDisplay display = EGL_NO_DISPLAY;
    if (epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless")) {
        display =
            eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    }
    if (display == EGL_NO_DISPLAY) {
        throw Error(need + "no EGL surfaceless display (install libegl-mesa0 and libgl1-mesa-dri)");
    }
    if (!eglInitialize(display, nullptr, nullptr)) {
        throw Error(need + "eglInitialize failed");
    }
    display_ = display;
    if (!eglBindAPI(EGL_OPENGL_API)) {
        throw Error(need + "EGL has no desktop OpenGL API");
    }
    const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION,
                                 3,
                                 EGL_CONTEXT_MINOR_VERSION,
                                 3,
                                 EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                 EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                 EGL_CONTEXT_OPENGL_DEBUG,
                                 glDebugRequested() ? EGL_TRUE : EGL_FALSE,
                                 EGL_NONE};
    EGLContext context = eglCreateContext(display, EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attributes);
    if (context == EGL_NO_CONTEXT) {
        eglTerminate(display);
        display_ = nullptr;
        throw Error(need + "the driver cannot create a 3.3 core context");
    }
    context_ = context;
    if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
        throw Error(need + "cannot make the context current without a surface");
    }
    requireGl33(need);
    installGlDebugCallback();
}

HeadlessContext::~HeadlessContext() {
    if (display_) {
        eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        if (context_) {
            eglDestroyContext(display_, context_);
        }
        eglTerminate(display_);
    }
}

std::string HeadlessContext::rendererName() const {
    const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return name ? name : "unknown";
}

} // namespace glutea
