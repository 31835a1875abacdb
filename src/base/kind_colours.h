// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The default colour of each kind of structure: the one definition, drawn by the renderer
// (render/palette.cpp) and written into the generated model's materials (meshgen/glb_writer.cpp),
// so that another viewer shows the model in the colours Glutea does.
#include <string_view>

namespace glutea {

struct SrgbColour {
    float r, g, b; // sRGB 0..1, as a person picks a colour
};

// "bone", "muscle", "nerve", "skin"; anything else gets the colour of "other".
SrgbColour kindColourSrgb(std::string_view kind);

// One sRGB channel to linear light (IEC 61966-2-1): what shaders and glTF's baseColorFactor use.
float linearFromSrgb(float channel);

} // namespace glutea
