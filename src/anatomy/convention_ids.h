// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The structure and landmark ids of docs/CONVENTIONS.md, as the default atlas defines them
// (paired landmarks with _l and _r). The app validates content against the ids its atlas actually
// loads; this set serves tests and tools that have no atlas at hand.
#include "anatomy/content_validator.h"

namespace glutea {

KnownIds conventionIds();

} // namespace glutea
