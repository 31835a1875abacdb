// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// atlas.json: which model files make up an atlas, in which units and axes, how their nodes map to
// structures, and where the landmarks live (the content is always the folder content/ beside it).
#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "anatomy/structure.h"

namespace glutea {

struct ModelRef {
    std::string file;         // relative to the atlas folder
    double metresPerUnit = 1; // "m", "cm", "mm" or a number
    std::string up = "+Y";    // the model's up axis
    std::string front = "+Z"; // the axis the subject faces in the model
    // The model's point (its units and axes) that becomes the atlas origin, e.g. the midpoint of
    // the hip joint centres of a scanner-frame dataset. Optional "origin": [x, y, z].
    std::array<double, 3> origin{0.0, 0.0, 0.0};
    // Optional "node": the name every mesh of this file takes, for a file per part whose meshes
    // carry no useful name (BodyParts3D's OBJ files); empty: the names in the file.
    std::string node;
};

struct NodeMapping {
    std::string structureId;
    Side side = Side::None;
};

// How a structure relates to others when it is selected: which to outline (the piriformis for the
// sciatic nerve) and which continue it (the nerve's branches), shown with it.
struct StructureRelations {
    std::vector<std::string> outline;
    std::vector<std::string> continues;
};

struct AtlasManifest {
    std::filesystem::path dir;
    std::filesystem::path file; // dir / "atlas.json"
    std::string name;
    bool placeholder = false; // true for a stand-in model, said in the UI
    std::vector<ModelRef> models;
    std::map<std::string, Side> sideSuffixes; // "_l" -> Left
    std::vector<StructureDef> structures;
    std::map<std::string, NodeMapping>
        nodes;                      // explicit node name -> structure, before suffix rules
    std::vector<std::string> focus; // structures the preset views frame; empty: the whole atlas
    std::map<std::string, StructureRelations> relations; // by structure id
    std::string landmarksFile;                           // may be empty

    const StructureDef* findStructure(const std::string& id) const;
    // Maps a model node name to a structure: an explicit `nodes` entry, else the name without a
    // side suffix. Returns false when nothing matches.
    bool mapNode(const std::string& nodeName, NodeMapping& out) const;
};

// The files atlas.json names (models, landmarks) and the content folder beside it must lie inside
// the atlas folder: an absolute path, ".." or a link out of it is a problem.
// `--allow-outside-atlas` sets this for the whole process before any atlas is read (one switch:
// every loader of the process obeys it).
void allowPathsOutsideAtlas(bool allow);
// Why the atlas folder `dir` may not read `file` (a path relative to it): an absolute path, a
// path through ".." or a symbolic link out of the folder (unless allowed above), or one that
// cannot be resolved (a symlink loop). Empty when it may.
std::string outsideAtlasProblem(const std::filesystem::path& dir, const std::string& file);

// Reads DIR/atlas.json. Throws glutea::Error listing every problem, each naming the file and the
// JSON place ("atlas.json: /models/0/units: expected ...").
AtlasManifest loadAtlasManifest(const std::filesystem::path& dir);

} // namespace glutea
