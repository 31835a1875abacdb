#include "anatomy/referral_captions.h"

#include <map>

namespace glutea {

namespace {

// Patient captions by pattern id. Plain words a clinician would use with a patient; the content's
// summaries name bones and joints (sacrum, iliac crest) that patients do not know. Facts as in
// referral.json (Travell & Simons vol. 2; the nerve course after Gray's Anatomy).
const std::map<std::string, std::string, std::less<>>& patientCaptions() {
    static const std::map<std::string, std::string, std::less<>> captions = {
        {"gluteus_maximus_referral",
         "A tight spot in your big buttock muscle can make your buttock ache, beside the flat "
         "bone at the base of your spine and down to your tailbone. Sitting and walking uphill "
         "often "
         "make it worse."},
        {"gluteus_medius_referral",
         "Tight spots in the muscle just below the top edge of your hip bone can ache along your "
         "belt line and across your buttock. Many people take this for low back pain."},
        {"gluteus_minimus_referral",
         "Tight spots in a deep muscle at the side of your hip can send pain down the side or "
         "the back of your leg, sometimes to the ankle. It can feel like sciatica, but it comes "
         "from the muscle, not from a nerve."},
        {"piriformis_referral",
         "A tight deep muscle in the middle of your buttock can ache across the buttock, behind "
         "the hip and down the back of your thigh. If it presses on the big nerve next to it, "
         "you may also feel tingling down the leg."},
        {"sciatic_irritation",
         "Nerve pain feels different from a muscle ache: it shoots, burns or tingles along a "
         "narrow line down the back of the leg, sometimes into the foot. Pain like this is a "
         "reason to see a doctor or physiotherapist."},
    };
    return captions;
}

std::string zonesOf(const ReferralPattern& pattern, std::string_view triggerPoint) {
    std::string essential, spillover;
    for (const auto& z : pattern.zones) {
        bool fed = triggerPoint.empty();
        for (const auto& id : z.fromTriggerPoints) {
            fed |= id == triggerPoint;
        }
        if (!fed) {
            continue;
        }
        std::string& list = z.kind == ZoneKind::Essential ? essential : spillover;
        list += (list.empty() ? "" : " ") + z.description.text.get();
    }
    std::string text;
    if (!essential.empty()) {
        text += "Essential zone: " + essential;
    }
    if (!spillover.empty()) {
        text += (text.empty() ? "" : " ") + std::string("Spillover: ") + spillover;
    }
    return text;
}

const TriggerPoint* findTriggerPoint(const ReferralPattern& pattern, std::string_view id) {
    for (const auto& tp : pattern.triggerPoints) {
        if (tp.id == id) {
            return &tp;
        }
    }
    return nullptr;
}

} // namespace

std::string referralCaption(const ReferralPattern& pattern, std::string_view triggerPoint,
                            CaptionRegister reg) {
    const bool neural = pattern.kind == "neural";
    if (reg == CaptionRegister::Patient) {
        const auto& captions = patientCaptions();
        if (auto it = captions.find(pattern.id); it != captions.end()) {
            return it->second;
        }
        return neural ? "Nerve pain shoots, burns or tingles along a narrow line. Pain like this "
                        "is a reason to see a doctor or physiotherapist."
                      : "A tight spot in this muscle can make pain felt somewhere else.";
    }
    std::string text;
    if (const TriggerPoint* tp = findTriggerPoint(pattern, triggerPoint)) {
        text = tp->name.get() + ". " + zonesOf(pattern, triggerPoint);
    } else {
        text = pattern.summary.text.get();
    }
    if (neural) {
        text += " Unlike the diffuse, aching referral of a myofascial trigger point, radicular or "
                "neural pain is narrow, shooting or burning, follows the nerve's territory and "
                "comes with tingling or numbness; it calls for a clinical (neurological) "
                "assessment, and sustained pressure on the nerve's course is to be avoided.";
    } else if (reg == CaptionRegister::Therapist) {
        text += " Confirm by reproducing the familiar pain on palpation of the trigger point; "
                "if symptoms follow a dermatome with tingling, numbness or weakness, think of the "
                "nerve root and refer.";
    }
    return text;
}

std::string referralEvidenceNote(const ReferralPattern& pattern, CaptionRegister reg) {
    const bool neural = pattern.kind == "neural";
    if (reg == CaptionRegister::Patient) {
        return neural ? "The nerve's path is textbook anatomy."
                      : "These maps come from what clinicians have seen in their patients; "
                        "experts still debate them.";
    }
    return neural ? "Nerve course: anatomy (Gray's Anatomy)."
                  : "Referral map: clinical observation (Travell & Simons), debated; palpation "
                    "agreement between examiners is limited.";
}

std::string triggerPointLabel(const ReferralPattern& pattern, std::size_t index,
                              CaptionRegister reg) {
    if (index >= pattern.triggerPoints.size()) {
        return {};
    }
    if (reg == CaptionRegister::Patient) {
        return "Tender spot " + std::to_string(index + 1);
    }
    return pattern.triggerPoints[index].name.get();
}

} // namespace glutea
