// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iomanip>
#include <ostream>
#include <sstream>

#include <epoxy/gl.h>
#include <nlohmann/json.hpp>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/content_validator.h"
#include "anatomy/missing_translations.h"
#include "anatomy/placement_check.h"
#include "anatomy/press_point.h"
#include "app/action_render.h"
#include "app/asset_paths.h"
#include "app/atlas_coverage.h"
#include "app/headless_context.h"
#include "app/label_render.h"
#include "app/overlay_render.h"
#include "app/process_clock.h"
#include "app/scene.h"
#include "app/section_view.h"
#include "app/view_file_render.h"
#include "base/error.h"
#include "import/assimp_loader.h"
#include "render/renderer.h"
#include "render/scene_target.h"

namespace glutea {

namespace {

using Clock = std::chrono::steady_clock;

ShaderSource shaderSource(const CommonOptions& common) {
    return ShaderSource(common.shaderDir);
}

nlohmann::json vec3Json(const glm::vec3& v) {
    auto r = [](float x) { return std::round(x * 1e5) / 1e5; };
    return {r(v.x), r(v.y), r(v.z)};
}

// The atlas's content folder, if it has one: load and validate problems, then sustained
// placements checked against caution zones on this atlas's skin, both sides.
std::vector<ContentProblem> contentProblems(const Atlas& atlas) {
    const std::optional<ContentLoadResult> loaded = loadAtlasContent(atlas);
    if (!loaded) {
        return {};
    }
    auto problems = loaded->problems;
    const Content& content = loaded->content;
    if (!problems.empty()) {
        return problems; // geometry of broken content would only add noise
    }
    if (atlas.skinPart() < 0) {
        return problems;
    }
    // Placements lie where their technique presses (anatomy/press_point); caution zones on the
    // skin nearest their anchors.
    const PressResolver press(atlas, content);
    for (Side side : {Side::Left, Side::Right}) {
        const PlacementPointResolver pressed =
            [&press, side](const Technique& t, const TechniquePlacement& p, const Anchor& a) {
                auto point = press.resolve(a, side, PressResolver::pressFromOf(t, p));
                return point ? std::optional<glm::vec3>(point->skin) : std::nullopt;
            };
        for (auto more :
             {checkSustainedPlacementsOnSkin(content, pressed, atlasSkinResolver(atlas, side),
                                             std::string(toString(side))),
              checkPressReachesTarget(content, press, side),
              checkStrokesFollowFibres(content, atlas, press, side)}) {
            problems.insert(problems.end(), more.begin(), more.end());
        }
    }
    return problems;
}

// Notes that are not problems: content ahead of the model (structures the model lacks yet, and
// the referral patterns the referral view skips for that reason).
std::vector<std::string> contentNotes(const Atlas& atlas) {
    const std::optional<Content> content = loadAtlasContentUnchecked(atlas);
    if (!content) {
        return {};
    }
    const auto ahead =
        structuresAheadOfModel(*content, knownIdsOf(atlas.manifest, atlas.landmarks));
    if (ahead.empty()) {
        return {};
    }
    std::string list;
    for (const auto& id : ahead) {
        list += (list.empty() ? "" : ", ") + id;
    }
    return {"note: " + std::to_string(ahead.size()) +
            " structures are content ahead of the model (not in the model yet; their referral "
            "patterns are skipped on the body): " +
            list};
}

// --hide: each name is a layer group or a structure id (all its sides).
void hideInView(const Atlas& atlas, ViewState& view, const std::string& names) {
    std::stringstream list(names);
    for (std::string name; std::getline(list, name, ',');) {
        bool known = false;
        for (std::size_t g = 0; g < kLayerGroupIds.size(); ++g) {
            if (name == kLayerGroupIds[g]) {
                view.layers[g].visible = false;
                known = true;
            }
        }
        for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
            if (atlas.parts[i].structureId == name || atlas.parts[i].nodeName == name) {
                view.partVisible[i] = false;
                known = true;
            }
        }
        if (!known) {
            throw Error("--hide: \"" + name + "\" is neither a layer group (skin, " +
                        "superficial_muscles, deep_muscles, nerves, bones) nor a structure");
        }
    }
    updateLooks(atlas, nullptr, view, 0.0f);
}

// The parts named in a --mask list, or those whose look the selection changes.
std::vector<int> maskParts(const Atlas& atlas, const ViewState& view, const std::string& mask) {
    std::vector<int> parts;
    if (mask == "affected") {
        ViewState plain = view;
        plain.selection.clear();
        updateLooks(atlas, nullptr, plain, 0.0f);
        for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
            const PartLook a = view.lookOf(i), b = plain.lookOf(i);
            if (a.opacity != b.opacity || a.highlight != b.highlight || a.outline != b.outline) {
                parts.push_back(static_cast<int>(i));
            }
        }
        return parts;
    }
    std::stringstream ids(mask);
    for (std::string id; std::getline(ids, id, ',');) {
        parts.push_back(resolvePart(atlas, id));
    }
    return parts;
}

