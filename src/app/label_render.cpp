// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/label_render.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"

namespace glutea {

namespace {

constexpr glm::vec3 kBox{0.07f, 0.07f, 0.09f};
constexpr glm::vec3 kText{1.0f, 1.0f, 1.0f};
constexpr glm::vec3 kLandmarkText{1.0f, 0.85f, 0.45f};
constexpr glm::vec3 kLeader{0.95f, 0.95f, 0.92f};

std::string pixelText(glm::vec2 p) {
    std::ostringstream out;
    out << std::lround(p.x) << "," << std::lround(p.y);
    return out.str();
}

} // namespace

float labelFontPixels(int height) {
    return std::max(11.0f, std::round(15.0f * float(height) / 720.0f));
}

void paintLabels(Image& image, const std::vector<SceneLabel>& labels, const TextRaster* font) {
    const float scale = float(image.height) / 720.0f;
    for (const auto& l : labels) { // leaders under every box
        drawLine(image, l.placed.leaderStart, l.placed.anchor, kLeader, std::max(1.0f, scale));
        fillDisc(image, l.placed.anchor, std::max(1.5f, 2.0f * scale), kLeader);
    }
    for (const auto& l : labels) {
        fillBox(image, l.placed.boxMin, l.placed.boxMax, kBox, 0.82f);
        strokeBox(image, l.placed.boxMin, l.placed.boxMax, l.landmark ? kLandmarkText : kLeader);
        if (font) {
            const glm::vec2 size = font->measure(l.placed.text);
            const glm::vec2 at = (l.placed.boxMin + l.placed.boxMax - size) * 0.5f;
            font->draw(image, glm::floor(at), l.placed.text, l.landmark ? kLandmarkText : kText);
        }
    }
}

std::vector<std::string> drawLabels(const Atlas& atlas, SceneQueries& queries,
                                    const ViewState& view, Image& image, bool latin) {
    const TextRaster font(kLabelFontPath, labelFontPixels(image.height));
    const std::optional<Content> content =
        latin ? loadAtlasContentUnchecked(atlas) : std::optional<Content>{};
    SceneLabels labels;
    const auto placed = labels.update(atlas, content ? &*content : nullptr, queries.bvh(), view,
                                      glm::vec2(image.width, image.height), latin,
                                      [&](const std::string& text) { return font.measure(text); });
    paintLabels(image, placed, &font);
    std::vector<std::string> lines;
    for (const auto& l : placed) {
        lines.push_back("label " + l.placed.id + " " + atlas.parts[l.part].nodeName + " at " +
                        pixelText(l.placed.anchor) + " box " + pixelText(l.placed.boxMin) + "," +
                        pixelText(l.placed.boxMax) + ": " + l.placed.text);
    }
    return lines;
}

} // namespace glutea
