// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The clinical content of an atlas as C++ values: what assets/atlas/content/*.json hold once
// loaded (docs/CONTENT-FORMAT.md describes the files). Everything a user reads is localised, and
// every clinical statement keeps its source id and evidence label. Positions are anchors
// (landmark ids plus offsets), never coordinates, so the same content fits any atlas.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/json_source.h"

namespace glutea {

// Text by language code ("en"). Translations are added as data.
struct LocalizedText {
    std::map<std::string, std::string> byLanguage;
    // The text in `language`, falling back to English, then to any language present.
    [[nodiscard]] const std::string& get(std::string_view language = "en") const;
};

struct LocalizedList {
    std::map<std::string, std::vector<std::string>> byLanguage;
};

enum class Evidence { Anatomy, ClinicalObservation, PractitionerAdvice, Safety };
std::string_view toString(Evidence evidence);

// Where a value was read: the file as shown in messages and the JSON pointer inside it.
struct ContentOrigin {
    std::string file;
    std::string pointer;
};

// One clinical statement: text plus where it comes from and how strong that is.
struct Statement {
    LocalizedText text;
    std::string source;
    Evidence evidence = Evidence::Anatomy;
    ContentOrigin origin;
};

// An anatomical direction, resolved against the side at resolve time (medial = toward the
// midline, so it flips sign between left and right).
enum class Direction { None, Superior, Inferior, Medial, Lateral, Anterior, Posterior };
std::string_view toString(Direction direction);

struct LandmarkWeight {
    std::string landmark;
    double weight = 1.0;
};

// A point on the body: a base (one landmark, or a weighted blend of landmarks), optionally moved
// `distanceCm` toward another landmark or along an anatomical direction, then projected onto the
// skin over structure `on`. Landmark ids carry no side; the resolver appends _l or _r.
struct Anchor {
    std::string on;                   // structure id, or empty: nearest skin point
    std::vector<LandmarkWeight> base; // "from" gives one entry of weight 1
    bool isBlend = false;
    std::string towardLandmark;                  // either this ...
    Direction towardDirection = Direction::None; // ... or this, when distanceCm > 0
    double distanceCm = 0.0;
    ContentOrigin origin;

    [[nodiscard]] bool hasBase() const { return !base.empty(); }
    [[nodiscard]] bool hasOffset() const { return distanceCm > 0.0; }
};

enum class ShapeKind { Disc, Ellipse, Polygon, Corridor };
std::string_view toString(ShapeKind kind);

// An area on the skin built from anchors. Zones are unions of shapes.
struct Shape {
    ShapeKind kind = ShapeKind::Disc;
    Anchor center;                                    // disc, ellipse
    double radiusCm = 0.0;                            // disc
    double majorRadiusCm = 0.0;                       // ellipse
    double minorRadiusCm = 0.0;                       // ellipse
    std::string majorTowardLandmark;                  // ellipse: major axis toward a landmark ...
    Direction majorTowardDirection = Direction::None; // ... or a direction
    std::vector<Anchor> points;                       // polygon vertices, corridor path
    double widthCm = 0.0;                             // corridor
    ContentOrigin origin;

