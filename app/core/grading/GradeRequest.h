#pragma once
// One reply to grade, as `frontline-cli grade` and `grade-batch` receive it:
// either bound to a pack node ({"pack", "scenario", "node"}) or carrying its
// own rubric ({"lang", "model_answers", "criteria", "forbidden"}). The
// GradeDesk resolves either kind to a node, model answers and policy, and
// grades it with the rubric grader of the right language.
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "common/Result.h"
#include "grading/Lexicon.h"
#include "grading/ReplyGrader.h"
#include "scenario/PackLoader.h"

namespace frontline {

struct PackNodeRef {
    std::string packDir;
    std::string scenarioId;
    std::string nodeId;
    uint64_t seed = 1; // slot values of a run with this seed
};

// A rubric given inline; weights need not sum to 100 (the score is scaled).
struct InlineRubric {
    std::string language;
    Node node;
    std::vector<std::string> modelAnswers;
};

// Reads the inline form of a batch line; errors name the offending field.
Result<InlineRubric> readInlineRubric(const nlohmann::json& line, const LexiconSet& lexicons);

class GradeDesk {
public:
    explicit GradeDesk(const LexiconSet& lexicons) : lexicons_(lexicons) {}

    Result<ReplyGrade> grade(const PackNodeRef& ref, const std::string& reply, double latencySeconds);
    Result<ReplyGrade> grade(const InlineRubric& rubric, const std::string& reply, double latencySeconds);

    // One grade-batch input line to one output object: the grade with the
    // line's "id", or {"id", "line", "error"} when the line is bad.
    nlohmann::json gradeLine(const std::string& line, int lineNumber);

    // Packs stay loaded between lines; at most this many at once, so memory
    // stays bounded whatever the input.
    static constexpr size_t kMaxCachedPacks = 8;

private:
    Result<const PackLoad*> pack(const std::string& dir);
    // One grader per language for the whole batch, so its compiled phrases and
    // profiled model answers serve every line rather than one.
    Result<const ReplyGrader*> grader(const std::string& language);

    const LexiconSet& lexicons_;
    std::map<std::string, std::unique_ptr<PackLoad>> packs_;
    std::map<std::string, std::unique_ptr<ReplyGrader>> graders_;
};

} // namespace frontline
