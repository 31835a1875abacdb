#version 330 core
// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Writes a part's outline kind into the mask (1: selection, 0.5: related).
uniform float uMaskValue;
layout(location = 0) out vec4 outColor;

void main() { outColor = vec4(vec3(uMaskValue), 1.0); }