    // How far the shape reaches from its anchors, for the anchor-level caution check.
    [[nodiscard]] double reachCm() const;
};

// Texts in the three registers, keyed "patient", "student", "therapist" (docs/CONTENT-FORMAT.md,
// "Registers"). Each is a statement: it keeps its source and evidence label.
using RegisterTexts = std::map<std::string, Statement>;

// The text of register `reg` ("patient", ...), or nullptr when the content has none.
const Statement* findRegister(const RegisterTexts& texts, std::string_view reg);

struct Source {
    std::string id;
    std::string kind;
    std::string citation;
    LocalizedText note;
    ContentOrigin origin;
};

struct StructureInfo {
    std::string id;
    std::string kind;  // muscle, nerve, bone, skin, other
    std::string layer; // skin, superficial, intermediate, deep, bone
    LocalizedText name;
    std::string latin;
    LocalizedList synonyms;
    std::map<std::string, Statement> facts; // origin, insertion, action, innervation, ...
    std::vector<Statement> clinical;
    std::map<std::string, Statement> texts; // patient, student, therapist
    // Plain-words statements shown after the patient text, each with its own label: the
    // patient text itself stays one kind of fact (anatomy), claims about pain or self-care are
    // labelled on their own.
    std::vector<Statement> patientNotes;
    // The structures that lie over this one where a hand presses on it (the maximus over the
    // piriformis): pressing may meet them first (anatomy/press_point).
    std::vector<std::string> coveredBy;
    ContentOrigin origin;
};

struct Condition {
    std::string id;
    std::string category; // mechanism, hip-pain-cause
    LocalizedText name;
    LocalizedList synonyms;
    Statement what;
    std::vector<Statement> signs;
    std::vector<Statement> massageCan;
    std::vector<Statement> massageCannot;
    std::vector<Statement> seeClinician;
    std::vector<std::string> relatedStructures;
    std::vector<std::string> referralPatterns;
    RegisterTexts texts; // patient, student, therapist
    ContentOrigin origin;
};

// The direction from which a hand or tool presses in a technique's body position: "posterior"
// (client face down, lying on a ball or roller, or against a wall), "lateral" (side-lying: from the
// worked side), and so on. docs/ANIMATION.md.
enum class PressFrom { Posterior, Lateral, Anterior, Medial, Superior, Inferior };
std::string_view toString(PressFrom from);

struct TriggerPoint {
    std::string id;
    PressFrom pressFrom = PressFrom::Posterior; // how it is palpated; the skin point lies there
    LocalizedText name;
    std::string depth; // superficial, deep
    Anchor anchor;
    ContentOrigin origin;
};

enum class ZoneKind { Essential, Spillover };

struct ReferralZone {
    std::string id;
    ZoneKind kind = ZoneKind::Essential;
    std::vector<std::string> fromTriggerPoints;
    std::vector<std::string> bodyAreas;
    Statement description;
    std::vector<Shape> shapes;
    RegisterTexts texts; // patient, student, therapist
    ContentOrigin origin;
};

struct ReferralPattern {
    std::string id;
    std::string kind;      // myofascial, neural, radicular (a nerve root's dermatome)
    std::string structure; // the muscle (or nerve) the pattern belongs to; radicular: skin
    std::string root;      // radicular: the nerve root, e.g. "L5"
    Statement summary;
    std::vector<TriggerPoint> triggerPoints;
    std::vector<ReferralZone> zones;
    // Captions by register: the patient's is the whole caption; the student's and therapist's
    // follow the summary and the zones (anatomy/referral_captions.h).
    RegisterTexts texts;
    ContentOrigin origin;
};

enum class Pressure { None, Light, Moderate, Firm, Deep };
enum class FibreDirection { Along, Across, Circular, Static };
enum class PlacementForm { Point, Path, Area };

// A closed range of seconds or counts, e.g. hold 20-30 s.
struct Range {
    double min = 0.0;
    double max = 0.0;
};

struct TechniquePlacement {
    std::string id;
    std::string structure;
    PlacementForm form = PlacementForm::Point;
    Anchor point;             // form point
    std::vector<Anchor> path; // form path
    std::vector<Shape> area;  // form area
    FibreDirection direction = FibreDirection::Static;
    Pressure pressure = Pressure::Moderate;
    bool sustained = false; // held still on one spot: the caution check applies
    std::optional<Range> holdS;
    std::optional<Range> strokeS;
    std::optional<Range> repetitions;
    std::optional<Range> durationS;
    std::string triggerPoint;           // optional trigger point id it treats
    std::optional<PressFrom> pressFrom; // overrides the technique's
    ContentOrigin origin;

