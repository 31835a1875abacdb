// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/bvh_build.h"

#include <algorithm>
#include <array>
#include <limits>

namespace glutea::bvh_detail {

namespace {

using Node = Bvh::Node;

constexpr int kBins = 16;
constexpr std::uint32_t kSmallNode = 64;   // fewer items than this: half the bins
constexpr std::uint32_t kLeafItems = 4;    // at most this many: a leaf without asking SAH
constexpr std::uint32_t kMaxLeafItems = 8; // larger leaves are split even when SAH disagrees
constexpr float kTraversalCost = 1.0f;     // relative to one triangle test
// Past this depth splits are by count, so the depth stays below kMaxSahDepth + log2(n), well
// inside the traversal's stack of 256.
constexpr std::uint32_t kMaxSahDepth = 96;

struct Bin {
    Box box;
    std::uint32_t count = 0;
};

} // namespace

// Binned SAH build. Reorders `items` so every leaf covers a contiguous range of them and returns
// the nodes, root first; leaves' `first` index into `items`. The items are moved, not indices to
// them, so every pass over a node's range reads memory in order.
std::vector<Node> buildTree(std::vector<Item>& items) {
    std::vector<Node> nodes;
    nodes.reserve(std::max<std::size_t>(1, 2 * items.size()));
    // A task knows its range's bounds: the parent's split pass computed them.
    struct Task {
        std::uint32_t node, begin, end, depth;
        Box bounds, centroidBounds;
    };
    auto rangeTask = [&](std::uint32_t node, std::uint32_t begin, std::uint32_t end,
                         std::uint32_t depth) {
        Task t{node, begin, end, depth, {}, {}};
        for (std::uint32_t i = begin; i < end; ++i) {
            t.bounds.add(items[i].box);
            t.centroidBounds.add(items[i].centre());
        }
        return t;
    };
    std::vector<Task> tasks;
    nodes.push_back(Node{});
    tasks.push_back(rangeTask(0, 0, static_cast<std::uint32_t>(items.size()), 0));

    while (!tasks.empty()) {
        const Task task = tasks.back();
        tasks.pop_back();
        const Box& bounds = task.bounds;
        const Box& centroidBounds = task.centroidBounds;
        Node& node = nodes[task.node];
        node.min = bounds.min;
        node.max = bounds.max;
        node.first = task.begin;
        node.count = task.end - task.begin;
        const std::uint32_t count = task.end - task.begin;
        if (count <= kLeafItems) {
            continue;
        }

        // Bin all three axes in one pass over the items.
        const glm::vec3 extent = centroidBounds.max - centroidBounds.min;
        // Small nodes bin coarser: there are many of them, and clearing and sweeping the bins
        // costs more than their items.
        const int binCount = count < kSmallNode ? kBins / 2 : kBins;
        const auto fb = static_cast<float>(binCount);
        const glm::vec3 scale(extent.x > 0.0f ? fb / extent.x : 0.0f,
                              extent.y > 0.0f ? fb / extent.y : 0.0f,
                              extent.z > 0.0f ? fb / extent.z : 0.0f);
        auto binOf = [&](const glm::vec3& c, int axis) {
            return std::min(binCount - 1,
                            static_cast<int>((c[axis] - centroidBounds.min[axis]) * scale[axis]));
        };
        std::array<std::array<Bin, kBins>, 3> bins;
        for (auto& axisBins : bins) {
            std::fill(axisBins.begin(), axisBins.begin() + binCount, Bin{});
        }
        for (std::uint32_t i = task.begin; i < task.end; ++i) {
            const glm::vec3 c = items[i].centre();
            for (int axis = 0; axis < 3; ++axis) {
                Bin& bin = bins[axis][binOf(c, axis)];
                bin.box.add(items[i].box);
                ++bin.count;
            }
        }

        // Best split over all three axes and binCount - 1 planes between bins: sweep from the right
        // for the right-hand areas, then from the left.
        float bestCost = std::numeric_limits<float>::max();
        int bestAxis = -1;
        int bestPlane = 0;
        for (int axis = 0; axis < 3; ++axis) {
            if (extent[axis] <= 0.0f) {
                continue;
            }
            std::array<float, kBins> rightArea{};
            std::array<std::uint32_t, kBins> rightCount{};
            Box acc;
            std::uint32_t n = 0;
            for (int b = binCount - 1; b > 0; --b) {
                acc.add(bins[axis][b].box);
                n += bins[axis][b].count;
                rightArea[b] = acc.area();
                rightCount[b] = n;
            }
            acc = Box{};
            n = 0;
            for (int plane = 1; plane < binCount; ++plane) {
                acc.add(bins[axis][plane - 1].box);
                n += bins[axis][plane - 1].count;
                if (n == 0 || rightCount[plane] == 0) {
                    continue;
                }
                const float cost = acc.area() * n + rightArea[plane] * rightCount[plane];
                if (cost < bestCost) {
                    bestCost = cost;
                    bestAxis = axis;
                    bestPlane = plane;
                }
            }
        }

        std::uint32_t mid = task.begin;
        const float leafCost = bounds.area() * count;
        Item* const first = items.data() + task.begin;
        Item* const last = items.data() + task.end;
        if (task.depth >= kMaxSahDepth) {
            // A pathological chain of lopsided splits: halve by count along the widest axis.
            const int axis = extent.x >= extent.y && extent.x >= extent.z ? 0
                             : extent.y >= extent.z                       ? 1
                                                                          : 2;
            mid = task.begin + count / 2;
            std::nth_element(first, items.data() + mid, last, [&](const Item& a, const Item& b) {
                return a.centre()[axis] < b.centre()[axis];
            });
        } else if (bestAxis >= 0 && (kTraversalCost * bounds.area() + bestCost < leafCost ||
                                     count > kMaxLeafItems)) {
            // Partition by hand, gathering both sides' centroid bounds on the way; their boxes
            // are the unions of their bins.
            Task low{0, task.begin, 0, task.depth + 1, {}, {}};
            Task high{0, 0, task.end, task.depth + 1, {}, {}};
            for (int b = 0; b < binCount; ++b) {
                (b < bestPlane ? low : high).bounds.add(bins[bestAxis][b].box);
            }
            Item* lo = first;
            Item* hi = last;
            while (lo < hi) {
                const glm::vec3 c = lo->centre();
                if (binOf(c, bestAxis) < bestPlane) {
                    low.centroidBounds.add(c);
                    ++lo;
                } else {
                    high.centroidBounds.add(c);
                    std::swap(*lo, *--hi);
                }
            }
            mid = static_cast<std::uint32_t>(lo - items.data());
            const auto left = static_cast<std::uint32_t>(nodes.size());
            node.first = left;
            node.count = 0;
            nodes.push_back(Node{});
            nodes.push_back(Node{});
            low.node = left;
            low.end = mid;
            high.node = left + 1;
            high.begin = mid;
            tasks.push_back(low);
            tasks.push_back(high);
            continue;
        } else if (count > kMaxLeafItems) {
            // Every centroid in one point (duplicated triangles): split by count.
            mid = task.begin + count / 2;
        } else {
            continue; // a leaf is cheaper
        }
        if (mid == task.begin || mid == task.end) {
            mid = task.begin + count / 2;
        }
        const auto left = static_cast<std::uint32_t>(nodes.size());
        node.first = left; // `node` is still valid: nothing was pushed since it was taken
        node.count = 0;
        nodes.push_back(Node{});
        nodes.push_back(Node{});
        tasks.push_back(rangeTask(left, task.begin, mid, task.depth + 1));
        tasks.push_back(rangeTask(left + 1, mid, task.end, task.depth + 1));
    }
    return nodes;
}

} // namespace glutea::bvh_detail
