#pragma once
// One scenario attempt on the call screen, with no window: the transcript,
// the persona card and policy facts, the mood after each reply, the reply
// countdown, per-turn feedback (practice) or none until the debrief
// (certification), pause and resume, and the debrief. Every turn is recorded
// the moment it is graded (records/AttemptRecorder.h), and a call left in
// progress by a closed or crashed app continues where it stopped.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/Result.h"
#include "common/SecondsClock.h"
#include "records/AttemptRecorder.h"
#include "records/RecordStore.h"
#include "scenario/CompetencyScores.h"
#include "scenario/ScenarioRun.h"
#include "views/call/ReplyHighlight.h"

namespace frontline::gui {

// The countdown turns amber, then red, as the node's time limit runs out.
constexpr double kCountdownAmberBelowSeconds = 10;
constexpr double kCountdownRedBelowSeconds = 5;
enum class CountdownLevel { Calm, Amber, Red };
CountdownLevel countdownLevel(double remainingSeconds);

// What a call needs. The store, pack, scenario and grader must outlive the model.
struct CallSetup {
    RecordStore* store = nullptr;
    Trainee trainee;
    const Pack* pack = nullptr;
    const Scenario* scenario = nullptr; // one of pack's, playable
    const ReplyGrader* grader = nullptr;
    uint64_t seed = 1;
    PlayMode mode = PlayMode::Practice;
    SecondsClock clock = systemClock();
    std::filesystem::path dataRoot; // holds assessments/programs, read by the certification refresh
};

// What a reply earned and why, for the feedback panel and the debrief.
struct TurnFeedback {
    size_t turn = 0; // 0-based
    std::string nodeId;
    std::string customerLine;
    std::string reply;
    std::vector<ReplySegment> highlighted; // the reply with hit and forbidden words marked
    double latencySeconds = 0;
    double timeLimitSeconds = 30;
    int score = 0;
    std::optional<int> graderScore; // the grader's own score, when a trainer has re-scored the turn
    int latePenalty = 0;
    bool capped = false; // forbidden behaviour capped the score
    std::vector<CriterionResult> hits;
    std::vector<CriterionResult> misses;    // each with its coaching tip
    std::vector<CriterionResult> forbidden; // shown in red
    double similarity = 0;
    int moodBefore = 0;
    int moodAfter = 0;
};

// The feedback of one graded reply, for a live call and a stored attempt
// alike; score is the effective one (a trainer's override, if any). Mood is
// left to the caller (a stored attempt does not keep it).
TurnFeedback turnFeedback(size_t turn, const std::string& nodeId, const std::string& customerLine, const std::string& reply,
                          double latencySeconds, const ReplyGrade& grade, int score);

// One line pair of the chat transcript; the score only while feedback shows.
struct TranscriptEntry {
    std::string customerLine;
    std::string reply;
    int moodAfter = 0;
    std::optional<int> score;
};

struct Debrief {
    int64_t attemptId = 0;
    AttemptStatus status = AttemptStatus::Completed; // abandoned when the call was left before an ending
    std::optional<Outcome> outcome;                  // when the call reached an ending
    bool endedByTurnLimit = false;
    std::string closingLine;
    std::string summary;
    int totalScore = 0;
    int passMark = 70;
    bool passed = false;
    int criticalTurn = -1; // the first reply with a critical forbidden hit
    bool failedByCriticalTurn = false;
    CompetencyScores competencies{}; // indexed by Competency, against passMark
    std::vector<TurnFeedback> transcript;
    int creditedMinutes = 0;
    TrainingKind trainingKind = TrainingKind::Onboarding;
    std::string certificationNote; // "certification: a -> b: reason", a warning, or empty
};

class CallModel {
public:
    // Resumes the trainee's in-progress attempt of this scenario (same pack
    // hash) by replaying its recorded turns, else begins a new one; other
    // attempts left in progress are abandoned as `play` does (leftoverNote()).
    static Result<std::unique_ptr<CallModel>> start(const CallSetup& setup);

    // The call
    const Scenario& scenario() const { return run_->scenario(); }
    PlayMode mode() const { return run_->mode(); }
    uint64_t seed() const { return run_->seed(); }
    int64_t attemptId() const { return recorder_.attemptId(); }
    bool resumed() const { return resumed_; }
    const std::string& leftoverNote() const { return leftoverNote_; }
    std::string personaName() const { return run_->fill(run_->scenario().persona.name); }
    std::string situation() const { return run_->fill(run_->scenario().persona.situation); }
    std::vector<PolicyFact> policy() const { return run_->policy(); }
    int mood() const { return run_->mood(); }
    int startingMood() const { return run_->scenario().persona.mood; }

    // The turn waiting for a reply (while not callEnded()).
    bool callEnded() const { return run_->finished(); }
    const std::string& customerLine() const { return run_->customerLine(); }
    // The waiting turn's first model answer, slots filled (screenshot mode plays it); empty when none.
    std::string firstModelAnswerHere() const {
        const auto& answers = run_->currentNode().modelAnswers;
        return answers.empty() ? std::string() : run_->fill(answers.front());
    }
    double timeLimit() const { return run_->timeLimit(); }
    double elapsedSeconds() const; // on this reply, paused time left out
    double remainingSeconds() const;
    CountdownLevel countdown() const { return countdownLevel(remainingSeconds()); }

    // Grades the reply with the time spent on it, records the turn at once and
    // moves on. Refused when blank, paused or the call has ended; a turn the
    // store refuses abandons the attempt. Returns the turn's index.
    Result<size_t> submit(const std::string& reply);

    // Paused time counts neither against the countdown nor as active time.
    void pause();
    void resume();
    bool paused() const { return pausedAt_.has_value(); }

    // Practice shows feedback after every reply; certification only in the debrief.
    bool feedbackVisible() const { return run_->mode() == PlayMode::Practice || debrief_.has_value(); }
    size_t turnCount() const { return run_->turns().size(); }
    std::vector<TranscriptEntry> transcript() const;
    std::optional<TurnFeedback> feedback(size_t turn) const; // nullopt while hidden
    // The model answer closest to the reply, slots filled, shown on request.
    std::optional<std::string> closestModelAnswer(size_t turn) const;

    // Ends the call (completed at an ending, abandoned before one), credits its
    // time, re-evaluates the certification and returns the debrief. Again
    // returns the same debrief.
    Result<Debrief> finish();
    const std::optional<Debrief>& debrief() const { return debrief_; }

    CallModel(const CallSetup& setup, std::unique_ptr<ScenarioRun> run);

private:
    TurnFeedback annotate(size_t turn) const;
    void restartTurnClock();

    CallSetup setup_;
    std::unique_ptr<ScenarioRun> run_;
    AttemptRecorder recorder_;
    bool resumed_ = false;
    std::string leftoverNote_;
    double turnStartedAt_ = 0;
    double pausedSeconds_ = 0;
    std::optional<double> pausedAt_;
    std::optional<Debrief> debrief_;
};

} // namespace frontline::gui
