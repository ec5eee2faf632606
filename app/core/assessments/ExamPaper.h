#pragma once
// One seeded paper of an exam: which questions, in which order, with which
// option order. The paper keeps ids only, so it is recorded with the attempt
// and the same exam, bank and seed replay it exactly on any platform.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "assessments/Exam.h"
#include "assessments/QuestionBank.h"
#include "common/Result.h"

namespace frontline {

struct PaperQuestion {
    std::string questionId;
    // Choice questions: option ids as shown. Matching: the answers offered
    // (distinct pair answers, then distractors) as shown. Empty otherwise.
    std::vector<std::string> order;
};

struct ExamPaper {
    std::string examId, examVersion;
    std::string bankId, bankLanguage, bankVersion;
    uint64_t seed = 0;
    std::vector<PaperQuestion> questions;

    const PaperQuestion* find(const std::string& questionId) const;
    // {"exam", "exam_version", "bank", "language", "bank_version", "seed", "questions": [{"id", "order"}]}
    nlohmann::json toJson() const;
};

// The answers a matching question offers, in written order: each pair's
// answer once, then the distractors not already among them.
std::vector<std::string> offeredAnswers(const Question& q);

// Draws the paper for seed. Each rule picks its count from the questions it
// matches (inCategory: "policy" takes "policy/returns", never "policyx")
// that no earlier rule picked (never description items); an error
// names the rule the bank cannot meet.
Result<ExamPaper> drawPaper(const Exam& exam, const QuestionBank& bank, uint64_t seed);

} // namespace frontline
