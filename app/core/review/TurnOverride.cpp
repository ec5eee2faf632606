#include "review/TurnOverride.h"

namespace frontline {

Result<TurnOverrideResult> overrideTurnScore(RecordStore& store, int64_t attemptId, int turnNumber, int score, const std::string& reason,
                                             const std::string& by) {
    const std::string attemptName = "attempt " + std::to_string(attemptId);
    if (score < 0 || score > 100) return makeError("the new score must be 0 to 100, not " + std::to_string(score));
    auto before = store.attempt(attemptId);
    if (!before) return before.error();
    if (before->status == AttemptStatus::InProgress) return makeError(attemptName + " is still in progress; override it once it has ended");
    const size_t turns = before->turns.size();
    if (turnNumber < 1 || static_cast<size_t>(turnNumber) > turns) {
        return makeError(attemptName + " has " + std::to_string(turns) + " turn" + (turns == 1 ? "" : "s") +
                         (turns == 0 ? "" : " (1 to " + std::to_string(turns) + ")") + "; there is no turn " + std::to_string(turnNumber));
    }
    const AttemptTurn& t = before->turns[static_cast<size_t>(turnNumber - 1)];
    if (t.effectiveScore() == score) {
        return makeError("turn " + std::to_string(turnNumber) + " of " + attemptName + " already scores " + std::to_string(score) +
                         "; nothing to change");
    }
    auto applied = store.overrideTurn(attemptId, t.index, score, reason, by);
    if (!applied) return applied.error();
    auto after = store.attempt(attemptId);
    if (!after) return after.error();
    return TurnOverrideResult{std::move(*applied), std::move(*before), std::move(*after)};
}

} // namespace frontline
