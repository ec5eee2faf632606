#pragma once
// Scores a whole paper: each question, the totals per category, and the
// percentage the pass mark is compared with (rounded down, so 79.9 fails 80).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "assessments/AnswerSheet.h"
#include "assessments/ExamPaper.h"
#include "assessments/QuestionScoring.h"

namespace frontline {

struct CategoryResult {
    std::string category; // the question's full path ("policy/returns")
    std::string title;    // the bank's display name; empty when it has none
    int questions = 0;
    double earned = 0;
    double possible = 0;
    int percent = 0; // rounded down, like the total
};

struct ExamResult {
    std::string examId, examVersion;
    std::string bankId, bankLanguage, bankVersion;
    uint64_t seed = 0;
    ExamPaper paper;
    nlohmann::json answers = nlohmann::json::object(); // as given, by question id
    int timeSpentSeconds = 0;
    std::vector<QuestionResult> questions;  // in paper order
    std::vector<CategoryResult> categories; // by category path
    double earnedPoints = 0;
    double possiblePoints = 0;
    int percent = 0; // earned / possible x 100, rounded down
    int passMark = 0;
    bool pendingReview = false; // some case analysis waits for a trainer
    bool passed = false;        // percent >= pass mark and nothing pending

    nlohmann::json toJson() const;
};

// earned / possible x 100 rounded down to a whole percent. The sum of credits
// carries floating error (three thirds may sum to 0.999...), so a value within
// 1e-9 of the next whole percent counts as reaching it; 79.9 stays 79.
int percentRoundedDown(double earned, double possible);

// Points as people read them, for every screen and printout: "2", "0.5", "0.67".
std::string pointsText(double points);

// Scores every question of the paper (unanswered ones score 0). Errors come
// from a question the bank lacks or a case analysis the grader cannot grade.
Result<ExamResult> scoreExam(const Exam& exam, const QuestionBank& bank, const ExamPaper& paper, const AnswerSheet& sheet,
                             const LexiconSet& lexicons);

} // namespace frontline
