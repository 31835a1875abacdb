#include <iostream>

#include "app/cli.h"

int main(int argc, char** argv) {
    return glutea::runCli(argc, argv, std::cout, std::cerr);
}
