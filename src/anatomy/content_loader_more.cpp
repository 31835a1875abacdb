// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content_loader_parts.h"

namespace glutea {

using json = nlohmann::json;

RegisterTexts readRegisterTexts(ContentReader& r, const json& o, const std::string& p,
                                bool required) {
    RegisterTexts out;
    const json* texts = r.field(o, p, "texts", required);
    if (texts == nullptr) {
        return out;
    }
    const std::string tp = appendPointer(p, "texts");
    if (!r.expectObject(*texts, tp)) {
        return out;
    }
    r.allowKeys(*texts, tp, {"patient", "student", "therapist"});
    for (const char* audience : {"patient", "student", "therapist"}) {
        if (texts->contains(audience)) {
            out[audience] = r.statement(*texts, tp, audience);
        }
    }
    return out;
}

std::vector<ScreeningQuestionContent> readScreening(ContentReader& r, const json& o,
                                                    const std::string& p) {
    std::vector<ScreeningQuestionContent> out;
    r.eachObject(o, p, "screening", false, [&](const json& q, const std::string& qp) {
        r.allowKeys(q, qp, {"id", "question", "red_flag", "if_yes"});
        ScreeningQuestionContent s;
        s.id = r.string(q, qp, "id");
        s.question = r.text(q, qp, "question");
        s.redFlag = r.string(q, qp, "red_flag");
        s.ifYes = r.text(q, qp, "if_yes");
        s.origin = r.origin(qp);
        out.push_back(std::move(s));
    });
    return out;
}

void loadClinicalTests(ContentReader& r, const json& root, Content& c) {
    if (!readContentEnvelope(r, root, {"$schema", "format_version", "tests"})) {
        return;
    }
    r.eachObject(root, "", "tests", true, [&](const json& o, const std::string& p) {
        r.allowKeys(o, p,
                    {"id", "name", "synonyms", "structures", "conditions", "how", "positive",
                     "accuracy", "texts"});
        ClinicalTest t;
        t.id = r.string(o, p, "id");
        t.name = r.text(o, p, "name");
        t.synonyms = r.localizedList(o, p, "synonyms", false);
        t.structures = r.stringList(o, p, "structures");
        t.conditions = r.stringList(o, p, "conditions", false);
        t.how = r.statement(o, p, "how");
        t.positive = r.statement(o, p, "positive");
        t.accuracy = r.statement(o, p, "accuracy");
        t.texts = readRegisterTexts(r, o, p, true);
        t.origin = r.origin(p);
        c.clinicalTests.push_back(std::move(t));
    });
}

void loadSelfCare(ContentReader& r, const json& root, Content& c) {
    if (!readContentEnvelope(r, root, {"$schema", "format_version", "items"})) {
        return;
    }
    r.eachObject(root, "", "items", true, [&](const json& o, const std::string& p) {
        r.allowKeys(o, p, {"id", "kind", "name", "structures", "texts", "cautions"});
        SelfCareItem s;
        s.id = r.string(o, p, "id");
        s.kind = r.choice<std::string>(o, p, "kind",
                                       {{"strengthening", "strengthening"},
                                        {"stretch", "stretch"},
                                        {"heat-cold", "heat-cold"},
                                        {"activity", "activity"},
                                        {"dosage", "dosage"},
                                        {"aftercare", "aftercare"},
                                        {"consent", "consent"},
                                        {"massage", "massage"}},
                                       "activity");
        s.name = r.text(o, p, "name");
        s.structures = r.stringList(o, p, "structures", false);
        s.texts = readRegisterTexts(r, o, p, true);
        s.cautions = r.statementList(o, p, "cautions", false);
        s.origin = r.origin(p);
        c.selfCare.push_back(std::move(s));
    });
}

} // namespace glutea
