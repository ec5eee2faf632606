#pragma once
// The score a scenario attempt counts with in the certification rules.
#include <optional>

#include "records/Records.h"

namespace frontline {

// The mean of the turns' effective scores (a trainer override replaces the
// grader's score), rounded half up as ScenarioRun does; the stored total when
// the attempt has no turns. A certification-mode attempt that a critical
// forbidden reply failed counts 0, unless a trainer overrode that turn.
// Nothing for an attempt that is not completed.
std::optional<int> countedScore(const ScenarioAttempt& attempt);

// An attempt's total as shown to people: the mean of its turns' effective
// scores, rounded; the stored total when the turns are not loaded.
std::optional<int> attemptTotal(const ScenarioAttempt& attempt);
// True while a certification-mode attempt's critical turn has not been re-scored by a trainer.
bool criticalTurnStands(const ScenarioAttempt& attempt);
// True when a trainer has re-scored any of its turns (needs the turns loaded),
// so every place that shows the total can say it was changed.
bool attemptRescored(const ScenarioAttempt& attempt);
// Whether a completed attempt passed: total at the pass mark, and no critical turn standing.
bool attemptPassed(const ScenarioAttempt& attempt);

} // namespace frontline