// Outlines reach this far beyond a silhouette (see Renderer::drawOutlines), plus a pixel of
// anti-aliasing.
int outlineReachPixels(int height) {
    return static_cast<int>(std::max(2.0f, height / 360.0f)) + 2;
}

// Grows the white of a mask by `radius` pixels (square neighbourhood: a little generous).
void dilate(Image& image, int radius) {
    const Image source = image;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            std::uint8_t v = 0;
            for (int dy = -radius; dy <= radius && !v; ++dy) {
                for (int dx = -radius; dx <= radius && !v; ++dx) {
                    const int sx = std::clamp(x + dx, 0, image.width - 1);
                    const int sy = std::clamp(y + dy, 0, image.height - 1);
                    v = source.at(sx, sy).r;
                }
            }
            const std::size_t i = (static_cast<std::size_t>(y) * image.width + x) * 3;
            image.rgb[i] = image.rgb[i + 1] = image.rgb[i + 2] = v ? 255 : 0;
        }
    }
}

} // namespace

Content loadCheckedContent(const Atlas& atlas, const std::string& purpose) {
    std::optional<ContentLoadResult> loaded = loadAtlasContent(atlas);
    if (!loaded) {
        throw Error(atlas.manifest.file.string() + ": this atlas has no content folder (" +
                    contentDirOf(atlas).string() + "), so there is nothing to " + purpose);
    }
    if (!loaded->problems.empty()) {
        throw Error("the atlas's content has problems:\n" + formatProblems(loaded->problems));
    }
    return std::move(loaded->content);
}

std::vector<std::string> showItems(const RenderOptions& options) {
    std::vector<std::string> items;
    std::stringstream list(options.show);
    for (std::string item; std::getline(list, item, ',');) {
        if (!item.empty()) {
            items.push_back(item);
        }
    }
    return items;
}

int runRender(const CommonOptions& common, const RenderOptions& requested, std::ostream& out) {
    std::optional<ViewFile> viewFile;
    const RenderOptions options = withViewFile(requested, viewFile);
    const auto [width, height] = parseSize(options.size);
    Atlas atlas = loadAtlas(findAtlasDir(common.atlasDir));
    simplifyForDisplay(atlas.parts);
    const SectionPlane section =
        options.section.empty() ? SectionPlane{} : parseSection(options.section);
    ViewState view =
        makeViewState(atlas, float(width) / float(height),
                      section.on && !options.viewGiven ? section.facingView() : options.view);
    if (section.on) {
        applySection(view, section);
    }
    hideInView(atlas, view, options.hide);
    SceneQueries queries;
    queries.setAtlas(atlas);
    if (!options.select.empty()) {
        view.selection.select(selectionOfPart(atlas, resolvePart(atlas, options.select)));
        updateLooks(atlas, &queries, view, 0.0f);
    }
    const bool wantsOverlay =
        !options.show.empty() || !options.painAt.empty() || !options.routine.empty();
    const Content content =
        wantsOverlay ? loadCheckedContent(atlas, "show on the body") : Content{};
    std::vector<std::string> notes;
    if (wantsOverlay) {
        RenderScene scene{atlas, content, queries, view, float(width) / float(height)};
        for (const auto& item : showItems(options)) {
            const bool known =
                item == "referral" || item == "cautions" || item.rfind("technique:", 0) == 0;
            if (!known) {
                throw Error("--show: \"" + item +
                            "\" is not one of referral, technique:ID[/PLACEMENT], cautions");
            }
        }
        applyReferralOptions(options, scene);
        applyTechniqueOptions(options, scene);
        notes = std::move(scene.notes);
    }
    if (viewFile) {
        for (auto& note : applyViewFileToRender(*viewFile, atlas, view)) {
            notes.push_back(std::move(note));
        }
        updateLooks(atlas, &queries, view, 0.0f);
    }
    if (!options.action.empty()) {
        for (auto& note : applyActionOption(options, atlas, view)) {
            notes.push_back(std::move(note));
        }
    }
    if (!options.saveView.empty()) {
        saveRenderView(options, atlas, view);
    }
    HeadlessContext context;
    Renderer renderer(shaderSource(common));
    renderer.setAtlas(atlas);
    // Edge anti-aliasing replaces MSAA (both would smooth twice, at both costs).
    const bool edgeAa = options.mask.empty() && options.edgeAa;
    SceneTarget target(width, height, options.mask.empty() && !edgeAa ? options.samples : 0,
                       edgeAa);
    if (options.mask.empty()) {
        renderer.render(atlas, view, target);
        Image picture = target.read();
        if (options.labels) {
            for (auto& note : drawLabels(atlas, queries, view, picture, options.latin)) {
                notes.push_back(std::move(note));
            }
        }
        writePng(options.output, picture);
        if (section.on) {
            notes.push_back(sectionNote(section));
        }
    } else if (options.mask == "markers" || options.mask == "props") {
        renderer.render(atlas, overlayMaskView(atlas, view, options.mask == "props"), target);
        writePng(options.output, whiteWhereDrawn(target.read()));
    } else {
        renderer.renderSilhouette(atlas, view, maskParts(atlas, view, options.mask), target);
        Image mask = target.read();
        if (options.mask == "affected") {
            dilate(mask, outlineReachPixels(height));
        }
        writePng(options.output, mask);
    }
    out << "wrote " << options.output.string() << " (" << width << "x" << height << ", "
        << (section.on && !options.viewGiven ? section.facingView() : options.view) << " view"
        << (options.select.empty() ? "" : ", selected " + options.select) << ")\n";
    for (const auto& note : notes) {
        out << note << "\n";
    }
    return 0;
}

