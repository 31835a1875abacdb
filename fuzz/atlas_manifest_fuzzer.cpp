// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// atlas.json: any bytes give a manifest or a glutea::Error, never a crash or a hang.
#include "anatomy/atlas_manifest.h"
#include "base/error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace glutea;
    const auto dir = fuzz::scratch() / "atlas";
    static const bool made = std::filesystem::create_directories(dir) || true;
    (void)made;
    fuzz::writeInput(dir / "atlas.json", data, size);
    try {
        const AtlasManifest m = loadAtlasManifest(dir);
        NodeMapping mapping;
        for (const auto& s : m.structures) {
            m.mapNode(s.id + "_l", mapping);
        }
    } catch (const Error&) {
    }
    return 0;
}
