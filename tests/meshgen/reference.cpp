// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "reference.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace glutea::meshgen::test {
namespace {

// Binary STL (mm, +X right, +Y anterior, +Z up) -> triangle soup in atlas axes (m, not yet
// centred): (-X, Z, Y) / 1000.
Mesh readStl(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        throw std::runtime_error("cannot read " + path);
    }
    char header[80];
    uint32_t n = 0;
    f.read(header, 80);
    f.read(reinterpret_cast<char*>(&n), 4);
    Mesh m;
    for (uint32_t i = 0; i < n && f; ++i) {
        float v[12];
        uint16_t attr;
        f.read(reinterpret_cast<char*>(v), 48);
        f.read(reinterpret_cast<char*>(&attr), 2);
        for (int k = 1; k < 4; ++k) {
            m.indices.push_back(uint32_t(m.positions.size()));
            m.positions.emplace_back(-v[3 * k] / 1000.0f, v[3 * k + 2] / 1000.0f,
                                     v[3 * k + 1] / 1000.0f);
        }
    }
    if (!f) {
        throw std::runtime_error("truncated STL " + path);
    }
    return m;
}

void shift(Mesh& m, glm::dvec3 by) {
    for (auto& p : m.positions) {
        p = glm::vec3(glm::dvec3(p) - by);
    }
}

// Atlas id -> the dataset's file name part.
const std::array<std::pair<const char*, const char*>, 30> kMuscles = {{
    {"gluteus_maximus", "GluteusMaximus"},
    {"gluteus_medius", "GluteusMedius"},
    {"gluteus_minimus", "GluteusMinimus"},
    {"piriformis", "Piriformis"},
    {"gemellus_superior", "SuperiorGemellus"},
    {"gemellus_inferior", "InferiorGemellus"},
    {"obturator_internus", "ObturatorInternus"},
    {"obturator_externus", "ObturatorExternus"},
    {"quadratus_femoris", "QuadratusFemoris"},
    {"tensor_fasciae_latae", "TensorFasciaeLatae"},
    {"semimembranosus", "Semimembranosus"},
    {"semitendinosus", "Semitendinosus"},
    {"biceps_femoris_long_head", "BicepsFemorisLong"},
    {"biceps_femoris_short_head", "BicepsFemorisShort"},
    {"iliacus", "Illiacus"},
    {"psoas_major", "PsoasMajor"},
    {"rectus_femoris", "RectusFemoris"},
    {"vastus_lateralis", "VastusLateralis"},
    {"vastus_medialis", "VastusMedialis"},
    {"vastus_intermedius", "VastusIntermedius"},
    {"sartorius", "Sartorius"},
    {"adductor_magnus", "AdductorMagnus"},
    {"adductor_longus", "AdductorLongus"},
    {"adductor_brevis", "AdductorBrevis"},
    {"gracilis", "Gracilis"},
    {"pectineus", "Pectineus"},
    {"soleus", "Soleus"},
    {"popliteus", "Popliteus"},
    {"tibialis_anterior", "TibialisAnterior"},
    {"tibialis_posterior", "TibialisPosterior"},
}};

std::unique_ptr<Reference> load() {
    const std::string dir = referenceDir();
    if (!std::filesystem::exists(dir)) {
        return nullptr;
    }
    auto r = std::make_unique<Reference>();
    auto file = [&](const std::string& side, const std::string& what) {
        return dir + "/VHF_" + side + "_" + what + "_smooth.stl";
    };
    const Mesh headL = readStl(file("Left", "Cartilage_FemurHead"));
    const Mesh headR = readStl(file("Right", "Cartilage_FemurHead"));
    r->hipL = sphereCentre(headL.positions);
    r->hipR = sphereCentre(headR.positions);
    const glm::dvec3 mid = 0.5 * (r->hipL + r->hipR);
    r->hipL -= mid;
    r->hipR -= mid;
    r->hipWidth = glm::length(r->hipL - r->hipR);
    Mesh distal = readStl(file("Left", "Cartilage_FemurDistal"));
    shift(distal, mid);
    // The cartilage shell is not closed: its vertex centroid is the measure LANDMARKS.md quotes.
    glm::dvec3 c(0.0);
    for (const auto& p : distal.positions) {
        c += glm::dvec3(p);
    }
    r->knee = c / double(distal.positions.size());
    Mesh tibia = readStl(file("Left", "Bone_Tibia"));
    shift(tibia, mid);
    r->ankle = lowestBandCentroid(tibia, 0.010);
    r->femur = glm::length(r->knee - r->hipL);
    r->shank = glm::length(r->ankle - r->knee);
    for (const auto& [id, name] : kMuscles) {
        const std::string path = file("Left", std::string("Muscle_") + name);
        if (!std::filesystem::exists(path)) {
            continue;
        }
        Mesh m = readStl(path);
        shift(m, mid);
        r->muscles.emplace(id, std::move(m));
    }
    // The dataset keeps the gastrocnemius's two heads apart; the atlas has one part per side, so
    // they are measured as one muscle (their triangles together still bound its volume).
    Mesh gastrocnemius;
    for (const char* head : {"GastrocnemiusLateral", "GastrocnemiusMedial"}) {
        const std::string path = file("Left", std::string("Muscle_") + head);
        if (!std::filesystem::exists(path)) {
            continue;
        }
        const Mesh m = readStl(path);
        const uint32_t base = uint32_t(gastrocnemius.positions.size());
        gastrocnemius.positions.insert(gastrocnemius.positions.end(), m.positions.begin(),
                                       m.positions.end());
        for (const uint32_t i : m.indices) {
            gastrocnemius.indices.push_back(base + i);
        }
    }
    if (!gastrocnemius.indices.empty()) {
        shift(gastrocnemius, mid);
        r->muscles.emplace("gastrocnemius", std::move(gastrocnemius));
    }
    return r;
}

} // namespace

