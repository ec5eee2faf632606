#pragma once
// The answers file of `frontline-cli exam take` (assessments/FORMAT.md,
// "Answers file"), read against the paper it answers: every problem is
// reported as file:line:column, so a trainer transcribing a paper sitting can
// fix the file in one pass.
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "assessments/ExamPaper.h"
#include "assessments/QuestionBank.h"
#include "common/JsonDocument.h"

namespace frontline {

struct AnswerSheet {
    std::string file;
    int timeSpentSeconds = 0;                      // 0 to 86400
    std::map<std::string, nlohmann::json> answers; // by question id, as written (null = not answered)

    const nlohmann::json* find(const std::string& questionId) const;
    nlohmann::json answersJson() const;
};

// Reads a parsed answers file; nullopt when it has errors (all in diags).
// Unknown top-level keys are warnings.
std::optional<AnswerSheet> readAnswerSheet(const JsonDocument& doc, const ExamPaper& paper, const QuestionBank& bank, Diagnostics& diags);

// Reads and parses the file, then the same.
std::optional<AnswerSheet> readAnswerSheetFile(const std::filesystem::path& path, const ExamPaper& paper, const QuestionBank& bank,
                                               Diagnostics& diags);

} // namespace frontline