    // Every anchor the placement uses (point, path points, area centres and vertices).
    [[nodiscard]] std::vector<const Anchor*> anchors() const;
};

struct Technique {
    std::string id;
    std::string category; // manual, self-massage, stretch
    LocalizedText name;
    LocalizedText summary;
    std::vector<LocalizedText> tools;
    LocalizedText bodyPosition;
    LocalizedText patientBodyPosition; // the same, as a patient reads it
    PressFrom pressFrom = PressFrom::Posterior;
    Pressure pressure = Pressure::Moderate;
    std::vector<LocalizedText> steps;
    std::vector<Statement> cautions;
    std::vector<Statement> patientCautions; // each caution in plain words, in the same order
    std::vector<std::string> cautionZones;
    std::vector<std::string> pairsWith;
    std::string source;
    Evidence evidence = Evidence::PractitionerAdvice;
    std::vector<TechniquePlacement> placements;
    RegisterTexts texts;                     // patient, student, therapist
    std::vector<LocalizedText> patientSteps; // the steps in plain words (optional)
    ContentOrigin origin;
};

struct RoutineStep {
    std::string placement;
    LocalizedText note;
    ContentOrigin origin;
};

// A yes/no question asked before a routine starts; a yes ends it with `ifYes` (see a clinician).
struct ScreeningQuestionContent {
    std::string id;
    LocalizedText question;
    std::string redFlag; // the red flag of cautions.json behind it
    LocalizedText ifYes;
    ContentOrigin origin;
};

struct Routine {
    std::string id;
    std::string audience; // self, therapist
    LocalizedText name;
    LocalizedText summary;
    std::vector<std::string> conditions;
    LocalizedText warmUp;
    std::vector<std::string> principles;
    std::vector<RoutineStep> steps;
    std::string source;
    Evidence evidence = Evidence::PractitionerAdvice;
    std::vector<std::string> redFlags; // ids of cautions.json red flags to show before it
    std::vector<ScreeningQuestionContent> screening;
    RegisterTexts texts; // patient, student, therapist
    ContentOrigin origin;
};

enum class CautionRule { NoSustainedPressure, NoDirectPressure };

struct CautionZone {
    std::string id;
    CautionRule rule = CautionRule::NoSustainedPressure;
    std::string structure; // optional
    LocalizedText name;
    LocalizedText patientName; // the name in everyday words ("Sitting bone")
    Statement why;
    std::vector<std::string> bodyAreas;
    std::vector<Shape> shapes;
    RegisterTexts texts; // the why, in each register
    // How far sustained pressure must stay outside the zone, when less than the 3 cm default:
    // a bony edge (the iliac crest) needs less clearance than a nerve.
    std::optional<double> clearanceCm;
    ContentOrigin origin;
};

struct CautionPrinciple {
    std::string id;
    Statement text;
    ContentOrigin origin;
};

enum class RedFlagAction { SeeClinician, Emergency };

struct RedFlag {
    std::string id;
    RedFlagAction action = RedFlagAction::SeeClinician;
    Statement text;
    RegisterTexts texts; // optional: student and therapist wording
    ContentOrigin origin;
};

// A clinical examination test (clinical_tests.json): how it is done, what a positive sign
// suggests, and how much it can be trusted.
struct ClinicalTest {
    std::string id;
    LocalizedText name;
    LocalizedList synonyms;
    std::vector<std::string> structures; // what it stresses
    std::vector<std::string> conditions;
    Statement how;
    Statement positive;
    Statement accuracy;
    RegisterTexts texts;
    ContentOrigin origin;
};

// Self-care advice (self_care.json): exercises, heat and ice, how often, aftercare, consent.
struct SelfCareItem {
    std::string id;
    std::string kind; // strengthening, stretch, heat-cold, activity, dosage, aftercare, consent
    LocalizedText name;
    std::vector<std::string> structures;
    RegisterTexts texts;
    std::vector<Statement> cautions;
    ContentOrigin origin;
};

struct Content {
    std::vector<Source> sources;
    std::vector<StructureInfo> structures;
    std::vector<Condition> conditions;
    std::vector<ReferralPattern> referralPatterns;
    std::vector<Technique> techniques;
    std::vector<Routine> routines;
    std::vector<CautionZone> cautionZones;
    std::vector<CautionPrinciple> principles;
    std::vector<RedFlag> redFlags;
    std::vector<ClinicalTest> clinicalTests;
    std::vector<SelfCareItem> selfCare;
    // Per file, where each value starts: lets the validator turn origins into line:column.
    std::map<std::string, LocationIndex> locations;

    [[nodiscard]] const StructureInfo* findStructure(std::string_view id) const;
    [[nodiscard]] const ReferralPattern* findReferral(std::string_view structureId) const;
    [[nodiscard]] const Technique* findTechnique(std::string_view id) const;
    [[nodiscard]] const TechniquePlacement* findPlacement(std::string_view id) const;
    [[nodiscard]] const CautionZone* findCautionZone(std::string_view id) const;
    [[nodiscard]] const RedFlag* findRedFlag(std::string_view id) const;
    [[nodiscard]] const Source* findSource(std::string_view id) const;
    [[nodiscard]] const Routine* findRoutine(std::string_view id) const;

    // A problem at `origin`, located through `locations`.
    [[nodiscard]] ContentProblem problemAt(const ContentOrigin& origin, std::string message) const;
};

// The body areas a zone may list (query output and validation share this list).
const std::vector<std::string>& bodyAreaIds();

} // namespace glutea
