#pragma once
// A trainer's re-score of one turn of an ended scenario attempt, checked as
// both the command line (`frontline-cli override`) and the review screen need
// it: the attempt has ended, the turn exists, the score changes. The store
// appends the override to the audit log; the grader's score stays on record.
#include <cstdint>
#include <string>

#include "common/Result.h"
#include "records/RecordStore.h"

namespace frontline {

struct TurnOverrideResult {
    GradeOverride applied;
    ScenarioAttempt before, after; // with turns
};

// turnNumber is 1-based, as play and the screens show turns; score 0-100;
// reason not blank. by should be an active trainer (the caller checks who is acting).
Result<TurnOverrideResult> overrideTurnScore(RecordStore& store, int64_t attemptId, int turnNumber, int score, const std::string& reason,
                                             const std::string& by);

} // namespace frontline
