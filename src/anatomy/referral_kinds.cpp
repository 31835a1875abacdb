// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/referral_kinds.h"

namespace glutea {

std::string patternSubject(const ReferralPattern& p, const std::string& structureName,
                           bool patient) {
    if (p.kind != "radicular") {
        return structureName;
    }
    const std::string root = p.root.empty() ? std::string("a") : p.root;
    return patient ? "Nerve from the low back (" + root + ")" : root + " nerve root (dermatome)";
}

std::string patternKindLabel(const ReferralPattern& p, bool patient) {
    if (p.kind == "radicular") {
        return patient ? "nerve from the low back" : "nerve root (radicular, dermatome)";
    }
    if (p.kind == "neural") {
        return patient ? "nerve pain" : "nerve course (neural)";
    }
    if (p.kind == "articular") {
        return patient ? "joint" : "joint (articular)";
    }
    return patient ? "muscle" : "trigger-point referral";
}

bool nervePattern(const ReferralPattern& p) {
    return p.kind == "neural" || p.kind == "radicular";
}

} // namespace glutea
