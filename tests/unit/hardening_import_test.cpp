// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Issue 13: model files that are broken in ways Assimp accepts are refused with the file and the
// place named, instead of being drawn wrong (or not at all) in silence.
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <sstream>

#include <gtest/gtest.h>

#include "base/error.h"
#include "hardening_support.h"
#include "import/assimp_loader.h"

using namespace glutea;
using namespace glutea::test;

namespace {

std::string modelError(const std::filesystem::path& file, const ModelRef& ref = {}) {
    try {
        loadModelMeshes(file, ref);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

std::filesystem::path writeGlb(const GlbSpec& spec, const std::string& name = "m.glb") {
    const auto file = scratchDir() / name;
    writeFile(file, makeGlb(spec));
    return file;
}

// GLUTEA_GLB_READER=assimp while it lives: a .glb goes through Assimp and the checks of that path
// (import/assimp_loader.cpp) instead of Glutea's own reader.
struct GlbThroughAssimp {
    GlbThroughAssimp() { ::setenv("GLUTEA_GLB_READER", "assimp", 1); }
    ~GlbThroughAssimp() { ::unsetenv("GLUTEA_GLB_READER"); }
    GlbThroughAssimp(const GlbThroughAssimp&) = delete;
    GlbThroughAssimp& operator=(const GlbThroughAssimp&) = delete;
};

// The spec's vertices and faces as an OBJ (always read by Assimp): "f" triangles, "l" lines or
// "p" points, by the mode of the spec; one object named as the spec's node.
std::string objOf(const GlbSpec& spec) {
    std::ostringstream out;
    out << "o " << spec.nodeName << "\n";
    for (std::size_t i = 0; i + 2 < spec.positions.size(); i += 3) {
        out << "v " << spec.positions[i] << " " << spec.positions[i + 1] << " "
            << spec.positions[i + 2] << "\n";
    }
    const std::size_t corners = spec.mode == 0 ? 1 : spec.mode == 1 ? 2 : 3;
    for (std::size_t i = 0; i + corners - 1 < spec.indices.size(); i += corners) {
        out << (spec.mode == 0 ? "p" : spec.mode == 1 ? "l" : "f");
        for (std::size_t k = 0; k < corners; ++k) {
            out << " " << spec.indices[i + k] + 1;
        }
        out << "\n";
    }
    return out.str();
}

// The spec's vertices and triangles as an ASCII PLY (always read by Assimp).
std::string plyOf(const GlbSpec& spec) {
    std::ostringstream out;
    out << "ply\nformat ascii 1.0\nelement vertex " << spec.positions.size() / 3
        << "\nproperty float x\nproperty float y\nproperty float z\nelement face "
        << spec.indices.size() / 3 << "\nproperty list uchar int vertex_indices\nend_header\n";
    for (std::size_t i = 0; i + 2 < spec.positions.size(); i += 3) {
        out << spec.positions[i] << " " << spec.positions[i + 1] << " " << spec.positions[i + 2]
            << "\n";
    }
    for (std::size_t i = 0; i + 2 < spec.indices.size(); i += 3) {
        out << "3 " << spec.indices[i] << " " << spec.indices[i + 1] << " " << spec.indices[i + 2]
            << "\n";
    }
    return out.str();
}

std::filesystem::path writeModelText(const std::string& text, const std::string& name) {
    const auto file = scratchDir() / name;
    writeFile(file, text);
    return file;
}

} // namespace

TEST(HardeningImport, TheTestBoxItselfLoads) {
    // The builder makes a valid file: each broken variant below differs from it in one thing.
    const auto meshes = loadModelMeshes(writeGlb(boxSpec()), ModelRef{});
    ASSERT_EQ(meshes.size(), 1u);
    EXPECT_EQ(meshes[0].name, "femur");
    EXPECT_EQ(meshes[0].mesh.indices.size(), 36u);
}

TEST(HardeningImport, NanOrInfiniteVertexIsRefused) {
    for (float bad :
         {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity()}) {
        GlbSpec spec = boxSpec();
        spec.positions[3 * 5 + 1] = bad; // vertex 5, y
        const std::string e = modelError(writeGlb(spec));
        EXPECT_NE(e.find("m.glb: 1 vertex positions are not numbers (NaN or infinite)"),
                  std::string::npos)
            << e;
        EXPECT_NE(e.find("vertex 5"), std::string::npos) << e;
    }
}

TEST(HardeningImport, IndicesOutOfRangeAreRefusedNotDropped) {
    GlbSpec spec = boxSpec();
    spec.indices[7] = 800; // triangle 2 points past the 8 vertices
    spec.indices[31] = 9;  // and triangle 10
    const std::string e = modelError(writeGlb(spec));
    EXPECT_NE(e.find("m.glb:"), std::string::npos) << e;
    EXPECT_NE(e.find("refer to vertices the mesh does not have"), std::string::npos) << e;
}

TEST(HardeningImport, PointsOrLinesOnlyAreRefused) {
    for (int mode : {0, 1}) {
        GlbSpec spec = boxSpec();
        spec.mode = mode;
        spec.indices.resize(mode == 0 ? 8 : 24);
        const std::string e = modelError(writeGlb(spec));
        EXPECT_NE(e.find("m.glb:"), std::string::npos) << mode << ": " << e;
        EXPECT_TRUE(e.find("only points or lines") != std::string::npos ||
                    e.find("holds no triangle mesh") != std::string::npos)
            << mode << ": " << e;
    }
}

TEST(HardeningImport, AllZeroBinaryChunkIsRefused) {
    GlbSpec spec = boxSpec();
    spec.zeroBinary = true;
    const std::string e = modelError(writeGlb(spec));
    EXPECT_NE(e.find("m.glb:"), std::string::npos) << e;
    EXPECT_NE(e.find("lie on one point"), std::string::npos) << e;
}

TEST(HardeningImport, ImplausibleBodySizeIsRefused) {
    // A 30 cm box in "units" of a kilometre is 300 m; in micrometres, 0.3 mm.
    ModelRef huge;
    huge.metresPerUnit = 1000.0;
    std::string e = modelError(writeGlb(boxSpec()), huge);
    EXPECT_NE(e.find("m.glb: the model is 300 m across"), std::string::npos) << e;
    EXPECT_NE(e.find("check \"units\""), std::string::npos) << e;
    ModelRef tiny;
    tiny.metresPerUnit = 0.001;
    e = modelError(writeGlb(boxSpec()), tiny);
    EXPECT_NE(e.find("m.glb: the model is 0.0003 m across"), std::string::npos) << e;
    ModelRef overflow; // a float overflow once converted: not a number at all
    overflow.metresPerUnit = 1e308;
    e = modelError(writeGlb(boxSpec()), overflow);
    EXPECT_NE(e.find("m.glb: the model"), std::string::npos) << e;
}

TEST(HardeningImport, TruncatedGlbSaysTruncatedAndTheBytesExpected) {
    const std::string whole = makeGlb(boxSpec());
    const auto file = scratchDir() / "cut.glb";
    writeFile(file, whole.substr(0, whole.size() / 2));
    const std::string e = modelError(file);
    EXPECT_NE(e.find("cut.glb: cannot read model: the glb file is truncated: its header says " +
                     std::to_string(whole.size()) + " bytes, the file has " +
                     std::to_string(whole.size() / 2)),
              std::string::npos)
        << e;
}

TEST(HardeningImport, EmptyFileGivesAReason) {
    const auto file = scratchDir() / "empty.obj";
    writeFile(file, "");
    const std::string e = modelError(file);
    EXPECT_NE(e.find("empty.obj: cannot read model: "), std::string::npos) << e;
    EXPECT_GT(e.size(), e.find("cannot read model: ") + 19) << "no reason after the colon: " << e;
}

TEST(HardeningImport, ModelFolderAndSymlinkLoopAreNamed) {
    const auto dir = scratchDir();
    std::filesystem::create_directories(dir / "folder.glb");
    EXPECT_NE(modelError(dir / "folder.glb").find("it is a folder"), std::string::npos);
    std::filesystem::create_symlink(dir / "loop.glb", dir / "loop.glb");
    EXPECT_NE(modelError(dir / "loop.glb").find("symlink loop"), std::string::npos)
        << modelError(dir / "loop.glb");
}

TEST(HardeningImport, TriangleLimitIsConfigurable) {
    const auto file = writeGlb(boxSpec());
    ASSERT_EQ(::setenv("GLUTEA_MAX_TRIANGLES", "11", 1), 0);
    const std::string e = modelError(file);
    ::unsetenv("GLUTEA_MAX_TRIANGLES");
    EXPECT_NE(e.find("m.glb: the model has 12 triangles, over the limit of 11"), std::string::npos)
        << e;
    EXPECT_EQ(maxTriangles(), kDefaultMaxTriangles);
    EXPECT_EQ(modelError(file), "");
}

// Found by fuzz_glb (a timeout): a JSON chunk length of 1.85 GB in a 772-byte file made Assimp
// allocate and clear 1.85 GB before failing. Now refused from the header, at once.
TEST(HardeningImport, ChunkLengthPastTheFileIsRefusedAtOnce) {
    std::string bytes = makeGlb(boxSpec());
    const std::uint32_t huge = 0x6e6373f8;
    std::memcpy(bytes.data() + 12, &huge, 4);
    const auto file = scratchDir() / "chunk.glb";
    writeFile(file, bytes);
    const auto start = std::chrono::steady_clock::now();
    const std::string e = modelError(file);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_NE(e.find("chunk.glb: cannot read model: the glb file is damaged: its JSON chunk claims "
                     "1852011512 bytes"),
              std::string::npos)
        << e;
    EXPECT_LT(seconds, 0.5);

    std::string bin = makeGlb(boxSpec());
    const std::uint32_t jsonLength = *reinterpret_cast<const std::uint32_t*>(bin.data() + 12);
    std::memcpy(bin.data() + 20 + jsonLength, &huge, 4);
    writeFile(file, bin);
    EXPECT_NE(modelError(file).find("its binary chunk claims 1852011512 bytes"), std::string::npos)
        << modelError(file);
}

// Found by fuzz_glb (out of memory): a triangle fan without POSITION made Assimp count 0 - 2
// triangles and allocate 64 GB.
TEST(HardeningImport, PrimitiveWithoutPositionsIsRefused) {
    std::string bytes = makeGlb(boxSpec());
    const auto at = bytes.find("\"POSITION\"");
    ASSERT_NE(at, std::string::npos);
    bytes.replace(at, 10, "\"POSI%ION\"");
    const auto file = scratchDir() / "nopos.glb";
    writeFile(file, bytes);
    EXPECT_NE(modelError(file).find("nopos.glb: cannot read model: the glb file is damaged: mesh 0 "
                                    "primitive 0 has no vertex positions"),
              std::string::npos)
        << modelError(file);
}

// Found by fuzz_glb (an ASan heap overflow inside Assimp): a .glb that does not begin with "glTF"
// was handed to Assimp's other importers, one of which reads past the end. No longer handed on.
TEST(HardeningImport, GlbWithoutTheGltfMagicIsNotTriedAsOtherFormats) {
    const auto file =
        sourceDir() / "tests" / "data" / "fuzz" / "glb-not-gltf-overread-in-other-importer.glb";
    EXPECT_NE(modelError(file).find("cannot read model: it is not a binary glTF file"),
              std::string::npos)
        << modelError(file);
}

// Found by fuzz_glb (out of memory inside Assimp): a JSON chunk with bytes that are not UTF-8,
// which our JSON reader refuses and Assimp's took, and in it a line strip without positions.
TEST(HardeningImport, GlbWhoseJsonIsNotValidIsRefusedBeforeAssimp) {
    const auto file = sourceDir() / "tests" / "data" / "fuzz" /
                      "glb-json-invalid-utf8-line-strip-without-positions.glb";
    EXPECT_NE(modelError(file).find("the glb file is damaged: its JSON chunk is not valid JSON"),
              std::string::npos)
        << modelError(file);
}

// Found by fuzz_glb in CI (a leak inside Assimp): "glTF" then a version that is not 2, so
// Assimp's glTF reader turned it down and every other importer was tried on it.
TEST(HardeningImport, GlbOfAnotherVersionIsRefusedBeforeAssimp) {
    const auto file =
        sourceDir() / "tests" / "data" / "fuzz" / "glb-version-not-2-leak-in-other-importer.glb";
    EXPECT_NE(modelError(file).find("its header says glTF version 2490370, expected 2"),
              std::string::npos)
        << modelError(file);
}

TEST(HardeningImport, GlbWhoseFirstChunkIsNotJsonIsRefused) {
    std::string bytes = makeGlb(boxSpec());
    ASSERT_EQ(bytes.substr(16, 4), "JSON");
    bytes.replace(16, 4, std::string("BIN\0", 4));
    const auto file = scratchDir() / "bin-first.glb";
    writeFile(file, bytes);
    EXPECT_NE(modelError(file).find("bin-first.glb: cannot read model: the glb file is damaged: "
                                    "its first chunk is not of type \"JSON\""),
              std::string::npos)
        << modelError(file);
}

// Every input the fuzzers found (tests/data/fuzz/) is refused with a glutea::Error.
TEST(HardeningImport, FuzzFindingsAreRefused) {
    const auto dir = sourceDir() / "tests" / "data" / "fuzz";
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".glb") {
            EXPECT_NE(modelError(entry.path()), "") << entry.path();
            ++checked;
        }
    }
    EXPECT_GT(checked, 0);
}

