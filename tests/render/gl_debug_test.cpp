// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Issue 13: with GLUTEA_GL_DEBUG=1 a GL error stops the process and names the failing call,
// so that any GL error in a render or GUI test fails it.
#include <cstdlib>

#include <epoxy/gl.h>
#include <gtest/gtest.h>

#include "app/gl_debug.h"
#include "app/headless_context.h"

using namespace glutea;

TEST(GlDebug, AnErrorStopsTheProcessNamingTheCall) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    ::setenv("GLUTEA_GL_DEBUG", "1", 1);
    EXPECT_DEATH(
        {
            HeadlessContext context;
            glEnable(0x1234); // not a capability: GL_INVALID_ENUM
        },
        "glutea: GL error: .*glEnable");
}

TEST(GlDebug, CorrectCallsPassAndTheCallbackIsInstalled) {
    ::setenv("GLUTEA_GL_DEBUG", "1", 1);
    HeadlessContext context;
    GLint flags = 0;
    glGetIntegerv(GL_CONTEXT_FLAGS, &flags);
    EXPECT_TRUE(flags & GL_CONTEXT_FLAG_DEBUG_BIT) << "a debug context was asked for";
    EXPECT_TRUE(glIsEnabled(GL_DEBUG_OUTPUT_SYNCHRONOUS));
    glEnable(GL_DEPTH_TEST);
    EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}

TEST(GlDebug, OffWithoutTheVariable) {
    ::unsetenv("GLUTEA_GL_DEBUG");
    EXPECT_FALSE(glDebugRequested());
    HeadlessContext context;
    EXPECT_FALSE(glIsEnabled(GL_DEBUG_OUTPUT_SYNCHRONOUS));
}
