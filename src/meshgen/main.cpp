// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// glutea-meshgen --out-dir DIR: writes DIR/model.glb and DIR/landmarks.json (issue 3).
#include "base/error.h"
#include "meshgen/atlas.h"
#include "meshgen/glb_writer.h"
#include "meshgen/landmarks_json.h"

#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
    using namespace glutea::meshgen;
    std::string outDir;
    bool quiet = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--out-dir") == 0 && i + 1 < argc) {
            outDir = argv[++i];
        } else if (std::strcmp(argv[i], "--quiet") == 0) {
            quiet = true;
        } else {
            std::cerr << "usage: glutea-meshgen --out-dir DIR [--quiet]\n";
            return 2;
        }
    }
    if (outDir.empty()) {
        std::cerr << "usage: glutea-meshgen --out-dir DIR [--quiet]\n";
        return 2;
    }
    try {
        const auto t0 = std::chrono::steady_clock::now();
        const Atlas atlas =
            buildAtlas(quiet ? nullptr : +[](const std::string& s) { std::cerr << s << "\n"; });
        std::filesystem::create_directories(outDir);
        writeFile(outDir + "/model.glb", encodeGlb(atlas.structures));
        const std::string text = encodeLandmarksJson(atlas.landmarks);
        writeFile(outDir + "/landmarks.json", std::vector<uint8_t>(text.begin(), text.end()));
        size_t tris = 0;
        for (const auto& s : atlas.structures) {
            tris += s.mesh.triangleCount();
        }
        const double s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!quiet) {
            std::cerr << atlas.structures.size() << " meshes, " << tris << " triangles, " << s
                      << " s\n";
        }
    } catch (const std::exception& e) {
        std::cerr << "glutea-meshgen: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
