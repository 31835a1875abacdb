#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Headless without OpenGL 3.3 (Mesa told to offer 3.0): exit 1 with a plain message, no image.
set -u
glutea=$1 out=$2
rm -f "$out"
err=$(MESA_GL_VERSION_OVERRIDE=3.0 timeout 60 "$glutea" render -o "$out" 2>&1)
code=$?
[ "$code" -eq 1 ] || { echo "FAIL: expected exit 1, got $code: $err"; exit 1; }
grep -q "glutea: error: Glutea needs OpenGL 3.3 core" <<<"$err" || { echo "FAIL: unclear message: $err"; exit 1; }
[ ! -e "$out" ] || { echo "FAIL: an image was written without a context"; exit 1; }
echo "PASS: $err"
