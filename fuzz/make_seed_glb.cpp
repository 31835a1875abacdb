// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Writes the hardening tests' 30 cm box as a .glb: a small valid seed for the glb fuzzer.
#include <fstream>
#include <iostream>

#include "hardening_support.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_seed_glb OUT.glb\n";
        return 2;
    }
    std::ofstream(argv[1], std::ios::binary) << glutea::test::makeGlb(glutea::test::boxSpec());
    return 0;
}
