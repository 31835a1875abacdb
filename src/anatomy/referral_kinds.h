// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a referral pattern is, in words (referral.json "kind"): a muscle's trigger-point referral
// ("myofascial"), a nerve's course ("neural"), a nerve root's dermatome ("radicular", whose
// structure is the skin) or a joint's pain ("articular"). The query command and the window's
// referral panel name patterns with these, so root pain never reads as "skin".
#include <string>

#include "anatomy/content.h"

namespace glutea {

// What the pattern is about: `structureName` (the muscle, nerve or joint as the content names
// it), or for a radicular pattern its nerve root, e.g. "L5 nerve root (dermatome)"; patients read
// "Nerve from the low back (L5)".
std::string patternSubject(const ReferralPattern& pattern, const std::string& structureName,
                           bool patient);
// The kind in words: "trigger-point referral", "nerve course (neural)", "nerve root (radicular,
// dermatome)", "joint (articular)"; for patients "muscle", "nerve pain", "nerve from the low
// back", "joint".
std::string patternKindLabel(const ReferralPattern& pattern, bool patient);
// A pattern that is not a muscle's: pain a clinician should assess (neural, radicular).
bool nervePattern(const ReferralPattern& pattern);

} // namespace glutea
