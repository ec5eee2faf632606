#pragma once
// The trainer's review screen without a window: the week's queue (QA sample
// and the calls that need a look), the selected call's annotated transcript
// with each turn's override history, the trainee's coaching notes, and the
// writes a trainer makes here (a turn override, which re-evaluates the
// trainee's certification, and a coaching note), each signed by the trainer.
// Beside the calls, the written exams whose essays wait for a trainer's grade,
// and a "reviewed" mark a trainer leaves on a call once it has been checked.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/Result.h"
#include "programs/Programs.h"
#include "records/RecordStore.h"
#include "review/ReviewQueue.h"
#include "session/ActivityTitles.h"
#include "session/AppSession.h"
#include "views/call/CallModel.h"

namespace frontline::gui {

struct ReviewTurn {
    TurnFeedback feedback; // the grader's explanation; score is the effective one
    int graderScore = 0;
    std::optional<int> overriddenScore;
    std::vector<GradeOverride> history; // this turn's overrides, oldest first
    bool critical = false;              // the reply that failed a certification call
};

struct ReviewSelection {
    ReviewItem item;
    std::string title; // the scenario's title in the interface language
    std::vector<ReviewTurn> turns;
    std::vector<CoachingNote> notes; // the trainee's, oldest first
};

// What an applied override changed, for the line the screen shows.
struct OverrideReport {
    int turnNumber = 0; // 1-based
    int oldScore = 0, newScore = 0;
    std::optional<int> oldTotal, newTotal;
    CertificationState stateBefore = CertificationState::InTraining, stateAfter = CertificationState::InTraining;
    bool certifiedBefore = false, certifiedAfter = false;
};

// What a trainer's grade of a written exam changed, for the line the screen shows.
struct ExamGradeReport {
    std::string examId;
    std::optional<int> score;
    int passMark = 0;
    bool passed = false;
    double earnedPoints = 0, possiblePoints = 0;
    CertificationState stateBefore = CertificationState::InTraining, stateAfter = CertificationState::InTraining;
};

class ReviewModel {
public:
    ReviewModel(RecordStore& store, const Programs& programs, const ActivityTitles& titles, std::string language, std::string trainer);

    // The queue of one ISO week at a sample rate in (0, 1]; the selection stays.
    Status loadWeek(const IsoWeek& week, double rate);
    Status reload() { return loadWeek(week_, rate_); }
    const ReviewQueue& queue() const { return queue_; }
    const IsoWeek& week() const { return week_; }
    double rate() const { return rate_; }
    std::string scenarioTitle(const std::string& scenarioId) const;

    // The calls to show: those not yet marked reviewed (in queue order), then,
    // with showReviewed, the reviewed ones (in queue order).
    std::vector<const ReviewItem*> visibleItems(bool showReviewed) const;
    size_t reviewedCount() const;

    // Opens one attempt (from the queue or not); an error when it cannot be read.
    Status select(int64_t attemptId);
    const std::optional<ReviewSelection>& selection() const { return selection_; }
    // The turn the override form starts on: the critical turn, else the lowest-scoring one.
    int suggestedTurn() const;

    // A score typed in the form: a whole number 0-100, else nothing.
    static std::optional<int> parseScore(const std::string& text);
    // The form may be sent: a selected, ended attempt; an existing turn; a score that changes it; a reason that is not blank.
    bool canOverride(int turnIndex, const std::string& scoreText, const std::string& reason) const;
    // Re-scores one turn (0-based) of the selected attempt, then re-evaluates
    // and records the trainee's certification at now; reloads the queue and selection.
    Result<OverrideReport> applyOverride(int turnIndex, int score, const std::string& reason, const EvaluationTime& now);
    // A coaching note for the selected attempt's trainee, tied to the attempt when aboutAttempt.
    Status addNote(const std::string& text, bool aboutAttempt);
    // Marks the selected call reviewed by this trainer (note may be blank); reloads the queue and selection.
    Status markReviewed(const std::string& note);

    // Opens a written exam waiting for a trainer (closing any selected call, and the other way round).
    Status selectExam(int64_t assessmentId);
    const std::optional<PendingExam>& examSelection() const { return examSelection_; }
    std::string examTitle(const std::string& examId) const;
    // The grade form may be sent: an exam selected, points for every waiting
    // question (by question id, as typed) within its range, a comment that is not blank.
    bool canGrade(const std::map<std::string, std::string>& pointsTexts, const std::string& comment) const;
    // Grades the selected exam, then re-evaluates and records the trainee's
    // certification at now; the exam leaves the queue, the selection closes.
    Result<ExamGradeReport> gradeExam(const std::map<std::string, std::string>& pointsTexts, const std::string& comment,
                                      const EvaluationTime& now);

private:
    RecordStore& store_;
    const Programs& programs_;
    const ActivityTitles& titles_;
    std::string language_;
    std::string trainer_;
    IsoWeek week_;
    double rate_ = kDefaultQaRate;
    ReviewQueue queue_;
    std::optional<ReviewSelection> selection_;
    std::optional<PendingExam> examSelection_;
};

// Text without leading and trailing spaces (ASCII and the full-width U+3000).
std::string trimmedText(const std::string& text);

} // namespace frontline::gui
