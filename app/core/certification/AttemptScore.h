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

} // namespace frontline
