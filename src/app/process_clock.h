// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Seconds since this process started (from the kernel's record, so time before main() counts too).
namespace glutea {
double secondsSinceProcessStart();
// Peak resident set size in MiB.
double peakRssMiB();
} // namespace glutea
