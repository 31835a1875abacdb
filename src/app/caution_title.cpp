// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/caution_title.h"

#include "ui/translate.h"

namespace glutea {

std::string cautionTitle(const CautionZone& zone, bool plain) {
    return (plain ? zone.patientName : zone.name).get(uiLanguage()) +
           tr(zone.rule == CautionRule::NoSustainedPressure ? ": no sustained pressure"
                                                            : ": no direct pressure");
}

} // namespace glutea
