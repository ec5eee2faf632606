#pragma once
// Records one played scenario attempt in the training records: begun before
// the first reply, one turn per graded reply (each its own transaction, so a
// killed run loses at most the reply being graded), then completed or
// abandoned, and its active time added to the person's training hours
// (records/ActiveTime.h). The CLI's play --trainee and the desktop call
// screen both record through it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/CalendarDate.h"
#include "common/Result.h"
#include "records/RecordStore.h"
#include "scenario/ScenarioRun.h"

namespace frontline {

class AttemptRecorder {
public:
    AttemptRecorder(RecordStore& store, Trainee trainee) : store_(store), trainee_(std::move(trainee)) {}

    const Trainee& trainee() const { return trainee_; }
    int64_t attemptId() const { return attempt_.id; }
    AttemptStatus status() const { return attempt_.status; }
    int creditedMinutes() const { return minutes_; }
    // Practice time counts toward onboarding for a trainee, the annual hours otherwise.
    TrainingKind kind() const { return trainee_.role == Role::Trainee ? TrainingKind::Onboarding : TrainingKind::Annual; }

    // Marks the person's attempts left in progress (by a run that was killed)
    // as abandoned, crediting the active time of their recorded turns; the
    // attempt keepAttemptId (one being resumed) is left alone. Returns a
    // one-line note, empty when there were none.
    Result<std::string> abandonLeftovers(int64_t keepAttemptId = 0);
    // Begins the attempt: pack id, version and hash, scenario, seed, mode.
    Status begin(const Pack& pack, const ScenarioRun& run);
    // Continues an attempt left in progress (with its recorded turns), so
    // the next turn() appends to it.
    void resume(ScenarioAttempt inProgress) { attempt_ = std::move(inProgress); }
    // Writes one graded turn (index 0-based).
    Status turn(const TurnRecord& t, size_t index);
    // Completes the attempt when the call reached an ending, else abandons
    // it; then credits its active time.
    Status finish(const ScenarioRun& run);

private:
    Result<int> credit(const ScenarioAttempt& a, const CalendarDate& day);

    RecordStore& store_;
    Trainee trainee_;
    ScenarioAttempt attempt_;
    int minutes_ = 0;
};

} // namespace frontline
