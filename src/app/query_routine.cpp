// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// `glutea query routine ID`: a routine's texts as the patient panel shows them (name, summary,
// warm-up, steps, screening questions, red flags), in --lang with English where a text has none.
#include <ostream>

#include "anatomy/atlas_content.h"
#include "app/asset_paths.h"
#include "app/query_common.h"
#include "base/error.h"
#include "import/assimp_loader.h"

namespace glutea {

using namespace query_detail;

namespace {

const Technique* techniqueOf(const Content& content, const std::string& placement) {
    for (const auto& t : content.techniques) {
        for (const auto& p : t.placements) {
            if (p.id == placement) {
                return &t;
            }
        }
    }
    return nullptr;
}

json routineJson(const Content& content, const Routine& r, const std::string& language) {
    json j = {{"id", r.id},
              {"audience", r.audience},
              {"name", r.name.get(language)},
              {"summary", r.summary.get(language)},
              {"warm_up", r.warmUp.get(language)},
              {"source", r.source},
              {"evidence", std::string(toString(r.evidence))}};
    for (const auto& [audience, text] : r.texts) {
        j["texts"][audience] = text.text.get(language);
    }
    j["steps"] = json::array();
    for (const auto& step : r.steps) {
        const Technique* t = techniqueOf(content, step.placement);
        j["steps"].push_back({{"placement", step.placement},
                              {"technique", t ? t->name.get(language) : std::string()},
                              {"note", step.note.get(language)}});
    }
    j["screening"] = json::array();
    for (const auto& q : r.screening) {
        j["screening"].push_back({{"id", q.id},
                                  {"question", q.question.get(language)},
                                  {"if_yes", q.ifYes.get(language)}});
    }
    j["red_flags"] = json::array();
    for (const auto& id : r.redFlags) {
        if (const RedFlag* f = content.findRedFlag(id)) {
            j["red_flags"].push_back({{"id", id}, {"text", f->text.text.get(language)}});
        }
    }
    return j;
}

} // namespace

int query_detail::queryRoutine(const CommonOptions& common, const QueryOptions& o,
                               std::ostream& out) {
    const Atlas atlas = loadAtlas(findAtlasDir(common.atlasDir));
    const Content content = loadCheckedContent(atlas, "query");
    const Routine* routine = content.findRoutine(o.routineId);
    if (routine == nullptr) {
        std::string ids;
        for (const auto& r : content.routines) {
            ids += (ids.empty() ? "" : ", ") + r.id;
        }
        throw Error("unknown routine \"" + o.routineId + "\"; the content has " + ids);
    }
    const json j = routineJson(content, *routine, o.language);
    if (o.json) {
        out << j.dump(2) << "\n";
        return 0;
    }
    out << j["name"].get<std::string>() << " (" << routine->id << ", " << routine->audience << ")\n"
        << "  " << j["summary"].get<std::string>() << "\n"
        << "  warm-up: " << j["warm_up"].get<std::string>() << "\n";
    int n = 0;
    for (const auto& s : j["steps"]) {
        out << "  " << ++n << ". " << s["technique"].get<std::string>();
        if (!s["note"].get<std::string>().empty()) {
            out << ": " << s["note"].get<std::string>();
        }
        out << "\n";
    }
    for (const auto& q : j["screening"]) {
        out << "  ? " << q["question"].get<std::string>() << "\n";
    }
    for (const auto& f : j["red_flags"]) {
        out << "  ! " << f["text"].get<std::string>() << "\n";
    }
    return 0;
}

} // namespace glutea