// Found by CI's fuzz_glb: a fan whose "accessors" was misspelt reached Assimp, which asked for
// 64 GB; with no accessors there are no vertex positions, refused before Assimp.
TEST(HardeningImport, MeshesWithoutAccessorsAreRefusedBeforeAssimp) {
    const auto file =
        sourceDir() / "tests" / "data" / "fuzz" / "fan-without-accessors-asks-assimp-for-64gb.glb";
    const std::string error = modelError(file);
    EXPECT_NE(error.find("mesh 0 primitive 0 has no vertex positions"), std::string::npos) << error;
}

// The fuzzer's input: two "meshes" keys, the one this parser keeps holding a mesh without
// primitives (and the one Assimp read, a fan without positions that asked for 64 GB).
TEST(HardeningImport, MeshWithoutPrimitivesIsRefusedByName) {
    const auto file =
        sourceDir() / "tests" / "data" / "fuzz" / "glb-duplicate-meshes-fan-without-positions.glb";
    EXPECT_TRUE(test::contains(modelError(file),
                               file.string() + ": cannot read model: the glb file is damaged: "
                                               "mesh 0 has no \"primitives\" (glTF requires at "
                                               "least one)"))
        << modelError(file);
    std::string bytes = makeGlb(boxSpec());
    const auto at = bytes.find("\"primitives\"");
    ASSERT_NE(at, std::string::npos);
    bytes.replace(at, 12, "\"primitiv_s\""); // the same length: the header stays right
    const auto unnamed = scratchDir() / "noprim.glb";
    writeFile(unnamed, bytes);
    EXPECT_TRUE(test::contains(modelError(unnamed), "mesh 0 has no \"primitives\""))
        << modelError(unnamed);
}

