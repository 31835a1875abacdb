// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The default atlas, loaded once per test process: several suites ray-cast the real model.
#include "anatomy/atlas.h"
#include "import/assimp_loader.h"

namespace glutea::test {

inline const Atlas& defaultAtlas() {
    static const Atlas atlas = loadAtlas(GLUTEA_SOURCE_DIR "/assets/atlas");
    return atlas;
}

} // namespace glutea::test
