// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/settings.h"

namespace glutea {

const char* audienceId(Audience audience) {
    for (const auto& a : kAudiences) {
        if (a.audience == audience) {
            return a.id;
        }
    }
    return kAudiences[0].id;
}

Audience parseAudience(const std::string& id) {
    for (const auto& a : kAudiences) {
        if (id == a.id) {
            return a.audience;
        }
    }
    return Audience::Patient;
}

} // namespace glutea
