// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content_names.h"

namespace glutea {

namespace {
using P = Pressure;
using D = FibreDirection;
using F = PlacementForm;
} // namespace

const NameTable<Pressure>& pressureNames() {
    static const NameTable<P> names = {{"none", P::None},
                                       {"light", P::Light},
                                       {"moderate", P::Moderate},
                                       {"firm", P::Firm},
                                       {"deep", P::Deep}};
    return names;
}

const NameTable<FibreDirection>& fibreDirectionNames() {
    static const NameTable<D> names = {{"along", D::Along},
                                       {"across", D::Across},
                                       {"circular", D::Circular},
                                       {"static", D::Static}};
    return names;
}

const NameTable<PlacementForm>& placementFormNames() {
    static const NameTable<F> names = {{"point", F::Point}, {"path", F::Path}, {"area", F::Area}};
    return names;
}

} // namespace glutea
