// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// An RGB image in memory, PNG files, and the comparison metric of the render tests.
#include <cstdint>
#include <filesystem>
#include <vector>

#include <glm/glm.hpp>

namespace glutea {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb; // top row first, 3 bytes a pixel

    glm::u8vec3 at(int x, int y) const {
        const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 3;
        return {rgb[i], rgb[i + 1], rgb[i + 2]};
    }
};

void writePng(const std::filesystem::path& file, const Image& image); // throws glutea::Error
Image readPng(const std::filesystem::path& file);                     // throws glutea::Error

// The render tests' metric: per-channel mean absolute error (0..255) and the share of pixels
// whose largest channel difference exceeds `tolerance` (out of 255).
struct ImageDifference {
    double meanAbsoluteError = 0.0;
    double shareOff = 0.0; // 0..1
    Image diff;            // per pixel: the largest channel difference, amplified, in red
};
ImageDifference compareImages(const Image& actual, const Image& expected, int tolerance = 8);

} // namespace glutea
