#pragma once
// The answers file that earns full marks on a paper: for trainers checking an
// exam (take it with the key, expect 100) and for tests that walk a trainee
// through certification. Case analyses answer with their first model answer,
// which the grader scores in full; cases still needing model answers are left
// unanswered.
#include <nlohmann/json.hpp>

#include "assessments/ExamPaper.h"
#include "assessments/QuestionBank.h"

namespace frontline {

// {"time_spent_seconds": 0, "answers": {id: answer}} in the answers-file form of assessments/FORMAT.md.
nlohmann::json answerKey(const ExamPaper& paper, const QuestionBank& bank);

} // namespace frontline