int runInspect(const CommonOptions& common, bool json, std::ostream& out) {
    const Atlas atlas = loadAtlas(findAtlasDir(common.atlasDir));
    nlohmann::json list = nlohmann::json::array();
    for (const auto& part : atlas.parts) {
        const StructureDef& def = atlas.structureOf(part);
        list.push_back({{"id", def.id},
                        {"node", part.nodeName},
                        {"name", def.displayName},
                        {"kind", toString(def.kind)},
                        {"side", toString(part.side)},
                        {"triangles", part.mesh.triangleCount()},
                        {"bounds_min", vec3Json(part.bounds.min)},
                        {"bounds_max", vec3Json(part.bounds.max)},
                        {"centroid", vec3Json(part.centroid)}});
    }
    if (json) {
        out << nlohmann::json{{"atlas", atlas.manifest.name},
                              {"atlas_dir", atlas.manifest.dir.string()},
                              {"placeholder", atlas.manifest.placeholder},
                              {"structures", list}}
                   .dump(2)
            << "\n";
        return 0;
    }
    out << atlas.manifest.name << (atlas.manifest.placeholder ? " (placeholder model)" : "") << ": "
        << atlas.parts.size() << " parts, " << atlas.triangleCount() << " triangles\n";
    out << std::left << std::setw(30) << "node" << std::setw(8) << "kind" << std::setw(7) << "side"
        << std::right << std::setw(9) << "tris"
        << "  size (m)              centroid (m)\n";
    out << std::fixed << std::setprecision(3);
    for (const auto& part : atlas.parts) {
        const glm::vec3 s = part.bounds.size();
        const glm::vec3 c = part.centroid;
        out << std::left << std::setw(30) << part.nodeName << std::setw(8)
            << toString(atlas.structureOf(part).kind) << std::setw(7) << toString(part.side)
            << std::right << std::setw(9) << part.mesh.triangleCount() << "  " << std::setw(6)
            << s.x << " " << std::setw(6) << s.y << " " << std::setw(6) << s.z << "  "
            << std::setw(7) << c.x << " " << std::setw(7) << c.y << " " << std::setw(7) << c.z
            << "\n";
    }
    return 0;
}

int runValidate(const CommonOptions& common, std::ostream& out, const std::string& language) {
    const auto dir = findAtlasDir(common.atlasDir);
    std::vector<std::string> problems, notes;
    try {
        const Atlas atlas = loadAtlas(dir, &problems);
        for (const auto& s : atlas.manifest.structures) {
            const bool present = std::any_of(atlas.parts.begin(), atlas.parts.end(),
                                             [&](const auto& p) { return p.structureId == s.id; });
            if (!present) {
                problems.push_back(atlas.manifest.file.string() + ": structure \"" + s.id +
                                   "\" has no mesh in the model");
            }
        }
        // Without its landmarks every anchor of the content is "unknown": report the cause
        // (above) once, not a follow-on line for each of them.
        const bool landmarksBroken =
            !atlas.manifest.landmarksFile.empty() && atlas.landmarks.empty();
        std::size_t followOn = 0;
        for (const auto& p : contentProblems(atlas)) {
            if (landmarksBroken && p.message.rfind("unknown landmark", 0) == 0) {
                ++followOn;
                continue;
            }
            problems.push_back(p.format());
        }
        if (followOn > 0) {
            problems.push_back((atlas.manifest.dir / atlas.manifest.landmarksFile).string() +
                               ": the landmarks could not be read (see above), so " +
                               std::to_string(followOn) +
                               " references to landmarks in the content were not checked");
        }
        notes = atlasCoverageNotes(atlas); // what it lacks and what that turns off (no error)
        for (auto& n : contentNotes(atlas)) {
            notes.push_back(std::move(n));
        }
    } catch (const std::exception& e) {
        problems.push_back(e.what());
    }
    for (const auto& p : problems) {
        out << p << "\n";
    }
    // Content that leads outside the atlas was refused above and is not read for this either.
    if (!language.empty() && language != "en" && contentOutsideAtlas(dir).empty()) {
        for (const auto& line : missingTranslationReport(contentDirIn(dir), language)) {
            out << line << "\n";
        }
    }
    if (problems.empty()) {
        for (const auto& n : notes) { // notes only for content that is otherwise valid
            out << n << "\n";
        }
        out << dir.string() << ": atlas is valid\n";
        return 0;
    }
    return 1;
}

} // namespace glutea
