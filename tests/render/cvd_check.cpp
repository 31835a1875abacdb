// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Checks that the distinctions colour carries in a render survive red-green colour blindness.
// Usage:
//   glutea_cvd_check pair PLAIN.png SHOWN.png HEX_A HEX_B MIN_DELTA_E
//       The pixels SHOWN changes (> 8/255 in a channel) are split by which of the two colours
//       (sRGB hex, e.g. B12A90 and FCA636) they are nearer; under normal vision, protanopia and
//       deuteranopia each class must differ from the other and from what PLAIN shows there by at
//       least MIN_DELTA_E (CIE76, Lab D65) in the mean.
//   glutea_cvd_check change PLAIN.png SHOWN.png MASK.png MIN_DELTA_E
//       Inside the mask (white), SHOWN must differ from PLAIN by MIN_DELTA_E in the mean under each
//       vision (a selection highlight on muscle).
// Simulation: Machado, Oliveira and Fernandes (2009), "A physiologically-based model for simulation
// of color vision deficiency", IEEE TVCG 15(6), severity 1.0 matrices, applied in linear RGB. The
// matrices and the colour maths are written here, independently of the renderer's palette.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "imaging/image.h"

using glutea::Image;

namespace {

using Vec = std::array<double, 3>;
using Mat = std::array<Vec, 3>;

const Mat kNormal = {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
const Mat kProtanopia = {{{0.152286, 1.052583, -0.204868},
                          {0.114503, 0.786281, 0.099216},
                          {-0.003882, -0.048116, 1.051998}}};
const Mat kDeuteranopia = {{{0.367322, 0.860646, -0.227968},
                            {0.280085, 0.672501, 0.047413},
                            {-0.011820, 0.042940, 0.968881}}};

double toLinear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec linearOf(const glm::u8vec3& p) {
    return {toLinear(p.r / 255.0), toLinear(p.g / 255.0), toLinear(p.b / 255.0)};
}

Vec simulate(const Mat& m, const Vec& lin) {
    Vec out{};
    for (int i = 0; i < 3; ++i) {
        out[i] = std::clamp(m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2], 0.0, 1.0);
    }
    return out;
}

// Linear sRGB -> CIE Lab (D65 white).
Vec labOf(const Vec& lin) {
    const double x = 0.4124564 * lin[0] + 0.3575761 * lin[1] + 0.1804375 * lin[2];
    const double y = 0.2126729 * lin[0] + 0.7151522 * lin[1] + 0.0721750 * lin[2];
    const double z = 0.0193339 * lin[0] + 0.1191920 * lin[1] + 0.9503041 * lin[2];
    auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    const double fx = f(x / 0.95047), fy = f(y / 1.0), fz = f(z / 1.08883);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

double deltaE(const Vec& a, const Vec& b) {
    return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) +
                     (a[2] - b[2]) * (a[2] - b[2]));
}

glm::u8vec3 parseHex(const std::string& hex) {
    const unsigned long v = std::strtoul(hex.c_str(), nullptr, 16);
    return {static_cast<std::uint8_t>(v >> 16), static_cast<std::uint8_t>(v >> 8),
            static_cast<std::uint8_t>(v)};
}

bool changed(const glm::u8vec3& a, const glm::u8vec3& b) {
    return std::abs(a.r - b.r) > 8 || std::abs(a.g - b.g) > 8 || std::abs(a.b - b.b) > 8;
}

struct MeanLab {
    Vec sum{};
    long n = 0;
    void add(const Vec& lab) {
        for (int i = 0; i < 3; ++i) {
            sum[i] += lab[i];
        }
        ++n;
    }
    Vec mean() const { return {sum[0] / n, sum[1] / n, sum[2] / n}; }
};

struct Vision {
    const char* name;
    const Mat* matrix;
};
const Vision kVisions[] = {
    {"normal", &kNormal}, {"protanopia", &kProtanopia}, {"deuteranopia", &kDeuteranopia}};

int runPair(const Image& plain, const Image& shown, const glm::u8vec3 a, const glm::u8vec3 b,
            double minDelta) {
    const Vec la = linearOf(a), lb = linearOf(b);
    bool ok = true;
    for (const auto& v : kVisions) {
        MeanLab classA, classB, plainA, plainB;
        for (int y = 0; y < shown.height; ++y) {
            for (int x = 0; x < shown.width; ++x) {
                const auto p = plain.at(x, y), s = shown.at(x, y);
                if (!changed(p, s)) {
                    continue;
                }
                // Labelled under normal vision, by the nearer of the two colours.
                const Vec ls = linearOf(s);
                const bool nearA = deltaE(labOf(ls), labOf(la)) < deltaE(labOf(ls), labOf(lb));
                const Vec seen = labOf(simulate(*v.matrix, ls));
                const Vec under = labOf(simulate(*v.matrix, linearOf(p)));
                (nearA ? classA : classB).add(seen);
                (nearA ? plainA : plainB).add(under);
            }
        }
        if (classA.n < 50 || classB.n < 50) {
            std::printf("FAIL %s: too few pixels of a colour (%ld near A, %ld near B)\n", v.name,
                        classA.n, classB.n);
            return 1;
        }
        const double ab = deltaE(classA.mean(), classB.mean());
        const double aPlain = deltaE(classA.mean(), plainA.mean());
        const double bPlain = deltaE(classB.mean(), plainB.mean());
        const bool pass = ab >= minDelta && aPlain >= minDelta && bPlain >= minDelta;
        std::printf("%s %-12s A vs B %.1f, A vs unpainted %.1f, B vs unpainted %.1f (pixels %ld, "
                    "%ld; need %.1f)\n",
                    pass ? "ok  " : "FAIL", v.name, ab, aPlain, bPlain, classA.n, classB.n,
                    minDelta);
        ok &= pass;
    }
    return ok ? 0 : 1;
}

int runChange(const Image& plain, const Image& shown, const Image& mask, double minDelta) {
    bool ok = true;
    for (const auto& v : kVisions) {
        MeanLab before, after;
        for (int y = 0; y < shown.height; ++y) {
            for (int x = 0; x < shown.width; ++x) {
                if (mask.at(x, y).r <= 127) {
                    continue;
                }
                before.add(labOf(simulate(*v.matrix, linearOf(plain.at(x, y)))));
                after.add(labOf(simulate(*v.matrix, linearOf(shown.at(x, y)))));
            }
        }
        if (before.n < 50) {
            std::printf("FAIL: the mask covers %ld pixels\n", before.n);
            return 1;
        }
        const double d = deltaE(before.mean(), after.mean());
        std::printf("%s %-12s shown vs plain %.1f (pixels %ld; need %.1f)\n",
                    d >= minDelta ? "ok  " : "FAIL", v.name, d, before.n, minDelta);
        ok &= d >= minDelta;
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    try {
        const std::string mode = argc > 1 ? argv[1] : "";
        if (mode == "pair" && argc == 7) {
            return runPair(glutea::readPng(argv[2]), glutea::readPng(argv[3]), parseHex(argv[4]),
                           parseHex(argv[5]), std::atof(argv[6]));
        }
        if (mode == "change" && argc == 6) {
            return runChange(glutea::readPng(argv[2]), glutea::readPng(argv[3]),
                             glutea::readPng(argv[4]), std::atof(argv[5]));
        }
        std::fprintf(stderr,
                     "usage: %s pair PLAIN SHOWN HEX_A HEX_B MIN_DELTA_E\n"
                     "       %s change PLAIN SHOWN MASK MIN_DELTA_E\n",
                     argv[0], argv[0]);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "glutea_cvd_check: %s\n", e.what());
        return 2;
    }
}
