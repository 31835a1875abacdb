#version 330 core
// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// A cut face, flat in its structure's section colour (render/section_colors), linear light.
uniform vec3 uColor;
layout(location = 0) out vec4 outColor;

void main() {
    outColor = vec4(uColor, 1.0);
}
