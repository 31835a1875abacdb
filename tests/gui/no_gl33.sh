#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# A display without OpenGL 3.3 (Mesa told to offer 3.0): the window path says so and exits 1.
GLUTEA=$1
source "$(dirname "$0")/lib.sh"
start_xvfb
set +e
err=$(MESA_GL_VERSION_OVERRIDE=3.0 timeout 30 "$GLUTEA" 2>&1)
code=$?
set -e
[ "$code" -eq 1 ] || fail "expected exit 1, got $code: $err"
grep -q "glutea: error: Glutea needs OpenGL 3.3 core" <<<"$err" || fail "unclear message: $err"
echo "PASS: $err"
