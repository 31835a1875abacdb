// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "base/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace glutea {

std::size_t threadsUpTo(std::size_t cap) {
    return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                   std::max<std::size_t>(cap, 1));
}

void parallelFor(std::size_t count, std::size_t threads,
                 const std::function<void(std::size_t)>& work) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto drain = [&] {
        for (std::size_t i = next++; i < count && !failed; i = next++) {
            try {
                work(i);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!error) {
                    error = std::current_exception();
                }
                failed = true;
            }
        }
    };
    std::vector<std::thread> pool;
    const std::size_t wanted = std::min(std::max<std::size_t>(threads, 1), count);
    for (std::size_t t = 1; t < wanted; ++t) {
        pool.emplace_back(drain);
    }
    drain();
    for (std::thread& t : pool) {
        t.join();
    }
    if (error) {
        std::rethrow_exception(error);
    }
}

} // namespace glutea
