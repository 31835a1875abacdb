// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/gl_debug.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <epoxy/gl.h>
#include <execinfo.h>
#include <unistd.h>

namespace glutea {
namespace {

void GLAPIENTRY onGlMessage(GLenum source, GLenum type, GLuint /*id*/, GLenum /*severity*/,
                            GLsizei /*length*/, const GLchar* message, const void* /*user*/) {
    // Only API errors fail: performance and portability notes of a driver are not bugs of ours,
    // and a shader that does not compile is reported by the shader loader with its file name
    // (--shader-dir tests break shaders on purpose).
    if (type != GL_DEBUG_TYPE_ERROR || source == GL_DEBUG_SOURCE_SHADER_COMPILER) {
        return;
    }
    std::fprintf(stderr, "glutea: GL error: %s\ncalled from (innermost first):\n", message);
    void* frames[48];
    const int n = backtrace(frames, 48);
    // The first frames are this callback and the driver; the call site follows them. Names
    // appear where the binary exports its symbols (glutea does); else `addr2line -f -C -e BINARY
    // OFFSET` gives them.
    backtrace_symbols_fd(frames, n, STDERR_FILENO);
    std::fflush(stderr);
    std::abort();
}

} // namespace

bool glDebugRequested() {
    const char* env = std::getenv("GLUTEA_GL_DEBUG");
    return env && *env && std::strcmp(env, "0") != 0;
}

bool installGlDebugCallback() {
    if (!glDebugRequested()) {
        return false;
    }
    if (epoxy_gl_version() < 43 && !epoxy_has_gl_extension("GL_KHR_debug")) {
        std::fprintf(stderr, "glutea: GLUTEA_GL_DEBUG: this driver has no KHR_debug; GL errors "
                             "are not checked\n");
        return false;
    }
    glEnable(GL_DEBUG_OUTPUT);
    glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
    glDebugMessageCallback(onGlMessage, nullptr);
    glDebugMessageControl(GL_DONT_CARE, GL_DONT_CARE, GL_DONT_CARE, 0, nullptr, GL_TRUE);
    return true;
}

} // namespace glutea