// The checks of the Assimp path (every format but .glb, and a .glb with GLUTEA_GLB_READER=assimp)
// on the broken boxes above: each message is the one that path gives, so that removing a check
// there fails here even where another one would refuse the file with other words.
TEST(HardeningImport, AssimpPathRefusesNanVertices) {
    GlbSpec spec = boxSpec();
    spec.positions[3 * 5 + 1] = std::numeric_limits<float>::quiet_NaN(); // vertex 5, y
    const std::string expected =
        ": 1 vertex positions are not numbers (NaN or infinite), first mesh \"femur\" vertex 5";
    const auto obj = writeModelText(objOf(spec), "m.obj");
    EXPECT_TRUE(test::contains(modelError(obj), obj.string() + expected)) << modelError(obj);
    const auto glb = writeGlb(spec);
    const GlbThroughAssimp assimp;
    EXPECT_TRUE(test::contains(modelError(glb), glb.string() + expected)) << modelError(glb);
}

TEST(HardeningImport, AssimpPathRefusesIndicesOutOfRange) {
    GlbSpec spec = boxSpec();
    spec.indices[7] = 800; // triangle 2 points past the 8 vertices
    spec.indices[31] = 9;  // and triangle 10
    // Assimp's glTF reader drops such triangles; the count the file declares shows them missing.
    const auto glb = writeGlb(spec);
    {
        const GlbThroughAssimp assimp;
        EXPECT_EQ(modelError(glb), glb.string() +
                                       ": 2 of 12 triangles refer to vertices the mesh does not "
                                       "have; the file is damaged (export it again)");
    }
    // Its PLY reader keeps them, and its smooth normals then wrote past their arrays (a heap
    // corruption, the process aborted): now refused before any step runs.
    const auto ply = writeModelText(plyOf(spec), "m.ply");
    const std::string e = modelError(ply);
    EXPECT_TRUE(test::contains(e, ply.string() + ": cannot read model: ")) << e;
    EXPECT_TRUE(test::contains(e, "out of range")) << e;
}

TEST(HardeningImport, AssimpPathRefusesPointsOrLinesOnly) {
    for (int mode : {0, 1}) {
        GlbSpec spec = boxSpec();
        spec.mode = mode;
        spec.indices.resize(mode == 0 ? 8 : 24);
        const std::string expected =
            ": node \"femur\" holds only points or lines, no triangles: Glutea draws surfaces";
        const auto obj = writeModelText(objOf(spec), "m.obj");
        EXPECT_EQ(modelError(obj), obj.string() + expected) << mode;
        const auto glb = writeGlb(spec);
        const GlbThroughAssimp assimp;
        EXPECT_EQ(modelError(glb), glb.string() + expected) << mode;
    }
}
