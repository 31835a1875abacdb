// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "imaging/image.h"

#include <algorithm>
#include <cstdlib>

#include <stb_image.h>
#include <stb_image_write.h>

#include "base/error.h"
#include "base/file_write.h"

namespace glutea {

void writePng(const std::filesystem::path& file, const Image& image) {
    // Encoded in memory first, so that the file is written whole or not at all.
    std::string bytes;
    auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                                   static_cast<std::size_t>(size));
    };
    if (!stbi_write_png_to_func(append, &bytes, image.width, image.height, 3, image.rgb.data(),
                                image.width * 3)) {
        throw Error(file.string() + ": cannot write PNG: the image could not be encoded");
    }
    writeFileAtomically(file, bytes, "PNG", MissingFolder::Refuse);
}

Image readPng(const std::filesystem::path& file) {
    int w = 0, h = 0, channels = 0;
    unsigned char* data = stbi_load(file.string().c_str(), &w, &h, &channels, 3);
    if (!data) {
        throw Error(file.string() + ": cannot read image: " + stbi_failure_reason());
    }
    Image image{w, h, std::vector<std::uint8_t>(data, data + static_cast<std::size_t>(w) * h * 3)};
    stbi_image_free(data);
    return image;
}

ImageDifference compareImages(const Image& actual, const Image& expected, int tolerance) {
    if (actual.width != expected.width || actual.height != expected.height) {
        throw Error("images differ in size: " + std::to_string(actual.width) + "x" +
                    std::to_string(actual.height) + " vs " + std::to_string(expected.width) + "x" +
                    std::to_string(expected.height));
    }
    ImageDifference result;
    result.diff = {actual.width, actual.height, std::vector<std::uint8_t>(actual.rgb.size(), 0)};
    double sum = 0.0;
    std::size_t off = 0;
    const std::size_t pixels = static_cast<std::size_t>(actual.width) * actual.height;
    for (std::size_t p = 0; p < pixels; ++p) {
        int largest = 0;
        for (int c = 0; c < 3; ++c) {
            const int d = std::abs(int(actual.rgb[p * 3 + c]) - int(expected.rgb[p * 3 + c]));
            sum += d;
            largest = std::max(largest, d);
        }
        off += largest > tolerance ? 1 : 0;
        result.diff.rgb[p * 3] = static_cast<std::uint8_t>(std::min(255, largest * 4));
        // Keep a faint copy of the expected image so the difference can be located.
        result.diff.rgb[p * 3 + 1] = static_cast<std::uint8_t>(expected.rgb[p * 3 + 1] / 4);
        result.diff.rgb[p * 3 + 2] = static_cast<std::uint8_t>(expected.rgb[p * 3 + 2] / 4);
    }
    result.meanAbsoluteError = pixels ? sum / (pixels * 3.0) : 0.0;
    result.shareOff = pixels ? static_cast<double>(off) / pixels : 0.0;
    return result;
}

} // namespace glutea
