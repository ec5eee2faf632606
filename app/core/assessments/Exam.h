#pragma once
// An exam definition (assessments/exams/*.json, see assessments/FORMAT.md):
// which bank it draws from, how many questions per category, the time limit,
// pass mark and attempt limits. ExamPaper draws a seeded paper from it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "assessments/QuestionBank.h"
#include "common/Diagnostic.h"
#include "programs/Programs.h"
#include "records/Records.h"

namespace frontline {

// N questions drawn at random from a category (and everything under it),
// optionally of one difficulty and one type ("two case analyses").
struct DrawRule {
    std::string category;
    int count = 1;
    std::string difficulty;           // empty = any
    std::optional<QuestionType> type; // nullopt = any
    // Whether q may fill this rule: in the category, of the difficulty and
    // type asked for, and never a description item.
    bool admits(const Question& q) const;
    // "category 'policy', difficulty hard, type case_analysis", for messages.
    std::string describe() const;
};

struct Exam {
    std::string file;
    std::string format = "frontline-exam/1";
    std::string id; // what programmes name ("onboarding-certification")
    std::string version;
    BilingualText title;
    std::string bankId; // drawn from the bank of this id in the trainee's language
    std::vector<DrawRule> draw;
    int timeLimitMinutes = 30;
    int passMark = 80;       // percent of the points
    int maxAttempts = 3;     // 0 = unlimited
    int retakeWaitHours = 0; // from the end of one attempt to the start of the next
    bool shuffleQuestions = true;
    bool shuffleOptions = true;                           // unless a question forbids it
    TrainingKind trainingKind = TrainingKind::Onboarding; // what its time counts toward
    SourceLocation where;
    // How many questions a paper has: the draw rules' counts added up.
    int questionCount() const;
};

} // namespace frontline
