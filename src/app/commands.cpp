#include "app/commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iomanip>
#include <ostream>

#include <epoxy/gl.h>
#include <nlohmann/json.hpp>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "app/asset_paths.h"
#include "app/headless_context.h"
#include "app/process_clock.h"
#include "app/scene.h"
#include "import/assimp_loader.h"
#include "render/renderer.h"
#include "render/scene_target.h"

namespace glutea {

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

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
    const auto contentDir = atlas.manifest.dir / "content";
    if (!std::filesystem::exists(contentDir)) {
        return {};
    }
    ContentLoadResult loaded = loadContent(contentDir);
    auto problems = std::move(loaded.problems);
    auto more = validateContent(loaded.content, knownIdsOf(atlas.manifest, atlas.landmarks));
    problems.insert(problems.end(), more.begin(), more.end());
    if (!problems.empty()) {
        return problems; // geometry of broken content would only add noise
    }
    if (atlas.findPart("skin", Side::None) < 0) {
        return problems;
    }
    for (Side side : {Side::Left, Side::Right}) {
        auto onSkin = checkSustainedPlacementsOnSkin(loaded.content, atlasSkinResolver(atlas, side),
                                                     std::string(toString(side)));
        problems.insert(problems.end(), onSkin.begin(), onSkin.end());
    }
    return problems;
}

} // namespace

int runRender(const CommonOptions& common, const RenderOptions& options, std::ostream& out) {
    const auto [width, height] = parseSize(options.size);
    const Atlas atlas = loadAtlas(findAtlasDir(common.atlasDir));
    ViewState view = makeViewState(atlas, float(width) / float(height), options.view);
    view.timeSeconds = options.timeSeconds;
    if (!options.select.empty()) {
        view.selectedPart = resolvePart(atlas, options.select);
        updateLooks(atlas, view, 0.0f);
    }
    HeadlessContext context;
    Renderer renderer(shaderSource(common));
    renderer.setAtlas(atlas);
    SceneTarget target(width, height, options.samples);
    renderer.render(atlas, view, target);
    writePng(options.output, target.read());
    out << "wrote " << options.output.string() << " (" << width << "x" << height << ", "
        << options.view << " view" << (options.select.empty() ? "" : ", selected " + options.select)
        << ")\n";
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

int runValidate(const CommonOptions& common, std::ostream& out) {
    const auto dir = findAtlasDir(common.atlasDir);
    std::vector<std::string> problems;
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
        for (const auto& p : contentProblems(atlas)) {
            problems.push_back(p.format());
        }
    } catch (const std::exception& e) {
        problems.push_back(e.what());
    }
    for (const auto& p : problems) {
        out << p << "\n";
    }
    if (problems.empty()) {
        out << dir.string() << ": atlas is valid\n";
        return 0;
    }
    return 1;
}

int runBench(const CommonOptions& common, const BenchOptions& options, std::ostream& out) {
    const auto [width, height] = parseSize(options.size);
    const auto loadStart = Clock::now();
    const Atlas atlas = loadAtlas(findAtlasDir(common.atlasDir));
    const double loadMs = millisecondsSince(loadStart);

    HeadlessContext context;
    Renderer renderer(shaderSource(common));
    renderer.setAtlas(atlas);
    const int samples = options.samples >= 0 ? options.samples : defaultSampleCount();
    SceneTarget target(width, height, samples);
    ViewState view = makeViewState(atlas, float(width) / float(height), "posterior");
    renderer.render(atlas, view, target);
    glFinish();
    const double firstFrameMs = secondsSinceProcessStart() * 1000.0;

    // A slowly orbiting camera; glFinish makes each sample the whole frame's GPU (llvmpipe) time.
    std::vector<double> frames;
    for (int i = 0; i < std::max(1, options.frames); ++i) {
        view.camera.orbit(1.0f, 0.0f);
        const auto start = Clock::now();
        renderer.render(atlas, view, target);
        glFinish();
        frames.push_back(millisecondsSince(start));
    }
    std::sort(frames.begin(), frames.end());
    const double median = frames[frames.size() / 2];
    const double p95 = frames[std::min(frames.size() - 1, frames.size() * 95 / 100)];
    const nlohmann::json figures = {
        {"renderer", context.rendererName()},
        {"size", options.size},
        {"frames", frames.size()},
        {"triangles", atlas.triangleCount()},
        {"drawn_triangles", atlas.displayTriangleCount()},
        {"samples", samples},
        {"atlas_load_ms", std::round(loadMs * 100) / 100},
        {"start_to_first_frame_ms", std::round(firstFrameMs * 100) / 100},
        {"frame_median_ms", std::round(median * 100) / 100},
        {"frame_p95_ms", std::round(p95 * 100) / 100},
        {"peak_rss_mib", std::round(peakRssMiB() * 10) / 10}};
    if (options.json) {
        out << figures.dump() << "\n";
        return 0;
    }
    out << std::fixed << std::setprecision(2);
    out << "renderer:                " << context.rendererName() << "\n";
    out << "size:                    " << options.size << ", " << samples << "x MSAA, "
        << atlas.triangleCount() << " triangles (" << atlas.displayTriangleCount() << " drawn)\n";
    out << "atlas load:              " << loadMs << " ms\n";
    out << "start to first frame:    " << firstFrameMs << " ms\n";
    out << "frame time median:       " << median << " ms (" << frames.size() << " frames)\n";
    out << "frame time p95:          " << p95 << " ms\n";
    out << "peak RSS:                " << std::setprecision(1) << peakRssMiB() << " MiB\n";
    return 0;
}

} // namespace glutea
