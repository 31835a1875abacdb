// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// landmarks.json: any bytes give landmarks or a glutea::Error; every landmark read is finite.
#include <cmath>
#include <cstdlib>

#include "anatomy/landmarks.h"
#include "base/error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace glutea;
    const auto file = fuzz::scratch() / "landmarks.json";
    fuzz::writeInput(file, data, size);
    try {
        for (const auto& [id, l] : loadLandmarks(file)) {
            for (int i = 0; i < 3; ++i) {
                if (!std::isfinite(l.position[i]) || !std::isfinite(l.skin[i])) {
                    std::abort(); // the range check let a non-finite coordinate through
                }
            }
        }
    } catch (const Error&) {
    }
    return 0;
}
