// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/settings.h"

namespace glutea {

const char* audienceId(Audience audience) {
    switch (audience) {
    case Audience::Student:
        return "student";
    case Audience::Therapist:
        return "therapist";
    case Audience::Patient:
        break;
    }
    return "patient";
}

Audience parseAudience(const std::string& id) {
    if (id == "student") {
        return Audience::Student;
    }
    if (id == "therapist") {
        return Audience::Therapist;
    }
    return Audience::Patient;
}

} // namespace glutea
