#include "anatomy/scene_overlay.h"

#include <atomic>

namespace glutea {

std::uint64_t newSkinPaintVersion() {
    static std::atomic<std::uint64_t> counter{1};
    return counter.fetch_add(1);
}

} // namespace glutea
