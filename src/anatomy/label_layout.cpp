// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/label_layout.h"

#include <algorithm>
#include <cmath>

namespace glutea {

namespace {

struct Box {
    glm::vec2 min, max;
};

Box boxAround(glm::vec2 centre, glm::vec2 size) {
    // Whole pixels: text drawn at fractional positions shimmers as the anchor creeps.
    const glm::vec2 min = glm::floor(centre - size * 0.5f + 0.5f);
    return {min, min + size};
}

bool contains(const Box& b, glm::vec2 p, float margin) {
    return p.x > b.min.x - margin && p.x < b.max.x + margin && p.y > b.min.y - margin &&
           p.y < b.max.y + margin;
}

// Whether the segment a-b passes through the box (Liang-Barsky clipping).
bool segmentCrosses(glm::vec2 a, glm::vec2 b, const Box& box) {
    float t0 = 0.0f, t1 = 1.0f;
    const glm::vec2 d = b - a;
    const float p[4] = {-d.x, d.x, -d.y, d.y};
    const float q[4] = {a.x - box.min.x, box.max.x - a.x, a.y - box.min.y, box.max.y - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0f) {
            if (q[i] < 0.0f) {
                return false;
            }
            continue;
        }
        const float t = q[i] / p[i];
        if (p[i] < 0.0f) {
            t0 = std::max(t0, t);
        } else {
            t1 = std::min(t1, t);
        }
        if (t0 > t1) {
            return false;
        }
    }
    return true;
}

glm::vec2 nearestOnBox(const Box& b, glm::vec2 p) {
    return glm::clamp(p, b.min, b.max);
}

} // namespace

bool boxesOverlap(glm::vec2 aMin, glm::vec2 aMax, glm::vec2 bMin, glm::vec2 bMax) {
    return aMin.x < bMax.x && bMin.x < aMax.x && aMin.y < bMax.y && bMin.y < aMax.y;
}

std::vector<PlacedLabel> LabelLayout::place(std::vector<LabelCandidate> candidates,
                                            glm::vec2 size) {
    // Priority first; within it the labels already on screen keep their room, then by id so the
    // order (and so the result) never depends on the order the caller listed them in.
    std::sort(candidates.begin(), candidates.end(), [&](const auto& a, const auto& b) {
        const bool aKept = offsets_.count(a.id) > 0, bKept = offsets_.count(b.id) > 0;
        if (a.priority != b.priority) {
            return a.priority < b.priority;
        }
        if (aKept != bKept) {
            return aKept;
        }
        return a.id < b.id;
    });
    // Labels fan out from the middle of what is labelled, so leaders rarely cross.
    glm::vec2 middle = size * 0.5f;
    if (!candidates.empty()) {
        middle = glm::vec2(0.0f);
        for (const auto& c : candidates) {
            middle += c.anchor;
        }
        middle /= float(candidates.size());
    }

    std::vector<Box> placed;
    std::vector<PlacedLabel> result;
    std::map<std::string, glm::vec2> offsets;
    const float o = options_.gap * 0.5f;
    // `strict`: the leader crosses no other label. The place a label had last frame is checked
    // without margins and lets its leader cross (hysteresis: a label does not jump for a pixel).
    auto fits = [&](const Box& box, const LabelCandidate& self, bool strict, bool kept) {
        strict = strict && !kept;
        const float gap = kept ? 0.0f : o;
        const float clear = kept ? 0.0f : options_.anchorClear;
        if (glm::distance(nearestOnBox(box, self.anchor), self.anchor) <
            options_.minLeader * (kept ? 0.5f : 0.7f)) {
            return false; // a leader too short to read
        }
        if (box.min.x < 1.0f || box.min.y < 1.0f || box.max.x > size.x - 1.0f ||
            box.max.y > size.y - 1.0f) {
            return false;
        }
        for (const Box& other : placed) {
            if (boxesOverlap(box.min - gap, box.max + gap, other.min - gap, other.max + gap)) {
                return false;
            }
        }
        for (const auto& c : candidates) {
            if (contains(box, c.anchor, clear)) {
                return false;
            }
        }
        if (strict) { // the leader crosses no other label
            const glm::vec2 start = nearestOnBox(box, self.anchor);
            for (const Box& other : placed) {
                if (segmentCrosses(self.anchor, start, other)) {
                    return false;
                }
            }
        }
        return true;
    };

    for (const auto& c : candidates) {
        const glm::vec2 boxSize = c.size + 2.0f * options_.padding;
        const glm::vec2 half = boxSize * 0.5f;
        std::vector<glm::vec2> tries; // box centre minus anchor, best first
        const auto kept = offsets_.find(c.id);
        if (kept != offsets_.end()) {
            tries.push_back(kept->second);
        }
        const glm::vec2 out = c.anchor - middle;
        const float base = glm::length(out) > 1.0f ? std::atan2(out.y, out.x) : -2.2f;
        for (float reach : {0.0f, 22.0f, 50.0f, 85.0f, 130.0f}) {
            for (int k = 0; k <= 16; ++k) {
                const float turn = float((k + 1) / 2) * (k % 2 ? 1.0f : -1.0f) * 0.3927f; // 22.5°
                const glm::vec2 dir(std::cos(base + turn), std::sin(base + turn));
                // Far enough that the nearest point of the box is minLeader + reach away.
                const float d = options_.minLeader + reach +
                                std::min(half.x / std::max(std::abs(dir.x), 1e-3f),
                                         half.y / std::max(std::abs(dir.y), 1e-3f));
                tries.push_back(dir * d);
            }
        }
        bool done = false;
        const bool hasKept = kept != offsets_.end();
        // The last frame's place first, on its own lenient terms; then new places, strict first.
        for (int pass = hasKept ? 0 : 1; pass < 3; ++pass) {
            for (std::size_t t = pass == 0 ? 0 : (hasKept ? 1 : 0);
                 t < (pass == 0 ? 1 : tries.size()); ++t) {
                const glm::vec2& offset = tries[t];
                const Box box = boxAround(c.anchor + offset, boxSize);
                if (!fits(box, c, pass != 2, pass == 0)) {
                    continue;
                }
                placed.push_back(box);
                offsets[c.id] = offset;
                result.push_back(
                    {c.id, c.text, c.anchor, box.min, box.max, nearestOnBox(box, c.anchor)});
                done = true;
                break;
            }
            if (done) {
                break;
            }
        }
    }
    offsets_ = std::move(offsets);
    return result;
}

} // namespace glutea
