// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// GL errors as test failures: with GLUTEA_GL_DEBUG=1 in the environment (the test presets set
// it), contexts are created as debug contexts and a KHR_debug callback stops the process on any
// GL error, printing the driver's message ("GL_INVALID_ENUM in glEnable(...)") and the call stack
// of the failing call (the output is synchronous, so the stack is the call site's).
namespace glutea {

bool glDebugRequested();
// With a current context: installs the callback when requested and KHR_debug is available.
// Returns whether it is installed.
bool installGlDebugCallback();

} // namespace glutea
