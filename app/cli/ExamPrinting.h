#pragma once
// Text output shared by the commands that explain grades: a reply grade in
// the form `frontline-cli grade` prints it, and an exam result question by
// question.
#include <ostream>
#include <string>

#include "assessments/ExamPaper.h"
#include "assessments/ExamScoring.h"
#include "grading/ReplyGrade.h"

namespace frontline::cli {

// The grader's explanation: score, criteria hit and missed with tips,
// forbidden behaviour, similarity, timeliness (when showTimeliness) and
// competencies; every line starts with indent.
void printReplyGrade(std::ostream& out, const ReplyGrade& g, const std::string& indent = "", bool showTimeliness = true);

// The paper a seed draws, without the right answers.
void printPaper(std::ostream& out, const ExamPaper& paper, const QuestionBank& bank);
nlohmann::json paperJson(const ExamPaper& paper, const QuestionBank& bank);

// Each question (number, id, points, mark, feedback, right answers, case
// explanation), each category, the total against the pass mark.
void printExamResult(std::ostream& out, const ExamResult& result);

} // namespace frontline::cli
