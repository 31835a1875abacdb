// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <random>

#include "atlas_fixture.h"
#include "geometry/bvh.h"
#include "geometry/camera.h"

using namespace glutea;

namespace {

// An independent reference: Möller–Trumbore written again here, over every triangle of every
// accepted part (a part's box test first, which cannot change the answer, only the run time).
struct BruteHit {
    int part = -1;
    std::uint32_t triangle = 0;
    float t = std::numeric_limits<float>::infinity();
};

bool referenceTriangle(const Ray& r, glm::vec3 a, glm::vec3 b, glm::vec3 c, float& t) {
    const glm::vec3 ab = b - a, ac = c - a;
    const glm::vec3 h = glm::cross(r.direction, ac);
    const float det = glm::dot(ab, h);
    if (std::abs(det) < 1e-20f) {
        return false;
    }
    const float f = 1.0f / det;
    const glm::vec3 s = r.origin - a;
    const float u = f * glm::dot(s, h);
    const glm::vec3 q = glm::cross(s, ab);
    const float v = f * glm::dot(r.direction, q);
    if (u < 0.0f || u > 1.0f || v < 0.0f || u + v > 1.0f) {
        return false;
    }
    t = f * glm::dot(ac, q);
    return t > 0.0f;
}

bool rayHitsBox(const Ray& r, const Bounds& b) {
    float lo = 0.0f, hi = std::numeric_limits<float>::infinity();
    for (int i = 0; i < 3; ++i) {
        if (std::abs(r.direction[i]) < 1e-12f) {
            if (r.origin[i] < b.min[i] || r.origin[i] > b.max[i]) {
                return false;
            }
            continue;
        }
        float t0 = (b.min[i] - r.origin[i]) / r.direction[i];
        float t1 = (b.max[i] - r.origin[i]) / r.direction[i];
        if (t0 > t1) {
            std::swap(t0, t1);
        }
        lo = std::max(lo, t0);
        hi = std::min(hi, t1);
    }
    return lo <= hi * 1.0001f + 1e-6f;
}

BruteHit bruteForce(const Atlas& atlas, const Ray& r, const std::vector<bool>& enabled) {
    BruteHit best;
    for (std::size_t p = 0; p < atlas.parts.size(); ++p) {
        if (!enabled[p] || !rayHitsBox(r, atlas.parts[p].bounds)) {
            continue;
        }
        const Mesh& m = atlas.parts[p].mesh;
        for (std::uint32_t i = 0; i < m.triangleCount(); ++i) {
            float t;
            if (referenceTriangle(r, m.positions[m.indices[3 * i]],
                                  m.positions[m.indices[3 * i + 1]],
                                  m.positions[m.indices[3 * i + 2]], t) &&
                t < best.t) {
                best = {static_cast<int>(p), i, t};
            }
        }
    }
    return best;
}

std::vector<Ray> randomRays(const Atlas& atlas, int count, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    const glm::vec3 centre = atlas.bounds.centre();
    const float radius = atlas.bounds.radius();
    std::vector<Ray> rays;
    for (int i = 0; i < count; ++i) {
        // Origin on a sphere around the model; aim at a random point in the box, or (every other
        // ray) at a random vertex, so many rays graze real surfaces.
        const float z = 2.0f * unit(rng) - 1.0f, phi = 6.2831853f * unit(rng);
        const float s = std::sqrt(1.0f - z * z);
        const glm::vec3 origin =
            centre + 1.5f * radius * glm::vec3(s * std::cos(phi), z, s * std::sin(phi));
        glm::vec3 aim;
        if (i % 2 == 0) {
            aim = glm::mix(atlas.bounds.min, atlas.bounds.max,
                           glm::vec3(unit(rng), unit(rng), unit(rng)));
        } else {
            const auto& part = atlas.parts[rng() % atlas.parts.size()];
            aim = part.mesh.positions[rng() % part.mesh.positions.size()];
        }
        rays.push_back({origin, glm::normalize(aim - origin)});
    }
    return rays;
}

std::vector<const Mesh*> meshesOf(const Atlas& atlas) {
    std::vector<const Mesh*> meshes;
    for (const auto& p : atlas.parts) {
        meshes.push_back(&p.mesh);
    }
    return meshes;
}

// Compares the Bvh with the reference on every ray; a differing part is only accepted as a genuine
// tie (both parts reach the same t), which the log counts.
void expectMatchesBruteForce(const Atlas& atlas, const Bvh& bvh, const std::vector<Ray>& rays,
                             const std::vector<bool>& enabled) {
    int hits = 0, ties = 0, failures = 0;
    for (const Ray& r : rays) {
        const BruteHit ref = bruteForce(atlas, r, enabled);
        const auto hit = bvh.intersect(r);
        ASSERT_EQ(ref.part >= 0, hit.has_value()) << "ray " << &r - rays.data();
        if (!hit) {
            continue;
        }
        ++hits;
        EXPECT_NEAR(hit->t, ref.t, 1e-5f);
        EXPECT_TRUE(enabled[hit->part]);
        if (static_cast<int>(hit->part) != ref.part) {
            ++ties;
            EXPECT_NEAR(hit->t, ref.t, 1e-6f) << "different part, not a tie";
        }
        if (::testing::Test::HasFailure() && ++failures > 5) {
            return;
        }
    }
    std::printf("[          ] %d of %zu rays hit; %d ties between touching parts\n", hits,
                rays.size(), ties);
    EXPECT_GT(hits, static_cast<int>(rays.size()) / 3);
    EXPECT_LE(ties, static_cast<int>(rays.size()) / 200);
}

} // namespace

