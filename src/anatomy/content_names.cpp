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

const NameTable<Evidence>& evidenceNames() {
    static const NameTable<Evidence> names = {
        {"anatomy", Evidence::Anatomy},
        {"clinical-observation", Evidence::ClinicalObservation},
        {"practitioner-advice", Evidence::PractitionerAdvice},
        {"safety", Evidence::Safety}};
    return names;
}

// Where a hand or tool presses from (docs/ANIMATION.md).
const NameTable<PressFrom>& pressFromNames() {
    static const NameTable<PressFrom> names = {
        {"posterior", PressFrom::Posterior}, {"lateral", PressFrom::Lateral},
        {"anterior", PressFrom::Anterior},   {"medial", PressFrom::Medial},
        {"superior", PressFrom::Superior},   {"inferior", PressFrom::Inferior}};
    return names;
}

const NameTable<Direction>& directionNames() {
    static const NameTable<Direction> names = {
        {"superior", Direction::Superior}, {"inferior", Direction::Inferior},
        {"medial", Direction::Medial},     {"lateral", Direction::Lateral},
        {"anterior", Direction::Anterior}, {"posterior", Direction::Posterior}};
    return names;
}

} // namespace glutea
