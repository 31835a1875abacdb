// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content_names.h"

namespace glutea {

const NameTable<Pressure>& pressureNames() {
    static const NameTable<Pressure> names = {{"none", Pressure::None},
                                              {"light", Pressure::Light},
                                              {"moderate", Pressure::Moderate},
                                              {"firm", Pressure::Firm},
                                              {"deep", Pressure::Deep}};
    return names;
}

const NameTable<FibreDirection>& fibreDirectionNames() {
    static const NameTable<FibreDirection> names = {{"along", FibreDirection::Along},
                                                    {"across", FibreDirection::Across},
                                                    {"circular", FibreDirection::Circular},
                                                    {"static", FibreDirection::Static}};
    return names;
}

const NameTable<PlacementForm>& placementFormNames() {
    static const NameTable<PlacementForm> names = {{"point", PlacementForm::Point},
                                                   {"path", PlacementForm::Path},
                                                   {"area", PlacementForm::Area}};
    return names;
}

} // namespace glutea
