// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "imaging/image_draw.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>

#define STBTT_STATIC // private copy: ImGui carries its own
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb_truetype.h>

#include "base/error.h"

namespace glutea {

struct TextRaster::Font {
    std::vector<unsigned char> data;
    stbtt_fontinfo info{};
    float scale = 1.0f;
    int ascent = 0, descent = 0, lineGap = 0;
};

namespace {

// UTF-8 to code points; a broken byte becomes '?'.
std::vector<int> codePoints(const std::string& text) {
    std::vector<int> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (n < 0 || i + n >= text.size() + (n == 0 ? 1 : 0)) {
            out.push_back('?');
            ++i;
            continue;
        }
        int cp = n == 0 ? c : c & (0x3f >> n);
        for (int k = 1; k <= n; ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
        }
        out.push_back(cp);
        i += n + 1;
    }
    return out;
}

void blend(Image& image, int x, int y, glm::vec3 colour, float alpha) {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height || alpha <= 0.0f) {
        return;
    }
    const std::size_t i = (static_cast<std::size_t>(y) * image.width + x) * 3;
    for (int c = 0; c < 3; ++c) {
        const float v = image.rgb[i + c] * (1.0f - alpha) + colour[c] * 255.0f * alpha;
        image.rgb[i + c] = static_cast<std::uint8_t>(std::clamp(v + 0.5f, 0.0f, 255.0f));
    }
}

} // namespace

TextRaster::TextRaster(const std::filesystem::path& fontFile, float pixelHeight) : font_(new Font) {
    std::ifstream in(fontFile, std::ios::binary);
    font_->data.assign(std::istreambuf_iterator<char>(in), {});
    if (font_->data.empty() ||
        !stbtt_InitFont(&font_->info, font_->data.data(),
                        stbtt_GetFontOffsetForIndex(font_->data.data(), 0))) {
        delete font_;
        throw Error(fontFile.string() + ": cannot read this TrueType font (labels need it; " +
                    "install fonts-dejavu-core)");
    }
    font_->scale = stbtt_ScaleForPixelHeight(&font_->info, pixelHeight);
    stbtt_GetFontVMetrics(&font_->info, &font_->ascent, &font_->descent, &font_->lineGap);
}

TextRaster::~TextRaster() {
    delete font_;
}

glm::vec2 TextRaster::measure(const std::string& text) const {
    float width = 0.0f;
    const auto cps = codePoints(text);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&font_->info, cps[i], &advance, &bearing);
        width += advance * font_->scale;
        if (i + 1 < cps.size()) {
            width += font_->scale * stbtt_GetCodepointKernAdvance(&font_->info, cps[i], cps[i + 1]);
        }
    }
    return {std::ceil(width), std::ceil((font_->ascent - font_->descent) * font_->scale)};
}

void TextRaster::draw(Image& image, glm::vec2 topLeft, const std::string& text,
                      glm::vec3 colour) const {
    const auto cps = codePoints(text);
    const float baseline = topLeft.y + font_->ascent * font_->scale;
    float x = topLeft.x;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        int w = 0, h = 0, xoff = 0, yoff = 0;
        unsigned char* bitmap =
            stbtt_GetCodepointBitmapSubpixel(&font_->info, font_->scale, font_->scale,
                                             x - std::floor(x), 0.0f, cps[i], &w, &h, &xoff, &yoff);
        for (int by = 0; by < h; ++by) {
            for (int bx = 0; bx < w; ++bx) {
                blend(image, int(std::floor(x)) + xoff + bx, int(std::round(baseline)) + yoff + by,
                      colour, bitmap[by * w + bx] / 255.0f);
            }
        }
        stbtt_FreeBitmap(bitmap, nullptr);
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&font_->info, cps[i], &advance, &bearing);
        x += advance * font_->scale;
        if (i + 1 < cps.size()) {
            x += font_->scale * stbtt_GetCodepointKernAdvance(&font_->info, cps[i], cps[i + 1]);
        }
    }
}

void fillBox(Image& image, glm::vec2 min, glm::vec2 max, glm::vec3 colour, float opacity) {
    for (int y = int(std::floor(min.y)); y < int(std::ceil(max.y)); ++y) {
        for (int x = int(std::floor(min.x)); x < int(std::ceil(max.x)); ++x) {
            blend(image, x, y, colour, opacity);
        }
    }
}

void strokeBox(Image& image, glm::vec2 min, glm::vec2 max, glm::vec3 colour) {
    const glm::vec2 a = glm::floor(min), b = glm::ceil(max) - 1.0f;
    drawLine(image, a, {b.x, a.y}, colour);
    drawLine(image, {b.x, a.y}, b, colour);
    drawLine(image, b, {a.x, b.y}, colour);
    drawLine(image, {a.x, b.y}, a, colour);
}

void drawLine(Image& image, glm::vec2 a, glm::vec2 b, glm::vec3 colour, float width) {
    // Coverage by distance to the segment, over the segment's bounding box: anti-aliased.
    const glm::vec2 lo = glm::floor(glm::min(a, b) - width), hi = glm::ceil(glm::max(a, b) + width);
    const glm::vec2 d = b - a;
    const float len2 = std::max(glm::dot(d, d), 1e-6f);
    for (int y = int(lo.y); y <= int(hi.y); ++y) {
        for (int x = int(lo.x); x <= int(hi.x); ++x) {
            const glm::vec2 p(x + 0.5f, y + 0.5f);
            const float t = std::clamp(glm::dot(p - a, d) / len2, 0.0f, 1.0f);
            const float dist = glm::distance(p, a + d * t);
            blend(image, x, y, colour, std::clamp(width * 0.5f + 0.5f - dist, 0.0f, 1.0f));
        }
    }
}

void fillDisc(Image& image, glm::vec2 centre, float radius, glm::vec3 colour) {
    for (int y = int(centre.y - radius - 1); y <= int(centre.y + radius + 1); ++y) {
        for (int x = int(centre.x - radius - 1); x <= int(centre.x + radius + 1); ++x) {
            const float dist = glm::distance(glm::vec2(x + 0.5f, y + 0.5f), centre);
            blend(image, x, y, colour, std::clamp(radius + 0.5f - dist, 0.0f, 1.0f));
        }
    }
}

} // namespace glutea