TEST(OrbitCameraRay, PointsOnTheRayProjectBackToTheirPixel) {
    Bounds scene;
    scene.add({-0.4f, -1.0f, -0.3f});
    scene.add({0.4f, 0.3f, 0.3f});
    for (const auto& preset : viewPresets()) {
        for (float aspect : {0.6f, 1.0f, 16.0f / 9.0f}) {
            OrbitCamera cam;
            cam.setPreset(preset);
            cam.frame(scene, aspect);
            cam.pan(0.1f, -0.05f);
            const glm::mat4 vp = cam.projection(aspect, scene) * cam.view();
            for (glm::vec2 ndc :
                 {glm::vec2(0, 0), glm::vec2(0.7f, -0.4f), glm::vec2(-0.95f, 0.9f)}) {
                const Ray ray = cam.rayThrough(ndc, aspect);
                EXPECT_NEAR(glm::length(ray.direction), 1.0f, 1e-5f);
                EXPECT_NEAR(glm::distance(ray.origin, cam.eye()), 0.0f, 1e-5f);
                for (float t : {0.5f * cam.distance, cam.distance, 1.3f * cam.distance}) {
                    const glm::vec4 clip = vp * glm::vec4(ray.at(t), 1.0f);
                    EXPECT_NEAR(clip.x / clip.w, ndc.x, 1e-4f) << preset.name;
                    EXPECT_NEAR(clip.y / clip.w, ndc.y, 1e-4f) << preset.name;
                }
            }
            const Ray centre = cam.rayThrough({0, 0}, aspect);
            EXPECT_GT(glm::dot(centre.direction, cam.forward()), 0.99999f);
        }
    }
}

TEST(Bvh, SmallSceneHitsMissesAndOrdersHits) {
    // Two parallel unit squares at z = 0 and z = 1, as two parts.
    auto square = [](float z) {
        Mesh m;
        m.positions = {{-1, -1, z}, {1, -1, z}, {1, 1, z}, {-1, 1, z}};
        m.indices = {0, 1, 2, 0, 2, 3};
        return m;
    };
    const Mesh a = square(0.0f), b = square(1.0f);
    const std::vector<const Mesh*> meshes = {&a, &b};
    Bvh bvh;
    bvh.build(meshes);
    EXPECT_EQ(bvh.triangleCount(), 4u);

    const Ray down{{0.2f, 0.3f, 5.0f}, {0, 0, -1}};
    auto hit = bvh.intersect(down);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->part, 1u);
    EXPECT_NEAR(hit->t, 4.0f, 1e-6f);
    EXPECT_NEAR(hit->point.z, 1.0f, 1e-6f);
    EXPECT_GT(hit->normal.z, 0.99f); // faces the ray's origin
    const auto hits = bvh.allHits(down);
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].part, 1u);
    EXPECT_EQ(hits[1].part, 0u);
    EXPECT_NEAR(hits[1].t, 5.0f, 1e-6f);

    EXPECT_FALSE(bvh.intersect({{2.0f, 0.0f, 5.0f}, {0, 0, -1}})); // beside both
    EXPECT_FALSE(bvh.intersect({{0.0f, 0.0f, 5.0f}, {0, 0, 1}}));  // pointing away
    EXPECT_FALSE(bvh.intersect(down, {}, 3.9f));                   // beyond tMax

    // The filter and the enabled set both skip a part.
    hit = bvh.intersect(down, [](std::uint32_t part) { return part != 1; });
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->part, 0u);
    bvh.setEnabled({true, false});
    hit = bvh.intersect(down);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->part, 0u);
    bvh.setEnabled({false, false});
    EXPECT_FALSE(bvh.intersect(down));
    EXPECT_TRUE(bvh.allHits(down).empty());
}