std::string referenceDir() {
    // GLUTEA_REFERENCE_DIR: the meshes elsewhere, or a folder that does not exist to see the skip.
    if (const char* dir = std::getenv("GLUTEA_REFERENCE_DIR")) {
        return dir;
    }
    return std::string(GLUTEA_SOURCE_DIR) + "/../shared/anatomy-reference/visible-human-denver";
}

const Reference* reference() {
    static const std::unique_ptr<Reference> r = load();
    return r.get();
}

glm::dvec3 sphereCentre(const std::vector<glm::vec3>& points) {
    // |p|^2 = 2 c.p + k is linear in (c, k): solve the 4x4 normal equations, with the points
    // taken relative to their mean for conditioning.
    glm::dvec3 mean(0.0);
    for (const auto& p : points) {
        mean += glm::dvec3(p);
    }
    mean /= double(points.size());
    double a[4][5] = {};
    for (const auto& q : points) {
        const glm::dvec3 p = glm::dvec3(q) - mean;
        const double row[4] = {2 * p.x, 2 * p.y, 2 * p.z, 1.0};
        const double b = glm::dot(p, p);
        for (int i = 0; i < 4; ++i) {
            for (int j = 0; j < 4; ++j) {
                a[i][j] += row[i] * row[j];
            }
            a[i][4] += row[i] * b;
        }
    }
    for (int i = 0; i < 4; ++i) { // Gauss-Jordan with partial pivoting
        int piv = i;
        for (int k = i + 1; k < 4; ++k) {
            if (std::abs(a[k][i]) > std::abs(a[piv][i])) {
                piv = k;
            }
        }
        for (int j = 0; j < 5; ++j) {
            std::swap(a[i][j], a[piv][j]);
        }
        for (int k = 0; k < 4; ++k) {
            if (k != i) {
                const double f = a[k][i] / a[i][i];
                for (int j = i; j < 5; ++j) {
                    a[k][j] -= f * a[i][j];
                }
            }
        }
    }
    return mean + glm::dvec3(a[0][4] / a[0][0], a[1][4] / a[1][1], a[2][4] / a[2][2]);
}

glm::dvec3 volumeCentroid(const Mesh& mesh, double* volume) {
    double v = 0;
    glm::dvec3 c(0.0);
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::dvec3 a(mesh.positions[mesh.indices[t]]), b(mesh.positions[mesh.indices[t + 1]]),
            d(mesh.positions[mesh.indices[t + 2]]);
        const double tv = glm::dot(a, glm::cross(b, d)) / 6.0;
        v += tv;
        c += tv * (a + b + d) / 4.0;
    }
    if (volume) {
        *volume = v;
    }
    return c / v;
}

glm::dvec3 lowestBandCentroid(const Mesh& mesh, double band) {
    double lo = 1e9;
    for (const auto& p : mesh.positions) {
        lo = std::min(lo, double(p.y));
    }
    glm::dvec3 c(0.0);
    int n = 0;
    for (const auto& p : mesh.positions) {
        if (p.y <= lo + band) {
            c += glm::dvec3(p);
            ++n;
        }
    }
    return c / double(n);
}

} // namespace glutea::meshgen::test
