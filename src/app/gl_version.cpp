// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/gl_version.h"

#include <epoxy/gl.h>

#include "base/error.h"

namespace glutea {

void requireGl33(const std::string& prefix) {
    const int version = epoxy_gl_version(); // 33 for 3.3
    if (version < 33 || !epoxy_is_desktop_gl()) {
        const auto* text = reinterpret_cast<const char*>(glGetString(GL_VERSION));
        throw Error(prefix + "this system offers OpenGL " + (text ? text : "(unknown)"));
    }
}

} // namespace glutea
