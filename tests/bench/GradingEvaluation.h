#pragma once
// The hand-labelled grading set (tests/data/grading/labelled.jsonl): loading
// it, grading every reply with the engine's grader and the bigram baseline,
// and the ranking-quality figures of the Grading issue. Shared by the
// frontline-grading-quality program and the quality gate test.
#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "common/Result.h"
#include "grading/RankingQuality.h"
#include "scenario/SlotFiller.h"

namespace frontline::quality {

// The Grading issue's thresholds ("Quality, measured").
constexpr double kMinOverallAuc = 0.95;
constexpr double kMinLengthControlledAuc = 0.90;
// Slot values are those of an attempt started with this seed.
constexpr unsigned kSlotSeed = 1;

struct LabelledReply {
    std::string file; // the labelled file
    int line = 0;     // in it
    std::string id, pack, scenario, node, response, note;
    QualityLabel label = QualityLabel::Acceptable;
    bool forbidden = false;
};

// One reply per non-blank line; the first bad line gives `file:line:column: error: ...`.
Result<std::vector<LabelledReply>> loadLabelledSet(const std::filesystem::path& file);

struct GradedReply {
    LabelledReply item;
    std::string language;                   // of the reply's pack
    int length = 0;                         // characters
    int score = 0;                          // the engine's grader, 0-100
    bool flagged = false;                   // any forbidden criterion hit
    std::vector<std::string> forbiddenHits; // "criterion: matched text"
    double baseline = 0;                    // bigram Dice against the closest model answer, 0-100
};

struct Evaluation {
    std::string graderVersion;
    std::vector<GradedReply> replies;
};

// Loads each referenced pack from root/scenarios/<pack> once and grades every
// reply at its node with the engine's grader exactly as a run does
// (gradeAtNode), with the slot values of seed kSlotSeed.
Result<Evaluation> evaluate(const std::vector<LabelledReply>& set, const std::filesystem::path& root);

// The pack's slot values for kSlotSeed, per scenario (what the replies are written against).
Result<std::map<std::string, SlotValues>> packSlotValues(const std::string& pack, const std::filesystem::path& root);

enum class Scorer { Grader, Baseline };
std::vector<ScoredReply> scored(const Evaluation& e, Scorer scorer, const std::string& language = {});

struct Figures {
    AucResult overall;
    AucResult lengthControlled;
};
Figures figures(const Evaluation& e, Scorer scorer, const std::string& language = {});
FlagReport flagReport(const Evaluation& e);

// The table, flag failures and worst-ranked pairs, for people.
void printReport(std::ostream& out, const Evaluation& e, size_t worstPairs);

} // namespace frontline::quality
