// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one small thread pool: independent items (a part's tree, a part's display mesh) shared out
// over a few threads for one call, then joined.
#include <cstddef>
#include <functional>

namespace glutea {

// The machine's cores, capped at `cap` and at least 1.
std::size_t threadsUpTo(std::size_t cap);

// Calls work(i) once for every i in [0, count) on at most `threads` threads, the calling one
// among them. Each thread takes the next index when it finishes one, so uneven items balance;
// which thread runs an item is unspecified, so work(i) must write only to what belongs to i. Once
// an item throws, no new items start; the first exception is rethrown here after every thread
// has stopped.
void parallelFor(std::size_t count, std::size_t threads,
                 const std::function<void(std::size_t)>& work);

} // namespace glutea
