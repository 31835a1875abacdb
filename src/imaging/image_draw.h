// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// 2D drawing into an Image on the CPU, for what headless renders add over the 3D picture (leader
// labels): text rasterised from a TrueType font (stb_truetype), boxes and lines.
#include <filesystem>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "imaging/image.h"

namespace glutea {

class TextRaster {
  public:
    // Throws glutea::Error naming the file when the font cannot be read.
    TextRaster(const std::filesystem::path& fontFile, float pixelHeight);
    ~TextRaster();
    TextRaster(const TextRaster&) = delete;
    TextRaster& operator=(const TextRaster&) = delete;

    // Width and height in pixels of one line of UTF-8 text.
    glm::vec2 measure(const std::string& text) const;
    // Draws the line with its top-left corner at `topLeft`, blended by coverage.
    void draw(Image& image, glm::vec2 topLeft, const std::string& text, glm::vec3 colour) const;

  private:
    struct Font;
    Font* font_;
};

// The font the window uses too (app/window_app.cpp).
inline constexpr const char* kLabelFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

// `colour` in 0..1 sRGB, blended with `opacity`; coordinates in pixels, y down.
void fillBox(Image& image, glm::vec2 min, glm::vec2 max, glm::vec3 colour, float opacity);
void strokeBox(Image& image, glm::vec2 min, glm::vec2 max, glm::vec3 colour);
void drawLine(Image& image, glm::vec2 a, glm::vec2 b, glm::vec3 colour, float width = 1.0f);
void fillDisc(Image& image, glm::vec2 centre, float radius, glm::vec3 colour);

} // namespace glutea
