#pragma once
// Scores one answer to one question by the rules of assessments/FORMAT.md:
// credits are percentages of the question's points; case analysis answers are
// graded by the reply grader with the same explanation a scenario reply gets.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "assessments/QuestionBank.h"
#include "common/Result.h"
#include "grading/GradeRequest.h"
#include "grading/ReplyGrade.h"

namespace frontline {

struct QuestionResult {
    std::string questionId;
    QuestionType type = QuestionType::SingleChoice;
    std::string category;
    double points = 0;
    double earned = 0;        // points x creditPercent / 100
    double creditPercent = 0; // 0-100
    bool answered = false;
    bool correct = false;                  // full credit
    bool pendingReview = false;            // case analysis without model answers: 0 until a trainer grades it
    std::string text;                      // the question, kept with a pending one for the trainer who grades it
    std::vector<std::string> feedback;     // shown to the trainee, in order
    std::vector<std::string> rightAnswers; // the right answer(s), described
    std::optional<ReplyGrade> caseGrade;   // case analysis: the grader's explanation

    nlohmann::json toJson() const;
};

// Grades case-analysis answers for one exam: one GradeDesk, so the grader of
// a language is built once for every case on the paper.
class CaseGrader {
public:
    CaseGrader(const LexiconSet& lexicons, std::string language) : desk_(lexicons), lexicons_(lexicons), language_(std::move(language)) {}
    Result<ReplyGrade> grade(const CaseRubric& rubric, const std::string& reply);

private:
    GradeDesk desk_;
    const LexiconSet& lexicons_;
    std::string language_;
};

// What is wrong with an answer's JSON for this question (a number for a
// single choice, an unknown option or pair id, ...): the message and the JSON
// pointer of the offending part relative to the answer ("" = the answer).
struct AnswerProblem {
    std::string message;
    std::string pointer;
};
std::optional<AnswerProblem> checkAnswer(const Question& q, const nlohmann::json& answer);

// Scores an answer (nullptr or null: not answered) that checkAnswer accepts.
// Errors come only from grading a case analysis.
Result<QuestionResult> scoreQuestion(const Question& q, const nlohmann::json* answer, CaseGrader& cases);

// Short-answer matching: spaces trimmed, full-width ASCII (U+FF01..U+FF5E) and
// U+3000 folded to half-width, letters case-folded (ICU simple case folding,
// so it covers any script) unless caseSensitive; '*' in accepted matches any
// run of characters.
bool shortAnswerMatches(const std::string& accepted, const std::string& given, bool caseSensitive);

// A numeric answer written as text ("30", "３０", " -2.5 "); nullopt when it is not a plain decimal number.
std::optional<double> parseNumericAnswer(const std::string& text);

} // namespace frontline
