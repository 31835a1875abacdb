// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// One content file (GLUTEA_CONTENT_FILE, set per harness), loaded and validated against the ids of
// the default atlas: problems are reported, nothing crashes, hangs or leaks out as an exception.
#include "anatomy/atlas_content.h"
#include "anatomy/atlas_manifest.h"
#include "anatomy/content_loader.h"
#include "anatomy/content_validator.h"
#include "anatomy/landmarks.h"
#include "base/error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace glutea;
    static const KnownIds ids = [] {
        const std::filesystem::path atlas = GLUTEA_SOURCE_DIR "/assets/atlas";
        const AtlasManifest m = loadAtlasManifest(atlas);
        return knownIdsOf(m, loadLandmarks(atlas / m.landmarksFile));
    }();
    const auto dir = fuzz::scratch() / "content";
    static const bool made = std::filesystem::create_directories(dir) || true;
    (void)made;
    // Only the fuzzed file is there: the others are reported missing, which is cheap.
    fuzz::writeInput(dir / GLUTEA_CONTENT_FILE, data, size);
    ContentLoadResult loaded = loadContent(dir);
    try {
        validateContent(loaded.content, ids);
    } catch (const Error&) {
    }
    return 0;
}