TEST(Bvh, PickingEqualsBruteForceOnTheDefaultModel) {
    const Atlas& atlas = test::defaultAtlas();
    const auto meshes = meshesOf(atlas);
    Bvh bvh;
    // CPU time beside wall time: on a loaded machine the wall clock mostly measures the others.
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    bvh.build(meshes);
    const auto t1 = std::chrono::steady_clock::now();
    const std::clock_t c1 = std::clock();
    EXPECT_EQ(bvh.triangleCount(), atlas.triangleCount());
    EXPECT_EQ(bvh.validate(), "");

    const auto rays = randomRays(atlas, 3000, 12345);
    std::size_t found = 0;
    const std::clock_t c2 = std::clock();
    const auto t2 = std::chrono::steady_clock::now();
    for (const Ray& r : rays) {
        found += bvh.intersect(r).has_value();
    }
    const auto t3 = std::chrono::steady_clock::now();
    const std::clock_t c3 = std::clock();
    std::vector<bool> visible(atlas.parts.size(), true);
    const auto t4 = std::chrono::steady_clock::now();
    bvh.setEnabled(visible);
    const auto t5 = std::chrono::steady_clock::now();
    using ms = std::chrono::duration<double, std::milli>;
    const double cpuMs = 1000.0 / CLOCKS_PER_SEC;
    std::printf("[          ] BVH over %zu triangles in %zu parts: build %.1f ms (CPU %.1f ms), "
                "top level %.3f ms, pick %.2f us mean (CPU %.2f us; %zu of %zu rays hit)\n",
                bvh.triangleCount(), bvh.partCount(), ms(t1 - t0).count(),
                static_cast<double>(c1 - c0) * cpuMs, ms(t5 - t4).count(),
                1000.0 * ms(t3 - t2).count() / static_cast<double>(rays.size()),
                1000.0 * static_cast<double>(c3 - c2) * cpuMs / static_cast<double>(rays.size()),
                found, rays.size());

    expectMatchesBruteForce(atlas, bvh, rays, visible);
}

TEST(Bvh, HiddenPartsAreNeverHit) {
    const Atlas& atlas = test::defaultAtlas();
    const auto meshes = meshesOf(atlas);
    Bvh bvh;
    bvh.build(meshes);
    // Hide the skin and every third part: the rays then reach deeper structures.
    std::vector<bool> visible(atlas.parts.size(), true);
    for (std::size_t p = 0; p < visible.size(); ++p) {
        visible[p] = atlas.parts[p].structureId != "skin" && p % 3 != 0;
    }
    bvh.setEnabled(visible);
    expectMatchesBruteForce(atlas, bvh, randomRays(atlas, 2000, 777), visible);

    // allHits agrees with intersect on the nearest hit and is sorted.
    for (const Ray& r : randomRays(atlas, 200, 99)) {
        const auto all = bvh.allHits(r);
        const auto first = bvh.intersect(r);
        ASSERT_EQ(all.empty(), !first.has_value());
        if (first) {
            EXPECT_EQ(all.front().part, first->part);
            EXPECT_EQ(all.front().t, first->t);
        }
        for (std::size_t i = 1; i < all.size(); ++i) {
            EXPECT_LE(all[i - 1].t, all[i].t);
            EXPECT_TRUE(visible[all[i].part]);
        }
    }
}
