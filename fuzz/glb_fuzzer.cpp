// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// A .glb model through Assimp and Glutea's import checks: a mesh or a glutea::Error.
#include <cstdlib>

#include <assimp/DefaultLogger.hpp>

#include "base/error.h"
#include "fuzz_support.h"
#include "import/assimp_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace glutea;
    const auto file = fuzz::scratch() / "model.glb";
    fuzz::writeInput(file, data, size);
    try {
        ModelRef ref;
        for (const auto& named : loadModelMeshes(file, ref)) {
            for (const auto index : named.mesh.indices) {
                if (index >= named.mesh.positions.size()) {
                    std::abort(); // the loader let an out-of-range index through
                }
            }
        }
    } catch (const Error&) {
    } catch (const std::exception&) {
        // Assimp throws its own exceptions past ReadFile only for bugs of its own; report them.
        std::abort();
    }
    return 0;
}
