// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// assets/atlas/landmarks.json text: fixed 5-decimal numbers, landmarks sorted by id.
#include "meshgen/landmarks.h"

#include <string>
#include <vector>

namespace glutea::meshgen {

std::string encodeLandmarksJson(const std::vector<Landmark>& landmarks);

} // namespace glutea::meshgen
