#version 330 core
// Writes a part's outline kind into the mask (1: selection, 0.5: related).
uniform float uMaskValue;
layout(location = 0) out vec4 outColor;

void main() { outColor = vec4(uMaskValue, 0.0, 0.0, 1.0); }
