#pragma once
// A trainer's grade of the written answers an exam could not grade itself
// (case analyses without model answers, such as GIFT essays). The attempt
// was recorded without a score; grading gives each waiting question its
// points, recomputes the score from the recorded result exactly as
// ExamScoring does (points earned over points possible, rounded down, against
// the pass mark recorded with it) and writes it with an "exam.grade" audit
// entry in one transaction. The caller then refreshes the certification.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/Result.h"
#include "records/RecordStore.h"

namespace frontline {

struct PendingQuestion {
    std::string questionId;
    std::string category;
    std::string text;   // as recorded with the attempt (empty for attempts recorded before it was kept)
    std::string answer; // the trainee's written answer
    double points = 0;  // the most a trainer may give
};

struct PendingExam {
    AssessmentAttempt attempt;
    Trainee trainee;
    std::vector<PendingQuestion> questions; // in paper order
    int passMark = 0;
};

// The questions of a recorded attempt that wait for a trainer, in paper order
// (none when it is graded). An error when its result cannot be read.
Result<std::vector<PendingQuestion>> pendingQuestions(const AssessmentAttempt& attempt);

// Every written exam attempt waiting for a trainer, oldest first.
Result<std::vector<PendingExam>> pendingExams(const RecordStore& store);
Result<PendingExam> pendingExam(const RecordStore& store, int64_t attemptId);

// Points as typed: a plain decimal ("2", "1.5") with at most two decimals,
// as pointsText() shows them, spaces around allowed; nullopt otherwise.
std::optional<double> parseGradePoints(const std::string& text);

struct ExamGradeOutcome {
    AssessmentAttempt before, after;
    std::string examId;
    std::string traineeEmpno;
    int percent = 0;
    int passMark = 0;
    double earnedPoints = 0, possiblePoints = 0;
};

// Grades every waiting question of attempt attemptId: points by question id,
// each 0 to the question's points in steps of 0.01; reason is the trainer's
// comment, kept with each graded question; by must be an active trainer.
// Refused with nothing written when the attempt is not waiting, a question is
// unknown, not waiting or left out, points are out of range or the reason is blank.
Result<ExamGradeOutcome> gradePendingExam(RecordStore& store, int64_t attemptId, const std::map<std::string, double>& points,
                                          const std::string& reason, const std::string& by);

} // namespace frontline
