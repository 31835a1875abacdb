// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/fan_muscles.h"

#include "meshgen/landmarks.h"

namespace glutea::meshgen {

PartSpec iliacFanPart(const Registry& registry, const IliacFan& fan) {
    PartSpec s =
        musclePart(fan.id, fan.bands, 0.008f, fan.step, fan.targetTriangles, fan.outsideOf);
    // The gluteal surface faces laterally and backward: the normal of the plane through the
    // crest top, the notch, the ASIS and the PSIS. Only bone facing that way carries the sheet
    // (not the iliac fossa on the inside of the same outline).
    const glm::vec3 n = glm::normalize(
        glm::cross(landmarkLeft("iliac_crest_top") - landmarkLeft("greater_sciatic_notch"),
                   landmarkLeft("asis") - landmarkLeft("psis")));
    const auto bandField = s.field;
    const IliacFan f = fan;
    s.field = [&registry, bandField, f, n](glm::vec3 p) {
        const float band = bandField(p);
        auto bedAt = [&](glm::vec3 q) {
            float b = 1.0f;
            for (const auto& id : f.bed) {
                b = std::min(b, registry.distance(id, q));
            }
            return b;
        };
        const float bed = bedAt(p);
        // Where the sheet cannot be the nearer surface by a blend radius, smin returns band.
        // (The smoothed bed is at most smoothRadius nearer than the bed: distances are
        // 1-Lipschitz.)
        const bool smoothed = f.smoothRadius > 0.0f;
        if (bed - f.thickness - f.smoothRadius >= band + (smoothed ? 0.014f : 0.008f)) {
            return band;
        }
        const float region = sdf::polygon2d({p.y, p.z}, f.regionYZ);
        if (region > 0.0f) {
            return sdf::smin(std::max(bed, region), band, 0.008f);
        }
        const float h = 0.0015f;
        auto hb = [&](glm::vec3 q) { return registry.distance("hip_bone", q); };
        const glm::vec3 g(hb(p + glm::vec3(h, 0, 0)) - hb(p - glm::vec3(h, 0, 0)),
                          hb(p + glm::vec3(0, h, 0)) - hb(p - glm::vec3(0, h, 0)),
                          hb(p + glm::vec3(0, 0, h)) - hb(p - glm::vec3(0, 0, h)));
        const float len = glm::length(g);
        const float facing = len > 1e-9f ? glm::dot(g / len, n) : 0.0f;
        // A clean border (starting at a quarter of the thickness) rather than a feather edge thin
        // enough to break into islands against the 0.8 mm gap.
        const float t = f.thickness * std::clamp(0.25f - region / f.ramp, 0.0f, 1.0f) *
                        std::clamp((facing - 0.1f) / 0.3f, 0.0f, 1.0f);
        if (f.smoothRadius <= 0.0f || t <= 0.0f) {
            return sdf::smin(bed - t, band, 0.008f);
        }
        // Average of the bed over the 6 axis and 8 diagonal neighbours at smoothRadius: bumps
        // narrower than the radius no longer show through the sheet.
        static const glm::vec3 kDirs[14] = {{1, 0, 0},
                                            {-1, 0, 0},
                                            {0, 1, 0},
                                            {0, -1, 0},
                                            {0, 0, 1},
                                            {0, 0, -1},
                                            {0.577f, 0.577f, 0.577f},
                                            {-0.577f, 0.577f, 0.577f},
                                            {0.577f, -0.577f, 0.577f},
                                            {-0.577f, -0.577f, 0.577f},
                                            {0.577f, 0.577f, -0.577f},
                                            {-0.577f, 0.577f, -0.577f},
                                            {0.577f, -0.577f, -0.577f},
                                            {-0.577f, -0.577f, -0.577f}};
        float sum = bed;
        for (const auto& dir : kDirs) {
            sum += bedAt(p + dir * f.smoothRadius);
        }
        const float smooth = sum / 15.0f;
        const float sheet = sdf::smin(smooth - t, bed - t * f.minCover, 0.004f);
        return sdf::smin(sheet, band, 0.014f); // wide blend: the bands merge into the sheet
    };
    const glm::vec3 ins = fan.insertion;
    s.fibre = [ins](glm::vec3 p) {
        const glm::vec3 d = ins - p;
        const float l = glm::length(d);
        return l > 1e-6f ? d / l : glm::vec3(0.0f, -1.0f, 0.0f);
    };
    glm::vec2 lo(1e9f), hi(-1e9f);
    for (const auto& q : fan.regionYZ) {
        lo = glm::min(lo, q);
        hi = glm::max(hi, q);
    }
    s.box.lo = glm::min(s.box.lo, glm::vec3(0.055f, lo.x, lo.y));
    s.box.hi = glm::max(s.box.hi, glm::vec3(0.165f, hi.x, hi.y));
    return s;
}

} // namespace glutea::meshgen
