// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "app/cli.h"

int main(int argc, char** argv) {
    return glutea::runCli(argc, argv, std::cout, std::cerr);
}
