#include "certification/AttemptScore.h"

#include <algorithm>

namespace frontline {

bool criticalTurnStands(const ScenarioAttempt& a) {
    if (a.mode != PlayMode::Certification || a.criticalTurn < 0) return false;
    auto it = std::find_if(a.turns.begin(), a.turns.end(), [&](const AttemptTurn& t) { return t.index == a.criticalTurn; });
    return !(it != a.turns.end() ? it->overriddenScore.has_value() : a.criticalTurnOverridden);
}

std::optional<int> attemptTotal(const ScenarioAttempt& a) {
    if (a.turns.empty()) return a.totalScore;
    int64_t sum = 0;
    for (const auto& t : a.turns) sum += t.effectiveScore();
    int64_t n = static_cast<int64_t>(a.turns.size());
    return static_cast<int>((2 * sum + n) / (2 * n)); // half up, scores >= 0
}

std::optional<int> countedScore(const ScenarioAttempt& a) {
    if (a.status != AttemptStatus::Completed) return std::nullopt;
    if (criticalTurnStands(a)) return 0;
    return attemptTotal(a);
}

bool attemptPassed(const ScenarioAttempt& a) {
    auto total = attemptTotal(a);
    if (a.status != AttemptStatus::Completed || !total) return false;
    return *total >= a.passMark && !criticalTurnStands(a);
}

bool attemptRescored(const ScenarioAttempt& attempt) {
    return attempt.criticalTurnOverridden ||
           std::any_of(attempt.turns.begin(), attempt.turns.end(), [](const AttemptTurn& t) { return t.overriddenScore.has_value(); });
}

} // namespace frontline
