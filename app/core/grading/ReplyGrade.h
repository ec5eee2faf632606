#pragma once
// The grader's verdict on one reply, with everything needed to explain it:
// which criteria were hit (and where in the reply), which were missed (and the
// coaching tip), forbidden behaviour, closeness to the model answers and
// timeliness. Stored as JSON with every attempt turn.
#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "grading/ConceptMatcher.h"
#include "scenario/Pack.h"

namespace frontline {

struct CriterionResult {
    std::string id;
    std::string concept;
    std::string label; // concept label or criterion id, for feedback
    CriterionKind kind = CriterionKind::Required;
    bool critical = false;
    bool hit = false;
    int weight = 0;
    int earned = 0;
    Competency competency = Competency::Communication;
    std::string tip;
    std::vector<TextSpan> spans;
    std::vector<std::string> matched; // the reply text of each span
};

struct ReplyGrade {
    int score = 0;    // 0-100, final
    int rawScore = 0; // weights of required criteria hit
    bool capped = false;
    int forbiddenCap = 40;
    bool forbiddenHit = false;
    bool criticalHit = false;
    double latencySeconds = 0;
    double timeLimitSeconds = 30;
    int latePenalty = 0;
    std::vector<CriterionResult> criteria;
    double similarity = 0;       // 0-1 against the closest model answer
    int closestModelAnswer = -1; // index into the node's model answers
    std::vector<std::string> missingTerms;
    std::array<std::optional<int>, kCompetencyCount> competencies{}; // 0-100 where the rubric tests it
    std::string graderVersion;

    nlohmann::json toJson() const;
    std::vector<const CriterionResult*> select(CriterionKind kind, bool hit) const;
    std::vector<const CriterionResult*> hits() const { return select(CriterionKind::Required, true); }
    std::vector<const CriterionResult*> misses() const { return select(CriterionKind::Required, false); }
    std::vector<const CriterionResult*> forbidden() const { return select(CriterionKind::Forbidden, true); }
};

} // namespace frontline
