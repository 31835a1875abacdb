// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Compares a rendered PNG with its baseline by the metric of imaging/image.h, and checks pixels
// that mean something. Usage:
//   glutea_render_check ACTUAL BASELINE OUT_DIR [--max-mae X] [--max-off-share Y]
//                       [--model-at-centre] [--background-corners]
// A missing baseline is written from ACTUAL (to be reviewed and committed) and the check fails.
// On failure ACTUAL and a diff image are written to OUT_DIR.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "imaging/image.h"

namespace {

constexpr glm::ivec3 kBackground{33, 36, 41}; // kBackgroundSrgb * 255

bool isBackground(const glutea::Image& image, int x, int y) {
    const glm::ivec3 c(image.at(x, y));
    const glm::ivec3 d = glm::abs(c - kBackground);
    return d.x <= 3 && d.y <= 3 && d.z <= 3;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s ACTUAL BASELINE OUT_DIR [options]\n", argv[0]);
        return 2;
    }
    const std::filesystem::path actualPath = argv[1], baselinePath = argv[2], outDir = argv[3];
    double maxMae = 1.0, maxOffShare = 0.005;
    bool modelAtCentre = false, backgroundCorners = false;
    for (int i = 4; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--max-mae") && i + 1 < argc) {
            maxMae = std::stod(argv[++i]);
        } else if (!std::strcmp(argv[i], "--max-off-share") && i + 1 < argc) {
            maxOffShare = std::stod(argv[++i]);
        } else if (!std::strcmp(argv[i], "--model-at-centre")) {
            modelAtCentre = true;
        } else if (!std::strcmp(argv[i], "--background-corners")) {
            backgroundCorners = true;
        } else {
            // A mistyped threshold must not fall back to the default and pass.
            std::fprintf(stderr, "%s: unknown option or missing value: %s\n", argv[0], argv[i]);
            return 2;
        }
    }
    try {
        const glutea::Image actual = glutea::readPng(actualPath);
        bool ok = true;
        if (modelAtCentre && isBackground(actual, actual.width / 2, actual.height / 2)) {
            std::printf("FAIL: the centre pixel is background; the model should be there\n");
            ok = false;
        }
        if (backgroundCorners) {
            for (auto [x, y] : {std::pair{1, 1},
                                {actual.width - 2, 1},
                                {1, actual.height - 2},
                                {actual.width - 2, actual.height - 2}}) {
                if (!isBackground(actual, x, y)) {
                    std::printf("FAIL: corner pixel (%d, %d) is not background\n", x, y);
                    ok = false;
                }
            }
        }
        if (!std::filesystem::exists(baselinePath)) {
            glutea::writePng(baselinePath, actual);
            std::printf("FAIL: no baseline; wrote %s from this render: review it and commit it\n",
                        baselinePath.c_str());
            return 1;
        }
        const auto diff = glutea::compareImages(actual, glutea::readPng(baselinePath));
        std::printf("mean absolute error %.4f (max %.4f), pixels off by > 8/255: %.4f%% (max "
                    "%.4f%%)\n",
                    diff.meanAbsoluteError, maxMae, diff.shareOff * 100, maxOffShare * 100);
        if (diff.meanAbsoluteError > maxMae || diff.shareOff > maxOffShare) {
            ok = false;
        }
        if (!ok) {
            const auto stem = actualPath.stem().string();
            glutea::writePng(outDir / (stem + ".actual.png"), actual);
            glutea::writePng(outDir / (stem + ".diff.png"), diff.diff);
            std::printf("FAIL: wrote %s and %s\n", (outDir / (stem + ".actual.png")).c_str(),
                        (outDir / (stem + ".diff.png")).c_str());
            return 1;
        }
        std::printf("PASS\n");
        return 0;
    } catch (const std::exception& e) {
        std::printf("FAIL: %s\n", e.what());
        return 1;
    }
}
